import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { memoFormat, memoText } from './memo-text';

describe('memoFormat', () => {
  it("writes what i18next's t() writes, in both languages, with any words in the values", () => {
    for (const language of ['en', 'hi'] as const) {
      const t = createI18n(language).getFixedT(null, null);
      const label = memoFormat(t, 'reader.span', ['kind', 'text'], (values) => t('reader.span', values));
      for (const text of ['plain words', 'a {{kind}} brace', '$& and $1 – “quotes”', '']) {
        const values = { kind: 'Important', text };
        expect(label(values)).toBe(t('reader.span', values));
      }
    }
  });

  it('asks once per language and key', () => {
    const t = createI18n('en').getFixedT(null, null);
    let made = 0;
    const make = (values: Record<'quote', string>) => {
      made += 1;
      return t('notes.card.editQuote', values);
    };
    memoFormat(t, 'edit', ['quote'], make)({ quote: 'one' });
    expect(memoFormat(t, 'edit', ['quote'], make)({ quote: 'two' })).toBe('Edit the note on “two”');
    expect(made).toBe(1);
    const hindi = createI18n('hi').getFixedT(null, null);
    memoFormat(hindi, 'edit', ['quote'], (values) => hindi('notes.card.editQuote', values));
    expect(memoText(hindi, 'x', () => 'हिंदी')).toBe('हिंदी');
    expect(memoText(t, 'x', () => 'English')).toBe('English');
  });
});
