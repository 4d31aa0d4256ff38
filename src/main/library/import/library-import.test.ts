import { closeSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain';
import { main } from '../../cli';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';

const FIXTURES = join(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('commits', () => {
  it('commits the batches of an import without an fsync each, and the library is as durable after it', async () => {
    const library = tempLibrary();
    const dir = tempDir();
    for (let i = 0; i < 3; i++)
      writeFile(dir, `note-${i}.txt`, `Title ${i}\n\nSome text about rivers ${i}.\n`);
    const db = (library as unknown as { db: { pragma: (sql: string, o: object) => unknown } }).db;
    const level = () => db.pragma('synchronous', { simple: true });
    expect(level()).toBe(2); // FULL
    const during: unknown[] = [];
    const report = await library.importPaths([dir], { onProgress: () => during.push(level()) });
    expect(report.imported).toHaveLength(3);
    expect(during).toContain(1); // NORMAL inside the import's batches
    expect(level()).toBe(2); // FULL again for every other write
  });
});

describe('re-import', () => {
  it('updates the same article in place, keeps user tags, and moves notes with their text', () => {
    const library = tempLibrary();
    const dir = tempDir();
    const original = fixture('drishti-2021-wetlands.html');
    const first = library.importFiles([writeFile(dir, 'wetlands.html', original)]);
    expect(first.imported).toHaveLength(1);
    const id = first.imported[0]!.id;
    library.addUserTag(id, 'revise-sunday');
    const before = library.getArticle(id);
    const find = (text: string) => before.blocks.find((b) => b.text.startsWith(text))!;
    const kept = library.saveAnnotation(find('India joined').id, { note: 'joined in 1982', color: 'fact' });
    const edited = library.saveAnnotation(find('The Montreux Record').id, { note: 'threat list' });
    const removed = library.saveAnnotation(find('The additions were announced').id, { note: 'wetlands day' });

    const changed = original
      .replace(
        'The Montreux Record lists sites under threat.',
        'The Montreux Record lists the sites under threat today.',
      )
      .replace(
        '<li>The additions were announced on <strong>World Wetlands Day.</strong></li>',
        '<li>A new paragraph point.</li>',
      )
      .replace(
        '<li>India joined the Convention in 1982.</li>',
        '<li>India joined the Convention in 1982.</li><li>An added point.</li>',
      );
    const second = library.importFiles([writeFile(tempDir(), 'wetlands-again.html', changed)]);
    expect(second.imported).toEqual([]);
    expect(second.duplicates).toEqual([]);
    expect(second.updated).toEqual([
      { id, title: 'New Ramsar Sites in India', path: expect.stringContaining('wetlands-again.html') },
    ]);
    expect(library.listArticles()).toHaveLength(1);

    const after = library.getArticle(id);
    expect(after.userTags).toEqual(['revise-sunday']);
    expect(after.tags).toEqual(['GS-3', 'Conservation']);
    expect(after.blocks.map((b) => b.text)).toContain('An added point.');
    const blockText = (blockId: number | null) => after.blocks.find((b) => b.id === blockId)?.text;
    const notes = new Map(after.annotations.map((a) => [a.id, a]));
    // Unchanged text keeps its very block; an edited bullet keeps its block with the new text.
    expect(notes.get(kept.id)!.blockId).toBe(kept.blockId);
    expect(blockText(notes.get(edited.id)!.blockId)).toBe(
      'The Montreux Record lists the sites under threat today.',
    );
    expect(notes.get(edited.id)!.blockId).toBe(edited.blockId);
    // A removed bullet's note is never deleted: it keeps its quote (and finds no unrelated home).
    expect(notes.get(removed.id)!.quote).toBe('The additions were announced on World Wetlands Day.');
    expect(notes.get(removed.id)!.note).toBe('wetlands day');
    expect(after.annotations).toHaveLength(3);
    expect(notes.get(removed.id)!.blockId).toBeNull();
    expect(second.warnings).toEqual([
      {
        path: expect.stringContaining('wetlands-again.html'),
        warning:
          '“New Ramsar Sites in India”: 1 note no longer matches the new text; it is kept with its quote as an orphaned note.',
      },
    ]);

    // The same content again is a duplicate, not an update.
    const third = library.importFiles([writeFile(tempDir(), 'wetlands-third.html', changed)]);
    expect(third).toEqual({
      imported: [],
      duplicates: [{ path: expect.stringContaining('wetlands-third.html'), id }],
      failed: [],
    });
  });

  it('matches by title and day when there is no URL, and re-attaches a note to the block holding its quote', () => {
    const library = tempLibrary();
    const text =
      'Lokpal Appointments\n\nDate: 8 March 2022 Tags: Polity\n\nIntro line.\n\n• First point.\n• Second point.\n';
    const first = library.importFiles([writeFile(tempDir(), 'lokpal.txt', text)]);
    const id = first.imported[0]!.id;
    const second = library.getArticle(id).blocks.find((b) => b.text === 'Second point.')!;
    const note = library.saveAnnotation(second.id, { note: 'remember' });
    // The bullet moves under a new heading: its row is reused, so the note stays on it.
    const moved = library.importFiles([
      writeFile(
        tempDir(),
        'lokpal-v2.txt',
        text.replace('• First point.\n', '• First point, revised.\n\nMore Details\n\n'),
      ),
    ]);
    expect(moved.updated?.map((u) => u.id)).toEqual([id]);
    const article = library.getArticle(id);
    const noteNow = article.annotations.find((a) => a.id === note.id)!;
    expect(article.blocks.find((b) => b.id === noteNow.blockId)!.text).toBe('Second point.');
    expect(article.blocks.map((b) => b.kind)).toContain('heading');
  });

  it('writes the blocks of an update afresh when nothing points at them, and keeps them row for row when something does', () => {
    const library = tempLibrary();
    const text =
      'Lokpal Appointments\n\nDate: 8 March 2022 Tags: Polity\n\nIntro line.\n\n• First point.\n• Second point.\n';
    const revised = (n: number) => text.replace('• First point.', `• First point, revision ${n}.`);
    const id = library.importFiles([writeFile(tempDir(), 'lokpal.txt', text)]).imported[0]!.id;

    // No note, no reading position: the new text's blocks, in order; search sees the new words.
    expect(
      library.importFiles([writeFile(tempDir(), 'lokpal.txt', revised(1))]).updated?.map((u) => u.id),
    ).toEqual([id]);
    const fresh = library.getArticle(id).blocks;
    expect(fresh.map((b) => b.text)).toEqual(['Intro line.', 'First point, revision 1.', 'Second point.']);
    const found = library.searchArticles('revision', { limit: 10 });
    expect(found.ok && found.hits.map((h) => h.id)).toEqual([id]);

    // A reading position on the second point: unchanged blocks keep their rows, so the place is kept.
    const second = fresh.find((b) => b.text === 'Second point.')!;
    library.positions.save({ articleId: id, blockId: second.id, offset: 0 });
    library.importFiles([writeFile(tempDir(), 'lokpal.txt', revised(2))]);
    const kept = library.getArticle(id).blocks;
    expect(kept.find((b) => b.text === 'Second point.')!.id).toBe(second.id);
    expect(library.positions.get(id)?.blockId).toBe(second.id);
    expect(kept.map((b) => b.text)).toEqual(['Intro line.', 'First point, revision 2.', 'Second point.']);
  });

  it('keeps list style and table rows through the database', () => {
    const library = tempLibrary();
    const report = library.importFiles([join(FIXTURES, 'drishti-2021-wetlands.html')]);
    const article = library.getArticle(report.imported[0]!.id);
    expect(article.blocks.find((b) => b.text === '1. Map every wetland.')).toMatchObject({
      kind: 'bullet',
      level: 1,
      listStyle: 'numbered',
    });
    expect(article.blocks.find((b) => b.kind === 'table')!.rows).toEqual([
      ['Wetlands at a glance'],
      ['State', 'Sites'],
      ['Tamil Nadu', '14'],
    ]);
    expect(article.blocks.find((b) => b.kind === 'heading')).not.toHaveProperty('rows');
  });
});

describe('folders', () => {
  function folder() {
    const root = tempDir();
    const outside = tempDir();
    writeFile(outside, 'secret.txt', 'Secret\n\nShould never be read.\n');
    mkdirSync(join(root, 'drishti', 'deeper'), { recursive: true });
    mkdirSync(join(root, 'saved_files'));
    writeFile(root, 'saved.html', fixture('gktoday-page.html'));
    writeFile(join(root, 'saved_files'), 'frame.html', '<p>an iframe the browser saved</p>');
    writeFile(join(root, 'drishti'), 'day.html', fixture('drishti-day-05-03-2026.html'));
    writeFile(join(root, 'drishti', 'deeper'), 'note-2024-01-02.md', '# Deep Note\n\nText.\n');
    writeFile(root, 'notes.txt', 'Plain Note\n\nSome text.\n');
    writeFile(root, 'report.pdf', '%PDF-1.4');
    writeFile(root, '.hidden.txt', 'Hidden\n\nNo.\n');
    symlinkSync(outside, join(root, 'link-out'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'secret-link.txt'));
    symlinkSync(root, join(root, 'drishti', 'loop'));
    writeFile(root, 'empty.md', '');
    return root;
  }

  it('imports recursively with progress, passes over links that leave the folder, and reports each failure', async () => {
    const library = tempLibrary();
    const root = folder();
    const seen: ImportProgress[] = [];
    const report = await library.importPaths([root], { onProgress: (p) => seen.push(p) });
    expect(report.imported.map((a) => a.title).sort()).toEqual(
      [
        'Coastal Erosion Survey',
        'Deep Note',
        'Plain Note',
        'Solar Parks and Grid Storage',
        'विश्व हिंदी दिवस',
      ].sort(),
    );
    expect(report.failed).toEqual([{ path: join(root, 'empty.md'), error: 'empty.md is empty.' }]);
    const reasons = (report.skipped ?? []).map((s) => `${s.title}: ${s.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'link-out: a link to outside the chosen folder (not followed)',
        'secret-link.txt: a link to outside the chosen folder (not followed)',
        'report.pdf: .pdf files are not imported',
      ]),
    );
    expect(JSON.stringify(report)).not.toMatch(/Secret|frame\.html|hidden/);
    const last = seen.at(-1)!;
    expect([last.done, last.total, last.imported, last.failed]).toEqual([5, 5, 5, 1]);
    expect(seen[0]).toMatchObject({ done: 0, total: 5, etaSeconds: null });
    expect(seen.some((p) => p.current.endsWith('notes.txt'))).toBe(true);
  });

  it('stops between files when cancelled, keeping what was stored', async () => {
    const library = tempLibrary();
    const root = tempDir();
    for (let i = 0; i < 30; i++)
      writeFile(root, `n${String(i).padStart(2, '0')}.txt`, `Note ${i}\n\nText ${i}.\n`);
    const controller = new AbortController();
    const report = await library.importPaths([root], {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 1) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.imported.length).toBeGreaterThan(0);
    expect(report.imported.length).toBeLessThan(30);
    expect(library.listArticles()).toHaveLength(report.imported.length);
  });

  it('B-51 / B-72: a sparse 1 GB file is refused before reading; a file gone since selection is one clear line', () => {
    const library = tempLibrary();
    const dir = tempDir();
    const huge = join(dir, 'huge.html');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 1024 * 1024 * 1024);
    closeSync(fd);
    const gone = writeFile(dir, 'gone.txt', 'Gone\n\nText.\n');
    rmSync(gone);
    const report = library.importFiles([huge, gone]);
    expect(report.failed.map((f) => f.error)).toEqual([
      'huge.html is too large to import (1073.7 MB; the limit is 52.4 MB).',
      `gone.txt could not be found (${gone}).`,
    ]);
    expect(library.listArticles()).toHaveLength(0);
  });
});

describe('CLI import', () => {
  const run = async (args: string[]) => {
    let out = '';
    let err = '';
    const code = await main(
      args,
      { write: (s: string) => ((out += s), true) } as never,
      { write: (s: string) => ((err += s), true) } as never,
    );
    return { code, out, err };
  };

  it('imports a folder with --map and prints the report as JSON, adding keys only when needed', async () => {
    const lib = tempDir();
    const dir = tempDir();
    writeFile(
      dir,
      'odd.json',
      JSON.stringify([{ heading_text: 'Mapped', story: 'The body of it.', when: '2024-01-05' }]),
    );
    const first = await run([
      '--library',
      lib,
      '--json',
      'import',
      dir,
      '--map',
      'title=heading_text,body=story,date=when',
    ]);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out);
    expect(Object.keys(report)).toEqual(['imported', 'duplicates', 'failed']);
    expect(report.imported).toEqual([{ id: 1, title: 'Mapped', path: join(dir, 'odd.json') }]);
    const bad = await run(['--library', lib, 'import', dir, '--map', 'colour=x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--map takes pairs like title=headline/);
  });
});
