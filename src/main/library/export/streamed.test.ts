import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../../shared/dates';
import { tempDir } from '../../../../test/support/temp-library';
import { sampleLibrary } from '../../../../test/support/sample-library';
import type { Library } from '../library';
import { compilationToAnki } from './anki';
import { compile, compileStream, type ExportScope, type TocGrouping } from './compilation';
import { compilationToCsv } from './csv';
import { keptExportWorker } from './export-client';
import { compileRequest } from './index';
import { compilationToMarkdown, compilationToMarkdownFiles } from './markdown';

const NOW = new Date('2024-05-01T09:00:00Z');
let library: Library;
let db: Database.Database;
let out: string;

beforeAll(() => {
  const dir = tempDir('bulletin-streamed-');
  library = sampleLibrary({ now: () => NOW }, dir);
  // Two notes that a search for “élan” keeps, though SQL's LIKE (which folds only ASCII letters) finds
  // one: the count of a streamed export must be that of the notes its articles hold.
  const article = library.listArticles().at(-1)!;
  const bullets = library.getArticle(article.id).blocks.filter((b) => b.kind === 'bullet');
  library.saveAnnotation(bullets[1]!.id, { note: 'Élan of the ministry', color: 'revise' });
  library.saveAnnotation(bullets[2]!.id, { note: 'The élan of reform' });
  db = new Database(join(dir, 'library.sqlite'), { readonly: true });
  out = tempDir('bulletin-streamed-out-');
});
afterAll(async () => {
  db.close();
  library.close();
  await keptExportWorker.end();
});

const scopes: Array<ExportScope & { content?: 'articles' | 'notes'; grouping?: TocGrouping }> = [
  {},
  { content: 'notes' },
  { tag: 'Economy' },
  { from: '2022-01-01', to: '2022-01-31', grouping: 'tag' },
  { color: 'doubt', content: 'notes' },
  { query: 'élan', content: 'notes' },
  { query: 'numbers', color: 'doubt', content: 'articles' },
  { grouping: 'syllabus' },
  { content: 'notes', grouping: 'syllabus' },
];

describe('exports written article by article', () => {
  it('write Markdown, CSV and Anki exactly as the compilation written whole', async () => {
    const exportedOn = localToday(NOW);
    let n = 0;
    for (const scope of scopes) {
      const { content, grouping, ...rest } = scope;
      const whole = compile(db, rest, { content, grouping, exportedOn });
      const label = JSON.stringify(scope);
      expect(whole.articles.length, label).toBeGreaterThan(0);

      const md = join(out, `${++n}.md`);
      const result = await library.exportTo({ format: 'md', out: md, ...scope });
      expect(readFileSync(md, 'utf8'), label).toBe(compilationToMarkdown(whole));
      expect({ articles: result.articles, notes: result.notes }, label).toEqual({
        articles: whole.articles.length,
        notes: whole.noteCount,
      });

      const folder = join(out, `${n}-notes`);
      await library.exportTo({ format: 'md', out: folder, ...scope });
      const files = compilationToMarkdownFiles(whole);
      expect(readdirSync(folder).sort(), label).toEqual(files.map((f) => f.name).sort());
      for (const file of files) expect(readFileSync(join(folder, file.name), 'utf8')).toBe(file.content);

      const csv = join(out, `${n}.csv`);
      const rows = await library.exportTo({ format: 'csv', out: csv, ...scope });
      expect(readFileSync(csv, 'utf8'), label).toBe(compilationToCsv(whole).text);
      expect(rows.items).toBe(compilationToCsv(whole).rows);

      const anki = join(out, `${n}.txt`);
      const cards = await library.exportTo({ format: 'anki', out: anki, deck: 'UPSC', ...scope });
      expect(readFileSync(anki, 'utf8'), label).toBe(compilationToAnki(whole, { deck: 'UPSC' }).text);
      expect(cards.items).toBe(compilationToAnki(whole).cards);
    }
    // No temporary file is left anywhere.
    expect(readdirSync(out, { recursive: true }).filter((name) => String(name).endsWith('.tmp'))).toEqual([]);
  });

  it('counts the notes before reading any article: the sum of what each article holds', () => {
    const exportedOn = localToday(NOW);
    for (const scope of scopes) {
      const { content, grouping, ...rest } = scope;
      const stream = compileStream(db, rest, { content, grouping, exportedOn });
      const whole = compile(db, rest, { content, grouping, exportedOn });
      expect({ articles: stream.articleCount, notes: stream.noteCount }, JSON.stringify(scope)).toEqual({
        articles: whole.articles.length,
        notes: whole.noteCount,
      });
      // The header (title, description) is the same, and so is every article, read one at a time.
      expect([stream.title, stream.description]).toEqual([whole.title, whole.description]);
      expect([...stream.articles]).toEqual(whole.articles);
    }
  });

  it('reads each article only when the writer reaches it', () => {
    const read: number[] = [];
    const stream = compileStream(db, {}, { exportedOn: '2024-05-01' }, (done) => read.push(done));
    expect(read).toEqual([]);
    const iterator = stream.articles[Symbol.iterator]();
    iterator.next();
    iterator.next();
    expect(read).toEqual([1]);
  });
});

describe('a DOCX too large', () => {
  it('is refused with the count of all its passages, and one within the limit is read whole', () => {
    const request = { format: 'docx' as const, out: join(out, 'never.docx') };
    const whole = compile(db, {}, { exportedOn: '2024-05-01', guids: false });
    const passages = whole.articles.reduce((sum, a) => sum + a.items.length, 0);
    expect(() => compileRequest(db, request, '2024-05-01', undefined, passages - 1)).toThrow(
      `This export has ${passages} passages, more than a Word document can be built from at once (${passages - 1}).`,
    );
    expect(compileRequest(db, request, '2024-05-01', undefined, passages)).toEqual(whole);
  });
});
