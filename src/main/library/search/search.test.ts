import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection';
import { Library } from '../library';
import { SLOTS } from './calendar';
import { decodePostings, decodeVarints } from './postings';
import { parseQuery } from './query';
import { HELD_BATCH, SearchIndex } from './search-index';
import { testLibrary, titlesOf, type TestLibrary } from '../../../../test/support/search-library';

const open: TestLibrary[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

function library(...args: Parameters<typeof testLibrary>): TestLibrary {
  const t = testLibrary(...args);
  open.push(t);
  return t;
}

/** A small library: CSTO in Kazakhstan, a Hindi G20 article, an RBI one, a wetlands one. */
function seeded(): TestLibrary {
  const t = library();
  t.add({
    title: 'The Collective Security Treaty Organisation (CSTO)',
    date: '2022-01-10',
    source: 'StudyIQ',
    tags: ['GS-2', 'International Relations'],
    blocks: [
      {
        kind: 'paragraph',
        text: 'The CSTO has been working alongside Kazakh security forces to contain unrest.',
      },
      { kind: 'heading', text: 'The organization' },
      { text: 'The Collective Security Treaty came into force in 1994 between Russia and five allies.' },
      { text: 'Kazakhstan is in the middle of a major unrest arising out of rising fuel prices.' },
    ],
  });
  t.add({
    title: 'जी20 शिखर सम्मेलन नई दिल्ली में',
    date: '2023-09-10',
    source: 'PIB',
    tags: ['GS-2'],
    blocks: [{ text: 'भारत ने जी20 शिखर सम्मेलन की अध्यक्षता की और अफ्रीकी संघ को सदस्य बनाया गया।' }],
  });
  t.add({
    title: 'RBI keeps the repo rate unchanged',
    date: '2022-02-10',
    source: 'The Hindu',
    tags: ['GS-3', 'Economy'],
    blocks: [
      { text: 'The Monetary Policy Committee kept the repo rate at 4 per cent.' },
      { text: 'Security of the banking system and collective action on inflation were discussed.' },
    ],
  });
  t.add({
    title: 'Ramsar sites in India',
    date: '2022-02-15',
    tags: ['GS-3', 'Environment'],
    blocks: [{ text: 'India added new wetlands to the Ramsar list, protecting migratory birds.' }],
  });
  return t;
}

/** The index file's contents by term (term ids depend on the order terms were met). */
function indexContents(dir: string) {
  const db = new Database(join(dir, 'search-index.sqlite'), { readonly: true });
  try {
    const terms = new Map(
      (
        db.prepare('SELECT id, term, df FROM terms').all() as Array<{ id: number; term: string; df: number }>
      ).map((r) => [r.id, r]),
    );
    const postings = (
      db.prepare('SELECT key, data FROM postings').all() as Array<{ key: number; data: Buffer }>
    )
      .map((r) => ({
        term: terms.get(Math.floor(r.key / SLOTS))!.term,
        slot: r.key % SLOTS,
        postings: decodePostings(r.data),
      }))
      .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : a.slot - b.slot));
    const docs = (
      db
        .prepare('SELECT article_id AS id, slot, lengths, terms FROM docs ORDER BY article_id')
        .all() as Array<{
        id: number;
        slot: number;
        lengths: string;
        terms: Buffer;
      }>
    ).map((r) => ({
      ...r,
      terms: decodeVarints(r.terms)
        .map((id) => terms.get(id)!.term)
        .sort(),
    }));
    const df = [...terms.values()]
      .filter((r) => r.df > 0)
      .map((r) => [r.term, r.df])
      .sort();
    return {
      df,
      postings,
      docs,
      stats: db.prepare("SELECT value FROM meta WHERE key = 'stats'").pluck().get(),
    };
  } finally {
    db.close();
  }
}

describe('searching', () => {
  it('finds a Hindi article by a Hindi word, with English stemming working beside it', () => {
    const { library: lib } = seeded();
    expect(titlesOf(lib.searchArticles('सम्मेलन'))).toEqual(['जी20 शिखर सम्मेलन नई दिल्ली में']);
    expect(titlesOf(lib.searchArticles('जी20 अध्यक्षता'))).toEqual(['जी20 शिखर सम्मेलन नई दिल्ली में']);
    expect(titlesOf(lib.searchArticles('में'))).toEqual([]); // a Hindi stop word
    expect(titlesOf(lib.searchArticles('protecting wetland'))).toEqual(['Ramsar sites in India']);
    expect(titlesOf(lib.searchArticles('सम्मेलन wetlands'))).toHaveLength(2);
  });

  it('checks quoted phrases against the words’ positions, not just their presence', () => {
    const { library: lib } = seeded();
    expect(titlesOf(lib.searchArticles('collective security'))).toHaveLength(2);
    expect(titlesOf(lib.searchArticles('"collective security"'))).toEqual([
      'The Collective Security Treaty Organisation (CSTO)',
    ]);
    expect(titlesOf(lib.searchArticles('"security collective"'))).toEqual([]);
    expect(titlesOf(lib.searchArticles('collective -"collective security"'))).toEqual([
      'RBI keeps the repo rate unchanged',
    ]);
    expect(titlesOf(lib.searchArticles('title:"repo rate"'))).toEqual(['RBI keeps the repo rate unchanged']);
  });

  it('treats tag:, from:, to: and date: in the query like the filter controls', () => {
    const { library: lib } = seeded();
    const q = 'security inflation wetlands';
    expect(titlesOf(lib.searchArticles(`${q} tag:GS-3`))).toEqual(
      titlesOf(lib.searchArticles(q, { tag: 'GS-3' })),
    );
    expect(titlesOf(lib.searchArticles(`${q} tag:gs-3`)).sort()).toEqual([
      'RBI keeps the repo rate unchanged',
      'Ramsar sites in India',
    ]);
    expect(titlesOf(lib.searchArticles(`${q} date:2022-02`))).toEqual(
      titlesOf(lib.searchArticles(q, { from: '2022-02-01', to: '2022-02-28' })),
    );
    expect(titlesOf(lib.searchArticles(`${q} from:2022-02-12 to:2022-12-31`))).toEqual([
      'Ramsar sites in India',
    ]);
    expect(titlesOf(lib.searchArticles(`${q} -tag:Environment date:2022`)).sort()).toEqual([
      'RBI keeps the repo rate unchanged',
      'The Collective Security Treaty Organisation (CSTO)',
    ]);
    expect(titlesOf(lib.searchArticles('security tag:NoSuchTag'))).toEqual([]);
  });

  it('finds Kazakhstan when the user types kazakstan, and says so', () => {
    const { library: lib } = seeded();
    const outcome = lib.searchArticles('kazakstan');
    expect(titlesOf(outcome)).toEqual(['The Collective Security Treaty Organisation (CSTO)']);
    expect(outcome.ok && outcome.corrections).toEqual([{ word: 'kazakstan', suggestions: ['kazakhstan'] }]);
    // A known word is never "corrected", and lunr's ~ still works.
    expect(
      lib.searchArticles('kazakhstan').ok &&
        (lib.searchArticles('kazakhstan') as { corrections?: unknown }).corrections,
    ).toBeUndefined();
    expect(titlesOf(lib.searchArticles('kazakstan~1'))).toHaveLength(1);
    expect(titlesOf(lib.searchArticles('+kazakstan +rbi'))).toEqual([]);
  });

  it('does not flood the list with suggestions for a slip', () => {
    const t = library();
    for (const word of ['rate', 'rats', 'rage', 'race', 'rare', 'rake', 'rave', 'raze']) {
      t.add({ title: `About ${word}`, date: '2022-01-01', blocks: [{ text: `${word} ${word}` }] });
    }
    const outcome = t.library.searchArticles('ratz');
    expect(outcome.ok && outcome.corrections?.[0]?.suggestions.length).toBeLessThanOrEqual(3);
    expect(titlesOf(outcome).length).toBeLessThanOrEqual(3);
  });

  it('counts facets per tag and month and sorts by relevance or newest', () => {
    const { library: lib } = seeded();
    const outcome = lib.searchArticles('security inflation wetlands');
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.total).toBe(3);
    expect(outcome.facets?.months).toEqual([
      { month: '2022-02', count: 2 },
      { month: '2022-01', count: 1 },
    ]);
    expect(outcome.facets?.tags).toContainEqual({ name: 'GS-3', count: 2 });
    expect(titlesOf(lib.searchArticles('security inflation wetlands', { sort: 'newest' }))).toEqual([
      'Ramsar sites in India',
      'RBI keeps the repo rate unchanged',
      'The Collective Security Treaty Organisation (CSTO)',
    ]);
    expect(titlesOf(lib.searchArticles('tag:GS-2'))).toEqual([
      'जी20 शिखर सम्मेलन नई दिल्ली में',
      'The Collective Security Treaty Organisation (CSTO)',
    ]);
    expect(titlesOf(lib.searchArticles('security', { limit: 1, offset: 1 }))).toHaveLength(1);
  });

  it('answers malformed or odd queries without throwing (B-90, B-92, B-95)', () => {
    const { library: lib } = seeded();
    for (const query of [
      'title:',
      'php:',
      'unknownfield:x',
      '*',
      '~',
      '^2',
      '+-',
      '\\',
      'foo~',
      '+',
      '*stan*',
      'k*z*',
    ]) {
      const outcome = lib.searchArticles(query);
      if (!outcome.ok) expect(outcome.message).toMatch(/^Search could not understand “.*”: .+\.$/);
    }
    expect(lib.searchArticles('title:').ok).toBe(false);
    expect(lib.searchArticles('🙂 日本語')).toMatchObject({ ok: true, hits: [] });
    expect(lib.searchArticles('x'.repeat(10_000))).toMatchObject({ ok: true, hits: [] });
    expect(titlesOf(lib.searchArticles('kazakh*'))).toHaveLength(1);
    expect(titlesOf(lib.searchArticles('*stan'))).toHaveLength(1);
    expect(titlesOf(lib.searchArticles('organ*'))).toHaveLength(1); // stem/wildcard mismatch (B-91)
  });

  it('shows where a query matches inside an article, for the reader', () => {
    const t = seeded();
    const id = t.library.listArticles({ tag: 'International Relations' })[0]!.id;
    const matches = t.library.searchMatches(id, 'kazakhstan security');
    expect(matches.title).toHaveLength(1);
    expect(matches.blocks.length).toBeGreaterThanOrEqual(2);
    const block = t.library.getArticle(id).blocks.find((b) => b.id === matches.blocks.at(-1)!.blockId)!;
    expect(matches.blocks.at(-1)!.ranges.map(([s, e]) => block.text.slice(s, e))).toEqual(['Kazakhstan']);
  });
});

describe('keeping the index up to date', () => {
  it('indexes a new article, a note, a tag and an edit incrementally, without a rebuild', () => {
    const t = seeded();
    const lib = t.library;
    expect(titlesOf(lib.searchArticles('wetlands'))).toHaveLength(1);
    const token = t.db.prepare("SELECT value FROM settings WHERE key = 'search_index_token'").pluck().get();
    const id = t.add({
      title: 'Wetlands of Kerala',
      date: '2022-03-01',
      blocks: [{ text: 'Vembanad is a wetland.' }],
    });
    expect(titlesOf(lib.searchArticles('wetlands'))).toContain('Wetlands of Kerala');
    const block = lib.getArticle(id).blocks[0]!;
    lib.saveAnnotation(block.id, { note: 'Compare with Chilika lagoon' });
    expect(titlesOf(lib.searchArticles('note:chilika'))).toEqual(['Wetlands of Kerala']);
    lib.addUserTag(id, 'Kerala notes');
    expect(titlesOf(lib.searchArticles('tags:kerala'))).toEqual(['Wetlands of Kerala']);
    t.db.prepare('UPDATE blocks SET text = ? WHERE id = ?').run('Ashtamudi is a lake.', block.id);
    expect(titlesOf(lib.searchArticles('vembanad'))).toEqual([]);
    expect(titlesOf(lib.searchArticles('ashtamudi'))).toEqual(['Wetlands of Kerala']);
    t.db.prepare('DELETE FROM annotations WHERE article_id = ?').run(id);
    t.db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(id);
    t.db.prepare('DELETE FROM blocks WHERE article_id = ?').run(id);
    t.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(titlesOf(lib.searchArticles('wetlands'))).toEqual(['Ramsar sites in India']);
    expect(t.db.prepare("SELECT value FROM settings WHERE key = 'search_index_token'").pluck().get()).toBe(
      token,
    );
    expect(t.db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
    expect(lib.searchStatus()).toEqual({ state: 'ready', done: 4, total: 4 });
  });

  it('indexes in the background, reporting progress, and answers from what is ready meanwhile', async () => {
    const first = seeded();
    const dir = first.dir;
    for (let i = 0; i < 200; i++) {
      first.add({
        title: `Filler ${i}`,
        date: `2021-${String((i % 12) + 1).padStart(2, '0')}-01`,
        blocks: [{ text: `monsoon ${i}` }],
      });
    }
    first.close();
    open.splice(open.indexOf(first), 1);
    const t = library({ searchIndexing: 'background' }, dir);
    t.library.rebuildSearchIndex();
    const progress: number[] = [];
    t.library.onSearchProgress((s) => progress.push(s.done));
    const during = t.library.searchArticles('monsoon');
    expect(during.ok && during.indexing?.state).toBe('rebuilding');
    await t.library.searchIdle();
    expect(progress.length).toBeGreaterThan(1);
    expect(t.library.searchStatus()).toEqual({ state: 'ready', done: 204, total: 204 });
    const after = t.library.searchArticles('monsoon');
    expect(after.ok && after.total).toBe(200);
    expect(after.ok && after.indexing).toBeUndefined();
    // A small change is searchable at once, before the background loop runs.
    t.add({ title: 'Brand new article', date: '2022-05-05', blocks: [{ text: 'zeolite' }] });
    expect(titlesOf(t.library.searchArticles('zeolite'))).toEqual(['Brand new article']);
  });

  it('rebuilds exactly the index that indexing article by article made: terms, counts, postings, articles', () => {
    const t = seeded();
    const lib = t.library;
    const words = ['monsoon', 'treaty', 'wetland', 'tariff', 'glacier', 'ordinance', 'कृषि', 'नदी'];
    for (let i = 0; i < 150; i++) {
      t.add({
        title: `Report ${i} on ${words[i % words.length]}`,
        date:
          i % 17 === 0 ? undefined : `202${i % 3}-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`,
        tags: [i % 2 === 0 ? 'Even' : 'Odd', `GS-${(i % 4) + 1}`],
        blocks: [
          { kind: 'heading', text: `Part ${i % 5}` },
          {
            text: `The ${words[i % 8]} and the ${words[(i * 3) % 8]} ${i} met the ${words[(i + 1) % 8]} again.`,
          },
        ],
      });
      // Indexed a few at a time (appending to lists), with an edit now and then (a merge in the list).
      if (i % 7 === 6) {
        lib.searchArticles('monsoon');
        t.db
          .prepare('UPDATE blocks SET text = text || ? WHERE article_id = ? AND position = 1')
          .run(' Edited.', i);
      }
    }
    // A month of more articles than a rebuild's batch: written in two batches, the second merged in.
    for (let i = 0; i < 600; i++)
      t.add({
        title: `May brief ${i}`,
        date: `2023-05-${String((i % 28) + 1).padStart(2, '0')}`,
        blocks: [{ text: `The ${words[i % 8]} brief number ${i} on the ${words[(i * 5) % 8]}.` }],
      });
    const block = lib.getArticle(3).blocks[0]!;
    lib.saveAnnotation(block.id, { note: 'glacier retreat in Ladakh' });
    const queries = ['monsoon treaty', '"the wetland"', 'gla*', 'tag:Even कृषि', 'note:ladakh', 'edited'];
    const answers = () => queries.map((q) => lib.searchArticles(q, { limit: 500 }));
    const incremental = answers();
    const before = indexContents(t.dir);
    expect(before.postings.length).toBeGreaterThan(100);
    // Each term's count is its (article, field) pairs, as lunr's idf counts them.
    const pairs = new Map<string, number>();
    for (const row of before.postings)
      for (const p of row.postings) pairs.set(row.term, (pairs.get(row.term) ?? 0) + p.fields.length);
    expect(before.df).toEqual([...pairs].sort());
    lib.rebuildSearchIndex();
    expect(answers()).toEqual(incremental);
    expect(indexContents(t.dir)).toEqual(before);
  });

  it('catches up with a long import in batches while the import holds it, and ends as an inline index', async () => {
    const t = library({ searchIndexing: 'background' });
    await t.library.searchIdle();
    const pending = () => t.db.prepare('SELECT count(*) FROM search_pending').pluck().get() as number;
    const turns = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    const addSome = (from: number, to: number) => {
      for (let i = from; i < to; i++)
        t.add({ title: `Held ${i}`, date: '2022-03-01', blocks: [{ text: `aquifer recharge ${i}` }] });
      t.library.search.changed(); // as the import's batches tell it
    };
    const release = t.library.search.holdCatchUp();
    addSome(0, 40);
    await turns(20);
    expect(pending()).toBe(40); // fewer than a batch: the background loop waits
    const queued = HELD_BATCH + 100;
    addSome(40, queued);
    for (let k = 0; k < 2_000 && pending() >= queued; k++) await turns(1);
    expect(pending()).toBeLessThan(queued); // a batch is queued: it works while still held
    release();
    await t.library.searchIdle();
    expect(pending()).toBe(0);
    const held = t.library.searchArticles('aquifer recharge', { limit: 1000 });
    expect(held.ok && held.total).toBe(queued);

    t.close();
    open.splice(open.indexOf(t), 1);
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(join(t.dir, `search-index.sqlite${suffix}`), { force: true });
    const inline = library({}, t.dir);
    expect(held).toEqual(inline.library.searchArticles('aquifer recharge', { limit: 1000 }));
  });

  describe('rebuilds in a worker thread in background mode', () => {
    /** A library of `count` filler articles over 2021 plus the seeded four, closed, with no index. */
    function unindexed(count: number): string {
      const first = seeded();
      for (let i = 0; i < count; i++) {
        first.add({
          title: `Filler ${i}`,
          date: `2021-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          tags: [i % 2 === 0 ? 'Even' : 'Odd'],
          blocks: [{ text: `monsoon report number ${i} on the collective security of rivers` }],
        });
      }
      first.close();
      open.splice(open.indexOf(first), 1);
      for (const suffix of ['', '-wal', '-shm'])
        rmSync(join(first.dir, `search-index.sqlite${suffix}`), { force: true });
      return first.dir;
    }

    it('answers meanwhile, takes library writes, and ends as an inline build would', async () => {
      const dir = unindexed(300);
      const t = library({ searchIndexing: 'background' }, dir);
      expect(t.library.searchStatus().state).toBe('rebuilding');
      const states: string[] = [];
      t.library.onSearchProgress((status) => states.push(`${status.state}:${status.done}`));
      // A note written while the worker builds the index is searchable once it is done.
      const ramsar = titlesOf(t.library.searchArticles('wetlands'));
      expect(ramsar.length).toBeLessThanOrEqual(1);
      const wetlandsId = t.db
        .prepare("SELECT id FROM articles WHERE title = 'Ramsar sites in India'")
        .pluck()
        .get() as number;
      const block = t.library.getArticle(wetlandsId).blocks[0]!;
      t.library.saveAnnotation(block.id, { note: 'Compare with Chilika lagoon' });
      await t.library.searchIdle();
      expect(states.some((s) => s.startsWith('rebuilding:'))).toBe(true);
      expect(t.library.searchStatus()).toEqual({ state: 'ready', done: 304, total: 304 });
      expect(titlesOf(t.library.searchArticles('note:chilika'))).toEqual(['Ramsar sites in India']);
      const background = t.library.searchArticles('"collective security" tag:Even', { limit: 500 });

      // The same library indexed inline gives the same answers, scores included.
      t.close();
      open.splice(open.indexOf(t), 1);
      for (const suffix of ['', '-wal', '-shm'])
        rmSync(join(dir, `search-index.sqlite${suffix}`), { force: true });
      const inline = library({}, dir);
      const expected = inline.library.searchArticles('"collective security" tag:Even', { limit: 500 });
      expect(background.ok && background.total).toBe(150);
      expect(background).toEqual(expected);
    });

    it('reads in a second thread while the first writes, and writes the rows an inline rebuild writes', async () => {
      const dir = unindexed(600);
      /** The index's tables as stored: ids, keys and bytes, row for row. */
      const rows = () => {
        const index = new Database(join(dir, 'search-index.sqlite'), { readonly: true });
        try {
          const all = (sql: string) => index.prepare(sql).raw().all();
          return {
            terms: all('SELECT id, term, df FROM terms ORDER BY id'),
            postings: all('SELECT key, hex(data) FROM postings ORDER BY key'),
            docs: all('SELECT article_id, slot, lengths, hex(terms) FROM docs ORDER BY article_id'),
            pages: all('SELECT page, hex(data) FROM doc_pages ORDER BY page'),
            vocabulary: all('SELECT max_term_id, hex(data) FROM vocabulary'),
            meta: all(
              "SELECT key, value FROM meta WHERE key IN ('stats', 'state', 'rebuilt_month') ORDER BY key",
            ),
          };
        } finally {
          index.close();
        }
      };
      const dropIndex = () => {
        for (const suffix of ['', '-wal', '-shm'])
          rmSync(join(dir, `search-index.sqlite${suffix}`), { force: true });
      };
      const built: Array<ReturnType<typeof rows>> = [];
      const readers: Array<number | null | undefined> = [];
      // Batches of 40 after the first 200 end inside months: their rows are merged across batches.
      process.env.BULLETIN_REBUILD_BATCH = '40';
      try {
        for (const reader of ['on', 'off']) {
          process.env.BULLETIN_REBUILD_READER = reader; // off: the worker reads for itself
          const t = library({ searchIndexing: 'background' }, dir);
          await t.library.searchIdle();
          expect(t.library.searchStatus()).toEqual({ state: 'ready', done: 604, total: 604 });
          readers.push(t.library.search.lastRebuildCpu()?.readMs);
          t.close();
          open.splice(open.indexOf(t), 1);
          built.push(rows());
          dropIndex();
        }
      } finally {
        delete process.env.BULLETIN_REBUILD_BATCH;
        delete process.env.BULLETIN_REBUILD_READER;
      }
      expect(readers[0]).toBeGreaterThan(0); // a second thread read the articles
      expect(readers[1]).toBeNull();
      const inline = library({}, dir);
      inline.library.searchArticles('monsoon');
      inline.close();
      open.splice(open.indexOf(inline), 1);
      const expected = rows();
      expect(expected.postings.length).toBeGreaterThan(100);
      expect(built[0]).toEqual(expected);
      expect(built[1]).toEqual(expected);
    });

    it('falls back to short slices of the main thread where no worker runs', async () => {
      const dir = unindexed(50);
      const db = openDatabase(join(dir, 'library.sqlite'));
      const index = SearchIndex.open(db, join(dir, 'search-index.sqlite'), {
        mode: 'background',
        worker: false,
      });
      try {
        expect(index.status().state).toBe('rebuilding');
        await index.whenIdle();
        expect(index.status()).toEqual({ state: 'ready', done: 54, total: 54 });
        const parsed = parseQuery('monsoon', '2024-01-01');
        if (!parsed.ok) throw new Error(parsed.message);
        const request = {
          query: parsed.query,
          tags: [],
          notTags: [],
          sort: 'relevance' as const,
          limit: 5,
          offset: 0,
        };
        expect(index.query(request).total).toBe(50);
      } finally {
        index.close();
        db.close();
      }
    });

    it('stops when the library closes and resumes at the next open', async () => {
      // Enough articles that the worker is still building when the first progress reaches this thread,
      // however late (under load, 600 were once all built by then).
      const count = 3_000;
      const dir = unindexed(count);
      const first = library({ searchIndexing: 'background' }, dir);
      await new Promise<void>((resolve) => {
        const stop = first.library.onSearchProgress((status) => {
          if (status.state === 'rebuilding' && status.done > 0) {
            stop();
            resolve();
          }
        });
      });
      first.close();
      open.splice(open.indexOf(first), 1);
      const index = new Database(join(dir, 'search-index.sqlite'), { readonly: true });
      const meta = Object.fromEntries(
        (index.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>).map(
          (r) => [r.key, r.value],
        ),
      );
      index.close();
      expect(meta).toMatchObject({ state: 'rebuilding', closed: '1' });
      const second = library({ searchIndexing: 'background' }, dir);
      const resumedFrom = second.library.searchStatus();
      expect(resumedFrom.state).toBe('rebuilding');
      expect(resumedFrom.done).toBeGreaterThan(0);
      await second.library.searchIdle();
      expect(second.library.searchStatus()).toEqual({ state: 'ready', done: count + 4, total: count + 4 });
      const outcome = second.library.searchArticles('monsoon', { limit: 1 });
      expect(outcome.ok && outcome.total).toBe(count);
    });
  });

  it('indexes an enormous article only in part, with a warning (B-96)', () => {
    const t = library();
    const words = Array.from({ length: 120_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    t.add({ title: 'A huge article', date: '2022-01-01', blocks: [{ text: `${words} needle` }] });
    expect(titlesOf(t.library.searchArticles('w1'))).toEqual(['A huge article']);
    expect(titlesOf(t.library.searchArticles('needle'))).toEqual([]);
  });

  it('saves, lists, runs and deletes saved searches', () => {
    const { library: lib } = seeded();
    const saved = lib.saveSearch({
      name: 'GS-3 this year',
      query: 'tag:GS-3 date:2022',
      options: { sort: 'newest' },
    });
    expect(saved).toMatchObject({
      name: 'GS-3 this year',
      query: 'tag:GS-3 date:2022',
      options: { sort: 'newest' },
    });
    expect(titlesOf(lib.runSavedSearch('gs-3 THIS year'))).toEqual([
      'Ramsar sites in India',
      'RBI keeps the repo rate unchanged',
    ]);
    lib.saveSearch({ name: 'gs-3 this year', query: 'wetlands' });
    expect(lib.listSavedSearches()).toHaveLength(1);
    expect(titlesOf(lib.runSavedSearch(saved.id))).toEqual(['Ramsar sites in India']);
    expect(() => lib.saveSearch({ name: 'bad', query: 'title:' })).toThrow(/Search could not understand/);
    expect(() => lib.saveSearch({ name: '  ', query: 'x' })).toThrow(/needs a name/);
    lib.deleteSavedSearch(saved.id);
    expect(lib.listSavedSearches()).toEqual([]);
    expect(() => lib.runSavedSearch(saved.id)).toThrow(/no saved search/);
  });

  describe('is derived data, rebuilt from the database (D14, B-93)', () => {
    /** Closes a seeded library, lets `damage` change its folder, and reopens it. */
    function reopenAfter(damage: (dir: string) => void): Library {
      const t = seeded();
      expect(titlesOf(t.library.searchArticles('wetlands'))).toHaveLength(1);
      t.close();
      open.splice(open.indexOf(t), 1);
      damage(t.dir);
      const reopened = Library.open(t.dir);
      open.push({
        library: reopened,
        dir: t.dir,
        db: new Database(':memory:'),
        add: () => 0,
        close: () => reopened.close(),
      });
      return reopened;
    }
    const index = (dir: string) => join(dir, 'search-index.sqlite');

    it('when the index file is deleted', () => {
      const lib = reopenAfter((dir) => rmSync(index(dir)));
      expect(titlesOf(lib.searchArticles('wetlands'))).toEqual(['Ramsar sites in India']);
    });

    it('when the index file is garbage', () => {
      const lib = reopenAfter((dir) => writeFileSync(index(dir), Buffer.alloc(8192, 0x5a)));
      expect(titlesOf(lib.searchArticles('wetlands'))).toEqual(['Ramsar sites in India']);
    });

    it('when a posting list is damaged inside a sound file', () => {
      const lib = reopenAfter((dir) => {
        const db = new Database(index(dir));
        db.prepare("UPDATE postings SET data = x'ff'").run();
        db.close();
      });
      expect(titlesOf(lib.searchArticles('wetlands'))).toEqual(['Ramsar sites in India']);
    });

    it('when the index is of another format version', () => {
      const lib = reopenAfter((dir) => {
        const db = new Database(index(dir));
        db.prepare("UPDATE meta SET value = '0' WHERE key = 'format'").run();
        db.close();
      });
      expect(titlesOf(lib.searchArticles('wetlands'))).toEqual(['Ramsar sites in India']);
    });

    it('when the library was restored from an older backup', () => {
      const t = seeded();
      t.library.searchArticles('wetlands');
      t.close();
      open.splice(open.indexOf(t), 1);
      const backup = join(t.dir, 'backup.sqlite');
      const db = new Database(join(t.dir, 'library.sqlite'));
      db.prepare('VACUUM INTO ?').run(backup);
      db.close();
      const later = testLibrary({}, t.dir);
      open.push(later);
      later.add({ title: 'Wetlands of Kerala', date: '2022-03-01', blocks: [{ text: 'A wetland.' }] });
      expect(titlesOf(later.library.searchArticles('wetlands'))).toHaveLength(2);
      later.close();
      open.splice(open.indexOf(later), 1);
      for (const suffix of ['-wal', '-shm']) rmSync(join(t.dir, `library.sqlite${suffix}`), { force: true });
      copyFileSync(backup, join(t.dir, 'library.sqlite'));
      const restored = testLibrary({}, t.dir);
      open.push(restored);
      const outcome = restored.library.searchArticles('wetlands');
      expect(titlesOf(outcome)).toEqual(['Ramsar sites in India']);
      expect(outcome.ok && outcome.total).toBe(1); // the index forgot the article the backup never had
      expect(existsSync(join(t.dir, 'search-index.sqlite'))).toBe(true);
    });
  });
});
