/**
 * The interface holds no sentence outside the catalogues: every JSX text and every `title`,
 * `aria-label`, `placeholder`, `alt` and `label` prop of the renderer goes through `t()`.
 * Folders not converted yet are listed below; the list only shrinks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralStrings, findTranslationKeys } from './support/literal-strings';

const RENDERER = join(import.meta.dirname, '../src/renderer/src');

// Loaded by path: the renderer's files belong to the web TypeScript project, not this one.
const rendererModule = (path: string) => import(/* @vite-ignore */ join(RENDERER, path));
const { catalogueKeys } = (await rendererModule('i18n/catalogue.ts')) as {
  catalogueKeys: (catalogue: object) => string[];
};
const { en } = (await rendererModule('i18n/en/index.ts')) as { en: object };

/** Renderer files and folders (relative to src/renderer/src) whose strings are still English literals. */
const NOT_YET_CONVERTED: string[] = [];

function sourceFiles(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, extensions);
    return extensions.some((ext) => name.endsWith(ext)) && !name.includes('.test.') ? [path] : [];
  });
}

const rendererPath = (path: string) => relative(RENDERER, path).split('\\').join('/');
const pending = (path: string) => NOT_YET_CONVERTED.some((entry) => rendererPath(path).startsWith(entry));

describe('the interface text', () => {
  it('finds JSX text and visible props, but not symbols, punctuation or code', () => {
    const found = findLiteralStrings(
      'x.tsx',
      [
        'const a = <p title="Open it" data-testid="not-text">',
        '  Hello {name} · × … 1–4',
        '  <img alt={`Photo of ${who}`} aria-label={ok ? "Yes" : t("common.ok")} placeholder="…" />',
        '</p>;',
      ].join('\n'),
    );
    expect(found).toEqual([
      { line: 1, text: 'Open it' },
      { line: 2, text: 'Hello' },
      { line: 3, text: 'Photo of' },
      { line: 3, text: 'Yes' },
    ]);
  });

  it('holds no literal sentence in the converted files', () => {
    const literals = sourceFiles(RENDERER, ['.tsx'])
      .filter((path) => !pending(path))
      .flatMap((path) =>
        findLiteralStrings(path, readFileSync(path, 'utf8')).map(
          ({ line, text }) => `${rendererPath(path)}:${line} ${JSON.stringify(text)}`,
        ),
      );
    expect(literals).toEqual([]);
  });

  it('lists only files and folders that exist and still hold literals', () => {
    const stale = NOT_YET_CONVERTED.filter((entry) => {
      const files = sourceFiles(RENDERER, ['.tsx']).filter((path) => rendererPath(path).startsWith(entry));
      return !files.some((path) => findLiteralStrings(path, readFileSync(path, 'utf8')).length > 0);
    });
    expect(stale).toEqual([]);
  });

  it('finds the keys of t() calls', () => {
    expect(findTranslationKeys('x.ts', "t('a.b'); i18n.t(`c.d`, { count }); // t('no.comment')")).toEqual([
      'a.b',
      'c.d',
    ]);
  });

  it('uses only keys that the English catalogue has', () => {
    const known = new Set(catalogueKeys(en));
    const has = (key: string) => known.has(key) || known.has(`${key}_one`) || known.has(`${key}_other`);
    const missing = sourceFiles(RENDERER, ['.ts', '.tsx']).flatMap((path) =>
      findTranslationKeys(path, readFileSync(path, 'utf8'))
        .filter((key) => !has(key))
        .map((key) => `${rendererPath(path)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
