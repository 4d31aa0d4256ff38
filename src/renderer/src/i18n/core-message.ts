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

/**
 * Parameters that hold a sentence of their own (the reason a file has no article), or a dump record's
 * name (`record 3`), said in turn.
 */
const NESTED = ['reason', 'label'];

export interface CoreSentence {
  /** The code the core gave the sentence; without it, the sentence is recognised from its words. */
  code?: string;
  params?: CoreParams;
  /** The core's English sentence, shown as is when its code is unknown here. */
  fallback: string;
}

/** Rewrites of parameters the core wrote in its own form (a backup's `time`), by parameter name. */
export type ParamStyle = Partial<Record<string, (value: string) => string>>;

/** The core's sentence in the current language: `coreMessage(t, { code, params, fallback: error })`. */
export function coreMessage(
  t: TFunction,
  { code, params, fallback }: CoreSentence,
  paramStyle: ParamStyle = {},
): string {
  const known =
    code !== undefined && Object.hasOwn(CORE_MESSAGES, code)
      ? { code: code as CoreCode, params: params ?? {} }
      : recogniseCoreMessage(fallback);
  if (!known) return fallback;
  const shown: CoreParams = { ...known.params };
  for (const name of NESTED) {
    const inner = shown[name];
    if (inner !== undefined) shown[name] = coreMessage(t, { fallback: inner }, paramStyle);
  }
  for (const [name, rewrite] of Object.entries(paramStyle)) {
    const value = shown[name];
    if (value !== undefined && rewrite) shown[name] = rewrite(value);
  }
  // i18next's typed overloads take one literal key, not a union: the key is checked here as a
  // template type, and the catalogue test checks that every code has its text in both languages.
  const key: `core.${CoreCode}` = `core.${known.code}`;
  return (t as unknown as (key: string, params: CoreParams) => string)(key, shown);
}

/** The most sentences one template spans (the startup notice's longest has three). */
const SENTENCES_PER_TEMPLATE = 4;

/**
 * A paragraph the core joined from several sentences (the startup notice, an OPML subscription), each
 * said in the current language: the text is cut where sentences end, and runs of sentences are matched
 * against the templates, so that a template of two sentences and two templates of one are both found.
 * Of the ways to cut it, the one that recognises the most sentences wins, then the one with more pieces
 * (shorter templates leave less to a lazy parameter). A piece no template makes stays in English.
 */
export function coreParagraph(t: TFunction, text: string, paramStyle: ParamStyle = {}): string {
  const starts = [0];
  for (const end of text.matchAll(/[.!?…](?=\s+\S)/g)) starts.push(end.index + 1);
  starts.push(text.length);
  // best[i]: the best reading of the text from starts[i] on, as the starts its pieces begin at.
  type Reading = { known: number; cuts: number[] };
  const best: Reading[] = [];
  best[starts.length - 1] = { known: 0, cuts: [] };
  for (let i = starts.length - 2; i >= 0; i--) {
    let chosen: Reading | undefined;
    for (let j = i + 1; j < starts.length && j - i <= SENTENCES_PER_TEMPLATE; j++) {
      const piece = text.slice(starts[i], starts[j]).trim();
      const rest = best[j]!;
      const reading = {
        known: rest.known + (recogniseCoreMessage(piece) ? j - i : 0),
        cuts: [j, ...rest.cuts],
      };
      const better =
        !chosen ||
        reading.known > chosen.known ||
        (reading.known === chosen.known && reading.cuts.length > chosen.cuts.length);
      if (better) chosen = reading;
    }
    best[i] = chosen!;
  }
  let from = 0;
  return best[0]!.cuts
    .map((to) => {
      const piece = text.slice(starts[from], starts[to]).trim();
      from = to;
      return coreMessage(t, { fallback: piece }, paramStyle);
    })
    .join(' ');
}
