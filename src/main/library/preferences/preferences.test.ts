import { describe, expect, it } from 'vitest';
import { Library } from '../library';
import { DEFAULT_PREFERENCES } from '../../../shared/preferences';
import { tempDir } from '../../../../test/support/temp-library';

describe('interface preferences', () => {
  it('start at the defaults and keep a change across reopening the library', () => {
    const dir = tempDir();
    const library = Library.open(dir);
    expect(library.preferences.get()).toEqual(DEFAULT_PREFERENCES);
    library.preferences.update({ theme: 'dark', language: 'hi', fontSize: 20 });
    library.close();

    const reopened = Library.open(dir);
    expect(reopened.preferences.get()).toMatchObject({
      theme: 'dark',
      language: 'hi',
      fontSize: 20,
      zoom: 1,
    });
    reopened.close();
  });

  it('take a field given as undefined as unchanged', () => {
    const library = Library.open(tempDir());
    library.preferences.update({ theme: 'paper' });
    expect(library.preferences.update({ theme: undefined, zoom: 1.5 })).toMatchObject({
      theme: 'paper',
      zoom: 1.5,
    });
    library.close();
  });

  it('refuse an out-of-range value with a sentence naming it, and change nothing', () => {
    const library = Library.open(tempDir());
    expect(() => library.preferences.update({ fontSize: 90 })).toThrow(/font size is at most 28/);
    expect(library.preferences.get().fontSize).toBe(DEFAULT_PREFERENCES.fontSize);
    library.close();
  });
});
