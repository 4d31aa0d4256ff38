import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { etaLabel, fileName, nothingImported, percentDone, shownPath, skippedByFile } from './progress';

describe('import progress wording', () => {
  it('says how long is left in seconds, minutes or hours', () => {
    const { t } = createI18n('en');
    expect(etaLabel(null, t)).toBe('Estimating time left…');
    expect(etaLabel(0.2, t)).toBe('almost done');
    expect(etaLabel(44.6, t)).toBe('about 45 s left');
    expect(etaLabel(130, t)).toBe('about 2 min left');
    expect(etaLabel(3 * 3600 + 600, t)).toBe('about 3 h 10 min left');
    expect(etaLabel(3 * 3600 + 600, createI18n('hi').t, (n) => `#${n}`)).toBe('लगभग #3 घंटे #10 मिनट बाकी');
  });
  it('counts whole percents and never divides by zero', () => {
    expect(percentDone(0, 0)).toBe(0);
    expect(percentDone(37, 120)).toBe(30);
    expect(percentDone(120, 120)).toBe(100);
    expect(percentDone(5, 3)).toBe(100);
  });
  it('shows paths relative to the imported folder, with either separator', () => {
    expect(shownPath('/home/a/news/2022/jan.txt', '/home/a/news')).toBe('2022/jan.txt');
    expect(shownPath('/home/a/news/2022/jan.txt', '/home/a/news/')).toBe('2022/jan.txt');
    expect(shownPath('/home/a/newsletter/x.txt', '/home/a/news')).toBe('x.txt');
    expect(shownPath('C:\\Users\\a\\news\\x.html', 'C:\\Users\\a\\news')).toBe('x.html');
    expect(shownPath('pasted.txt', null)).toBe('pasted.txt');
    expect(fileName('/a/b/')).toBe('b');
  });
  it('knows when nothing came in, and groups skipped records by file', () => {
    expect(nothingImported({ imported: [], duplicates: [], failed: [{ path: 'a', error: 'x' }] })).toBe(true);
    expect(nothingImported({ imported: [], duplicates: [{ path: 'a', id: 1 }], failed: [] })).toBe(false);
    expect(
      skippedByFile([
        { path: 'd.json', title: 'Login', reason: 'navigation' },
        { path: 'e.csv', title: '', reason: 'empty' },
        { path: 'd.json', title: 'Quiz', reason: 'navigation' },
      ]),
    ).toEqual([
      {
        path: 'd.json',
        items: [
          { title: 'Login', reason: 'navigation' },
          { title: 'Quiz', reason: 'navigation' },
        ],
      },
      { path: 'e.csv', items: [{ title: '', reason: 'empty' }] },
    ]);
  });
});
