/**
 * Key specs as the shortcut table writes them, and how a keydown event matches one. A spec is one
 * chord (`Mod+K`, `Shift+ArrowRight`, `?`, `j`) or a sequence of chords separated by spaces (`g l`).
 * `Mod` is Ctrl, or Cmd on a Mac; `Space` is the space bar.
 */

export interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** The key as `KeyboardEvent.key` names it, letters in lower case; ' ' for Space. */
  key: string;
}

const NAMED: Record<string, string> = { space: ' ', esc: 'Escape', del: 'Delete' };

/** One chord of a spec (`Mod+Shift+k`): its modifiers and its key. */
export function parseChord(spec: string): Chord {
  const parts = spec.split('+');
  // `Mod++` would be a plus key: the last part is the key even when it is empty after the split.
  const key = parts.pop() || '+';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const named = NAMED[key.toLowerCase()];
  return {
    mod: mods.has('mod') || mods.has('ctrl') || mods.has('cmd'),
    shift: mods.has('shift'),
    alt: mods.has('alt'),
    key: named ?? (key.length === 1 ? key.toLowerCase() : key),
  };
}

/** A spec's chords in the order they are pressed. */
export function parseSpec(spec: string): Chord[] {
  return spec.trim().split(/\s+/).map(parseChord);
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A letter or digit: Shift changes what it means, so it must match; for `?` or `/` it is part of the key. */
const SHIFT_MATTERS = /^[a-z0-9]$|^.{2,}$/;

/** Whether the keydown `event` is `chord`. */
export function matchesChord(event: KeyLike, chord: Chord): boolean {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key !== chord.key) return false;
  if ((event.ctrlKey || event.metaKey) !== chord.mod || event.altKey !== chord.alt) return false;
  return SHIFT_MATTERS.test(chord.key) ? event.shiftKey === chord.shift : true;
}

/** True for a keydown that is only a modifier being pressed (it neither matches nor breaks a sequence). */
export function isModifierKey(event: KeyLike): boolean {
  return ['Shift', 'Control', 'Meta', 'Alt', 'AltGraph', 'CapsLock'].includes(event.key);
}

/** How a spec reads to a person, chord by chord: `Mod+K` → ['Ctrl', 'K'] (or ['⌘', 'K'] on a Mac). */
export function specLabel(spec: string, mac: boolean): string[][] {
  return parseSpec(spec).map((chord) => [
    ...(chord.mod ? [mac ? '⌘' : 'Ctrl'] : []),
    ...(chord.alt ? [mac ? '⌥' : 'Alt'] : []),
    ...(chord.shift ? ['Shift'] : []),
    keyName(chord.key, chord.mod || chord.alt),
  ]);
}

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  Escape: 'Esc',
  Delete: 'Del',
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

/** Letters in capitals after Ctrl/Cmd (Ctrl+K, as menus write them), as typed alone (j, g l). */
function keyName(key: string, withModifier: boolean): string {
  return KEY_NAMES[key] ?? (key.length === 1 && withModifier ? key.toUpperCase() : key);
}
