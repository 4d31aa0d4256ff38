import { describe, expect, it } from 'vitest';
import { matchesChord, parseChord, parseSpec, specLabel, type KeyLike } from './keys';
import { matchKey } from './dispatch';
import { CORE_SHORTCUTS, allShortcuts, registerShortcuts, shortcutById } from './table';

const press = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcut keys', () => {
  it('parse chords and sequences', () => {
    expect(parseChord('Mod+K')).toEqual({ mod: true, shift: false, alt: false, key: 'k' });
    expect(parseChord('Space').key).toBe(' ');
    expect(parseSpec('g n').map((c) => c.key)).toEqual(['g', 'n']);
    expect(parseChord('Alt+Shift+ArrowRight')).toEqual({
      mod: false,
      shift: true,
      alt: true,
      key: 'ArrowRight',
    });
  });

  it('match Ctrl or Cmd for Mod, and nothing else', () => {
    const chord = parseChord('Mod+K');
    expect(matchesChord(press('k', { ctrlKey: true }), chord)).toBe(true);
    expect(matchesChord(press('K', { metaKey: true }), chord)).toBe(true);
    expect(matchesChord(press('k'), chord)).toBe(false);
    expect(matchesChord(press('k', { ctrlKey: true, altKey: true }), chord)).toBe(false);
  });

  it('ignore Shift for punctuation typed with it, but not for letters, digits or arrows', () => {
    expect(matchesChord(press('?', { shiftKey: true }), parseChord('?'))).toBe(true);
    expect(matchesChord(press('J', { shiftKey: true }), parseChord('j'))).toBe(false);
    expect(matchesChord(press('ArrowRight'), parseChord('Shift+ArrowRight'))).toBe(false);
    expect(matchesChord(press('ArrowRight', { shiftKey: true }), parseChord('Shift+ArrowRight'))).toBe(true);
    expect(
      matchesChord(press('ArrowRight', { shiftKey: true, altKey: true }), parseChord('Shift+ArrowRight')),
    ).toBe(false);
  });

  it('read as a person writes them', () => {
    expect(specLabel('Mod+K', false)).toEqual([['Ctrl', 'K']]);
    expect(specLabel('Mod+K', true)).toEqual([['⌘', 'K']]);
    expect(specLabel('g n', false)).toEqual([['g'], ['n']]);
    expect(specLabel('Shift+ArrowRight', false)).toEqual([['Shift', '→']]);
  });
});

describe('the shortcut table', () => {
  it('has unique ids, and no two shortcuts of one scope share a key', () => {
    const ids = CORE_SHORTCUTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Map<string, string>();
    for (const def of CORE_SHORTCUTS)
      for (const spec of def.keys) {
        const key = `${def.scope} ${spec}`;
        expect(seen.get(key), `${spec} is both ${seen.get(key)} and ${def.id}`).toBeUndefined();
        seen.set(key, def.id);
      }
  });

  it('takes a feature’s own shortcuts, once each', () => {
    const days = [
      { id: 'test.day', keys: ['['], label: 'shortcuts.actions.help', scope: 'library' },
    ] as const;
    registerShortcuts(days);
    registerShortcuts(days);
    expect(allShortcuts().filter((d) => d.id === 'test.day')).toHaveLength(1);
    expect(shortcutById('test.day')?.keys).toEqual(['[']);
  });
});

describe('matching a key against the table', () => {
  const everywhere = { typing: false, inDialog: false, handled: () => true };
  const ids = (result: ReturnType<typeof matchKey>) => result.exact.map((m) => m.def.id);

  it('finds single keys, with the position of the spec that matched', () => {
    const result = matchKey(CORE_SHORTCUTS, [], press('3'), everywhere);
    expect(ids(result)).toEqual(['reader.color', 'review.grade']);
    expect(result.exact[0]!.index).toBe(2);
  });

  it('waits after g, and completes g n', () => {
    expect(matchKey(CORE_SHORTCUTS, [], press('g'), everywhere)).toEqual({ exact: [], continues: true });
    expect(ids(matchKey(CORE_SHORTCUTS, [press('g')], press('n'), everywhere))).toEqual(['go.notes']);
    // n alone is the reader's note key, not a view.
    expect(ids(matchKey(CORE_SHORTCUTS, [], press('n'), everywhere))).toEqual(['reader.note']);
  });

  it('leaves single keys to a text field, but not Ctrl/Cmd combos or Escape', () => {
    const typing = { ...everywhere, typing: true };
    expect(ids(matchKey(CORE_SHORTCUTS, [], press('?', { shiftKey: true }), typing))).toEqual([]);
    expect(matchKey(CORE_SHORTCUTS, [], press('g'), typing).continues).toBe(false);
    // The reader's Esc says it is not for fields; the review session's is.
    expect(ids(matchKey(CORE_SHORTCUTS, [], press('Escape'), typing))).toEqual(['review.end']);
    expect(ids(matchKey(CORE_SHORTCUTS, [], press('k', { ctrlKey: true }), typing))).toEqual([
      'palette.open',
    ]);
    // Ctrl+Z in a field undoes typing, not a deletion.
    expect(ids(matchKey(CORE_SHORTCUTS, [], press('z', { ctrlKey: true }), typing))).toEqual([]);
  });

  it('leaves keys to an open dialog, and skips shortcuts nobody handles or the menu owns', () => {
    expect(ids(matchKey(CORE_SHORTCUTS, [], press('j'), { ...everywhere, inDialog: true }))).toEqual([]);
    const onlyHelp = { ...everywhere, handled: (id: string) => id === 'help.open' };
    expect(ids(matchKey(CORE_SHORTCUTS, [], press('j'), onlyHelp))).toEqual([]);
    expect(ids(matchKey(CORE_SHORTCUTS, [], press('o', { ctrlKey: true }), everywhere))).toEqual([]);
  });
});
