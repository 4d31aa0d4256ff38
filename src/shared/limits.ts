/**
 * The limits of what a user writes, enforced by the core (so the CLI and IPC cannot disagree) and
 * repeated in the IPC contract's schemas for early, friendly answers.
 */
/** A tag is at most this long: long enough for a whole syllabus topic (Drishti's run to 74). */
export const TAG_MAX_CHARS = 100;
export const NOTE_MAX_CHARS = 100_000;

/**
 * Bidi embedding, override and isolate controls (RLO and the like) can make a note or tag display
 * something other than what it holds. Imports strip them; notes and user tags do too. The plain
 * marks LRM and RLM stay: mixed Hindi and English text may need them.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const HIDDEN_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text a user typed, without the characters that could hide or reorder what it shows. */
export function withoutHiddenControls(text: string): string {
  return text.replace(HIDDEN_CONTROLS, '');
}

/** C0 and C1 control characters and DEL: never part of a name (a saved search's, a tag's). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** True when a name holds a control character (an escape sequence, a NUL) it must not. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}
