import { describe, expect, it } from 'vitest';
import { promptParts } from './cloze';

describe('promptParts', () => {
  it('finds the blank of a cloze card', () => {
    expect(promptParts('The Lokpal has up to […] members.')).toEqual([
      { kind: 'text', text: 'The Lokpal has up to ' },
      { kind: 'blank' },
      { kind: 'text', text: ' members.' },
    ]);
  });
  it('keeps a plain prompt whole', () => {
    expect(promptParts('No blank here.')).toEqual([{ kind: 'text', text: 'No blank here.' }]);
  });
});
