import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio, readThemes, THEME_NAMES } from '../src/shared/contrast';
import { paletteCssVariables } from '../src/shared/palette';

// The colours where they are defined: the themes' stylesheet, and the one palette of highlight colours.
const stylesheet = readThemes(
  readFileSync(join(__dirname, '..', 'src', 'renderer', 'src', 'theme', 'themes.css'), 'utf8'),
);
const themes = Object.fromEntries(
  THEME_NAMES.map((theme) => [theme, { ...stylesheet[theme], ...cssVariables(paletteCssVariables(theme)) }]),
) as typeof stylesheet;

function cssVariables(declarations: string): Record<string, string> {
  return Object.fromEntries(
    [...declarations.matchAll(/(--[\w-]+):\s*(#[0-9a-f]+);/gi)].map((m) => [m[1]!, m[2]!]),
  );
}
const HIGHLIGHTS = ['important', 'revise', 'doubt', 'fact'] as const;

/** [text, background] pairs that carry reading text, by custom property. */
const PAIRS: Array<[string, string]> = [
  // Words marked in the reader keep the article's text colour over the mark.
  ...HIGHLIGHTS.map((color): [string, string] => ['--text', `--${color}-mark`]),
  // Search hits, and the current one.
  ['--text', '--mark-bg'],
  ['--text', '--mark-current-bg'],
  // Each colour's label: its strong colour on its tint, and on the page.
  ...HIGHLIGHTS.flatMap((color): Array<[string, string]> => [
    [`--${color}-strong`, `--${color}-bg`],
    [`--${color}-strong`, '--surface'],
    ['--text', `--${color}-bg`],
  ]),
  // The quieter text (sidebar headings and hints) wherever it sits.
  ...['--sidebar-bg', '--surface', '--bg', '--surface-sunken'].flatMap((bg): Array<[string, string]> => [
    ['--text-muted', bg],
    ['--text-faint', bg],
  ]),
  ['--accent-text', '--accent-soft'],
  ['--accent-text', '--surface'],
  ['--on-accent', '--accent'],
  ['--on-accent', '--accent-strong'],
  ['--warning-text', '--warning-bg'],
  ['--danger-text', '--danger-bg'],
  ['--danger-strong', '--surface'],
  ['--toast-text', '--toast-bg'],
  ['--toast-muted', '--toast-bg'],
];

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#8a93a3', '#eef1f5')).toBeCloseTo(2.73, 2);
    expect(() => contrastRatio('red', '#fff')).toThrow('"red" is not a #rgb or #rrggbb colour');
  });

  it('reads three themes with the same properties', () => {
    const light = Object.keys(themes.light).sort();
    expect(light.length).toBeGreaterThan(60);
    expect(Object.keys(themes.dark).sort()).toEqual(light);
    expect(Object.keys(themes.paper).sort()).toEqual(light);
  });

  for (const theme of THEME_NAMES) {
    it(`keeps text at 4.5:1 or more over every highlight in the ${theme} theme`, () => {
      const failures = PAIRS.flatMap(([fg, bg]) => {
        const [text, back] = [themes[theme][fg], themes[theme][bg]];
        if (!text || !back) return [`${fg} or ${bg} is missing`];
        const ratio = contrastRatio(text, back);
        return ratio >= 4.5 ? [] : [`${fg} ${text} on ${bg} ${back}: ${ratio.toFixed(2)}:1`];
      });
      expect(failures).toEqual([]);
    });
  }
});
