/**
 * Bulletin's command line: the same library core as the app, for scripting and tests.
 * `--json` makes every command print exactly one JSON document on stdout.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { isIsoDay } from '../shared/dates';
import { HIGHLIGHT_COLORS, type HighlightColor, type NoteFilter } from '../shared/domain';
import { Library, LibraryError } from './library';
import { defaultLibraryDir } from './library-location';

class UsageError extends Error {}

const USAGE = `Usage: bulletin [--library DIR] [--json] COMMAND
  import PATH...                         import files
  list [--from D] [--to D] [--tag T] [--undated]
  search QUERY [--from D] [--to D] [--tag T] [--limit N]
  show ID                                an article with its blocks
  annotate BLOCK_ID [--note TEXT] [--color ${HIGHLIGHT_COLORS.join('|')}|none]
  notes [--from D] [--to D] [--tag T] [--color C] [--article ID]
  export notes --format md --out FILE [--from D] [--to D] [--tag T] [--color C] [--article ID]
  tag ID --add T | --remove T`;

const OPTIONS = {
  library: { type: 'string' },
  json: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  tag: { type: 'string' },
  undated: { type: 'boolean' },
  limit: { type: 'string' },
  note: { type: 'string' },
  color: { type: 'string' },
  article: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  add: { type: 'string' },
  remove: { type: 'string' },
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

function noteFilter(values: Values): NoteFilter {
  const filter: NoteFilter = { from: day(values.from, 'from'), to: day(values.to, 'to'), tag: values.tag };
  const c = color(values.color);
  if (c) filter.color = c;
  if (values.article !== undefined) filter.articleId = positiveInt(values.article, '--article');
  return filter;
}

interface Output {
  json: unknown;
  text: string;
  exitCode?: number;
}

function run(library: Library, command: string, args: string[], values: Values): Output {
  switch (command) {
    case 'import': {
      if (args.length === 0) throw new UsageError('import needs at least one file.');
      const report = library.importFiles(args.map((p) => resolve(p)));
      const lines = [
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
      });
      if (!outcome.ok) throw new UsageError(outcome.message);
      return {
        json: outcome.hits,
        text: outcome.hits
          .map((h) => `${h.id}\t${h.date ?? 'undated'}\t${h.title}\n\t${h.snippet}`)
          .join('\n'),
      };
    }
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
      if (values.note === undefined && values.color === undefined)
        throw new UsageError('annotate needs --note or --color.');
      const saved = library.saveAnnotation(blockId, { note: values.note, color: color(values.color) });
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
    case 'export': {
      if (args[0] !== 'notes') throw new UsageError('export supports: export notes --format md --out FILE.');
      if ((values.format ?? 'md') !== 'md')
        throw new UsageError(`--format ${values.format} is not supported yet; use md.`);
      if (!values.out) throw new UsageError('export needs --out FILE.');
      const result = library.exportNotesMarkdown(resolve(values.out), noteFilter(values));
      return { json: { ...result, format: 'md' }, text: `wrote ${result.count} notes to ${result.path}` };
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
    default:
      throw new UsageError(`Unknown command “${command}”.\n${USAGE}`);
  }
}

/** Runs the CLI and returns its exit code; writes only to the given streams. */
export function main(argv: string[], out = process.stdout, err = process.stderr): number {
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
    library = Library.open(resolve(values.library ?? defaultLibraryDir()));
    const result = run(library, command, args, values);
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
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
