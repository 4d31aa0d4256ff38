import { describe, expect, it } from 'vitest';
import { catalogueKeys } from './catalogue';
import { en } from './en';
import { hi } from './hi';
import { createI18n, resolveLanguage } from './index';

describe('message catalogues', () => {
  it('have the same keys in English and Hindi, none of them empty', () => {
    expect(catalogueKeys(hi).sort()).toEqual(catalogueKeys(en).sort());
    const blanks = [en, hi].flatMap((c) => catalogueKeys(c).filter((k) => lookup(c, k).trim() === ''));
    expect(blanks).toEqual([]);
  });

  it('translate through i18next in each language', () => {
    expect(createI18n('en').t('common.close')).toBe('Close');
    expect(createI18n('hi').t('common.close')).toBe('बंद करें');
  });

  it('follow the system language when the preference is system', () => {
    expect(resolveLanguage('system', ['hi-IN', 'en'])).toBe('hi');
    expect(resolveLanguage('system', ['en-IN'])).toBe('en');
    expect(resolveLanguage('en', ['hi-IN'])).toBe('en');
  });
});

function lookup(catalogue: object, key: string): string {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string;
}
