/**
 * WCAG 2 contrast, and the reading of the renderer's theme/themes.css the contrast test uses: the colours are defined once,
 * in the stylesheet, and checked from there.
 */

export const THEME_NAMES = ['light', 'dark', 'paper'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/** The relative luminance of a `#rgb` or `#rrggbb` colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`"${hex}" is not a #rgb or #rrggbb colour`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(digits.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The custom properties of each theme in themes.css: `:root, :root[data-theme='light']`,
 * `:root[data-theme='dark']` and `:root[data-theme='paper']`.
 */
export function readThemes(css: string): Record<ThemeName, Record<string, string>> {
  const themes = {} as Record<ThemeName, Record<string, string>>;
  for (const name of THEME_NAMES) {
    const block = new RegExp(`:root\\[data-theme='${name}'\\]\\s*\\{([^}]*)\\}`).exec(css)?.[1];
    if (block === undefined) throw new Error(`themes.css has no :root[data-theme='${name}'] block`);
    const values: Record<string, string> = {};
    for (const [, property, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
      if (property && value) values[property] = value.trim();
    }
    themes[name] = values;
  }
  return themes;
}
