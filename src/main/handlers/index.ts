/**
 * The main process's side of the IPC contract, free of Electron so the same handlers serve the app,
 * the CLI and the end-to-end harness. Each domain module owns its channels; this file only merges
 * them (a missing or doubled handler does not compile) and runs one call: validate the input, handle
 * it, check the reply (except in the packaged app: `HandlerDeps.checkReplies`).
 */
import { isDeepStrictEqual } from 'node:util';
import {
  contract,
  describeValidationError,
  type ChannelInput,
  type ChannelName,
} from '../../shared/contract';
import { ImportError, LibraryError } from '../library';
import { ReportedPaths } from '../library/import/reported-paths';
import { articleHandlers } from './articles';
import { diagnosticsHandlers } from './diagnostics';
import { backupHandlers } from './backup';
import { exportHandlers } from './export';
import { feedHandlers } from './feeds';
import { mergeHandlers, type HandlerDeps, type HandlerLog, type Handlers } from './handler-types';
import { importHandlers } from './import';
import { libraryManagementHandlers } from './library-management';
import { noteHandlers } from './notes';
import { reviewHandlers } from './review';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { syllabusHandlers } from './syllabus';

export type { Dialogs, Handler, HandlerDeps, HandlerLog, Handlers } from './handler-types';

/** What travels back over IPC: a value, or a sentence to show. Stack traces never cross. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** Where each handler set's internal errors go: set by `createHandlers`, read by `invokeChannel`. */
const logs = new WeakMap<Handlers, HandlerLog>();
/** The handler sets whose replies go out unchecked (the packaged app's window, `HandlerDeps.checkReplies`). */
const unchecked = new WeakSet<Handlers>();
const consoleLog: HandlerLog = { error: (context, error) => console.error(`bulletin: ${context}`, error) };

/** One handler per contract channel, from the domain modules. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const context = { ...deps, reported: new ReportedPaths() };
  const handlers = mergeDomains(context);
  logs.set(handlers, deps.log ?? consoleLog);
  if (deps.checkReplies === false) unchecked.add(handlers);
  return handlers;
}

function mergeDomains(context: Parameters<typeof articleHandlers>[0]): Handlers {
  return mergeHandlers(
    articleHandlers(context),
    libraryManagementHandlers(context),
    searchHandlers(context),
    noteHandlers(context),
    reviewHandlers(context),
    importHandlers(context),
    feedHandlers(context),
    exportHandlers(context),
    backupHandlers(context),
    settingsHandlers(context),
    diagnosticsHandlers(context),
    syllabusHandlers(context),
  );
}

/** Validates a request against the contract: the parsed input, or the sentence saying what is wrong. */
export function parseInput<C extends ChannelName>(
  name: C,
  rawInput: unknown,
): { ok: true; input: ChannelInput<C> } | { ok: false; error: string; issue?: import('zod').core.$ZodIssue } {
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (parsed.success) return { ok: true, input: parsed.data as ChannelInput<C> };
  return { ok: false, error: describeValidationError(name, parsed.error), issue: parsed.error.issues[0] };
}

/** Validates and runs one call; user mistakes come back as `{ok:false, error}` sentences. */
export async function invokeChannel(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
): Promise<Envelope> {
  if (!Object.hasOwn(contract, channel)) return { ok: false, error: `Unknown request “${channel}”.` };
  const name = channel as ChannelName;
  const parsed = parseInput(name, rawInput);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    const value = await handler(parsed.input);
    return { ok: true, value: unchecked.has(handlers) ? value : checkedReply(name, value) };
  } catch (error) {
    if (isUserSentence(error)) return { ok: false, error: error.message };
    // Anything else is our fault, and its message (an SQLite constraint, "Invalid time value", a stack)
    // means nothing to the user: it goes to the log (the error and the channel, never the input).
    (logs.get(handlers) ?? consoleLog).error(`IPC ${name}`, error);
    return { ok: false, error: internalErrorSentence(name) };
  }
}

/**
 * The reply, checked against the channel's output schema. It must come through unchanged: a field the
 * schema does not name, or a value it would convert, would reach the window of the packaged app, which
 * sends replies unchecked.
 */
function checkedReply(name: ChannelName, value: unknown): unknown {
  const reply: unknown = contract[name].output.parse(value);
  if (!isDeepStrictEqual(reply, value)) {
    throw new Error(`The reply of ${name} is not what its contract schema makes of it (a field too many?).`);
  }
  return reply;
}

/** Errors whose message is a sentence written for the user (it names the file or field and the reason). */
function isUserSentence(error: unknown): error is Error {
  return (error instanceof LibraryError || error instanceof ImportError) && error.message.trim() !== '';
}

/** What the user reads when a request failed for an internal reason. */
export function internalErrorSentence(channel: string): string {
  return `Something went wrong while handling the request “${channel}”; the details were written to the log.`;
}
