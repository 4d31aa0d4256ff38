/** Which shortcuts of the table a key completes, given the keys of a sequence so far and the focus. */
import { matchesChord, parseChord, parseSpec, type KeyLike } from './keys';
import type { ShortcutDef } from './table';

export interface FocusContext {
  /** The focus is in a text field (input, textarea, select, contenteditable). */
  typing: boolean;
  /** The focus is inside an open modal dialog. */
  inDialog: boolean;
  /** Whether a handler is registered for the id (shortcuts nobody handles now are skipped). */
  handled: (id: string) => boolean;
}

export interface KeyMatch {
  def: ShortcutDef;
  spec: string;
  index: number;
}

/** Whether `def` may fire for a spec starting with `firstChord`, given where the focus is. */
export function allowedHere(def: ShortcutDef, firstChord: string, focus: FocusContext): boolean {
  const chord = parseChord(firstChord);
  if (focus.typing && !(def.inFields ?? (chord.mod || chord.key === 'Escape'))) return false;
  return !focus.inDialog || def.inDialogs === true;
}

/**
 * The shortcuts that `prefix` + `event` completes, in table order, and whether some spec goes on
 * from it (`g` waiting for its second key).
 */
export function matchKey(
  table: readonly ShortcutDef[],
  prefix: readonly KeyLike[],
  event: KeyLike,
  focus: FocusContext,
): { exact: KeyMatch[]; continues: boolean } {
  const exact: KeyMatch[] = [];
  let continues = false;
  for (const def of table) {
    if (def.menu || !focus.handled(def.id)) continue;
    for (const [index, spec] of def.keys.entries()) {
      const chords = parseSpec(spec);
      if (chords.length <= prefix.length) continue;
      if (!prefix.every((key, i) => matchesChord(key, chords[i]!))) continue;
      if (!matchesChord(event, chords[prefix.length]!)) continue;
      if (!allowedHere(def, spec.trim().split(/\s+/)[0]!, focus)) continue;
      if (chords.length > prefix.length + 1) continues = true;
      else exact.push({ def, spec, index });
    }
  }
  return { exact, continues };
}
