import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from './library';
import { SAMPLES, tempDir, tempLibrary, writeFile } from '../../../test/support/temp-library';

const writeFileIn = (name: string, text: string) => writeFile(tempDir(), name, text);

function seeded(): Library {
  const library = tempLibrary();
  library.seedSamples(SAMPLES);
  return library;
}

function titles(outcome: ReturnType<Library['searchArticles']>): string[] {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.hits.map((h) => h.title);
}

describe('searching the library', () => {
  const library = seeded();

  it('finds words in the body with English stemming, and highlights them in a snippet', () => {
    const outcome = library.searchArticles('wetland');
    expect(titles(outcome)).toEqual(['Ramsar Sites in India']);
    const hit = outcome.ok ? outcome.hits[0]! : null;
    const marked = hit!.highlights.map(([s, e]) => hit!.snippet.slice(s, e).toLowerCase());
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => m.startsWith('wetland'))).toBe(true);
  });

  it('understands lunr syntax: required, excluded, field and wildcard terms', () => {
    expect(titles(library.searchArticles('+india -ramsar'))).not.toContain('Ramsar Sites in India');
    expect(titles(library.searchArticles('+india -ramsar'))).toContain('India–Central Asia Summit');
    expect(titles(library.searchArticles('title:lokpal'))).toEqual(['Lokpal and Lokayuktas']);
    expect(titles(library.searchArticles('chaba*'))).toEqual(['India–Central Asia Summit']);
    expect(titles(library.searchArticles("India's"))).toContain('Ramsar Sites in India');
  });

  it('combines the query with date and tag filters', () => {
    expect(titles(library.searchArticles('convention summit budget')).sort()).toEqual([
      'Capital Expenditure in the Union Budget',
      'India–Central Asia Summit',
      'Ramsar Sites in India',
    ]);
    expect(titles(library.searchArticles('convention summit budget', { tag: 'GS-3' })).sort()).toEqual([
      'Capital Expenditure in the Union Budget',
      'Ramsar Sites in India',
    ]);
    expect(
      titles(library.searchArticles('convention summit budget', { from: '2022-02-10', to: '2022-02-28' })),
    ).toEqual(['Ramsar Sites in India']);
  });

  it('answers malformed queries with a friendly message instead of throwing', () => {
    for (const query of ['title:', '+-', '~', '^2', 'php:', 'unknownfield:x', '*', '\\', 'foo~', '+']) {
      const outcome = library.searchArticles(query);
      if (!outcome.ok) expect(outcome.message).toMatch(/^Search could not understand “/);
    }
    for (const query of ['title:', '+-', '~']) expect(library.searchArticles(query).ok).toBe(false);
    expect(library.searchArticles('   ')).toEqual({ ok: true, hits: [] });
    expect(library.searchArticles('x'.repeat(10_000)).ok).toBe(true);
    expect(library.searchArticles('🙂 日本語').ok).toBe(true);
  });
});

describe('the search index', () => {
  it('sees a new note and a new user tag right away', () => {
    const library = seeded();
    expect(titles(library.searchArticles('note:judiciary'))).toEqual([]);
    const lokpal = library.listArticles({ tag: 'Polity' })[0]!;
    const block = library.getArticle(lokpal.id).blocks.find((b) => b.kind === 'bullet')!;
    library.saveAnnotation(block.id, { note: 'Compare with the judiciary' });
    expect(titles(library.searchArticles('note:judiciary'))).toEqual(['Lokpal and Lokayuktas']);
    library.addUserTag(lokpal.id, 'Anticorruption');
    expect(titles(library.searchArticles('tags:anticorruption'))).toEqual(['Lokpal and Lokayuktas']);
  });

  it('is rebuilt from the database when its file is deleted or damaged', () => {
    const library = seeded();
    expect(titles(library.searchArticles('lokpal'))).toHaveLength(1);
    library.close();
    const indexFile = join(library.dir, 'search-index.sqlite');
    expect(existsSync(indexFile)).toBe(true);
    writeFileSync(indexFile, 'this is not a database, it is garbage'.repeat(200));
    const damaged = Library.open(library.dir);
    expect(titles(damaged.searchArticles('lokpal'))).toEqual(['Lokpal and Lokayuktas']);
    damaged.close();
    rmSync(indexFile, { force: true });
    rmSync(`${indexFile}-wal`, { force: true });
    const missing = Library.open(library.dir);
    expect(titles(missing.searchArticles('ramsar'))).toEqual(['Ramsar Sites in India']);
  });

  it('warms up with a search of its most common words, and not at all once closed', () => {
    const library = tempLibrary();
    for (let i = 0; i < 5; i++)
      library.importFiles([
        writeFileIn(
          `water-${i}.txt`,
          `Aquifer recharge ${i}\n\nAquifers recharge slowly; recharge wells help (${i}).\n`,
        ),
      ]);
    const rare = library.importFiles([writeFileIn('lokpal.txt', 'Lokpal\n\nThe Lokpal hears complaints.\n')]);
    expect(rare.imported).toHaveLength(1);
    const before = library.searchArticles('recharge'); // the index catches up before a query
    expect(library.search.commonTerms().sort()).toEqual(['aquif', 'recharg']);
    library.search.warmUp();
    expect(library.searchArticles('recharge')).toEqual(before);
    library.close();
    expect(library.search.commonTerms()).toEqual([]);
    expect(() => library.search.warmUp()).not.toThrow();
  });
});
