import { describe, expect, it } from 'vitest';
import { matchesChord, parseChord, parseSpec, specLabel, type KeyLike } from './keys';
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
