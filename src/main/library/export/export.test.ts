import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { HIGHLIGHT_LABELS } from '../../../shared/domain';
import { Library } from '../library';
import { LibraryError } from '../errors';
import { tempDir } from '../../../../test/support/temp-library';
import { readZipText } from '../../../../test/support/zip-files';
import { compilationToAnki } from './anki';
import { keptExportWorker } from './export-client';
import { spansOf, type Compilation } from './compilation';
import { articleFileName, escapeObsidian, obsidianTag } from './markdown';
import { HINDI_NOTE, sampleLibrary } from '../../../../test/support/sample-library';

let library: Library;
let out: string;

beforeAll(() => {
  library = sampleLibrary({ now: () => new Date('2024-05-01T09:00:00Z') });
  out = tempDir('bulletin-out-');
});
afterAll(async () => {
  library.close();
  await keptExportWorker.end();
});

function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(m, 'front matter').not.toBeNull();
  return parseYaml(m![1]!) as Record<string, unknown>;
}

describe('export scope', () => {
  it('takes the whole library, a date range, a tag, a colour or a selection', async () => {
    const all = await library.exportTo({ format: 'csv', out: join(out, 'all.csv') });
    expect(all.articles).toBe(5);
    expect(all.notes).toBe(14);

    const january = await library.exportTo({
      format: 'csv',
      out: join(out, 'jan.csv'),
      from: '2022-01-01',
      to: '2022-01-31',
    });
    expect(january.articles).toBe(2);

    const tagged = await library.exportTo({ format: 'csv', out: join(out, 'tag.csv'), tag: 'Economy' });
    expect(tagged.articles).toBe(1);

    const doubts = await library.exportTo({
      format: 'csv',
      out: join(out, 'doubt.csv'),
      color: 'doubt',
      content: 'notes',
    });
    expect(doubts.notes).toBe(doubts.articles);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(doubts.path, 'utf8').replace(/^\ufeff/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    expect(rows.every((r) => r.colour === 'doubt')).toBe(true);

    const one = await library.exportTo({ format: 'csv', out: join(out, 'one.csv'), articleIds: [2] });
    expect(one.articles).toBe(1);
  });

  it('keeps every block for articles, and only annotated ones for notes', async () => {
    const articles = await library.exportTo({ format: 'md', out: join(out, 'a.md'), articleIds: [1] });
    const notes = await library.exportTo({
      format: 'md',
      out: join(out, 'n.md'),
      articleIds: [1],
      content: 'notes',
    });
    const full = readFileSync(articles.path, 'utf8');
    const only = readFileSync(notes.path, 'utf8');
    expect(full).toContain('A secretariat will be set up in New Delhi');
    expect(only).not.toContain('A secretariat will be set up in New Delhi');
    expect(only).toContain('The leaders agreed to hold the summit every two years.');
  });
});

describe('export preview', () => {
  it('counts the whole export in SQL but reads only the first articles, matching the export itself', async () => {
    const scopes = [
      {},
      { from: '2022-01-01', to: '2022-01-31' },
      { tag: 'Economy' },
      { color: 'doubt' as const, content: 'notes' as const },
      { color: 'important' as const },
      { content: 'notes' as const },
    ];
    for (const scope of scopes) {
      const done = await library.exportTo({ format: 'csv', out: join(out, 'preview-check.csv'), ...scope });
      const preview = library.exports.preview(scope, 2);
      expect({ articles: preview.articleCount, notes: preview.noteCount }, JSON.stringify(scope)).toEqual({
        articles: done.articles,
        notes: done.notes,
      });
      expect(preview.articles.length).toBe(Math.min(2, done.articles));
    }
    const whole = library.exports.preview({}, 100);
    const head = library.exports.preview({}, 1);
    expect(head.description).toBe(whole.description);
    expect(head.title).toBe(whole.title);
    expect(head.articles[0]).toEqual(whole.articles[0]);
  });
});

describe('Markdown', () => {
  it('writes one file with front matter, headings, bullets, highlights and notes quoted under their bullet', async () => {
    const result = await library.exportTo({
      format: 'md',
      out: join(out, 'notes.md'),
      from: '2022-01-01',
      to: '2022-01-31',
    });
    const text = readFileSync(result.path, 'utf8');
    expect(frontMatter(text)).toMatchObject({
      title: 'Articles and notes: 2022-01-01 to 2022-01-31',
      articles: 2,
      notes: 5,
    });
    expect(text).toContain('## India–Central Asia Summit');
    expect(text).toContain('### Outcomes');
    expect(text).toContain(
      '- ==The leaders agreed to hold the summit every two years.==\n  > 🟥 **Important** · Remember for prelims: India–Central Asia Summit\n  > Second line of the note\n',
    );
    expect(text).toContain('- A secretariat will be set up in New Delhi to support the new mechanism.\n');
    expect(text).toContain(HINDI_NOTE);
    expect(text).toContain('#GS-2');
  });

  it('writes a folder with one Obsidian note per article, names safe and stable across exports', async () => {
    const folder = join(out, 'vault');
    const first = await library.exportTo({ format: 'md', out: folder, content: 'notes' });
    expect(first.files).toHaveLength(5);
    const names = readdirSync(folder).sort();
    expect(names).toContain('2022-01-28 India–Central Asia Summit.md');
    expect(names).toContain('2022-01-10 संसद ने डेटा संरक्षण विधेयक पारित किया.md');
    const note = readFileSync(join(folder, '2022-02-02 Capital Expenditure in the Union Budget.md'), 'utf8');
    expect(frontMatter(note)).toEqual({
      title: 'Capital Expenditure in the Union Budget',
      date: '2022-02-02',
      tags: ['Economy', 'GS-3', 'Revision-1'],
      'bulletin-id': 2,
    });
    expect(note).toContain('\n# Capital Expenditure in the Union Budget\n');
    const again = await library.exportTo({ format: 'md', out: folder, content: 'notes' });
    expect(again.files).toEqual(first.files);
    expect(readdirSync(folder).sort()).toEqual(names);
  });

  it('escapes what Obsidian would turn into markup, and makes file names safe', () => {
    expect(escapeObsidian('a == b, 50% %% c, $5 and $6, [[link]] #tag ~x~')).toBe(
      'a =\\= b, 50% %\\% c, \\$5 and \\$6, \\[\\[link\\]\\] \\#tag \\~x\\~',
    );
    expect(escapeObsidian('- not a list')).toBe('\\- not a list');
    expect(escapeObsidian('1. not a list')).toBe('1\\. not a list');
    expect(obsidianTag('GS Paper - 2')).toBe('GS-Paper---2');
    expect(obsidianTag('2022')).toBe('y2022');
    expect(obsidianTag('राजव्यवस्था')).toBe('राजव्यवस्था');
    expect(articleFileName({ title: 'Budget \u202Egpj.exe', date: '2022-02-02' })).toBe(
      '2022-02-02 Budget gpj.exe.md',
    );
    expect(articleFileName({ title: 'a/b:c*d?"e"<f>|g#h^[i]', date: null })).toBe('a b c d e f g h i.md');
    expect(articleFileName({ title: 'CON', date: null })).toBe('Article CON.md');
    expect(articleFileName({ title: 'x'.repeat(300), date: null })).toHaveLength(103);
  });
});

describe('Anki', () => {
  it('writes the header lines and one note per annotated bullet with a GUID that survives re-export and re-import', async () => {
    const result = await library.exportTo({
      format: 'anki',
      out: join(out, 'cards.txt'),
      deck: 'UPSC::Current affairs',
    });
    const lines = readFileSync(result.path, 'utf8').trimEnd().split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck:UPSC::Current affairs',
      '#tags column:5',
      '#columns:guid\tnotetype\tfront\tback\ttags',
    ]);
    const cards = lines.slice(7).map((l) => l.split('\t'));
    expect(cards).toHaveLength(14);
    expect(result.items).toBe(14);
    for (const card of cards) expect(card).toHaveLength(5);
    const guids = cards.map((c) => c[0]!);
    expect(new Set(guids).size).toBe(guids.length);
    expect(guids.every((g) => /^bltn-[A-Za-z0-9_-]{20}$/.test(g))).toBe(true);
    const summit = cards.find((c) => c[2] === 'The leaders agreed to hold the summit every two years.')!;
    expect(summit[1]).toBe('Basic');
    expect(summit[3]).toContain(
      '<b style="color: #c2413b">Important</b>: Remember for prelims: India–Central Asia Summit<br>Second line of the note',
    );
    expect(summit[3]).toContain('<small>India–Central Asia Summit · 2022-01-28</small>');
    expect(summit[4]!.split(' ')).toEqual(
      expect.arrayContaining(['bulletin', 'GS-2', 'Revision_1', 'bulletin::important']),
    );

    // A second library made from the same files gives the same cards the same GUIDs.
    const other = sampleLibrary();
    try {
      const again = await other.exportTo({ format: 'anki', out: join(out, 'cards-2.txt') });
      const guids2 = readFileSync(again.path, 'utf8')
        .trimEnd()
        .split('\n')
        .slice(7)
        .map((l) => l.split('\t')[0]);
      expect(guids2.sort()).toEqual([...guids].sort());
    } finally {
      other.close();
    }
  });

  it('turns highlighted words into a cloze card', () => {
    const text = 'The leaders agreed to hold the summit every two years.';
    const words = 'every two years';
    const start = text.indexOf(words);
    const note = {
      id: 7,
      articleId: 1,
      blockId: 3,
      color: 'revise' as const,
      note: 'biennial',
      quote: words,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
      kind: 'span' as const,
      start: start + 1, // stale offsets: the quote is found again in the text
      end: start + 1 + words.length,
    };
    const compilation: Compilation = {
      title: 't',
      description: 'd',
      content: 'notes',
      grouping: 'date',
      exportedOn: '2024-05-01',
      noteCount: 1,
      colorNames: HIGHLIGHT_LABELS,
      articles: [
        {
          id: 1,
          title: 'Summit',
          date: '2022-01-28',
          dateText: null,
          source: null,
          url: null,
          tags: ['GS 2'],
          noteCount: 1,
          items: [
            {
              block: { id: 3, kind: 'bullet', level: 0, text },
              text,
              annotations: [note],
              color: null,
              spans: spansOf(text, [note]),
              guid: 'bltn-x',
            },
          ],
        },
      ],
    };
    const card = compilationToAnki(compilation).text.trimEnd().split('\n').at(-1)!.split('\t');
    expect(card).toEqual([
      'bltn-x',
      'Cloze',
      'The leaders agreed to hold the summit {{c1::every two years}}.',
      '<b style="color: #975f00">Revise</b>: biennial<br><br><small>Summit · 2022-01-28</small>',
      'bulletin GS_2 bulletin::revise',
    ]);
  });
});

describe('CSV', () => {
  it('writes every note as a row that a spreadsheet reads back, Hindi intact and formulas defused', async () => {
    const lib = sampleLibrary();
    try {
      const bullet = lib.getArticle(1).blocks.find((b) => b.kind === 'bullet')!;
      lib.saveAnnotation(bullet.id, { note: '=HYPERLINK("http://x","click")' });
      const result = await lib.exportTo({ format: 'csv', out: join(out, 'notes.csv') });
      const text = readFileSync(result.path, 'utf8');
      expect(text.startsWith('\ufeff')).toBe(true);
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual([
        'note_id',
        'article_id',
        'article_title',
        'article_date',
        'article_tags',
        'colour',
        'text',
        'note',
        'created_at',
        'updated_at',
        'guid',
        'colour_name',
      ]);
      expect(parsed.data).toHaveLength(14);
      expect(result.items).toBe(14);
      expect(parsed.data.find((r) => r.note === HINDI_NOTE)).toMatchObject({
        colour: 'important',
        colour_name: 'Important',
        article_date: '2022-01-10',
      });
      expect(parsed.data.find((r) => r.note?.includes('HYPERLINK'))!.note).toBe(
        '\'=HYPERLINK("http://x","click")',
      );
      expect(parsed.data.find((r) => r.note?.startsWith('Remember'))!.note).toContain(
        '\nSecond line of the note',
      );
    } finally {
      lib.close();
    }
  });
});

describe('DOCX', () => {
  it('holds the compilation: A4, contents with links, articles, notes, Hindi and page numbers', async () => {
    const result = await library.exportTo({
      format: 'docx',
      out: join(out, 'compilation.docx'),
      title: 'January–March 2022',
    });
    const xml = await readZipText(result.path, 'word/document.xml');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('January–March 2022');
    expect(text).toContain('Contents');
    expect(text).toContain('The leaders agreed to hold the summit every two years.');
    expect(text).toContain('Remember for prelims: India–Central Asia Summit');
    expect(text).toContain(HINDI_NOTE);
    expect(text).toContain('संसद ने डेटा संरक्षण विधेयक पारित किया');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:bookmarkStart w:name="article-1"/);
    expect(xml).toMatch(/<w:hyperlink [^>]*w:anchor="article-1"/);
    const footer = await readZipText(result.path, 'word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });
});

describe('atomic writing', () => {
  it('reports a full disk and leaves no partial file (writing to /dev/full)', async () => {
    const error = await library.exportTo({ format: 'csv', out: '/dev/full' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).message).toBe(
      'Could not write /dev/full: the disk is full. Nothing was left half-written.',
    );
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((n) => n.startsWith('full.'))).toEqual([]);
  });

  it('replaces a file only with a complete new one, writes through symlinks and refuses folders', async () => {
    const target = join(out, 'keep.csv');
    writeFileSync(target, 'previous');
    const error = await library
      .exportTo({ format: 'csv', out: join(out, 'missing', 'x.csv') })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/the folder does not exist/);
    expect(
      await library.exportTo({ format: 'csv', out: out }).catch((e: unknown) => (e as Error).message),
    ).toMatch(/it is a folder/);
    const link = join(out, 'link.csv');
    symlinkSync(target, link);
    await library.exportTo({ format: 'csv', out: link });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^\ufeffnote_id,/);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('removes temporary files that a killed export left beside its target', async () => {
    const target = join(out, 'stale.md');
    writeFileSync(`${target}.999999-1.tmp`, 'half');
    await library.exportTo({ format: 'md', out: target });
    expect(existsSync(`${target}.999999-1.tmp`)).toBe(false);
    expect(existsSync(target)).toBe(true);
  });
});

describe('export jobs', () => {
  it('runs an export as a job in the worker: progress, then the result in its status', async () => {
    const job = library.exports.start({ format: 'csv', out: join(out, 'job.csv') });
    const result = await job.result;
    expect(result.articles).toBe(5);
    const status = library.exports.status(job.id)!;
    expect(status).toMatchObject({ running: false, error: null, result: { path: join(out, 'job.csv') } });
    // The worker reported reading all five articles, then writing.
    expect(status.progress).toMatchObject({ phase: 'writing' });
    expect(library.exports.status()!.id).toBe(job.id);
  });

  it('cancels an export: nothing is written and the status says so', async () => {
    const path = join(out, 'cancelled.csv');
    const job = library.exports.start({ format: 'csv', out: path });
    library.exports.cancel(job.id);
    await expect(job.result).rejects.toThrow('The export was cancelled; nothing was written.');
    expect(library.exports.status(job.id)).toMatchObject({
      running: false,
      cancelling: true,
      error: 'The export was cancelled; nothing was written.',
    });
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a second export while one runs', async () => {
    const first = library.exports.start({ format: 'csv', out: join(out, 'first.csv') });
    expect(() => library.exports.start({ format: 'csv', out: join(out, 'second.csv') })).toThrow(
      'An export is already running',
    );
    await first.result;
  });

  it('keeps one export worker between exports; a cancel, or its end, does not harm the next export', async () => {
    await library.exportTo({ format: 'csv', out: join(out, 'kept-1.csv') });
    const thread = keptExportWorker.threadId;
    expect(thread).not.toBeNull();
    await library.exportTo({ format: 'md', out: join(out, 'kept-2.md') });
    expect(keptExportWorker.threadId).toBe(thread);

    const job = library.exports.start({ format: 'csv', out: join(out, 'kept-cancelled.csv') });
    library.exports.cancel(job.id);
    await expect(job.result).rejects.toThrow('The export was cancelled; nothing was written.');

    const after = await library.exportTo({ format: 'csv', out: join(out, 'kept-3.csv') });
    expect(after.articles).toBe(5);
    expect(readFileSync(join(out, 'kept-3.csv'), 'utf8')).toBe(readFileSync(join(out, 'kept-1.csv'), 'utf8'));
    // Ended, the worker is started afresh by the next export.
    await keptExportWorker.end();
    await library.exportTo({ format: 'csv', out: join(out, 'kept-4.csv') });
    expect(keptExportWorker.threadId).not.toBeNull();
    expect(keptExportWorker.threadId).not.toBe(thread);
  });
});
