/**
 * Bulletin's command line: the same library core as the app, for scripting and tests.
 * `--json` makes every command print exactly one JSON document on stdout.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isIsoDay } from '../shared/dates';
import { tableRows } from '../shared/table-rows';
import {
  HIGHLIGHT_COLORS,
  REVIEW_GRADES,
  type Feed,
  type HighlightColor,
  type NoteFilter,
  type ReviewCard,
  type ReviewGrade,
} from '../shared/domain';
import { DATABASE_FILE, Library, LibraryError } from './library';
import { EXPORT_FORMATS, type ExportFormat } from './library/export/formats';
import type { FieldMap } from './library/import';
import { defaultLibraryDir } from './library-location';

class UsageError extends Error {}

const USAGE = `Usage: bulletin [--library DIR] [--json] COMMAND
  import PATH... [--map title=F,body=F,…]  import files and folders (recursively)
  list [--from D] [--to D] [--tag T] [--undated]
  search QUERY [--from D] [--to D] [--tag T] [--limit N] [--offset N] [--sort relevance|newest] [--facets]
                                         (--facets: {hits, total, facets, corrections} instead of hits)
  saved-search list | save NAME QUERY [--from D] [--to D] [--tag T] [--sort S] | run NAME|ID | delete ID
  show ID                                an article with its blocks
  annotate BLOCK_ID [--note TEXT] [--color ${HIGHLIGHT_COLORS.join('|')}|none] [--quote WORDS] [--row N]
                                         (--quote highlights those words of the block; a table's
                                          whole row, or --row N (0 = header), annotates that row)
  notes [--orphaned] [--from D] [--to D] [--tag T] [--color C] [--article ID] [--source S] [--query TEXT]
  review --due [--on D]                  cards due now (or by the end of day D)
  review grade CARD_ID again|hard|good|easy
  review add [NOTE_ID...] [note filters]  make review cards of notes (a cloze for highlights)
  review stats                           today's progress and the load per day until the exam
  settings [--exam-date D|none] [--mains-date D|none]   Prelims and Mains dates
  export notes|articles --format md|pdf|docx|anki|csv --out PATH [--from D] [--to D] [--tag T]
         [--color C] [--article ID[,ID...]] [--title T] [--group date|tag] [--deck D] [--chromium PATH]
                                         (md: PATH ending .md is one file, else a folder of notes)
  backup --out FILE.bulletin             full backup (database + manifest with checksums)
  restore FILE.bulletin [--replace]      restore into --library; a non-empty one only with --replace
  check                                  integrity check: {"ok", "problems"}
  tag ID --add T | --remove T
  feeds list | add URL | add --opml FILE | refresh [ID...] | remove ID
                                         subscribed RSS/Atom feeds, fetched on demand
                                         (add --opml subscribes without fetching; refresh exits 1
                                         when a feed failed or the network could not be reached)`;

const OPTIONS = {
  library: { type: 'string' },
  map: { type: 'string' },
  json: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  tag: { type: 'string' },
  undated: { type: 'boolean' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  sort: { type: 'string' },
  facets: { type: 'boolean' },
  note: { type: 'string' },
  color: { type: 'string' },
  article: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  add: { type: 'string' },
  remove: { type: 'string' },
  replace: { type: 'boolean' },
  title: { type: 'string' },
  group: { type: 'string' },
  deck: { type: 'string' },
  chromium: { type: 'string' },
  quote: { type: 'string' },
  row: { type: 'string' },
  orphaned: { type: 'boolean' },
  query: { type: 'string' },
  source: { type: 'string' },
  due: { type: 'boolean' },
  on: { type: 'string' },
  'exam-date': { type: 'string' },
  'mains-date': { type: 'string' },
  opml: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

function day(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDay(value))
    throw new UsageError(`--${flag} must be a real day written YYYY-MM-DD, not “${value}”.`);
  return value;
}

function positiveInt(value: string | undefined, what: string): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(
      `${what} must be a positive whole number${value === undefined ? '' : `, not “${value}”`}.`,
    );
  }
  return Number(value);
}

function color(value: string | undefined): HighlightColor | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  if (!(HIGHLIGHT_COLORS as readonly string[]).includes(value)) {
    throw new UsageError(`--color must be one of ${HIGHLIGHT_COLORS.join(', ')} or none, not “${value}”.`);
  }
  return value as HighlightColor;
}

const MAP_FIELDS = ['title', 'date', 'tags', 'body', 'url', 'source'] as const;

/** `--map title=headline,body=fullText`: which field of a data dump holds what. */
function fieldMap(value: string | undefined): FieldMap | undefined {
  if (value === undefined) return undefined;
  const map: FieldMap = {};
  for (const pair of value.split(',')) {
    const [key, field] = pair.split('=').map((s) => s.trim());
    if (!key || !field || !(MAP_FIELDS as readonly string[]).includes(key)) {
      throw new UsageError(
        `--map takes pairs like title=headline,body=fullText (fields: ${MAP_FIELDS.join(', ')}), not “${pair}”.`,
      );
    }
    map[key as (typeof MAP_FIELDS)[number]] = field;
  }
  return map;
}

function noteFilter(values: Values): NoteFilter {
  const filter: NoteFilter = { from: day(values.from, 'from'), to: day(values.to, 'to'), tag: values.tag };
  const c = color(values.color);
  if (c) filter.color = c;
  if (values.article !== undefined) filter.articleId = positiveInt(values.article, '--article');
  if (values.source !== undefined) filter.source = values.source;
  if (values.query !== undefined) filter.query = values.query;
  if (values.orphaned) filter.orphaned = true;
  return filter;
}

interface Output {
  json: unknown;
  text: string;
  exitCode?: number;
}

async function run(library: Library, command: string, args: string[], values: Values): Promise<Output> {
  switch (command) {
    case 'import': {
      if (args.length === 0) throw new UsageError('import needs at least one file.');
      const report = library.importTree(
        args.map((p) => resolve(p)),
        { map: fieldMap(values.map) },
      );
      const lines = [
        ...(report.updated ?? []).map((a) => `updated ${a.id}: ${a.title}`),
        ...(report.skipped ?? []).map((k) => `skipped: ${k.reason} (${k.path})`),
        ...report.imported.map((a) => `imported ${a.id}: ${a.title}`),
        ...report.duplicates.map((d) => `already in the library as ${d.id}: ${d.path}`),
        ...report.failed.map((f) => `failed: ${f.error}`),
      ];
      return { json: report, text: lines.join('\n'), exitCode: report.failed.length > 0 ? 1 : 0 };
    }
    case 'list': {
      const filter = {
        from: day(values.from, 'from'),
        to: day(values.to, 'to'),
        tag: values.tag,
        undated: values.undated,
      };
      const list = library
        .listArticles(filter)
        .map(({ id, title, date, tags, userTags, read, noteCount }) => ({
          id,
          title,
          date,
          tags,
          userTags,
          read,
          noteCount,
        }));
      return { json: list, text: list.map((a) => `${a.id}\t${a.date ?? 'undated'}\t${a.title}`).join('\n') };
    }
    case 'search': {
      if (args.length === 0) throw new UsageError('search needs a query.');
      const outcome = library.searchArticles(args.join(' '), {
        from: day(values.from, 'from'),
        to: day(values.to, 'to'),
        tag: values.tag,
        limit: values.limit === undefined ? undefined : positiveInt(values.limit, '--limit'),
        offset: values.offset === undefined ? undefined : positiveInt(values.offset, '--offset'),
        sort: searchSort(values.sort),
      });
      return searchOutput(outcome, values.facets === true);
    }
    case 'saved-search':
      return savedSearch(library, args, values);
    case 'show': {
      const article = library.getArticle(positiveInt(args[0], 'The article id'));
      const { id, title, date, dateText, tags, userTags, source, url, read, blocks, annotations } = article;
      const text = [
        title,
        `${date ?? 'undated'}${tags.length ? `  tags: ${[...tags, ...userTags].join(', ')}` : ''}`,
        '',
        ...blocks.map((b) =>
          b.kind === 'heading'
            ? `\n## ${b.text}`
            : b.kind === 'bullet'
              ? `${'  '.repeat(b.level)}• ${b.text} [${b.id}]`
              : b.kind === 'table'
                ? `table [${b.id}]\n${tableRows(b.text, b.rows)
                    .map((r) => `  row ${r.index}: ${r.text}`)
                    .join('\n')}`
                : `${b.text} [${b.id}]`,
        ),
      ].join('\n');
      return {
        json: { id, title, date, dateText, tags, userTags, source, url, read, blocks, annotations },
        text,
      };
    }
    case 'annotate': {
      const blockId = positiveInt(args[0], 'The block id');
      if (
        values.note === undefined &&
        values.color === undefined &&
        values.quote === undefined &&
        values.row === undefined
      )
        throw new UsageError('annotate needs --note, --color, --quote or --row.');
      if (values.row !== undefined && !/^\d+$/.test(values.row))
        throw new UsageError(`--row must be a row number (0 = the header), not “${values.row}”.`);
      const change = { note: values.note, color: color(values.color) };
      const row = values.row === undefined ? undefined : Number(values.row);
      const saved =
        values.quote === undefined && row === undefined
          ? library.saveAnnotation(blockId, change)
          : asUsage(() => library.notes.saveHighlight({ blockId, quote: values.quote, row, ...change }));
      return { json: saved, text: `saved note ${saved.id} on block ${blockId}` };
    }
    case 'notes': {
      const notes = library.listNotes(noteFilter(values));
      return {
        json: notes,
        text: notes
          .map((n) => `${n.id}\t${n.articleTitle}\t${n.color ?? ''}\t${n.note.replace(/\n/g, ' ')}`)
          .join('\n'),
      };
    }
    case 'export':
      return exportCommand(library, args, values);
    case 'review':
      return reviewCommand(library, args, values);
    case 'settings': {
      const exam = (flag: 'exam-date' | 'mains-date') =>
        values[flag] === undefined ? undefined : values[flag] === 'none' ? null : day(values[flag], flag)!;
      const change = { prelimsDate: exam('exam-date'), mainsDate: exam('mains-date') };
      const saved =
        change.prelimsDate === undefined && change.mainsDate === undefined
          ? library.notes.getSettings()
          : library.notes.updateSettings(change);
      return {
        json: saved,
        text: `prelims: ${saved.prelimsDate ?? 'not set'}\nmains: ${saved.mainsDate ?? 'not set'}`,
      };
    }
    case 'backup': {
      if (!values.out) throw new UsageError('backup needs --out FILE.bulletin.');
      const { path, manifest } = await library.backupTo(resolve(values.out));
      const db = manifest.files['library.sqlite']!;
      return {
        json: {
          path,
          schemaVersion: manifest.schemaVersion,
          createdAt: manifest.createdAt,
          size: db.size,
          sha256: db.sha256,
          counts: manifest.counts ?? {},
        },
        text: `wrote backup ${path} (${manifest.counts?.articles ?? 0} articles, ${manifest.counts?.annotations ?? 0} notes)`,
      };
    }
    case 'tag': {
      const id = positiveInt(args[0], 'The article id');
      if ((values.add === undefined) === (values.remove === undefined))
        throw new UsageError('tag needs one of --add T or --remove T.');
      const userTags =
        values.add !== undefined
          ? library.addUserTag(id, values.add)
          : library.removeUserTag(id, values.remove!);
      if (userTags.some((t) => t.length > 60)) throw new UsageError('A tag is at most 60 characters.');
      return { json: { id, userTags }, text: `tags of ${id}: ${userTags.join(', ') || '(none)'}` };
    }
    case 'feeds':
      return feedsCommand(library, args, values);
    default:
      throw new UsageError(`Unknown command “${command}”.\n${USAGE}`);
  }
}

/** A user's mistake the library reports (words not in a block) is a usage error: exit code 2. */
function asUsage<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof LibraryError && error.reason === 'invalid-input')
      throw new UsageError(error.message);
    throw error;
  }
}

function cardLines(cards: readonly ReviewCard[]): string {
  return cards.map((c) => `${c.cardId}\t${c.due}\t${c.prompt.replace(/\n/g, ' ')}`).join('\n');
}

function reviewCommand(library: Library, args: string[], values: Values): Output {
  const [sub, ...rest] = args;
  if (sub === undefined || values.due) {
    if (sub !== undefined) throw new UsageError(`review --due takes no “${sub}”.`);
    const cards = library.notes.reviewQueue({ on: day(values.on, 'on') });
    return { json: cards, text: cardLines(cards) };
  }
  if (sub === 'grade') {
    const cardId = positiveInt(rest[0], 'The card id');
    const grade = rest[1];
    if (!(REVIEW_GRADES as readonly string[]).includes(grade ?? ''))
      throw new UsageError(
        `review grade needs one of ${REVIEW_GRADES.join(', ')}${grade ? `, not “${grade}”` : ''}.`,
      );
    const card = library.notes.gradeCard(cardId, grade as ReviewGrade);
    return { json: card, text: `card ${card.cardId} next due ${card.due}` };
  }
  if (sub === 'add') {
    const ids = rest.map((id) => positiveInt(id, 'A note id'));
    const cards = library.notes.addReviewCards(
      ids.length > 0 ? { annotationIds: ids } : { filter: noteFilter(values) },
    );
    return { json: cards, text: cardLines(cards) };
  }
  if (sub === 'stats') {
    const stats = library.notes.reviewStats();
    const exam = stats.exam
      ? `${stats.exam.kind} on ${stats.exam.date} (${stats.exam.daysLeft} days)`
      : 'no exam set';
    return {
      json: stats,
      text: [
        `today: ${stats.today.reviewed} reviewed, ${stats.today.due} due; ${exam}`,
        ...stats.forecast.map((d) => `${d.day}\t${d.due}`),
      ].join('\n'),
    };
  }
  throw new UsageError(`review supports --due, grade, add and stats, not “${sub}”.`);
}

async function exportCommand(library: Library, args: string[], values: Values): Promise<Output> {
  const content = args[0];
  if (content !== 'notes' && content !== 'articles') {
    throw new UsageError('export needs what to export: export notes|articles --format FORMAT --out PATH.');
  }
  const format = values.format ?? 'md';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not “${format}”.`);
  }
  if (!values.out) throw new UsageError('export needs --out PATH.');
  if (values.group !== undefined && values.group !== 'date' && values.group !== 'tag') {
    throw new UsageError(`--group must be date or tag, not “${values.group}”.`);
  }
  const c = color(values.color);
  const result = await library.exportTo({
    format: format as ExportFormat,
    content,
    out: resolve(values.out),
    from: day(values.from, 'from'),
    to: day(values.to, 'to'),
    tag: values.tag,
    color: c ?? undefined,
    articleIds: values.article?.split(',').map((id) => positiveInt(id.trim(), '--article')),
    title: values.title,
    grouping: values.group as 'date' | 'tag' | undefined,
    deck: values.deck,
    chromium: values.chromium,
  });
  return {
    json: {
      path: result.path,
      count: result.notes,
      format,
      content,
      articles: result.articles,
      files: result.files,
      ...(result.items === undefined ? {} : { items: result.items }),
    },
    text: `wrote ${result.articles} articles and ${result.notes} notes to ${result.path}`,
  };
}

function feedLine(feed: Feed): string {
  return `${feed.id}\t${feed.title ?? feed.url}\t${feed.status}\t${feed.lastFetchedAt ?? 'never fetched'}\t${feed.message}`;
}

/** `feeds list | add URL | add --opml FILE | refresh [ID...] | remove ID`. */
async function feedsCommand(library: Library, args: string[], values: Values): Promise<Output> {
  const [action, ...rest] = args;
  switch (action) {
    case 'list': {
      const feeds = library.listFeeds();
      return { json: feeds, text: feeds.map(feedLine).join('\n') };
    }
    case 'add': {
      if (values.opml !== undefined) {
        if (rest.length > 0) throw new UsageError('feeds add takes either a URL or --opml FILE, not both.');
        const added = library.addFeedsFromOpml(resolve(values.opml));
        return { json: added, text: [...added.added.map(feedLine), added.message].join('\n') };
      }
      if (rest.length !== 1) throw new UsageError('feeds add needs one feed address (or --opml FILE).');
      const result = await library.subscribeFeed(rest[0]!);
      return { json: result, text: `${result.message}\n${feedLine(result.feed)}` };
    }
    case 'refresh': {
      const ids = rest.map((id) => positiveInt(id, 'The feed id'));
      const report = await library.refreshFeeds({}, ids.length > 0 ? ids : undefined);
      const lines = report.feeds.flatMap((f) => [
        `${f.id}\t${f.title ?? f.url}\t${f.status}\t${f.message}`,
        ...f.articles.map((a) => `\t${a.change} ${a.id}: ${a.title}`),
      ]);
      return {
        json: report,
        text: [...lines, report.message].join('\n'),
        exitCode: report.failed > 0 ? 1 : 0,
      };
    }
    case 'remove': {
      const removed = library.unsubscribeFeed(positiveInt(rest[0], 'The feed id'));
      return {
        json: { removed },
        text: `unsubscribed from ${removed.title ?? removed.url} (feed ${removed.id}); its articles stay in the library`,
      };
    }
    default:
      throw new UsageError('feeds supports: list, add URL, add --opml FILE, refresh [ID...], remove ID.');
  }
}

/** Commands that work on the library's files without opening it. */
async function runClosed(
  dir: string,
  command: 'restore' | 'check',
  args: string[],
  values: Values,
): Promise<Output> {
  if (command === 'check') {
    if (!existsSync(join(dir, DATABASE_FILE)))
      throw new LibraryError('not-found', `There is no library at ${dir}.`);
    const report = Library.checkFile(dir);
    return {
      json: { ok: report.ok, problems: report.problems },
      text: report.ok
        ? 'ok: the library passed the integrity check'
        : ['problems:', ...report.problems].join('\n  '),
      exitCode: report.ok ? 0 : 1,
    };
  }
  if (args.length !== 1) throw new UsageError('restore needs one FILE.bulletin.');
  const file = resolve(args[0]!);
  const result = await Library.restore(file, dir, { replace: values.replace });
  return {
    json: {
      library: dir,
      restoredFrom: file,
      schemaVersion: result.schemaVersion,
      backupSchemaVersion: result.manifest.schemaVersion,
      createdAt: result.manifest.createdAt,
      counts: result.manifest.counts ?? {},
      previous: result.previous ?? null,
    },
    text: `restored ${file} (made ${result.manifest.createdAt}) into ${dir}${result.previous ? `; the previous library was kept at ${result.previous}` : ''}`,
  };
}

function searchSort(value: string | undefined): 'relevance' | 'newest' | undefined {
  if (value === undefined || value === 'relevance' || value === 'newest') return value;
  throw new UsageError(`--sort must be relevance or newest, not “${value}”.`);
}

/** Hits as before (a JSON array), or with --facets an object that adds the total, facets and corrections. */
function searchOutput(outcome: ReturnType<Library['searchArticles']>, facets: boolean): Output {
  if (!outcome.ok) throw new UsageError(outcome.message);
  const corrected = (outcome.corrections ?? []).map(
    (c) => `searched ${c.suggestions.join(', ')} for ${c.word}`,
  );
  return {
    json: facets
      ? {
          hits: outcome.hits,
          total: outcome.total ?? outcome.hits.length,
          facets: outcome.facets,
          corrections: outcome.corrections ?? [],
        }
      : outcome.hits,
    text: [
      ...corrected.map((c) => `(${c})`),
      ...outcome.hits.map((h) => `${h.id}\t${h.date ?? 'undated'}\t${h.title}\n\t${h.snippet}`),
    ].join('\n'),
  };
}

function savedSearch(library: Library, args: string[], values: Values): Output {
  const [action, ...rest] = args;
  switch (action) {
    case 'list': {
      const saved = library.listSavedSearches();
      return { json: saved, text: saved.map((s) => `${s.id}\t${s.name}\t${s.query}`).join('\n') };
    }
    case 'save': {
      const [name, ...query] = rest;
      if (!name || query.length === 0) throw new UsageError('saved-search save needs a NAME and a QUERY.');
      const saved = library.saveSearch({
        name,
        query: query.join(' '),
        options: {
          from: day(values.from, 'from'),
          to: day(values.to, 'to'),
          tag: values.tag,
          sort: searchSort(values.sort),
        },
      });
      return { json: saved, text: `saved search ${saved.id}: ${saved.name}` };
    }
    case 'run': {
      if (!rest[0]) throw new UsageError('saved-search run needs a NAME or an ID.');
      const key = /^\d+$/.test(rest[0]) ? Number(rest[0]) : rest.join(' ');
      return searchOutput(library.runSavedSearch(key), values.facets === true);
    }
    case 'delete':
      library.deleteSavedSearch(positiveInt(rest[0], 'The saved search id'));
      return { json: { deleted: Number(rest[0]) }, text: `deleted saved search ${rest[0]}` };
    default:
      throw new UsageError('saved-search supports: list, save NAME QUERY, run NAME|ID, delete ID.');
  }
}

/** Runs the CLI and returns its exit code; writes only to the given streams. */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parse(argv));
  } catch (error) {
    err.write(`bulletin: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? out : err).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const [command, ...args] = positionals as [string, ...string[]];
  let library: Library | undefined;
  try {
    const dir = resolve(values.library ?? defaultLibraryDir());
    let result: Output;
    if (command === 'restore' || command === 'check') result = await runClosed(dir, command, args, values);
    else {
      library = Library.open(dir);
      result = await run(library, command, args, values);
    }
    out.write(values.json ? `${JSON.stringify(result.json)}\n` : result.text ? `${result.text}\n` : '');
    return result.exitCode ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`bulletin: ${error.message}\n`);
      return 2;
    }
    if (error instanceof LibraryError) {
      err.write(`bulletin: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    library?.close();
  }
}

const invokedDirectly = process.argv[1] && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
