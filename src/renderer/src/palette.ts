/**
 * The highlight colours' CSS variables, generated per theme from the one palette in
 * `src/shared/palette.ts` (exports use the same table). A constructed stylesheet, not a `<style>`
 * element: the strict CSP (`style-src 'self'`) refuses inline styles but not the CSSOM. Adopted sheets
 * come after the document's, so these rules win over any highlight colour a stylesheet might set.
 */
import { paletteCssVariables, type PaletteTheme } from '../../shared/palette';

const SELECTORS: Record<PaletteTheme, string> = {
  light: ":root, :root[data-theme='light']",
  dark: ":root[data-theme='dark']",
  paper: ":root[data-theme='paper']",
};

/** The rules the app's highlight colour variables come from, one per theme. */
export function paletteRules(): string {
  return (Object.keys(SELECTORS) as PaletteTheme[])
    .map((theme) => `${SELECTORS[theme]} {\n${paletteCssVariables(theme)}\n}`)
    .join('\n');
}

/** Adds the palette's variables to the document. */
export function applyPalette(doc: Document = document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(paletteRules());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
