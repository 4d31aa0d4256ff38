/**
 * The search benchmark: `npm run bench:search -- --articles N [--json]`.
 *
 * Builds (or reuses) a synthetic library of N articles with 2×N notes, then runs Bulletin's search,
 * SQLite FTS5 and MiniSearch on the same corpus, each in its own process (so memory is its own),
 * and prints one JSON object (`--json`) or a table with medians, p95s and ratios to the peers.
 * `--engines bulletin,fts5` leaves MiniSearch out (at four years of reading it needs over 7 GB).
 * `--lunr-shards` also measures design 1 of issue #4 (lunr indexes per month, all in memory).
 * `--reuse` skips the builds and queries the indexes the last run left in the corpus folder (its
 * `bulletin/` library with its index, and `fts5.sqlite`): at 200,000 articles our build takes tens of
 * minutes, and open, memory and query figures need only the built index. The build columns are then
 * empty, and "add" finds the article the earlier run added (each query run adds one article and one
 * note to the reused library).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cachedCorpus, corpusDir } from './corpus';
import type { EngineFigures } from './search-engines';
import { benchQueries } from './search-queries';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    annotations: { type: 'string' },
    seed: { type: 'string', default: '42' },
    json: { type: 'boolean', default: false },
    'lunr-shards': { type: 'boolean', default: false },
    dir: { type: 'string' },
    /** Which engines to run (comma-separated): MiniSearch at 200,000 articles needs over 7 GB. */
    engines: { type: 'string', default: 'bulletin,fts5,minisearch' },
    /** Query the indexes an earlier run built in the corpus folder, without building them again. */
    reuse: { type: 'boolean', default: false },
  },
});
const ENGINES = values.engines.split(',').map((e) => e.trim());
if (!ENGINES.includes('bulletin') || ENGINES.some((e) => !['bulletin', 'fts5', 'minisearch'].includes(e)))
  throw new Error(
    `--engines must list bulletin and optionally fts5 and minisearch, not "${values.engines}".`,
  );

const articles = Number(values.articles);
const annotations = Number(values.annotations ?? articles * 2);
const seed = Number(values.seed);
const root = resolve(__dirname, '..');
const log = (line: string) => process.stderr.write(`${line}\n`);
// The schema version is in the folder's name: a corpus written by another schema is generated again.
// Reusing needs no corpus file (only what an earlier run built from it), and never generates one.
const REUSE = values.reuse;
const corpus = REUSE
  ? { dir: values.dir ?? corpusDir({ seed, articles, annotations }), file: '' }
  : cachedCorpus({ seed, articles, annotations }, values.dir, log);
const work = corpus.dir;

/** What an engine's query phase needs from an earlier run, for `--reuse`. */
const BUILT: Record<string, string> = {
  bulletin: join('bulletin', 'search-index.sqlite'),
  fts5: 'fts5.sqlite',
  minisearch: 'minisearch.json',
};

const KINDS = ['one', 'two', 'phrase', 'prefix', 'fuzzy'] as const;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function child(engine: string, phase: string, queriesFile: string): EngineFigures {
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      join(root, 'bench', 'search-engines.ts'),
      engine,
      phase,
      work,
      queriesFile,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`${engine} ${phase} failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as EngineFigures;
}

interface Summary {
  buildMs: number;
  openMs: number;
  /** CPU time of the open (this process), when the engine measures it. */
  openCpuMs?: number;
  /** Longest main-thread stall while opening, answering the first search and indexing a new article. */
  openStallMs: number;
  openStallOwnMs: number;
  p95Ms: Record<(typeof KINDS)[number], number>;
  medianMs: Record<(typeof KINDS)[number], number>;
  p95MonthMs: number;
  medianMonthMs: number;
  p95CpuMs: Record<string, number>;
  searchMemoryMB: number;
  addToSearchableMs: number;
  /** The longest stall of all: at open, at an addition, and while the whole index is built. */
  maxStallMs: number;
  /** The same, less the time the main thread waited for a core other processes held (Linux). */
  maxStallOwnMs: number;
  /** A full (re)build: how long, and its longest stall (ours in a worker; the peers build synchronously). */
  rebuildMs: number;
  rebuildStallMs: number;
  rebuildStallOwnMs: number;
  /** Ours only: `openMs` in its two blocks, opening the library and the first search. */
  openLibraryMs?: number;
  firstSearchMs?: number;
  /** Ours only: searches answered while the index was built (from the months already done). */
  searchesDuringRebuild?: number;
  p95DuringRebuildMs?: number;
  firstSearchDuringRebuildMs?: number;
  firstSearchDuringRebuildHits?: number;
  firstHitsDuringRebuildMs?: number;
}

function summarise(build: EngineFigures, query: EngineFigures): Summary {
  const lat = query.latencies ?? {};
  const by = (p: number) =>
    Object.fromEntries(KINDS.map((k) => [k, round(percentile(lat[k] ?? [], p))])) as Summary['p95Ms'];
  return {
    buildMs: round(build.buildMs ?? 0),
    openMs: round(query.openMs ?? 0),
    ...(query.openCpuMs !== undefined ? { openCpuMs: round(query.openCpuMs) } : {}),
    p95Ms: by(95),
    medianMs: by(50),
    p95MonthMs: round(percentile(lat.month ?? [], 95)),
    p95CpuMs: Object.fromEntries(
      [...KINDS, 'month'].map((k) => [k, round(percentile(query.cpu?.[k] ?? [], 95))]),
    ),
    medianMonthMs: round(percentile(lat.month ?? [], 50)),
    searchMemoryMB: round(query.searchMemoryMB ?? 0),
    addToSearchableMs: round(query.addToSearchableMs ?? 0),
    // Opening, the first search and indexing a new article: what a user of an existing library meets.
    openStallMs: round(query.maxStallMs ?? 0),
    openStallOwnMs: round(query.maxStallOwnMs ?? 0),
    // …and a full (re)build: at the first open of a library, or after the index file was lost.
    maxStallMs: round(Math.max(query.maxStallMs ?? 0, build.buildStallMs ?? 0)),
    maxStallOwnMs: round(Math.max(query.maxStallOwnMs ?? 0, build.buildStallOwnMs ?? 0)),
    rebuildMs: round(build.buildMs ?? 0),
    rebuildStallMs: round(build.buildStallMs ?? 0),
    rebuildStallOwnMs: round(build.buildStallOwnMs ?? 0),
    ...(query.openLibraryMs !== undefined
      ? { openLibraryMs: round(query.openLibraryMs), firstSearchMs: round(query.firstSearchMs ?? 0) }
      : {}),
    ...(build.searchesDuringBuild !== undefined
      ? {
          searchesDuringRebuild: build.searchesDuringBuild,
          p95DuringRebuildMs: round(build.p95DuringBuildMs ?? 0),
          firstSearchDuringRebuildMs: round(build.firstSearchDuringBuildMs ?? 0),
          firstSearchDuringRebuildHits: build.firstSearchDuringBuildHits ?? 0,
          firstHitsDuringRebuildMs: round(build.firstHitsDuringBuildMs ?? 0),
        }
      : {}),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function main(): void {
  const startLoad = loadavg();
  if (REUSE) {
    for (const engine of ENGINES) {
      const built = join(work, BUILT[engine]!);
      if (!existsSync(built))
        throw new Error(
          `--reuse: ${built} does not exist; run the bench once without --reuse to build ${engine}'s index.`,
        );
    }
  } else {
    rmSync(join(work, 'bulletin'), { recursive: true, force: true });
    mkdirSync(join(work, 'bulletin'));
    copyFileSync(corpus.file, join(work, 'bulletin', 'library.sqlite'));
    rmSync(join(work, 'fts5.sqlite'), { force: true });
  }
  const queriesFile = join(work, 'queries.json');
  writeFileSync(queriesFile, JSON.stringify(benchQueries(seed)));

  const results: Record<string, Summary> = {};
  for (const engine of ENGINES) {
    let build: EngineFigures = {};
    if (!REUSE) {
      log(`${engine}: building …`);
      build = child(engine, 'build', queriesFile);
      log(`${engine}: built ${JSON.stringify(build)}; querying …`);
    } else log(`${engine}: reusing the index built earlier; querying …`);
    results[engine] = summarise(build, child(engine, 'query', queriesFile));
    log(`${engine}: ${JSON.stringify(results[engine])}`);
  }
  let shards: Summary | null = null;
  if (values['lunr-shards']) {
    log('lunr shards (design 1): building and querying …');
    const figures = child('lunr-shards', 'query', queriesFile);
    shards = summarise(figures, figures);
  }

  const ours = results.bulletin!;
  const pick = (s: Summary) => ({
    openMs: s.openMs,
    openCpuMs: s.openCpuMs,
    p95Ms: s.p95Ms,
    p95CpuMs: s.p95CpuMs,
    p95MonthMs: s.p95MonthMs,
    searchMemoryMB: s.searchMemoryMB,
    addToSearchableMs: s.addToSearchableMs,
    maxStallMs: s.maxStallMs,
    maxStallOwnMs: s.maxStallOwnMs,
    openStallMs: s.openStallMs,
    rebuildMs: s.rebuildMs,
    rebuildStallMs: s.rebuildStallMs,
    rebuildStallOwnMs: s.rebuildStallOwnMs,
  });
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({
        articles,
        ...pick(ours),
        openLibraryMs: ours.openLibraryMs,
        firstSearchMs: ours.firstSearchMs,
        searchesDuringRebuild: ours.searchesDuringRebuild,
        p95DuringRebuildMs: ours.p95DuringRebuildMs,
        firstSearchDuringRebuildMs: ours.firstSearchDuringRebuildMs,
        firstSearchDuringRebuildHits: ours.firstSearchDuringRebuildHits,
        firstHitsDuringRebuildMs: ours.firstHitsDuringRebuildMs,
        loadAverage: loadavg().map((l) => round(l)),
        peers: Object.fromEntries(
          Object.entries(results)
            .filter(([name]) => name !== 'bulletin')
            .map(([name, s]) => [name, pick(s)]),
        ),
      })}\n`,
    );
    return;
  }
  process.stdout.write(table(results, shards, startLoad));
}

function table(results: Record<string, Summary>, shards: Summary | null, startLoad: number[]): string {
  const rows = Object.entries(results);
  if (shards) rows.push(['lunr shards (design 1)', shards]);
  const head = `| engine | build s | build stall ms (own) | open ms | open stall ms (own) | memory MB | add ms | ${KINDS.map((k) => `${k} med/p95`).join(' | ')} | month med/p95 |`;
  const line = (name: string, s: Summary) =>
    `| ${name} | ${(s.buildMs / 1000).toFixed(1)} | ${s.rebuildStallMs} (${s.rebuildStallOwnMs}) | ${s.openMs} | ${s.openStallMs} (${s.openStallOwnMs}) | ${s.searchMemoryMB} | ${s.addToSearchableMs} | ${KINDS.map(
      (k) => `${s.medianMs[k]} / ${s.p95Ms[k]}`,
    ).join(' | ')} | ${s.medianMonthMs} / ${s.p95MonthMs} |`;
  const ours = results.bulletin!;
  const ratio = (peerName: string, peer: Summary) =>
    `| bulletin ÷ ${peerName} | ${peer.buildMs > 0 ? (ours.buildMs / peer.buildMs).toFixed(2) : ''} | | ${(ours.openMs / peer.openMs).toFixed(2)} | | ${(
      ours.searchMemoryMB / Math.max(peer.searchMemoryMB, 0.1)
    ).toFixed(
      2,
    )} | | ${KINDS.map((k) => `p95 ${(ours.p95Ms[k] / Math.max(peer.p95Ms[k], 0.1)).toFixed(2)}`).join(' | ')} | p95 ${(
      ours.p95MonthMs / Math.max(peer.p95MonthMs, 0.1)
    ).toFixed(2)} |`;
  // openMs also holds the event-loop turn between the two, where the background work started at open runs.
  const between = round(ours.openMs - (ours.openLibraryMs ?? 0) - (ours.firstSearchMs ?? 0));
  const opened =
    ours.openLibraryMs !== undefined
      ? [
          `Our open: ${ours.openLibraryMs} ms to open the library, ${between} ms for the turn after it (the background work started at open), then ${ours.firstSearchMs} ms for the first search (cold caches); ${ours.openCpuMs} ms of CPU in all.`,
          '',
        ]
      : [];
  const during =
    ours.searchesDuringRebuild !== undefined
      ? [
          `While our index was built (${(ours.rebuildMs / 1000).toFixed(1)} s, in a worker thread), ${ours.searchesDuringRebuild} searches answered from the months already done: p95 ${ours.p95DuringRebuildMs} ms; the first, at open, in ${ours.firstSearchDuringRebuildMs} ms with ${ours.firstSearchDuringRebuildHits} hits; searches found articles ${ours.firstHitsDuringRebuildMs} ms after the open.`,
          '',
        ]
      : [];
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' ');
  return [
    `${articles} articles, ${annotations} notes, seed ${seed}; ${cpus().length} cores, load average ${load(startLoad)} at the start, ${load(loadavg())} at the end`,
    '',
    ...(REUSE
      ? ['Indexes reused from an earlier run (--reuse): nothing was built, the build columns are empty.', '']
      : []),
    head,
    `|${'---|'.repeat(13)}`,
    ...rows.map(([name, s]) => line(name, s)),
    ...Object.entries(results)
      .filter(([name]) => name !== 'bulletin')
      .map(([name, peer]) => ratio(name, peer)),
    '',
    'Stalls are the longest event-loop delays of the main thread; “own” leaves out the time it waited for a core that other processes held (Linux schedstat). Build stall: while the whole index is built (ours in a worker thread while the user searches; the peers build synchronously). Open stall: opening, the first search and indexing a new article.',
    '',
    ...opened,
    ...during,
    'CPU time of the open and p95 CPU time per query (ms), the cost without other processes competing for the cores:',
    '',
    `| engine | open | ${[...KINDS, 'month'].join(' | ')} |`,
    `|${'---|'.repeat(KINDS.length + 3)}`,
    ...rows.map(
      ([name, s]) =>
        `| ${name} | ${s.openCpuMs ?? ''} | ${[...KINDS, 'month'].map((k) => s.p95CpuMs[k]).join(' | ')} |`,
    ),
    '',
  ].join('\n');
}

main();
