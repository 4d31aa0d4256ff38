/**
 * A sentence the core wrote, in the window's language: its code (`src/shared/message-codes.ts`)
 * through the `core` catalogue, or the English sentence itself for a sentence no code makes.
 */
import type { TFunction } from 'i18next';
import {
  CORE_MESSAGES,
  recogniseCoreMessage,
  type CoreCode,
  type CoreParams,
} from '../../../shared/message-codes';

/** Parameters that hold a sentence of their own (the reason a file has no article), said in turn. */
const NESTED = ['reason'];

export interface CoreSentence {
  /** The code the core gave the sentence; without it, the sentence is recognised from its words. */
  code?: string;
  params?: CoreParams;
  /** The core's English sentence, shown as is when its code is unknown here. */
  fallback: string;
}

/** The core's sentence in the current language: `coreMessage(t, { code, params, fallback: error })`. */
export function coreMessage(t: TFunction, { code, params, fallback }: CoreSentence): string {
  const known =
    code !== undefined && Object.hasOwn(CORE_MESSAGES, code)
      ? { code: code as CoreCode, params: params ?? {} }
      : recogniseCoreMessage(fallback);
  if (!known) return fallback;
  const shown: CoreParams = { ...known.params };
  for (const name of NESTED) {
    const inner = shown[name];
    if (inner !== undefined) shown[name] = coreMessage(t, { fallback: inner });
  }
  // i18next's typed overloads take one literal key, not a union: the key is checked here as a
  // template type, and the catalogue test checks that every code has its text in both languages.
  const key: `core.${CoreCode}` = `core.${known.code}`;
  return (t as unknown as (key: string, params: CoreParams) => string)(key, shown);
}
