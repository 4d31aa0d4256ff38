/**
 * The export benchmark: `npm run bench:export [-- --articles 50000 --runs 3 --only md|csv|anki|notes --json]`.
 *
 * Exports the whole of a generated library (the search benchmark's cached corpus of N articles and 2×N
 * notes) as Markdown (every article and its notes), CSV and Anki (every note), and the notebook's notes
 * as Markdown (`notes`: every note), two ways, each in a fresh process of its own, alternated, in the
 * same run:
 *
 * - `streamed`, as Bulletin does: each article read when the writer reaches it and written at once
 *   (`writeStreamed`: `compileStream` and the format's `write…`, into `writeFileAtomicWith`);
 * - `whole`, the peer: the whole compilation read first (`compile`), then the whole file made as one
 *   string (`compilationTo…`) and written (`writeFileAtomic`), as every export did before (the notes:
 *   `listNoteEntries` of every note, then `notesToMarkdown`, against `writeNotesMarkdown`'s parts).
 *
 * For each it prints the wall time, the CPU time and the process's peak resident memory (medians), and
 * checks that both wrote the same bytes. A process that only opens the library and lists the export's
 * articles gives the memory every export starts from.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { writeFileAtomic } from '../src/main/library/files';
import { compile } from '../src/main/library/export/compilation';
import * as anki from '../src/main/library/export/anki';
import * as csv from '../src/main/library/export/csv';
import { writeStreamed } from '../src/main/library/export/index';
import { writeNotesMarkdown } from '../src/main/library/export/library-export';
import * as markdown from '../src/main/library/export/markdown';
import { listNoteEntries } from '../src/main/library/notes/notebook';
import { getStudySettings } from '../src/main/library/notes/study-settings';
import { cachedCorpus } from './corpus';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    /** Internal: the child's format, way and files. */
    child: { type: 'string' },
    format: { type: 'string' },
    file: { type: 'string' },
    out: { type: 'string' },
  },
});

type Format = 'md' | 'csv' | 'anki' | 'notes';
type Way = 'streamed' | 'whole' | 'open';
const FORMATS: Format[] = ['md', 'csv', 'anki', 'notes'];
/** Markdown takes every article with its notes; CSV and Anki are made of the notes. */
const CONTENT = { md: 'articles', csv: 'notes', anki: 'notes' } as const;
const EXPORTED_ON = '2026-12-07';

interface Figures {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
  articles: number;
  digest: string;
}

/** In the child: one export of the whole library, `way`, into `out`. */
function childRun(way: Way, format: Format, file: string, out: string): Figures {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const cpu = process.cpuUsage();
  const started = performance.now();
  let articles = 0;
  db.transaction(() => {
    if (way === 'open') {
      articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
      return;
    }
    if (format === 'notes') {
      // The notebook's "Export notes as Markdown": `articles` counts the notes here.
      if (way === 'streamed') articles = writeNotesMarkdown(db, out, {}, EXPORTED_ON).count;
      else {
        const entries = listNoteEntries(db, {});
        articles = entries.length;
        const names = getStudySettings(db).colorNames;
        writeFileAtomic(out, markdown.notesToMarkdown(entries, EXPORTED_ON, names));
      }
      return;
    }
    const request = { format, out, content: CONTENT[format] };
    if (way === 'streamed') {
      articles = writeStreamed(db, request, EXPORTED_ON, { markdown, csv, anki }).articles;
    } else {
      // The same compilation as the streamed export's (Markdown prints no GUIDs: none are made).
      const c = compile(
        db,
        {},
        { content: request.content, exportedOn: EXPORTED_ON, guids: format !== 'md' },
      );
      articles = c.articles.length;
      const text =
        format === 'md'
          ? markdown.compilationToMarkdown(c)
          : format === 'csv'
            ? csv.compilationToCsv(c).text
            : anki.compilationToAnki(c).text;
      writeFileAtomic(out, text);
    }
  })();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  db.close();
  const digest =
    way === 'open' ? '' : createHash('sha256').update(readFileSync(out)).digest('hex').slice(0, 16);
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    // maxRSS is in kilobytes: the process's peak resident memory.
    peakMb: process.resourceUsage().maxRSS / 1024,
    articles,
    digest,
  };
}

const root = resolve(__dirname, '..');

function inChild(way: Way, format: Format, file: string, out: string): Figures {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', __filename, '--child', way, '--format', format, '--file', file, '--out', out],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (result.status !== 0) throw new Error(`the ${way} ${format} export failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Figures;
}

function main(): void {
  if (values.child) {
    const way = values.child as Way;
    console.log(JSON.stringify(childRun(way, values.format as Format, values.file!, values.out!)));
    return;
  }
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const corpus = cachedCorpus(
    { seed: Number(values.seed), articles, annotations: articles * 2 },
    undefined,
    log,
  );
  const formats = values.only ? FORMATS.filter((f) => f === values.only) : FORMATS;
  if (formats.length === 0) throw new Error(`--only is md, csv, anki or notes, not “${values.only}”`);
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-bench-export-'));
  const load = loadavg()[0]!;
  const figures = new Map<string, Figures[]>();
  const add = (key: string, f: Figures) => figures.set(key, [...(figures.get(key) ?? []), f]);
  try {
    for (let run = 0; run < runs; run++) {
      log(`run ${run + 1} of ${runs} …`);
      add('open', inChild('open', 'md', corpus.file, join(dir, 'none')));
      for (const format of formats) {
        // Alternated: the streamed export first in one run, the whole one first in the next.
        const ways: Way[] = run % 2 === 0 ? ['streamed', 'whole'] : ['whole', 'streamed'];
        for (const way of ways) {
          const out = join(dir, `${way}.${format}`);
          add(`${format} ${way}`, inChild(way, format, corpus.file, out));
          rmSync(out, { force: true });
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const summary = (key: string) => {
    const list = figures.get(key)!;
    return {
      wallS: Math.round(median(list.map((f) => f.wallMs)) / 100) / 10,
      cpuS: Math.round(median(list.map((f) => f.cpuMs)) / 100) / 10,
      peakMb: Math.round(median(list.map((f) => f.peakMb))),
      articles: list[0]!.articles,
    };
  };
  const rows = formats.map((format) => {
    const streamed = figures.get(`${format} streamed`)!;
    const whole = figures.get(`${format} whole`)!;
    const same =
      streamed.every((f) => f.digest === whole[0]!.digest) &&
      whole.every((f) => f.digest === whole[0]!.digest);
    if (!same) throw new Error(`the streamed and whole ${format} exports wrote different files`);
    return {
      format,
      streamed: summary(`${format} streamed`),
      whole: summary(`${format} whole`),
      sameBytes: same,
    };
  });
  const result = {
    articles,
    notes: articles * 2,
    runs,
    load: Math.round(load * 10) / 10,
    loadAfter: Math.round(loadavg()[0]! * 10) / 10,
    open: summary('open'),
    formats: rows,
  };
  if (values.json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(
    `Export benchmark: the whole library, ${articles} articles and ${articles * 2} notes, ${runs} run(s) each, medians; each export in a process of its own`,
  );
  console.log(
    '| export | streamed: wall s | CPU s | peak memory MB | whole first: wall s | CPU s | peak memory MB | same bytes |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const what = {
      md: 'Markdown, every article',
      csv: 'CSV, every note',
      anki: 'Anki, every note',
      notes: 'notes as Markdown, every note',
    }[row.format];
    console.log(
      `| ${what} | ${row.streamed.wallS} | ${row.streamed.cpuS} | ${row.streamed.peakMb} | ${row.whole.wallS} | ${row.whole.cpuS} | ${row.whole.peakMb} | ${row.sameBytes ? 'yes' : 'no'} |`,
    );
  }
  console.log(
    `\nA process that only opens the library peaks at ${result.open.peakMb} MB. Load average ${result.load} before, ${result.loadAfter} after.`,
  );
}

main();
