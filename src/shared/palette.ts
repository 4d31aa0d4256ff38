/**
 * The four highlight colours, defined once, per theme. The app's CSS variables (`--important-strong`,
 * `--revise-mark`, …) are generated from this table (renderer `palette.ts`), and every export (PDF, DOCX, Markdown, Anki, CSV)
 * takes its colours from it, so that Important is red, Revise amber, Doubt blue and Fact green everywhere.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from './domain';

/** A highlight colour on screen, in one theme. */
export interface ScreenColours {
  /** Labels, bars and the note's edge: `#rrggbb`. */
  strong: string;
  /** The tint behind a note of this colour. */
  bg: string;
  /** The border of that tint. */
  border: string;
  /** Behind highlighted words in the reader (text over it keeps 4.5:1, see test/theme-contrast.test.ts). */
  mark: string;
}

export type PaletteTheme = 'light' | 'dark' | 'paper';

/** The highlight colours of each theme. Every theme keeps the same hue per colour. */
export const SCREEN_PALETTES: Readonly<
  Record<PaletteTheme, Readonly<Record<HighlightColor, ScreenColours>>>
> = {
  light: {
    important: { strong: '#c2413b', bg: '#fdeeed', border: '#f3c4c1', mark: '#fbd9d6' },
    revise: { strong: '#975f00', bg: '#fff5dc', border: '#f2d99a', mark: '#fde7ad' },
    doubt: { strong: '#2f67c9', bg: '#eaf1fd', border: '#bcd1f5', mark: '#d4e3fb' },
    fact: { strong: '#1f7547', bg: '#e8f6ee', border: '#b5e0c6', mark: '#cdeedb' },
  },
  dark: {
    important: { strong: '#f2877f', bg: '#3a2224', border: '#6b3533', mark: '#5c2b29' },
    revise: { strong: '#e7b04d', bg: '#362d1a', border: '#6a5426', mark: '#584216' },
    doubt: { strong: '#86a9f0', bg: '#1f2a40', border: '#334c78', mark: '#24395f' },
    fact: { strong: '#62cf94', bg: '#1a3126', border: '#2b5a41', mark: '#1e4a34' },
  },
  paper: {
    important: { strong: '#a93528', bg: '#f7e1d7', border: '#e8bfb0', mark: '#f4d0c4' },
    revise: { strong: '#7f5200', bg: '#f7eac6', border: '#e4cc8c', mark: '#f5dd9b' },
    doubt: { strong: '#2d5aa6', bg: '#e4e7ef', border: '#bfcbe3', mark: '#d5ddee' },
    fact: { strong: '#2b6a3f', bg: '#e2ebd6', border: '#bcd4aa', mark: '#d3e5c6' },
  },
};

export interface PaletteEntry extends ScreenColours {
  /** The highlighted text's tint in print (PDF, DOCX): a little deeper than `bg`, to survive printing. */
  tint: string;
  /** The colour in plain text (Markdown, CSV readers): a coloured square. */
  emoji: string;
}

const PRINT: Readonly<Record<HighlightColor, Pick<PaletteEntry, 'tint' | 'emoji'>>> = {
  important: { tint: '#fbd9d6', emoji: '🟥' },
  revise: { tint: '#fde7a6', emoji: '🟨' },
  doubt: { tint: '#d6e6fb', emoji: '🟦' },
  fact: { tint: '#d5f0dc', emoji: '🟩' },
};

/** The colours of exports (PDF, DOCX, Markdown, Anki): the light theme's, with print tints and squares. */
export const PALETTE: Readonly<Record<HighlightColor, PaletteEntry>> = Object.fromEntries(
  HIGHLIGHT_COLORS.map((c) => [c, { ...SCREEN_PALETTES.light[c], ...PRINT[c] }]),
) as Record<HighlightColor, PaletteEntry>;

/** `#rrggbb` without its `#`, upper case, as Word's XML wants it. */
export function hexForWord(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** A theme's highlight colours as CSS custom properties (`--important-strong: #c2413b;` …), one a line. */
export function paletteCssVariables(theme: PaletteTheme = 'light'): string {
  return HIGHLIGHT_COLORS.map((c) => {
    const p = SCREEN_PALETTES[theme][c];
    return `--${c}-strong: ${p.strong};\n--${c}-bg: ${p.bg};\n--${c}-border: ${p.border};\n--${c}-mark: ${p.mark};\n--${c}-tint: ${PRINT[c].tint};`;
  }).join('\n');
}
