import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection';
import { termsOfText } from './analyzer';
import { BatchAnalyser } from './batch-analyser';
import { BatchWriter } from './build-batch';
import { SLOTS, slotOf } from './calendar';
import { DocTable } from './doc-table';
import { analyseArticle, FIELDS, type ArticleTexts } from './documents';
import { decodePostings, decodeVarints, type FieldPosting } from './postings';
import { closeIndex, emptyStats, openIndex } from './store';
import type { IndexState } from './writer';

/** Words where a hand-made tokeniser could part from the query's analysis. */
const TRICKY = [
  'Russia’s',
  "India's",
  'India–Central',
  'co-operation',
  'U.S.',
  'don’t',
  'naïve café Ångström',
  'İstanbul',
  'ΟΔΟΣ ΣΊΣΥΦΟΣ',
  'ﬁnance',
  'ＦＵＬＬwidth',
  'in\u00adformation',
  'zero\u200bwidth',
  'no\u00a0break',
  'a/b x\\y p|q',
  '₹500 1,000 3.14 2024-25',
  '(parenthesised), “quoted” — dashed …',
  'emoji🙂word 🙂',
  'x'.repeat(70),
  'THE and OF the',
  'भारत',
  'नदियों का जल',
  'सरकार। योजना॥ कृषि',
  'क्‍ष क़ानून',
  '२०२४ में',
  'G20-शिखर सम्मेलन',
  'जी20',
  'भारत ने G20 summits की अध्यक्षता की',
  '',
  '   ',
  '—',
];

/** A batch analysed and written in one thread, as a rebuild does when it reads for itself. */
class BuildBatch {
  private readonly analyser = new BatchAnalyser();
  private readonly writer: BatchWriter;

  constructor(db: Db, state: IndexState) {
    this.writer = new BatchWriter(db, state, new Set(), Number.POSITIVE_INFINITY);
  }

  add(article: ArticleTexts): void {
    this.analyser.add(article);
  }

  /** Hands the batch analysed so far to the writer, through a structured clone (as to another thread). */
  startWrite(): void {
    this.writer.startWrite(structuredClone(this.analyser.take()));
  }

  step(): boolean {
    return this.writer.step(Number.POSITIVE_INFINITY);
  }

  writeAll(stop: () => boolean): 'done' | 'abandoned' {
    return this.writer.writeAll(stop);
  }
}

const open: Array<{ dir: string; db: Db }> = [];
afterEach(() => {
  for (const { dir, db } of open.splice(0)) {
    closeIndex(db);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Builds an empty index with the fast path's batch over `articles` (one month) and returns its rows. */
function build(articles: ArticleTexts[]) {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-build-batch-'));
  const db = openIndex(join(dir, 'search-index.sqlite'));
  open.push({ dir, db });
  const state: IndexState = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
  const batch = new BuildBatch(db, state);
  for (const article of articles) batch.add(article);
  batch.startWrite();
  while (!batch.step());
  const terms = new Map(
    (
      db.prepare('SELECT id, term, df FROM terms').all() as Array<{ id: number; term: string; df: number }>
    ).map((r) => [r.id, r]),
  );
  // term → article → fields, as the index holds them.
  const postings = new Map<string, Map<number, FieldPosting[]>>();
  const rows = new Map<string, Array<{ slot: number; docs: number[] }>>();
  for (const row of db.prepare('SELECT key, data FROM postings').all() as Array<{
    key: number;
    data: Buffer;
  }>) {
    const term = terms.get(Math.floor(row.key / SLOTS))!.term;
    const byDoc = postings.get(term) ?? new Map<number, FieldPosting[]>();
    postings.set(term, byDoc);
    const decoded = decodePostings(row.data);
    for (const p of decoded) byDoc.set(p.doc, p.fields);
    rows.set(term, [...(rows.get(term) ?? []), { slot: row.key % SLOTS, docs: decoded.map((p) => p.doc) }]);
  }
  const docs = db.prepare('SELECT article_id AS id, lengths, terms FROM docs').all() as Array<{
    id: number;
    lengths: string;
    terms: Buffer;
  }>;
  return { terms, postings, rows, docs, stats: state.stats };
}

function article(id: number, fields: string[][], date: string | null = '2024-05-06'): ArticleTexts {
  return { id, date, tagIds: [], fields };
}

describe("a fresh rebuild's fast path", () => {
  it('analyses each word exactly as a query does, Hindi and odd characters included', () => {
    const articles = TRICKY.map((text, i) => article(i + 1, [[text], [], [], [], [], []]));
    const { postings } = build(articles);
    TRICKY.forEach((text, i) => {
      const indexed = [...postings].filter(([, byDoc]) => byDoc.has(i + 1)).map(([term]) => term);
      expect(indexed.sort(), text).toEqual([...new Set(termsOfText(text))].sort());
    });
  });

  it('indexes what the general path indexes: terms, positions, field lengths, counts', () => {
    const fieldsOf = (i: number) => [
      [TRICKY[i % TRICKY.length]!, `Report ${i} on the monsoon`],
      [`GS-${i % 4}`, 'Economy'],
      [`Part ${i % 3}`, TRICKY[(i * 7) % TRICKY.length]!],
      [TRICKY.join(' '), `The treaty and the wetland ${i}. भारत की नदी`, TRICKY[(i * 3) % TRICKY.length]!],
      i % 2 === 0 ? ['a note on the treaty'] : [],
      ['The Hindu'],
    ];
    // 1,200 articles of some 80 terms each: the batch's arrays grow past their first sizes.
    const articles = Array.from({ length: 1_200 }, (_, i) => article(i * 3 + 1, fieldsOf(i)));
    const built = build(articles);
    const expected = new Map<string, Map<number, FieldPosting[]>>();
    const df = new Map<string, number>();
    for (const a of articles) {
      const analysed = analyseArticle(a);
      const doc = built.docs.find((d) => d.id === a.id)!;
      expect(JSON.parse(doc.lengths)).toEqual(analysed.lengths);
      expect(
        decodeVarints(doc.terms)
          .map((id) => built.terms.get(id)!.term)
          .sort(),
      ).toEqual([...analysed.terms.keys()].sort());
      for (const [term, fields] of analysed.terms) {
        const byDoc = expected.get(term) ?? new Map<number, FieldPosting[]>();
        expected.set(term, byDoc);
        byDoc.set(a.id, fields);
        df.set(term, (df.get(term) ?? 0) + fields.length);
      }
    }
    expect(built.postings).toEqual(expected);
    expect(new Map([...built.terms.values()].map((r) => [r.term, r.df]))).toEqual(df);
    expect(built.stats.docs).toBe(1_200);
  });

  it('writes one row per term and month when a batch spans months, ids ascending in each', () => {
    const articles = [
      article(7, [['monsoon in May'], [], [], [], [], []], '2024-05-02'),
      article(9, [['monsoon again'], [], [], [], [], []], '2024-05-20'),
      article(3, [['monsoon in April'], [], [], [], [], []], '2024-04-11'),
      article(5, [['no date, monsoon'], [], [], [], [], []], null),
    ];
    const { postings, rows } = build(articles);
    expect(rows.get('monsoon')!.sort((a, b) => a.slot - b.slot)).toEqual([
      { slot: slotOf(null), docs: [5] },
      { slot: slotOf('2024-04-11'), docs: [3] },
      { slot: slotOf('2024-05-02'), docs: [7, 9] },
    ]);
    expect(postings.get('april')!.get(3)![0]!.positions).toEqual([2]);
  });

  it('rolls a whole write back when asked to stop, leaving the index and the article table as they were', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulletin-build-batch-'));
    const db = openIndex(join(dir, 'search-index.sqlite'));
    open.push({ dir, db });
    const state: IndexState = { docs: new DocTable(), stats: emptyStats(FIELDS.length), vocabulary: null };
    const batch = new BuildBatch(db, state);
    for (let i = 1; i <= 50; i++) batch.add(article(i, [[`Report ${i} on the monsoon`], [], [], [], [], []]));
    batch.startWrite();
    expect(batch.writeAll(() => true)).toBe('abandoned');
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('terms'), count('postings'), count('docs'), count('doc_pages')]).toEqual([0, 0, 0, 0]);
    expect([state.docs.size, state.stats.docs]).toEqual([0, 0]);
  });
});
