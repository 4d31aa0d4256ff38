/**
 * The main process's side of the IPC contract, free of Electron so the same handlers serve the app,
 * the CLI and the end-to-end harness. Each domain module owns its channels; this file only merges
 * them (a missing or doubled handler does not compile) and runs one call: validate, handle, validate.
 */
import {
  contract,
  describeValidationError,
  type ChannelInput,
  type ChannelName,
} from '../../shared/contract';
import { LibraryError } from '../library';
import { ReportedPaths } from '../library/import/reported-paths';
import { articleHandlers } from './articles';
import { backupHandlers } from './backup';
import { exportHandlers } from './export';
import { feedHandlers } from './feeds';
import { mergeHandlers, type HandlerDeps, type Handlers } from './handler-types';
import { importHandlers } from './import';
import { noteHandlers } from './notes';
import { reviewHandlers } from './review';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';

export type { Dialogs, Handler, HandlerDeps, Handlers } from './handler-types';

/** What travels back over IPC: a value, or a sentence to show. Stack traces never cross. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** One handler per contract channel, from the domain modules. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const context = { ...deps, reported: new ReportedPaths() };
  return mergeDomains(context);
}

function mergeDomains(context: Parameters<typeof articleHandlers>[0]): Handlers {
  return mergeHandlers(
    articleHandlers(context),
    searchHandlers(context),
    noteHandlers(context),
    reviewHandlers(context),
    importHandlers(context),
    feedHandlers(context),
    exportHandlers(context),
    backupHandlers(context),
    settingsHandlers(context),
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
    return { ok: true, value: contract[name].output.parse(value) };
  } catch (error) {
    if (error instanceof LibraryError) return { ok: false, error: error.message };
    console.error(`bulletin: ${name} failed`, error);
    return { ok: false, error: `Something went wrong while handling ${name}: ${(error as Error).message}` };
  }
}
