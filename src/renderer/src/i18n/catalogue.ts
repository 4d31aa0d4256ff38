/**
 * The shape every catalogue shares. English is the source; each other language is typed as
 * `Catalogue<typeof en>`, so a missing or extra key is a compile error, not a blank on screen.
 */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** Every key of a catalogue as a dotted path (`library.empty`), for tests that compare catalogues. */
export function catalogueKeys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : catalogueKeys(value as object, `${prefix}${key}.`),
  );
}
