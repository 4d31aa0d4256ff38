/**
 * The highlight colours' CSS variables, generated from the one palette in `src/shared/palette.ts`
 * (exports use the same table). A constructed stylesheet, not a `<style>` element: the strict CSP
 * (`style-src 'self'`) refuses inline styles but not the CSSOM. `:where(:root)` has no specificity, so a
 * theme may still override the variables.
 */
import { paletteCssVariables } from '../../shared/palette';

/** The rule the app's colour variables come from. */
export function paletteRule(): string {
  return `:where(:root) {\n${paletteCssVariables()}\n}`;
}

/** Adds the palette's variables to the document. */
export function applyPalette(doc: Document = document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(paletteRule());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
