import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../shared/contract';
import { createHandlers, invokeChannel, type Dialogs } from './ipc-handlers';
import { DATABASE_FILE, type Library } from './library';
import { readZipText } from '../../test/support/zip-files';
import { sampleLibrary } from '../../test/support/sample-library';
import { tempDir } from '../../test/support/temp-library';

// The renderer's "Selected articles" scope: an export of `articleIds` through the real handlers, in every
// format and both contents, holds those articles and no other.

type Saved = NonNullable<ChannelOutput<'exportWithDialog'>>;
type Preview = ChannelOutput<'previewExport'>;

const FORMATS = ['md', 'pdf', 'docx', 'anki', 'csv'] as const;
const NO_NOTES = 'A Selected Article Without Notes';

let library: Library;
let out: string;
let answer: string | null = null;
let call: <T>(channel: string, input: unknown) => Promise<T>;
let ids: Record<string, number>;

function id(title: string): number {
  const found = ids[title];
  if (found === undefined) throw new Error(`no article ${title}`);
  return found;
}

beforeAll(() => {
  library = sampleLibrary();
  out = tempDir('bulletin-selection-');
  const plain = join(out, 'plain.txt');
  writeFileSync(plain, `${NO_NOTES}\n\nDate: 5 February 2022\n\nA paragraph nobody has annotated.\n`);
  expect(library.importFiles([plain]).imported).toHaveLength(1);
  ids = Object.fromEntries(library.listArticles().map((a) => [a.title, a.id]));
  const dialogs: Dialogs = {
    chooseFilesToImport: async () => null,
    chooseExportPath: async () => answer,
    chooseFolder: async () => answer,
  };
  const handlers = createHandlers({ library, dialogs });
  call = async <T>(channel: string, input: unknown) => {
    const reply = await invokeChannel(handlers, channel, input);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  };
});
afterAll(() => library.close());

const SELECTED = ['Ramsar Sites in India', 'Lokpal and Lokayuktas', NO_NOTES];
const OTHERS = ['India–Central Asia Summit', 'Capital Expenditure in the Union Budget'];

/** The text of an export as a reader of the format sees it. */
async function textOf(format: (typeof FORMATS)[number], path: string): Promise<string> {
  if (format === 'pdf') return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (format === 'docx') return readZipText(path, 'word/document.xml');
  return readFileSync(path, 'utf8');
}

describe('exporting a selection of articles', () => {
  it('previews exactly the selected articles, leaving out those without notes for annotated bullets', async () => {
    const articleIds = SELECTED.map(id);
    const whole = await call<Preview>('previewExport', { articleIds, content: 'articles' });
    expect(whole.articles.map((a) => a.title).sort()).toEqual([...SELECTED].sort());
    expect(whole.title).toBe('Articles and notes: 3 selected articles');
    expect(whole.description).toContain('3 selected articles');

    const notes = await call<Preview>('previewExport', { articleIds, content: 'notes' });
    expect(notes.articles.map((a) => a.title).sort()).toEqual(SELECTED.slice(0, 2).sort());

    const one = await call<Preview>('previewExport', { articleIds: [id('Lokpal and Lokayuktas')] });
    expect(one.title).toBe('Articles and notes: Lokpal and Lokayuktas');
  });

  for (const format of FORMATS)
    for (const content of ['articles', 'notes'] as const)
      it(`writes only the selected articles: ${format}, ${content}`, async () => {
        const articleIds = SELECTED.map(id);
        answer = join(out, `selection-${content}.${format === 'anki' ? 'txt' : format}`);
        const saved = await call<Saved>('exportWithDialog', { format, content, articleIds });
        expect(saved.path).toBe(answer);
        const text = await textOf(format, saved.path);
        // Only annotated bullets leave out the article without notes; Anki and CSV, a card or a row per
        // note, have nothing to write for it either way.
        expect(saved.articles).toBe(content === 'notes' ? 2 : 3);
        for (const title of SELECTED.slice(0, 2)) expect(text).toContain(title);
        if (content === 'articles' && format !== 'anki' && format !== 'csv') expect(text).toContain(NO_NOTES);
        else expect(text).not.toContain(NO_NOTES);
        for (const title of OTHERS) expect(text).not.toContain(title);
      }, 60_000);

  it('writes one Obsidian note per selected article into a folder', async () => {
    answer = tempDir('bulletin-selection-vault-');
    const saved = await call<Saved>('exportWithDialog', {
      format: 'md',
      markdownFolder: true,
      content: 'articles',
      articleIds: SELECTED.map(id),
    });
    expect(saved.files).toHaveLength(3);
    expect(readdirSync(answer).sort()).toEqual([
      '2022-02-05 A Selected Article Without Notes.md',
      '2022-02-15 Ramsar Sites in India.md',
      '2022-03-08 Lokpal and Lokayuktas.md',
    ]);
  });

  it('narrows a selection further by colour', async () => {
    answer = join(out, 'selection-doubt.csv');
    const saved = await call<Saved>('exportWithDialog', {
      format: 'csv',
      color: 'doubt',
      content: 'notes',
      articleIds: [id('Ramsar Sites in India'), id('India–Central Asia Summit')],
    });
    const rows = readFileSync(saved.path, 'utf8');
    expect(rows).toContain('Check the numbers');
    expect(rows).not.toContain('Remember for prelims');
    expect(rows).not.toContain('Lokpal');
  });

  it('marks a selection read or unread in one call, keeping the time of those already read', async () => {
    const [a, b] = [id('Ramsar Sites in India'), id('Lokpal and Lokayuktas')];
    const db = new Database(join(library.dir, DATABASE_FILE), { readonly: true });
    const readAt = (id: number) =>
      (db.prepare('SELECT read_at AS t FROM articles WHERE id = ?').get(id) as { t: string | null }).t;
    await call('setRead', { id: a, read: true });
    const first = readAt(a);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await call('setReadMany', { ids: [a, b, 99_999], read: true })).toEqual({ changed: 1 });
    expect(readAt(a)).toBe(first);
    db.close();
    expect(library.getArticle(b).read).toBe(true);
    expect(await call('setReadMany', { ids: [a, b], read: false })).toEqual({ changed: 2 });
    expect(library.listArticles().filter((x) => x.read)).toHaveLength(0);
    await expect(call('setReadMany', { ids: [], read: true })).rejects.toThrow();
  });
});
