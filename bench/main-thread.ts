/**
 * "The main process never freezes": with a generated library of 50,000 articles and 100,000 notes,
 * calls every contract channel the way the window does (through the same handlers and
 * `invokeChannel`, with realistic inputs: every list and notebook filter, select-all, tag counts,
 * exports of everything, the review forecast, search with facets) and prints, per call, the main
 * thread's longest synchronous run: the event loop's longest stall while the call went on. An IPC
 * call that holds the thread longer than 50 ms freezes the window for that long.
 *
 *   npm run bench:main-thread [-- --articles N --runs N --skip-slow --skip-docx --only REGEX --json --profile-dir DIR
 *                                 --check-replies]
 *
 * `--skip-slow` leaves out the exports of everything, the full backup and the integrity check;
 * `--skip-docx` the DOCX export only (all 100,000 notes are more than a DOCX is built from: it is
 * refused with a sentence, after the compilation in the export worker). `--only` keeps the calls whose
 * name matches a regular expression (`--only 'related|backup'`), to measure a few again quickly.
 * `own ms` is the stall less the time the thread waited for a core other processes held (Linux);
 * `on a CPU` the most CPU time the main thread spent between two turns of the event loop (Linux): its
 * longest synchronous run, which waits for the disk or a lock do not inflate on a busy machine.
 * The replies go out unchecked, as in the packaged app; `--check-replies` checks each against its
 * contract schema, as tests, the CLI and development do.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { ChannelInput, ChannelName } from '../src/shared/contract';
import { createHandlers, invokeChannel, type Dialogs } from '../src/main/handlers';
import { Library } from '../src/main/library';
import { keptCheckWorker } from '../src/main/library/backup/check-client';
import { preloadModulesInTurns } from '../src/main/library/preload';
import { cachedCorpus } from './corpus';
import { stallsDuring } from './stalls';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    'skip-slow': { type: 'boolean', default: false },
    /** DOCX of all 100,000 notes is refused (above 40,000 passages), after compiling them in the worker. */
    'skip-docx': { type: 'boolean', default: false },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    /** Writes a CPU profile of the main thread during each measured call's first run into this folder. */
    'profile-dir': { type: 'string' },
    /** Checks every reply against its contract schema, as tests and development do (the packaged app does not). */
    'check-replies': { type: 'boolean', default: false },
  },
});
const only = values.only === undefined ? null : new RegExp(values.only, 'i');
const ARTICLES = Number(values.articles);
const RUNS = Number(values.runs);
const GOAL_MS = 50;
const log = (line: string) => process.stderr.write(`${line}\n`);
const FIXTURES = join(__dirname, '../src/main/library/import/fixtures');

const corpus = cachedCorpus(
  { seed: Number(values.seed), articles: ARTICLES, annotations: ARTICLES * 2 },
  undefined,
  log,
);
// A folder of its own: two runs of this bench at once (other branches) must not share a library.
const dir = mkdtempSync(join(corpus.dir, 'main-thread-bench-'));
const out = mkdtempSync(join(tmpdir(), 'bulletin-main-thread-'));
copyFileSync(corpus.file, join(dir, 'library.sqlite'));

// Most of a real library has been read; the filters below use its busiest month and tag.
const setup = new Database(join(dir, 'library.sqlite'));
setup.exec(
  `UPDATE articles SET read_at = '2024-01-01T00:00:00Z' WHERE id <= (SELECT max(id) - 2000 FROM articles)`,
);
const month = (setup.prepare('SELECT max(date) FROM articles').pluck().get() as string).slice(0, 7);
const tag = setup
  .prepare(
    `SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`,
  )
  .pluck()
  .get() as string;
const articleId = setup.prepare('SELECT max(article_id) FROM annotations').pluck().get() as number;
const blockId = setup
  .prepare('SELECT min(id) FROM blocks WHERE article_id = ?')
  .pluck()
  .get(articleId) as number;
const noteId = setup.prepare('SELECT max(id) FROM annotations').pluck().get() as number;
const titles = setup
  .prepare('SELECT title FROM articles ORDER BY random() LIMIT 50')
  .pluck()
  .all() as string[];
setup.close();

let exportCount = 0;
const dialogs: Dialogs = {
  chooseFilesToImport: async () => [join(FIXTURES, 'pib-release.html'), join(FIXTURES, 'studyiq-page.html')],
  chooseFolderToImport: async () => FIXTURES,
  chooseOpmlFile: async () => null,
  chooseFolder: async () => join(out, `folder-${++exportCount}`),
  chooseExportPath: async (name) => join(out, `${++exportCount}-${name}`),
};

interface Case {
  name: string;
  channel: ChannelName;
  input: () => unknown;
  /** Run once: slow (`--skip-slow` leaves it out), or a change that cannot be made twice. */
  once?: 'slow' | 'change';
}
const call = <C extends ChannelName>(
  name: string,
  channel: C,
  input: () => ChannelInput<C>,
  once?: Case['once'],
): Case => ({ name, channel, input, once });

const monthFilter = { from: `${month}-01`, to: `${month}-28` };
const filters = { all: {}, month: monthFilter, tag: { tag }, undated: { undated: true } };
let allIds: number[] = [];
let savedId = 0;
let cardId = 0;

const cases: Case[] = [
  ...Object.entries(filters).flatMap(([name, filter]) => [
    call(`list page, ${name}`, 'listArticlePage', () => ({ filter, limit: 300 })),
    call(`select-all ids, ${name}`, 'listArticleIds', () => ({ filter })),
  ]),
  call('whole list (the CLI’s list)', 'listArticles', () => ({})),
  call('tag counts', 'listTags', () => ({})),
  call('one article', 'getArticle', () => ({ id: articleId })),
  call('one article, first screen of notes', 'getArticle', () => ({
    id: articleId,
    firstScreen: { blocks: 12, notes: 36 },
  })),
  call('an article’s notes after its first screen', 'listArticleNotesAfter', () => ({
    articleId,
    fromBlock: 2,
  })),
  call('mark read', 'setRead', () => ({ id: articleId, read: true })),
  call('mark all read (select-all)', 'setReadMany', () => ({ ids: allIds, read: true })),
  call('starred list page', 'listArticlePage', () => ({ filter: { starred: true }, limit: 300 })),
  call('unread list page', 'listArticlePage', () => ({ filter: { unread: true }, limit: 300 })),
  call('save reading position', 'saveReadingPosition', () => ({ articleId, blockId, offset: 240 })),
  call('reading position', 'getReadingPosition', () => ({ articleId })),
  call('last reading position', 'lastReadingPosition', () => ({})),
  call('add a user tag', 'addUserTag', () => ({ id: articleId, tag: 'bench' })),
  call('remove a user tag', 'removeUserTag', () => ({ id: articleId, tag: 'bench' })),
  call('tag groups', 'listTagGroups', () => ({})),
  call('tag a selection', 'tagArticles', () => ({ ids: allIds.slice(0, 300), tag: 'bench', action: 'add' })),
  call('untag a selection', 'tagArticles', () => ({
    ids: allIds.slice(0, 300),
    tag: 'bench',
    action: 'remove',
  })),
  call('edit an article', 'editArticle', () => ({ id: articleId, title: 'Edited in the bench', date: null })),
  call('delete an article', 'deleteArticles', () => ({ ids: [articleId] }), 'change'),
  call('article trash', 'listArticleTrash', () => ({})),
  call('restore an article', 'restoreArticles', () => ({ ids: [articleId] }), 'change'),
  call('delete 300 articles', 'deleteArticles', () => ({ ids: allIds.slice(1000, 1300) }), 'change'),
  call('restore 300 articles', 'restoreArticles', () => ({ ids: allIds.slice(1000, 1300) }), 'change'),
  call('search with facets', 'search', () => ({ query: 'india economy', limit: 50 })),
  call('search, newest first', 'search', () => ({ query: 'policy', sort: 'newest', limit: 50 })),
  call('search a phrase in a tag', 'search', () => ({ query: '"supreme court"', tag, limit: 50 })),
  call('search, prefix', 'search', () => ({ query: 'gov*', limit: 50 })),
  call('matches in an article', 'searchMatches', () => ({ articleId, query: 'india economy' })),
  call('index status', 'searchStatus', () => ({})),
  call('save a search', 'saveSearch', () => ({ name: 'bench', query: 'india' })),
  call('saved searches', 'listSavedSearches', () => ({})),
  call('run a saved search', 'runSavedSearch', () => ({ key: 'bench' })),
  call('delete a saved search', 'deleteSavedSearch', () => ({ id: savedId }), 'change'),
  call('all notes', 'listNotes', () => ({})),
  call('notes of a colour', 'listNotes', () => ({ color: 'important' })),
  call('notes matching words', 'listNotes', () => ({ query: 'india' })),
  call('save a block note', 'saveAnnotation', () => ({ blockId, note: 'bench', color: 'fact' })),
  call('save a highlight', 'saveHighlight', () => ({ blockId, start: 0, end: 5, note: 'bench' })),
  call('edit a note', 'updateAnnotation', () => ({ id: noteId, note: 'edited' })),
  call('delete a note', 'deleteAnnotation', () => ({ id: noteId }), 'change'),
  call('recently deleted', 'listRecentlyDeleted', () => ({})),
  call('restore a note', 'restoreAnnotation', () => ({ id: noteId }), 'change'),
  call('orphaned notes', 'listOrphanedNotes', () => ({})),
  ...(['article', 'tag', 'day'] as const).flatMap((groupBy) => [
    call(`notebook page by ${groupBy}`, 'queryNotebook', () => ({ groupBy, limit: 200 })),
    call(`notebook page by ${groupBy}, month`, 'queryNotebook', () => ({
      groupBy,
      ...monthFilter,
      limit: 200,
    })),
    call(`notebook count by ${groupBy}`, 'countNotebook', () => ({ groupBy })),
  ]),
  call('notebook page, colour and tag', 'queryNotebook', () => ({ color: 'important', tag, limit: 200 })),
  call('notebook page, words', 'queryNotebook', () => ({ query: 'india', limit: 200 })),
  call('notebook heat map (a year)', 'notebookHeatMap', () => ({ from: '2023-01-01', to: '2023-12-31' })),
  call('syllabus tree with coverage', 'getSyllabus', () => ({})),
  call('syllabus gaps', 'syllabusGaps', () => ({})),
  call('list page, a syllabus topic', 'listArticlePage', () => ({
    filter: { syllabus: 'gs3.environment' },
    limit: 300,
  })),
  call('an article’s topics', 'getArticleTopics', () => ({ id: articleId })),
  call('accept a topic', 'setArticleTopics', () => ({ id: articleId, topics: ['gs3.economy'] })),
  call('remove a topic', 'removeArticleTopic', () => ({ id: articleId, topic: 'gs3.economy' })),
  call('related articles', 'relatedArticles', () => ({ id: articleId })),
  call('story', 'getStory', () => ({ id: articleId })),
  call('article note', 'getArticleNote', () => ({ id: articleId })),
  call('save article note', 'saveArticleNote', () => ({ id: articleId, note: 'bench [[link]]' })),
  call('star', 'setStarred', () => ({ id: articleId, starred: true })),
  call('starred', 'listStarred', () => ({})),
  call('resolve 50 note links', 'resolveNoteLinks', () => ({ titles })),
  call('study settings', 'getStudySettings', () => ({})),
  call('set exam dates', 'updateStudySettings', () => ({
    prelimsDate: '2031-05-25',
    mainsDate: '2031-09-20',
  })),
  // The window's button: the count and the first cards come back (the CLI's `review add` below).
  call(
    'cards of every important note',
    'makeReviewCards',
    () => ({ filter: { color: 'important' } }),
    'change',
  ),
  call(
    'cards of every fact note (CLI’s review add: all cards back)',
    'addReviewCards',
    () => ({ filter: { color: 'fact' } }),
    'change',
  ),
  // Automatic cards: adding a colour fills every existing note of it with a card, in short steps.
  call(
    'automatic cards for Important (fill)',
    'updateStudySettings',
    () => ({ autoCards: true, autoCardColors: ['revise', 'important'] }),
    'change',
  ),
  call('review queue', 'reviewQueue', () => ({})),
  call('grade a card', 'gradeReviewCard', () => ({ cardId, grade: 'good' }), 'change'),
  call('review stats and forecast', 'reviewStats', () => ({})),
  call('import two pages', 'importWithDialog', () => ({})),
  call('import dropped bytes', 'importDropped', () => ({
    files: [
      { name: 'drop.html', dataBase64: readFileSync(join(FIXTURES, 'gktoday-page.html')).toString('base64') },
    ],
  })),
  call('import pasted text', 'importText', () => ({
    text: `Pasted ${Date.now()}\n\nSome text about India.`,
  })),
  call('feeds', 'listFeeds', () => ({})),
  call('refresh all feeds (none)', 'refreshFeeds', () => ({})),
  call('export preview, everything', 'previewExport', () => ({})),
  ...(['md', 'pdf', 'anki', 'csv'] as const).map((format) =>
    call(`export preview as ${format}, everything`, 'previewExportFormat', () => ({ format })),
  ),
  call('storage settings', 'getStorageSettings', () => ({})),
  call('start-up report', 'startupReport', () => ({})),
  call('export notes as Markdown, everything', 'exportNotesWithDialog', () => ({}), 'slow'),
  call('export notes, md', 'exportWithDialog', () => ({ format: 'md', content: 'notes' }), 'slow'),
  call('export notes, csv', 'exportWithDialog', () => ({ format: 'csv', content: 'notes' }), 'slow'),
  call('export notes, anki', 'exportWithDialog', () => ({ format: 'anki', content: 'notes' }), 'slow'),
  call('export notes, docx', 'exportWithDialog', () => ({ format: 'docx', content: 'notes' }), 'slow'),
  call('export articles, md', 'exportWithDialog', () => ({ format: 'md', content: 'articles' }), 'slow'),
  call('export articles, csv', 'exportWithDialog', () => ({ format: 'csv', content: 'articles' }), 'slow'),
  call('full backup', 'backupWithDialog', () => ({}), 'slow'),
  call('integrity check', 'checkLibrary', () => ({}), 'slow'),
];

/** Starts the V8 profiler of this (the main) thread; `stopInto` writes the `.cpuprofile` (DevTools reads it). */
async function startProfile(): Promise<{ stopInto: (file: string) => Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    stopInto: async (file) => {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function main(): Promise<void> {
  const library = Library.open(dir, { searchIndexing: 'background' });
  try {
    log('building the search index in its worker …');
    // Searches are measured on a complete index: wait until the worker has built it.
    await library.searchIdle();
    while (library.search.status().state !== 'ready') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await library.searchIdle();
    }
    // As the app does two seconds after its window is up (src/main/index.ts): the first Markdown
    // preview, backup or export then does not load its modules inside the call, nor the first search
    // compile the search.
    await preloadModulesInTurns([() => library.search.warmUp()]);
    const handlers = createHandlers({ library, dialogs, checkReplies: values['check-replies'] });
    log(`main thread's heap: ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB used`);
    allIds = library.articles.ids({}).ids;
    const rows: Row[] = [];
    for (const c of cases) {
      if (c.once === 'slow' && values['skip-slow']) continue;
      if (c.name.endsWith('docx') && values['skip-docx']) continue;
      if (only && !only.test(c.name)) continue;
      let maxMs = 0;
      let ownMs = 0;
      let cpuMs = 0;
      let gcMs = 0;
      let ok = true;
      const runs = c.once ? 1 : RUNS;
      for (let run = 0; run < runs; run++) {
        const gcFrom = gcPauses.length;
        const profiling = run === 0 && values['profile-dir'] ? await startProfile() : null;
        const { value, maxStallMs, ownStallMs, cpuStallMs } = await stallsDuring(() =>
          invokeChannel(handlers, c.channel, c.input()),
        );
        if (profiling)
          await profiling.stopInto(join(values['profile-dir']!, `${c.name.replace(/\W+/g, '-')}.cpuprofile`));
        await new Promise((resolve) => setImmediate(resolve)); // the observer's entries come a turn later
        for (const pause of gcPauses.slice(gcFrom)) gcMs = Math.max(gcMs, pause);
        if (!value.ok) {
          ok = false;
          log(`${c.name}: ${value.error}`);
        } else if (c.channel === 'saveSearch') savedId = (value.value as { id: number }).id;
        else if (c.channel === 'makeReviewCards')
          cardId = (value.value as { first: Array<{ cardId: number }> }).first[0]?.cardId ?? 0;
        maxMs = Math.max(maxMs, maxStallMs);
        ownMs = Math.max(ownMs, ownStallMs);
        cpuMs = Math.max(cpuMs, cpuStallMs ?? ownStallMs);
      }
      rows.push({
        name: c.name,
        channel: c.channel,
        maxMs: Math.round(maxMs),
        ownMs: Math.round(ownMs),
        cpuMs: Math.round(cpuMs),
        gcMs: Math.round(gcMs),
        ok,
      });
      log(`${c.name}: ${Math.round(maxMs)} ms`);
    }
    // The kept check worker's end, as its idle timer ends it a minute after the last backup or check (when
    // the window is quiet): not a channel, but what the main thread pays then.
    if (keptCheckWorker.running) {
      const gcFrom = gcPauses.length;
      const profiling = values['profile-dir'] ? await startProfile() : null;
      const ending = await stallsDuring(async () => {
        await keptCheckWorker.end();
        await new Promise((resolve) => setTimeout(resolve, 1_000)); // V8 frees its pages in a later task
      });
      if (profiling)
        await profiling.stopInto(join(values['profile-dir']!, 'the-kept-check-worker-ends.cpuprofile'));
      await new Promise((resolve) => setImmediate(resolve));
      rows.push({
        name: 'the kept check worker ends (idle, not a channel)',
        channel: '-',
        maxMs: Math.round(ending.maxStallMs),
        ownMs: Math.round(ending.ownStallMs),
        cpuMs: Math.round(ending.cpuStallMs ?? ending.ownStallMs),
        gcMs: Math.round(Math.max(0, ...gcPauses.slice(gcFrom))),
        ok: true,
      });
    }
    // The folder import, a job: the longest stall while it runs to the end (polled as the window does).
    if (only && !only.test('import a folder')) {
      report(rows);
      return;
    }
    const folder = await stallsDuring(async () => {
      const started = await invokeChannel(handlers, 'importFolderWithDialog', {});
      const { jobId } = (started as { value: { jobId: number } }).value;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const status = await invokeChannel(handlers, 'importProgress', { jobId });
        if (!(status as { value: { running: boolean } }).value.running) break;
      }
    });
    rows.push({
      name: 'import a folder (job, polled)',
      channel: 'importFolderWithDialog',
      maxMs: Math.round(folder.maxStallMs),
      ownMs: Math.round(folder.ownStallMs),
      cpuMs: Math.round(folder.cpuStallMs ?? folder.ownStallMs),
      ok: true,
    });

    report(rows);
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

interface Row {
  name: string;
  channel: string;
  maxMs: number;
  ownMs: number;
  cpuMs: number;
  /** The longest garbage-collection pause of the main thread during the call. */
  gcMs?: number;
  ok: boolean;
}

/** Every garbage-collection pause of the main thread, in ms (a long one is a stall of its own). */
const gcPauses: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration);
}).observe({ entryTypes: ['gc'] });

function report(rows: Row[]): void {
  if (values.json)
    process.stdout.write(`${JSON.stringify({ articles: ARTICLES, runs: RUNS, rows }, null, 2)}\n`);
  else {
    const lines = [
      `Longest main-thread run per call, ${ARTICLES.toLocaleString('en')} articles and ${(ARTICLES * 2).toLocaleString('en')} notes (max of ${RUNS} runs; slow calls and one-off changes once)`,
      '',
      '| call | channel | longest stall | own | on a CPU | longest GC pause | over 50 ms (own) | over 50 ms (on a CPU) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.name}${r.ok ? '' : ' (failed)'} | ${r.channel} | ${r.maxMs} ms | ${r.ownMs} ms | ${r.cpuMs} ms | ${r.gcMs ?? 0} ms | ${r.ownMs > GOAL_MS ? '**yes**' : ''} | ${r.cpuMs > GOAL_MS ? '**yes**' : ''} |`,
      ),
      '',
      `Over ${GOAL_MS} ms: ${rows.filter((r) => r.ownMs > GOAL_MS).length} of ${rows.length} calls by “own” (the stall less the wait for a core), ${rows.filter((r) => r.cpuMs > GOAL_MS).length} by the CPU time the main thread spent between two turns of its event loop (its longest synchronous run; on a machine shared with other jobs “own” also counts waits for the disk).`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

void main();
