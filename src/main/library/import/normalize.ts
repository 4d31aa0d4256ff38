/** Text normalisation that never changes the words: spaces, invisible characters, ligatures. */

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Normalises one line or run of text: NBSPs to spaces, zero-width characters removed, ligatures split. */
export function normalizeText(text: string): string {
  return (
    text
      // NBSP, narrow NBSP, figure space and the other Unicode spaces become plain spaces.
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      // Zero-width space, joiners, word joiner, BOM, soft hyphen. ZWJ/ZWNJ are kept: Devanagari needs them.
      .replace(/[\u200b\u2060\ufeff\u00ad]/g, '')
      .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
      // Control characters (other than tab and newline) carry no text.
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      // Bidi embedding/override controls (B-68) and non-characters can spoof or hide text; letters stay.
      .replace(/[\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g, '')
  );
}

/** Normalises and collapses runs of white space to one space, trimming both ends. */
export function cleanInline(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}

/** Splits a whole text into normalised lines (any line ending), keeping leading indentation. */
export function toLines(text: string): string[] {
  return normalizeText(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.replace(/\t/g, '    ').replace(/\s+$/, ''));
}

/**
 * Inline text gathered from markup: as `cleanInline`, and without the space that a pretty-printed
 * page puts before closing punctuation (`cooperation , following` → `cooperation, following`).
 */
export function cleanMarkupText(text: string): string {
  return cleanInline(text)
    .replace(/\s+([,.;:!?%)\]])(?=\s|$|[,.;:!?%)\]"”’])/g, '$1')
    .replace(/([([])\s+(?=\S)/g, '$1');
}
