import { NOTE_MAX_CHARS, TAG_MAX_CHARS, withoutHiddenControls } from '../../shared/limits';
import { LibraryError } from './errors';

/** A note as it is stored: hidden controls removed; refused over the limit, with a sentence. */
export function userNote(note: string): string {
  const clean = withoutHiddenControls(note);
  if (clean.length > NOTE_MAX_CHARS) {
    throw new LibraryError(
      'invalid-input',
      `A note is at most ${NOTE_MAX_CHARS.toLocaleString('en-US')} characters; this one has ${clean.length.toLocaleString('en-US')}.`,
    );
  }
  return clean;
}

/** A tag as it is stored: hidden controls removed, trimmed; refused when empty or over the limit. */
export function userTag(tag: string): string {
  const clean = withoutHiddenControls(tag).replace(/\s+/g, ' ').trim();
  if (clean === '') throw new LibraryError('invalid-input', 'A tag needs at least one letter.');
  if (clean.length > TAG_MAX_CHARS) {
    throw new LibraryError(
      'invalid-input',
      `A tag is at most ${TAG_MAX_CHARS} characters; “${clean.slice(0, 20)}…” has ${clean.length}.`,
    );
  }
  return clean;
}
