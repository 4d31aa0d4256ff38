/**
 * The four highlight colours, defined once. The app's CSS variables (`--important-strong`, …) are
 * generated from this table (renderer `palette.ts`), and every export (PDF, DOCX, Markdown, Anki, CSV)
 * takes its colours from it, so that Important is red, Revise amber, Doubt blue and Fact green everywhere.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from './domain';

export interface PaletteEntry {
  /** Text, bars and labels on screen and in print: `#rrggbb`. */
  strong: string;
  /** The light background of a highlight on screen. */
  bg: string;
  /** A highlight's border on screen. */
  border: string;
  /** The highlighted text's tint in print (PDF, DOCX): a little deeper than `bg`, to survive printing. */
  tint: string;
  /** The colour in plain text (Markdown, CSV readers): a coloured square. */
  emoji: string;
}

export const PALETTE: Readonly<Record<HighlightColor, PaletteEntry>> = {
  important: { strong: '#c2413b', bg: '#fdeeed', border: '#f3c4c1', tint: '#fbd9d6', emoji: '🟥' },
  revise: { strong: '#a86a00', bg: '#fff5dc', border: '#f2d99a', tint: '#fde7a6', emoji: '🟨' },
  doubt: { strong: '#2f67c9', bg: '#eaf1fd', border: '#bcd1f5', tint: '#d6e6fb', emoji: '🟦' },
  fact: { strong: '#23824f', bg: '#e8f6ee', border: '#b5e0c6', tint: '#d5f0dc', emoji: '🟩' },
};

/** `#rrggbb` without its `#`, upper case, as Word's XML wants it. */
export function hexForWord(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** The palette as CSS custom properties (`--important-strong: #c2413b;` …), one declaration a line. */
export function paletteCssVariables(): string {
  return HIGHLIGHT_COLORS.map((c) => {
    const p = PALETTE[c];
    return `--${c}-strong: ${p.strong};\n--${c}-bg: ${p.bg};\n--${c}-border: ${p.border};\n--${c}-tint: ${p.tint};`;
  }).join('\n');
}
