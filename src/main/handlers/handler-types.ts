/**
 * The types every domain's handlers share, and the merge that checks, at compile time, that each
 * contract channel has exactly one handler.
 */
import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Contract } from '../../shared/contract';
import type { Library } from '../library';
import type { PdfPrinter } from '../library/export';
import type { ReportedPaths } from '../library/import/reported-paths';

/** The dialogs the handlers need; Electron's in the app, scripted answers in tests, arguments in the CLI. */
export interface Dialogs {
  chooseFilesToImport(): Promise<string[] | null>;
  /** An OPML file listing feeds to subscribe to (where absent, the import dialog's first file). */
  chooseOpmlFile?(): Promise<string | null>;
  /** A syllabus file (YAML) to load (absent where none can be chosen). */
  chooseSyllabusFile?(): Promise<string | null>;
  /** A folder to import recursively (absent where no folder can be chosen). */
  chooseFolderToImport?(): Promise<string | null>;
  /** A folder for backups or for an export of one file per article (absent where none can be chosen). */
  chooseFolder?(purpose: 'backups' | 'export'): Promise<string | null>;
  /** Shows a file selected in the system's file manager (never opens or runs it). */
  showInFolder?(path: string): void;
  /** Where to save an export or a backup; `extension` names the file type (`md`, `pdf`, `bulletin`…). */
  chooseExportPath(defaultName: string, extension?: string): Promise<string | null>;
}

/** Where the handlers record internal errors (the app's rotating log; the console by default). */
export interface HandlerLog {
  /** Records an error with a short context (the channel's name); never what the user wrote. */
  error(context: string, error: unknown): void;
}

export interface HandlerDeps {
  library: Library;
  dialogs: Dialogs;
  /** How to print PDF compilations; by default the system's Chromium (the app passes its own). */
  printer?: PdfPrinter;
  /** The Chromium to print PDFs with when there is no printer (the CLI's `--chromium`). */
  chromium?: string;
  /**
   * What happened while the library was opened (a restore after damage, a storage warning), if anything;
   * a function when it may still change (the app's daily backup runs after its window is up).
   */
  startupMessage?: string | null | (() => string | null);
  /** Where internal errors are written; `console.error` when absent. */
  log?: HandlerLog;
  /**
   * Whether each reply is checked against the contract's output schema before it leaves, and must
   * be what the schema would make of it (true by default: tests, the end-to-end harness, the CLI,
   * the app in development). The packaged app's window passes false: the handlers' types already
   * tie every reply to its schema, and checking a reply of 20,000 cards or 50,000 ids held the main
   * thread 20–60 ms.
   */
  checkReplies?: boolean;
}

/** What every domain module gets: the dependencies, and the state handlers of several domains share. */
export interface HandlerContext extends HandlerDeps {
  /** Paths the last import reported: the only ones that may be shown or mapped. */
  reported: ReportedPaths;
}

/** One channel's handler: the validated input in, the contract's output (or a promise of it) out. */
export type Handler<C extends ChannelName> = (
  input: z.output<Contract[C]['input']>,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** A handler for every channel of the contract. */
export type Handlers = { [C in ChannelName]: Handler<C> };

/**
 * A domain's handlers: typed by the contract, and only for channels it declares (a misspelt channel
 * name is a compile error).
 */
export function domainHandlers<T extends Partial<Handlers>>(
  handlers: T & Record<Exclude<keyof T, ChannelName>, never>,
): T {
  return handlers;
}

type Covered<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? keyof H | Covered<R>
  : never;
type Duplicated<T extends readonly object[], Seen = never> = T extends readonly [
  infer H,
  ...infer R extends readonly object[],
]
  ? (keyof H & Seen) | Duplicated<R, Seen | keyof H>
  : never;
type Missing<T extends readonly object[]> = Exclude<ChannelName, Covered<T>>;

/** The arguments `mergeHandlers` accepts: the domains, or a sentence naming what is wrong. */
type CheckedDomains<T extends readonly object[]> = [Duplicated<T>] extends [never]
  ? [Missing<T>] extends [never]
    ? T
    : [`missing a handler for: ${Missing<T> & string}`]
  : [`more than one handler for: ${Duplicated<T> & string}`];

/**
 * Merges the domains' handlers into one map. A channel without a handler, or with two, is a compile
 * error naming it (and, should types be bypassed, an error at start-up).
 */
export function mergeHandlers<const T extends readonly Partial<Handlers>[]>(
  ...domains: CheckedDomains<T>
): Handlers {
  const merged: Record<string, unknown> = {};
  for (const domain of domains as readonly object[])
    for (const [name, handler] of Object.entries(domain)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Two handlers for the channel ${name}.`);
      merged[name] = handler;
    }
  return merged as Handlers;
}
