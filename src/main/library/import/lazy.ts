/**
 * The heavy parsing libraries load on first use: starting the app or the CLI, or importing plain text,
 * never pays for a DOM, Readability, Markdown, YAML, CSV or XML parser (together about a second).
 */
function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

/* eslint-disable @typescript-eslint/no-require-imports -- deliberate lazy loading, see above */
export const linkedom = once(() => require('linkedom') as typeof import('linkedom'));
export const readability = once(
  () => require('@mozilla/readability') as typeof import('@mozilla/readability'),
);
export const markdownIt = once(() => require('markdown-it') as typeof import('markdown-it').default);
export const yaml = once(() => require('yaml') as typeof import('yaml'));
export const papaparse = once(() => require('papaparse') as typeof import('papaparse'));
export const fastXmlParser = once(() => require('fast-xml-parser') as typeof import('fast-xml-parser'));
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Loads every parsing library now. Loading takes a few hundred milliseconds of main-thread time once;
 * the app can call this when idle after start-up so that the first import of a page does not pay it.
 */
export function preloadParsers(): void {
  for (const load of [linkedom, readability, markdownIt, yaml, papaparse, fastXmlParser]) load();
}
