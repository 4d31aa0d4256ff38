import { copyFileSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/domain';
import { openDatabase, type Db } from '../db/connection';
import { IMPORT_FIXTURES, tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';
import { parseFile } from './index';
import { ParseWorker, startParseWorker } from './parse-worker-client';
import { ImportRunner } from './runner';
import { storeArticle } from './store';

const FIXTURES = [
  'drishti-2021-wetlands.html',
  'drishti-day-05-03-2026.html',
  'pib-release.html',
  'studyiq-quad-2022-03-04.txt',
];

/** A folder with real fixture files, and one file of each kind of failure. */
function fixtureFolder(): string {
  const dir = tempDir();
  for (const name of FIXTURES) copyFileSync(join(IMPORT_FIXTURES, name), join(dir, name));
  writeFile(dir, 'picture.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  writeFile(dir, 'blank.md', '   \n\n  ');
  // A dump whose fields are not recognised: its failure line names the fields to map.
  writeFile(dir, 'odd.csv', 'Topic Name,Story\nA topic,Some story text that is long enough.\n');
  return dir;
}

/** The ImportRunner over a bare library database, with a worker of the test's choosing. */
function runnerWith(start?: () => Worker): { runner: ImportRunner; db: Db; touches: () => number } {
  const db = openDatabase(join(tempDir(), 'library.sqlite'));
  let touches = 0;
  const runner = new ImportRunner(
    {
      db,
      store: (article, originName, claimed) =>
        storeArticle(db, article, originName, '2026-01-01T00:00:00.000Z', claimed),
      touch: () => touches++,
    },
    start,
  );
  return { runner, db, touches: () => touches };
}

const titles = (db: Db) =>
  (db.prepare('SELECT title FROM articles ORDER BY title').pluck().all() as string[]).sort();

/**
 * A parse worker that runs the real entry but dies (or throws) on files named `*crash*`: the entry's
 * own listener is wrapped, so it never sees those requests.
 */
function crashingWorker(how: 'exit' | 'throw'): () => Worker {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const on = parentPort.on.bind(parentPort);
    parentPort.on = (event, listener) =>
      on(event, event !== 'message' ? listener : (m) => {
        if (m.method === 'parse' && /crash[^/]*$/.test(m.params.path)) {
          ${how === 'exit' ? 'process.exit(7);' : "throw new Error('parser blew up');"}
        }
        listener(m);
      });
    require(${JSON.stringify(require.resolve('tsx/cjs'))});
    require(${JSON.stringify(join(__dirname, 'parse-worker.ts'))});`;
  return () => new Worker(code, { eval: true });
}

describe('the app import through the parse worker', () => {
  it('imports real pages and copied text exactly as the in-thread import does, and reports each bad file with its reason', async () => {
    const dir = fixtureFolder();
    const library = tempLibrary();
    const seen: ImportProgress[] = [];
    const report = await library.importPaths([dir], { onProgress: (p) => seen.push(p) });

    expect(report.imported.map((a) => a.title).sort()).toEqual(
      [
        'New Ramsar Sites in India',
        'Solar Parks and Grid Storage',
        'The Quad Leaders’ Summit',
        'Village Water Committees Reach Every District',
        'विश्व हिंदी दिवस',
      ].sort(),
    );
    expect(report.failed).toEqual(
      expect.arrayContaining([
        {
          path: join(dir, 'picture.html'),
          error: 'picture.html is not a text document: it looks like a PNG image.',
        },
        { path: join(dir, 'blank.md'), error: 'blank.md holds only blank space.' },
      ]),
    );
    const odd = report.failed.find((f) => f.path.endsWith('odd.csv'))!;
    expect(odd).toMatchObject({ kind: 'unmapped-fields', fields: ['Topic Name', 'Story'] });
    expect(odd.error).toMatch(/^odd\.csv: /);
    expect(report.failed).toHaveLength(3);
    expect(seen.at(-1)).toMatchObject({ done: 7, total: 7, imported: 5, failed: 3 });

    // The stored content: blocks, dates and tags as parsed.
    const wetlands = library.getArticle(
      report.imported.find((a) => a.title === 'New Ramsar Sites in India')!.id,
    );
    expect(wetlands.tags).toEqual(['GS-3', 'Conservation']);
    expect(wetlands.blocks[0]!.text).toBe('Why in News');
    expect(wetlands.blocks.map((b) => b.text)).toContain('India joined the Convention in 1982.');
    const quad = library.getArticle(report.imported.find((a) => a.title.startsWith('The Quad'))!.id);
    expect(quad.date).toBe('2022-03-04');
    expect(quad.blocks).toHaveLength(16);

    // The same folder through the in-thread (CLI) path gives the very same articles.
    const inThread = tempLibrary();
    const sync = inThread.importTree([dir]);
    const shape = (lib: typeof library, ids: number[]) =>
      ids
        .map((id) => lib.getArticle(id))
        .map((a) => [a.title, a.date, a.tags, a.blocks.map((b) => [b.kind, b.level, b.text])])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(
      shape(
        library,
        report.imported.map((a) => a.id),
      ),
    ).toEqual(
      shape(
        inThread,
        sync.imported.map((a) => a.id),
      ),
    );
    expect(sync.failed.map((f) => f.error).sort()).toEqual(report.failed.map((f) => f.error).sort());
  });

  it('imports dropped bytes in the worker exactly as in this thread, the name deciding the format', async () => {
    const sources = [...FIXTURES, 'pib-release.html'].map((name, i) => ({
      path: i === FIXTURES.length ? 'again.html' : name,
      bytes: readFileSync(join(IMPORT_FIXTURES, name)),
    }));
    sources.push({ path: 'blank.md', bytes: Buffer.from('   \n') });
    const inWorker = runnerWith();
    const report = await inWorker.runner.importSources(sources);
    const inThread = runnerWith();
    expect(report).toEqual(inThread.runner.importSourcesSync(sources));
    expect([...new Set(report.imported.map((a) => a.path))]).toEqual(FIXTURES);
    expect(report.duplicates).toEqual([{ path: 'again.html', id: expect.any(Number) }]);
    expect(report.failed).toEqual([{ path: 'blank.md', error: 'blank.md holds only blank space.' }]);
    expect(titles(inWorker.db)).toEqual(titles(inThread.db));
  });

  it('parses a folder in one worker per core and stores the files in their order', async () => {
    const dir = tempDir();
    for (let i = 0; i < 12; i++)
      writeFile(
        dir,
        `note-${String(i).padStart(2, '0')}.md`,
        `# Article ${i}\n\nSome text about topic ${i}.`,
      );
    const threads = new Set<number>();
    const { runner } = runnerWith(() => {
      const worker = startParseWorker();
      threads.add(worker.threadId);
      return worker;
    });
    const report = await runner.importPaths([dir]);
    expect(threads.size).toBe(Math.min(availableParallelism(), 4));
    expect(report.imported.map((a) => a.title)).toEqual(Array.from({ length: 12 }, (_, i) => `Article ${i}`));
  });

  it('stores each file of a pooled import whole or not at all, the others in their order', async () => {
    const dir = tempDir();
    const page = 'drishti-day-05-03-2026.html';
    copyFileSync(join(IMPORT_FIXTURES, page), join(dir, 'note-05.html'));
    const pageTitles = parseFile(page, readFileSync(join(IMPORT_FIXTURES, page))).articles.map(
      (a) => a.title,
    );
    expect(pageTitles.length).toBe(2);
    for (const i of [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11])
      writeFile(
        dir,
        `note-${String(i).padStart(2, '0')}.md`,
        `# Article ${i}\n\nSome text about topic ${i}.`,
      );
    const db = openDatabase(join(tempDir(), 'library.sqlite'));
    const runner = new ImportRunner({
      db,
      store: (article, originName, claimed) => {
        // The page's second article cannot be stored: its first must go with it.
        if (article.title === pageTitles[1]) throw new Error('the disk said no');
        return storeArticle(db, article, originName, '2026-01-01T00:00:00.000Z', claimed);
      },
      touch: () => undefined,
    });
    const report = await runner.importPaths([dir]);
    expect(report.failed.map((f) => f.path)).toEqual([join(dir, 'note-05.html')]);
    const stored = [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11].map((i) => `Article ${i}`);
    expect(report.imported.map((a) => a.title)).toEqual(stored);
    expect(titles(db)).toEqual([...stored].sort());
    db.close();
  });

  it('parses into plain data that crosses to the main thread unchanged', () => {
    for (const name of FIXTURES) {
      const outcome = parseFile(name, readFileSync(join(IMPORT_FIXTURES, name)));
      expect(structuredClone(outcome)).toEqual(outcome);
    }
  });

  it('stops between files when cancelled, keeping what was stored', async () => {
    const dir = tempDir();
    for (let i = 0; i < 40; i++)
      writeFile(dir, `n${String(i).padStart(2, '0')}.txt`, `Note ${i}\n\nText of note ${i}.\n`);
    const library = tempLibrary();
    const controller = new AbortController();
    const report = await library.importPaths([dir], {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 3) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.imported.length).toBeGreaterThanOrEqual(3);
    expect(report.imported.length).toBeLessThan(40);
    expect(
      library
        .listArticles()
        .map((a) => a.title)
        .sort(),
    ).toEqual(report.imported.map((a) => a.title).sort());
  });

  it('does not wait for a file still being parsed when cancelled', async () => {
    const dir = tempDir();
    writeFile(dir, 'a.txt', 'First\n\nText one.\n');
    writeFile(dir, 'b.txt', 'Second\n\nText two.\n');
    // A worker that lists the folder and then never answers: a parse that takes forever.
    const code = `
      const { parentPort } = require('node:worker_threads');
      const { readdirSync } = require('node:fs');
      const { join } = require('node:path');
      parentPort.on('message', (m) => {
        if (m.method === 'expand') {
          const [folder] = m.params.paths;
          const files = readdirSync(folder).sort().map((f) => join(folder, f));
          const expanded = { files, skipped: [] };
          parentPort.postMessage({ id: m.id, type: 'result', result: { kind: 'expanded', expanded } });
        }
      });`;
    const { runner, db } = runnerWith(() => new Worker(code, { eval: true }));
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const importing = runner.importPaths([dir], {
      signal: controller.signal,
      onProgress: (p) => seen.push(p),
    });
    await expect.poll(() => seen.some((p) => p.current.endsWith('a.txt'))).toBe(true);
    controller.abort();
    const report = await importing;
    expect(report).toMatchObject({ imported: [], failed: [], cancelled: true });
    expect(titles(db)).toEqual([]);
  });
});

describe('a parse worker that fails', () => {
  it('turns a crash into a failure of the file it was reading, and imports the rest with a new worker', async () => {
    for (const how of ['exit', 'throw'] as const) {
      const dir = tempDir();
      writeFile(dir, 'a.txt', 'Alpha\n\nText one.\n');
      writeFile(dir, 'b-crash.txt', 'Crash\n\nNever read.\n');
      writeFile(dir, 'c.txt', 'Gamma\n\nText three.\n');
      writeFile(dir, 'd-crash.txt', 'Crash again\n\nNever read.\n');
      writeFile(dir, 'e.txt', 'Epsilon\n\nText five.\n');
      const { runner, db, touches } = runnerWith(crashingWorker(how));
      const report = await runner.importPaths([dir]);
      expect(report.imported.map((a) => a.title)).toEqual(['Alpha', 'Gamma', 'Epsilon']);
      const why = how === 'exit' ? 'it exited with code 7' : 'parser blew up';
      expect(report.failed).toEqual([
        {
          path: join(dir, 'b-crash.txt'),
          error: `b-crash.txt could not be imported: the file reader stopped (${why}).`,
        },
        {
          path: join(dir, 'd-crash.txt'),
          error: `d-crash.txt could not be imported: the file reader stopped (${why}).`,
        },
      ]);
      expect(titles(db)).toEqual(['Alpha', 'Epsilon', 'Gamma']);
      expect(touches()).toBeGreaterThan(0);
    }
  });

  it('fails every file, and finishes, when the worker cannot start', async () => {
    const dir = tempDir();
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']) writeFile(dir, name, 'Note\n\nText.\n');
    const broken = () => new Worker(`throw new Error('no such entry');`, { eval: true });
    const { runner, db } = runnerWith(broken);
    const report = await runner.importPaths([dir]);
    // The folder is listed in this thread instead; each file then fails with the worker's reason.
    expect(report.imported).toEqual([]);
    expect(report.failed.map((f) => f.error)).toEqual(
      ['a', 'b', 'c', 'd', 'e'].map(
        (n) => `${n}.txt could not be imported: the file reader stopped (no such entry).`,
      ),
    );
    expect(titles(db)).toEqual([]);

    const unstartable = runnerWith(() => {
      throw new Error('missing out/main/parse-worker.js');
    });
    const none = await unstartable.runner.importPaths([join(dir, 'a.txt')]);
    expect(none.failed).toEqual([
      {
        path: join(dir, 'a.txt'),
        error:
          'a.txt could not be imported: the file reader could not start: missing out/main/parse-worker.js.',
      },
    ]);
  });

  it('answers requests made after it was closed, and in order of the files', async () => {
    const parser = new ParseWorker();
    const dir = tempDir();
    const a = writeFile(dir, 'a.txt', 'Alpha\n\nText.\n');
    const b = writeFile(dir, 'b.md', '');
    const [first, second] = await Promise.all([parser.parse(a), parser.parse(b)]);
    expect(first).toMatchObject({ kind: 'parsed', outcome: { articles: [{ title: 'Alpha' }] } });
    expect(second).toMatchObject({ kind: 'failure', failure: 'b.md is empty.' });
    await parser.close();
    expect(await parser.parse(a)).toMatchObject({
      kind: 'failure',
      failure: 'a.txt could not be imported: the import was stopped.',
    });
  });
});
