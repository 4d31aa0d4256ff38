/**
 * Bulletin's command line: a thin adapter over the IPC contract. Each command parses its arguments into
 * one channel's input, validates it with that channel's zod schema, calls the same handler the app
 * calls, and prints the output. Files the app would ask for in a dialog come from the arguments.
 * `--json` makes every command print exactly one JSON document on stdout.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { contract, type ChannelName, type ChannelOutput, type Contract } from '../shared/contract';
import { HIGHLIGHT_COLORS, type Feed, type ReviewCard } from '../shared/domain';
import { tableRows } from '../shared/table-rows';
import { createHandlers, type Dialogs, type Handlers } from './handlers';
import { Library, LibraryError } from './library';
import { defaultLibraryDir } from './library-location';

/** A mistake on the command line: exit code 2. */
class UsageError extends Error {}

const USAGE = `Usage: bulletin [--library DIR] [--json] COMMAND
  import PATH... [--map title=F,body=F,…]  import files and folders (recursively)
  list [--from D] [--to D] [--tag T] [--undated] [--starred] [--unread] [--syllabus TOPIC]
  search QUERY [--from D] [--to D] [--tag T] [--limit N] [--offset N] [--sort relevance|newest] [--facets]
                                         (--facets: {hits, total, facets, corrections} instead of hits)
  saved-search list | save NAME QUERY [--from D] [--to D] [--tag T] [--sort S] | run NAME|ID | delete ID
  show ID                                an article with its blocks
  annotate BLOCK_ID [--note TEXT] [--color ${HIGHLIGHT_COLORS.join('|')}|none] [--quote WORDS] [--row N]
                                         (--quote highlights those words of the block; a table's
                                          whole row, or --row N (0 = header), annotates that row)
  notes [--orphaned] [--from D] [--to D] [--tag T] [--color C] [--article ID] [--source S] [--query TEXT]
        [--syllabus TOPIC]                (a topic takes the topics under it too: --syllabus gs3.environment)
  syllabus                               the syllabus tree with articles, read, notes, cards, last touched
  syllabus set ID TOPIC... | remove ID TOPIC   an article's topics (set: exactly these, kept for good)
  syllabus gaps | load FILE.yaml | use SYLLABUS_ID | rename TOPIC NAME | add PARENT NAME | rerun
  related ID                             articles of the same story: [{"id","title","date","score"}]
  story ID                               the story as a timeline, with your notes
  review --due [--on D]                  cards due now (or by the end of day D)
  review grade CARD_ID again|hard|good|easy
  review add [NOTE_ID...] [note filters]  make review cards of notes (a cloze for highlights)
  review stats                           today's progress and the load per day until the exam
  settings [--exam-date D|none] [--mains-date D|none]   Prelims and Mains dates
  export notes|articles --format md|pdf|docx|anki|csv --out PATH [--from D] [--to D] [--tag T]
         [--color C] [--article ID[,ID...]] [--syllabus TOPIC] [--title T] [--group date|tag|syllabus]
         [--deck D] [--chromium PATH]            (--group syllabus: notes under their syllabus headings)
                                         (md: PATH ending .md is one file, else a folder of notes)
  backup --out FILE.bulletin             full backup (database + manifest with checksums)
  restore FILE.bulletin [--replace]      restore into --library; a non-empty one only with --replace
  check                                  integrity check: {"ok", "problems"}
  tag --add T | --remove T ID...        the user's own tag on one article or a selection
  delete ID...                           move articles to the trash (restorable for 30 days)
  trash list | restore ID... | purge ID...
  edit ID [--title T] [--date YYYY-MM-DD|none] [--source S|none]
                                         the user's title, date, source (kept over a re-import)
  star ID [--off]                        star (or unstar) an article
  samples remove                         move the first-run sample articles to the trash
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
  starred: { type: 'boolean' },
  unread: { type: 'boolean' },
  off: { type: 'boolean' },
  date: { type: 'string' },
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
  syllabus: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

// ---- arguments into typed values (the contract's schemas check them) ----

/** An argument that must be a whole number above zero (an id). */
function positiveInt(value: string | undefined, what: string): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(
      `${what} must be a positive whole number${value === undefined ? '' : `, not “${value}”`}.`,
    );
  }
  return Number(value);
}

/** `--color C|none`: `none` clears the colour. */
const colorArg = (value: string | undefined) => (value === 'none' ? null : value);

const MAP_FIELDS = ['title', 'date', 'tags', 'body', 'url', 'source'] as const;

/** `--map title=headline,body=fullText`: which field of a data dump holds what. */
function fieldMap(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const map: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const [key, field] = pair.split('=').map((s) => s.trim());
    if (!key || !field || !(MAP_FIELDS as readonly string[]).includes(key)) {
      throw new UsageError(
        `--map takes pairs like title=headline,body=fullText (fields: ${MAP_FIELDS.join(', ')}), not “${pair}”.`,
      );
    }
    map[key] = field;
  }
  return map;
}

/** The note filter flags, as the `listNotes` channel's fields. */
function noteFilter(values: Values) {
  return {
    from: values.from,
    to: values.to,
    tag: values.tag || undefined,
    color: colorArg(values.color) ?? undefined,
    articleId: values.article === undefined ? undefined : positiveInt(values.article, '--article'),
    source: values.source,
    query: values.query,
    orphaned: values.orphaned || undefined,
    syllabus: values.syllabus,
  };
}

/** The most hits the `search` channel returns at once (its schema's `limit`). */
const SEARCH_PAGE = 500;

/** Which flag each input field came from, for error messages; positional fields are absent. */
const FLAGS: Record<string, string> = {
  from: '--from',
  to: '--to',
  tag: '--tag',
  undated: '--undated',
  limit: '--limit',
  offset: '--offset',
  sort: '--sort',
  note: '--note',
  color: '--color',
  articleId: '--article',
  articleIds: '--article',
  format: '--format',
  title: '--title',
  grouping: '--group',
  deck: '--deck',
  quote: '--quote',
  row: '--row',
  source: '--source',
  query: '--query',
  on: '--on',
  prelimsDate: '--exam-date',
  mainsDate: '--mains-date',
  map: '--map',
  date: '--date',
  ids: 'ID',
  syllabus: '--syllabus',
};

/** Words a flag takes besides the schema's values (`--color none`). */
const EXTRA_WORDS: Record<string, readonly string[]> = { '--color': ['none'] };

// ---- calling a channel ----

/** A channel's input as arguments give it: any string where the schema wants one of some words. */
type Argued<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? Argued<U>[]
    : T extends object
      ? { [K in keyof T]: Argued<T[K]> }
      : T;

interface Call {
  <C extends ChannelName>(
    channel: C,
    input: Argued<z.input<Contract[C]['input']>>,
    options?: { labels?: Record<string, string>; refusedExit?: 1 },
  ): Promise<ChannelOutput<C>>;
}

/** Validates one channel's input with the contract and runs its handler, as the IPC layer does. */
function channelCaller(handlers: Handlers): Call {
  return async (channel, input, options = {}) => {
    const parsed = contract[channel].input.safeParse(withoutUndefined(input));
    if (!parsed.success) {
      const message = describeArgumentIssue(parsed.error.issues[0], input, options.labels ?? {});
      if (options.refusedExit === 1) throw new LibraryError('invalid-input', message);
      throw new UsageError(message);
    }
    const handler = handlers[channel] as (input: unknown) => unknown;
    return (await handler(parsed.data)) as ChannelOutput<typeof channel>;
  };
}

/** Drops fields left undefined by absent flags, so strict schemas see only what was given. */
function withoutUndefined(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  return Object.fromEntries(
    Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  );
}

/** A schema's complaint in the command line's words: `--from must be a real day…, not “2024-02-30”.` */
function describeArgumentIssue(
  issue: z.core.$ZodIssue | undefined,
  input: unknown,
  labels: Record<string, string>,
): string {
  if (!issue) return 'The command line is not valid.';
  const field = issue.path.find((p): p is string => typeof p === 'string');
  const name = field === undefined ? undefined : (labels[field] ?? FLAGS[field]);
  const given = valueAt(input, issue.path);
  let message = issue.message;
  if (issue.code === 'invalid_value') {
    const words = [...issue.values.map(String)];
    const extra = EXTRA_WORDS[name ?? ''] ?? [];
    message =
      words.length === 2 && extra.length === 0
        ? `must be ${words.join(' or ')}`
        : `must be one of ${words.join(', ')}${extra.map((w) => ` or ${w}`).join('')}`;
  }
  if (name === undefined) return /[.!?]$/.test(message) ? message : `${message}.`;
  return `${name} ${message}${given === undefined || typeof given === 'object' ? '' : `, not “${String(given)}”`}.`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/** Dialogs answered by the command line's arguments: the CLI never asks. */
function argumentDialogs(answers: {
  files?: string[];
  out?: string;
  opml?: string;
  syllabusFile?: string;
}): Dialogs {
  return {
    chooseFilesToImport: async () => answers.files ?? null,
    chooseOpmlFile: async () => answers.opml ?? null,
    chooseSyllabusFile: async () => answers.syllabusFile ?? null,
    chooseExportPath: async () => answers.out ?? null,
  };
}

interface Output {
  json: unknown;
  text: string;
  exitCode?: number;
}

/** A command: its arguments into channel calls, their outputs into JSON and lines of text. */
type Command = (call: Call, args: string[], values: Values) => Promise<Output>;

const COMMANDS: Record<string, Command> = {
  import: async (call, args, values) => {
    if (args.length === 0) throw new UsageError('import needs at least one file.');
    const report = (await call('importWithDialog', { map: fieldMap(values.map) }))!;
    const lines = [
      ...(report.updated ?? []).map((a) => `updated ${a.id}: ${a.title}`),
      ...(report.skipped ?? []).map((k) => `skipped: ${k.reason} (${k.path})`),
      ...report.imported.map((a) => `imported ${a.id}: ${a.title}`),
      ...report.duplicates.map((d) => `already in the library as ${d.id}: ${d.path}`),
      ...report.failed.map((f) => `failed: ${f.error}`),
    ];
    return { json: report, text: lines.join('\n'), exitCode: report.failed.length > 0 ? 1 : 0 };
  },
  list: async (call, _args, values) => {
    const filter = {
      from: values.from,
      to: values.to,
      tag: values.tag || undefined, // an empty --tag is no tag filter, as it always was
      undated: values.undated,
      starred: values.starred,
      unread: values.unread,
      syllabus: values.syllabus,
    };
    // Every article, a page at a time (the channel answers pages so that the app's main thread stays free).
    const PAGE = 5000;
    const articles: ChannelOutput<'listArticles'> = [];
    for (;;) {
      const page = await call('listArticles', { ...filter, limit: PAGE, offset: articles.length });
      articles.push(...page);
      if (page.length < PAGE) break;
    }
    const list = articles.map(({ id, title, date, tags, userTags, read, noteCount }) => ({
      id,
      title,
      date,
      tags,
      userTags,
      read,
      noteCount,
    }));
    return { json: list, text: list.map((a) => `${a.id}\t${a.date ?? 'undated'}\t${a.title}`).join('\n') };
  },
  search: async (call, args, values) => {
    if (args.length === 0) throw new UsageError('search needs a query.');
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, '--limit');
    const offset = values.offset === undefined ? undefined : positiveInt(values.offset, '--offset');
    const query = {
      query: args.join(' '),
      from: values.from,
      to: values.to,
      tag: values.tag || undefined,
      sort: values.sort,
    };
    const outcome = await call('search', { ...query, limit: limit && Math.min(limit, SEARCH_PAGE), offset });
    // The channel answers a page at a time; a longer --limit reads the following pages too.
    for (
      let got = SEARCH_PAGE;
      outcome.ok && limit !== undefined && got < limit && outcome.hits.length === got;
    ) {
      const next = await call('search', {
        ...query,
        limit: Math.min(limit - got, SEARCH_PAGE),
        offset: (offset ?? 0) + got,
      });
      if (!next.ok || next.hits.length === 0) break;
      outcome.hits.push(...next.hits);
      got += next.hits.length;
    }
    return searchOutput(outcome, values.facets === true);
  },
  'saved-search': savedSearch,
  show: async (call, args) => {
    const article = await call('getArticle', { id: positiveInt(args[0], 'The article id') });
    const { id, title, date, dateText, tags, userTags, source, url, read, blocks, annotations } = article;
    const syllabus = (article.syllabus ?? []).map(({ topic, name, confidence, origin }) => ({
      topic,
      name,
      confidence,
      origin,
    }));
    const text = [
      title,
      `${date ?? 'undated'}${tags.length ? `  tags: ${[...tags, ...userTags].join(', ')}` : ''}`,
      ...(syllabus.length ? [`syllabus: ${syllabus.map((t) => `${t.topic} (${t.origin})`).join(', ')}`] : []),
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
      json: { id, title, date, dateText, tags, userTags, source, url, read, blocks, annotations, syllabus },
      text,
    };
  },
  annotate: async (call, args, values) => {
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
    const change = { note: values.note, color: colorArg(values.color) };
    const row = values.row === undefined ? undefined : Number(values.row);
    const saved =
      values.quote === undefined && row === undefined
        ? await call('saveAnnotation', { blockId, ...change })
        : await asUsage(() => call('saveHighlight', { blockId, quote: values.quote, row, ...change }));
    return { json: saved, text: `saved note ${saved.id} on block ${blockId}` };
  },
  notes: async (call, _args, values) => {
    const NOTES_PAGE_CLI = 5000;
    // Every note, a page at a time (the channel answers pages so that the app's main thread stays free).
    const notes: ChannelOutput<'listNotes'> = [];
    for (;;) {
      const page = await call('listNotes', {
        ...noteFilter(values),
        limit: NOTES_PAGE_CLI,
        offset: notes.length,
      });
      notes.push(...page);
      if (page.length < NOTES_PAGE_CLI) break;
    }
    return {
      json: notes,
      text: notes
        .map((n) => `${n.id}\t${n.articleTitle}\t${n.color ?? ''}\t${n.note.replace(/\n/g, ' ')}`)
        .join('\n'),
    };
  },
  export: exportCommand,
  review: reviewCommand,
  syllabus: syllabusCommand,
  related: async (call, args) => {
    const related = await call('relatedArticles', { id: positiveInt(args[0], 'The article id') });
    const json = related.map(({ id, title, date, score }) => ({ id, title, date, score }));
    return {
      json,
      text: json.map((r) => `${r.id}\t${r.date ?? 'undated'}\t${r.score.toFixed(2)}\t${r.title}`).join('\n'),
    };
  },
  story: async (call, args) => {
    const story = await call('getStory', { id: positiveInt(args[0], 'The article id') });
    const text = story.flatMap((a) => [
      `${a.current ? '▶' : '•'} ${a.date ?? 'undated'}  ${a.title} [${a.id}]`,
      ...(a.articleNote ? [`    ${a.articleNote.replace(/\n/g, ' ')}`] : []),
      ...a.notes.map((n) => `    – ${n.quote}${n.note ? ` — ${n.note.replace(/\n/g, ' ')}` : ''}`),
    ]);
    return { json: story, text: text.join('\n') };
  },
  settings: async (call, _args, values) => {
    const exam = (flag: 'exam-date' | 'mains-date') => (values[flag] === 'none' ? null : values[flag]);
    const change = { prelimsDate: exam('exam-date'), mainsDate: exam('mains-date') };
    const saved =
      change.prelimsDate === undefined && change.mainsDate === undefined
        ? await call('getStudySettings', {})
        : await call('updateStudySettings', change);
    return {
      json: saved,
      text: `prelims: ${saved.prelimsDate ?? 'not set'}\nmains: ${saved.mainsDate ?? 'not set'}`,
    };
  },
  backup: async (call, _args, values) => {
    if (!values.out) throw new UsageError('backup needs --out FILE.bulletin.');
    const backup = (await call('backupWithDialog', {}))!;
    return {
      json: backup,
      text: `wrote backup ${backup.path} (${backup.counts.articles ?? 0} articles, ${backup.counts.annotations ?? 0} notes)`,
    };
  },
  tag: async (call, args, values) => {
    const ids = args.map((id) => positiveInt(id, 'The article id'));
    if (ids.length === 0) positiveInt(undefined, 'The article id');
    if ((values.add === undefined) === (values.remove === undefined))
      throw new UsageError('tag needs one of --add T or --remove T.');
    if (ids.length > 1) {
      const tag = (values.add ?? values.remove)!;
      const action = values.add !== undefined ? 'add' : 'remove';
      const { changed } = await call(
        'tagArticles',
        { ids, tag, action },
        { labels: { tag: values.add !== undefined ? '--add' : '--remove' } },
      );
      return {
        json: { ids, tag, action, changed },
        text: `${action === 'add' ? 'tagged' : 'untagged'} ${changed} of ${ids.length} articles: ${tag}`,
      };
    }
    const id = ids[0]!;
    const userTags =
      values.add !== undefined
        ? await call('addUserTag', { id, tag: values.add }, { labels: { tag: '--add' } })
        : await call('removeUserTag', { id, tag: values.remove! }, { labels: { tag: '--remove' } });
    return { json: { id, userTags }, text: `tags of ${id}: ${userTags.join(', ') || '(none)'}` };
  },
  delete: async (call, args) => {
    const ids = idsOf(args, 'delete');
    const { deleted } = await call('deleteArticles', { ids });
    return { json: { deleted }, text: `moved ${deleted.length} to the trash: ${deleted.join(' ')}` };
  },
  trash: async (call, args) => {
    const [action, ...rest] = args;
    if (action === 'list') {
      const trash = await call('listArticleTrash', {});
      return {
        json: trash,
        text: trash
          .map((a) => `${a.id}	${a.date ?? 'undated'}	${a.title}	(until ${a.expiresAt.slice(0, 10)})`)
          .join('\n'),
      };
    }
    if (action === 'restore') {
      const { restored } = await call('restoreArticles', { ids: idsOf(rest, 'trash restore') });
      return { json: { restored }, text: `restored ${restored.join(' ')}` };
    }
    if (action === 'purge') {
      const { purged } = await call('purgeArticles', { ids: idsOf(rest, 'trash purge') });
      return { json: { purged }, text: `deleted for good: ${purged.join(' ')}` };
    }
    throw new UsageError('trash supports: list, restore ID..., purge ID....');
  },
  edit: async (call, args, values) => {
    const id = positiveInt(args[0], 'The article id');
    if (values.title === undefined && values.date === undefined && values.source === undefined)
      throw new UsageError('edit needs --title, --date or --source.');
    const article = await asUsage(() =>
      call('editArticle', {
        id,
        title: values.title,
        date: values.date === 'none' ? null : values.date,
        source: values.source === 'none' ? null : values.source,
      }),
    );
    return { json: articleJson(article), text: `${article.id}	${article.date ?? 'undated'}	${article.title}` };
  },
  star: async (call, args, values) => {
    const id = positiveInt(args[0], 'The article id');
    const { starred } = await call('setStarred', { id, starred: !values.off });
    return { json: { id, starred }, text: `${id} ${starred ? 'starred' : 'not starred'}` };
  },
  samples: async (call, args) => {
    if (args[0] !== 'remove') throw new UsageError('samples supports: remove.');
    const { deleted } = await call('removeSamples', {});
    return { json: { deleted }, text: `moved ${deleted.length} sample articles to the trash` };
  },
  feeds: feedsCommand,
};

/** The ids a command names: at least one, each a positive whole number. */
function idsOf(args: readonly string[], command: string): number[] {
  if (args.length === 0) throw new UsageError(`${command} needs at least one article id.`);
  return args.map((id) => positiveInt(id, 'The article id'));
}

/** An article as `show --json` prints it. */
function articleJson(article: ChannelOutput<'getArticle'>) {
  const { id, title, date, dateText, tags, userTags, source, url, read, blocks, annotations } = article;
  return { id, title, date, dateText, tags, userTags, source, url, read, blocks, annotations };
}

/** A user's mistake the library reports (words not in a block) is a usage error: exit code 2. */
async function asUsage<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof LibraryError && error.reason === 'invalid-input')
      throw new UsageError(error.message);
    throw error;
  }
}

function cardLines(cards: readonly ReviewCard[]): string {
  return cards.map((c) => `${c.cardId}\t${c.due}\t${c.prompt.replace(/\n/g, ' ')}`).join('\n');
}

async function reviewCommand(call: Call, args: string[], values: Values): Promise<Output> {
  const [sub, ...rest] = args;
  if (sub === undefined || values.due) {
    if (sub !== undefined) throw new UsageError(`review --due takes no “${sub}”.`);
    const cards = await call('reviewQueue', { on: values.on });
    return { json: cards, text: cardLines(cards) };
  }
  if (sub === 'grade') {
    const cardId = positiveInt(rest[0], 'The card id');
    if (rest[1] === undefined) throw new UsageError('review grade needs a grade: again, hard, good or easy.');
    const card = await call(
      'gradeReviewCard',
      { cardId, grade: rest[1] },
      { labels: { grade: 'review grade' } },
    );
    return { json: card, text: `card ${card.cardId} next due ${card.due}` };
  }
  if (sub === 'add') {
    const ids = rest.map((id) => positiveInt(id, 'A note id'));
    const cards = await call(
      'addReviewCards',
      ids.length > 0 ? { annotationIds: ids } : { filter: noteFilter(values) },
    );
    return { json: cards, text: cardLines(cards) };
  }
  if (sub === 'stats') {
    const stats = await call('reviewStats', {});
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

async function exportCommand(call: Call, args: string[], values: Values): Promise<Output> {
  const content = args[0];
  if (content !== 'notes' && content !== 'articles') {
    throw new UsageError('export needs what to export: export notes|articles --format FORMAT --out PATH.');
  }
  const format = values.format ?? 'md';
  if (!values.out && contract.exportWithDialog.input.shape.format.safeParse(format).success)
    throw new UsageError('export needs --out PATH.');
  const result = (await call('exportWithDialog', {
    format,
    content,
    from: values.from,
    to: values.to,
    tag: values.tag || undefined,
    color: colorArg(values.color) ?? undefined,
    articleIds: values.article?.split(',').map((id) => positiveInt(id.trim(), '--article')),
    syllabus: values.syllabus,
    title: values.title,
    grouping: values.group,
    deck: values.deck,
  }))!;
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
async function feedsCommand(call: Call, args: string[], values: Values): Promise<Output> {
  const [action, ...rest] = args;
  switch (action) {
    case 'list': {
      const feeds = await call('listFeeds', {});
      return { json: feeds, text: feeds.map(feedLine).join('\n') };
    }
    case 'add': {
      if (values.opml !== undefined) {
        if (rest.length > 0) throw new UsageError('feeds add takes either a URL or --opml FILE, not both.');
        const added = (await call('addFeedsFromOpmlWithDialog', {}))!;
        return { json: added, text: [...added.added.map(feedLine), added.message].join('\n') };
      }
      if (rest.length !== 1) throw new UsageError('feeds add needs one feed address (or --opml FILE).');
      // An address the contract refuses is a refused feed (exit 1), as when the core refuses it.
      const result = await call('subscribeFeed', { url: rest[0]! }, { refusedExit: 1 });
      return { json: result, text: `${result.message}\n${feedLine(result.feed)}` };
    }
    case 'refresh': {
      const ids = rest.map((id) => positiveInt(id, 'The feed id'));
      const report = await call('refreshFeeds', { ids: ids.length > 0 ? ids : undefined });
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
      const removed = await call('unsubscribeFeed', { id: positiveInt(rest[0], 'The feed id') });
      return {
        json: { removed },
        text: `unsubscribed from ${removed.title ?? removed.url} (feed ${removed.id}); its articles stay in the library`,
      };
    }
    default:
      throw new UsageError('feeds supports: list, add URL, add --opml FILE, refresh [ID...], remove ID.');
  }
}

/** Hits as before (a JSON array), or with --facets an object that adds the total, facets and corrections. */
function searchOutput(outcome: ChannelOutput<'search'>, facets: boolean): Output {
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

async function savedSearch(call: Call, args: string[], values: Values): Promise<Output> {
  const [action, ...rest] = args;
  switch (action) {
    case 'list': {
      const saved = await call('listSavedSearches', {});
      return { json: saved, text: saved.map((s) => `${s.id}\t${s.name}\t${s.query}`).join('\n') };
    }
    case 'save': {
      const [name, ...query] = rest;
      if (!name || query.length === 0) throw new UsageError('saved-search save needs a NAME and a QUERY.');
      const saved = await call('saveSearch', {
        name,
        query: query.join(' '),
        from: values.from,
        to: values.to,
        tag: values.tag,
        sort: values.sort,
      });
      return { json: saved, text: `saved search ${saved.id}: ${saved.name}` };
    }
    case 'run': {
      if (!rest[0]) throw new UsageError('saved-search run needs a NAME or an ID.');
      const key = /^\d+$/.test(rest[0]) ? Number(rest[0]) : rest.join(' ');
      return searchOutput(await call('runSavedSearch', { key }), values.facets === true);
    }
    case 'delete': {
      const id = positiveInt(rest[0], 'The saved search id');
      await call('deleteSavedSearch', { id });
      return { json: { deleted: id }, text: `deleted saved search ${rest[0]}` };
    }
    default:
      throw new UsageError('saved-search supports: list, save NAME QUERY, run NAME|ID, delete ID.');
  }
}

/** Commands that work on the library's files without opening it: no channel serves them. */
async function runClosed(
  dir: string,
  command: 'restore' | 'check',
  args: string[],
  values: Values,
): Promise<Output> {
  if (command === 'check') {
    const { existsSync } = await import('node:fs');
    const { DATABASE_FILE } = await import('./library');
    if (!existsSync(resolve(dir, DATABASE_FILE)))
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

/** `syllabus`: the tree with its counts, an article's topics, gaps, another syllabus, own topics. */
async function syllabusCommand(call: Call, args: string[]): Promise<Output> {
  const [sub, ...rest] = args;
  const topics = (list: ChannelOutput<'getArticleTopics'>) => ({
    json: list,
    text: list.map((t) => `${t.topic}\t${t.origin}\t${t.confidence}\t${t.reason}`).join('\n'),
  });
  switch (sub) {
    case undefined: {
      const tree = await call('getSyllabus', {});
      const depth = (id: string) => id.split('.').length - 1;
      const lines = tree.topics.map(
        (t) =>
          `${'  '.repeat(depth(t.id))}${t.name} [${t.id}]  ${t.articles} ${t.articles === 1 ? 'article' : 'articles'}, ${t.read} read, ${t.withNotes} with notes, ${t.cardsReviewed} ${t.cardsReviewed === 1 ? 'card' : 'cards'} reviewed${t.lastTouched ? `, last ${t.lastTouched.slice(0, 10)}` : ''}`,
      );
      return {
        json: tree,
        text: [`${tree.name} (${tree.unplaced} articles not placed)`, ...lines].join('\n'),
      };
    }
    case 'set': {
      if (rest.length < 2) throw new UsageError('syllabus set needs an article id and at least one topic.');
      const id = positiveInt(rest[0], 'The article id');
      return topics(await call('setArticleTopics', { id, topics: rest.slice(1), only: true }));
    }
    case 'remove': {
      if (rest.length !== 2) throw new UsageError('syllabus remove needs an article id and one topic.');
      const id = positiveInt(rest[0], 'The article id');
      return topics(await call('removeArticleTopic', { id, topic: rest[1]! }));
    }
    case 'gaps': {
      const gaps = await call('syllabusGaps', {});
      return {
        json: gaps,
        text: gaps.map((g) => `${g.readRecently} read of ${g.articles}\t${g.path} [${g.topic}]`).join('\n'),
      };
    }
    case 'load': {
      if (rest.length !== 1) throw new UsageError('syllabus load needs one FILE.yaml.');
      const loaded = (await call('loadSyllabusWithDialog', {}))!;
      const run = await call('startSyllabusRun', {});
      const status = await waitForSyllabusRun(call, run.jobId);
      return {
        json: { ...loaded, placed: status.done },
        text: `loaded ${loaded.name} (${loaded.topics} topics); placed ${status.done} articles on it`,
      };
    }
    case 'use': {
      if (rest.length !== 1) throw new UsageError('syllabus use needs a syllabus id (upsc, or one loaded).');
      await call('useSyllabus', { id: rest[0]! });
      return { json: { id: rest[0] }, text: `using ${rest[0]}` };
    }
    case 'rename': {
      if (rest.length < 2) throw new UsageError('syllabus rename needs a topic and its new name.');
      await call('renameSyllabusTopic', { topic: rest[0]!, name: rest.slice(1).join(' ') });
      return { json: { topic: rest[0], name: rest.slice(1).join(' ') }, text: `renamed ${rest[0]}` };
    }
    case 'add': {
      if (rest.length < 2) throw new UsageError('syllabus add needs a parent topic and a name.');
      const added = await call('addSyllabusTopic', { parent: rest[0]!, name: rest.slice(1).join(' ') });
      return { json: added, text: `added ${added.id}` };
    }
    case 'rerun': {
      const run = await call('startSyllabusRun', {});
      const status = await waitForSyllabusRun(call, run.jobId);
      return { json: { placed: status.done }, text: `placed ${status.done} articles` };
    }
    default:
      throw new UsageError(
        `Unknown syllabus command “${sub}” (set, remove, gaps, load, use, rename, add, rerun).`,
      );
  }
}

/** Polls a syllabus re-run until it ends. */
async function waitForSyllabusRun(call: Call, jobId: number): Promise<ChannelOutput<'syllabusRunStatus'>> {
  for (;;) {
    const status = await call('syllabusRunStatus', { jobId });
    if (status.error) throw new LibraryError('invalid-input', status.error);
    if (!status.running) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
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
      const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
      if (!run) throw new UsageError(`Unknown command “${command}”.\n${USAGE}`);
      library = Library.open(dir, { lazySearch: true });
      const dialogs = argumentDialogs({
        files: command === 'import' ? args.map((p) => resolve(p)) : undefined,
        out: values.out === undefined ? undefined : resolve(values.out),
        opml: values.opml === undefined ? undefined : resolve(values.opml),
        syllabusFile: command === 'syllabus' && args[0] === 'load' && args[1] ? resolve(args[1]) : undefined,
      });
      const handlers = createHandlers({ library, dialogs, chromium: values.chromium });
      result = await run(channelCaller(handlers), args, values);
      // Imported articles were placed by keywords and tags while the model trained in the background:
      // placed again with it before the library closes, as the app does once it is ready.
      await library.syllabus.settle();
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

// Run as a script (`tsx src/main/cli.ts`); the built command, out/cli/bulletin.cjs, calls `main` itself.
const invokedDirectly = process.argv[1] && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
