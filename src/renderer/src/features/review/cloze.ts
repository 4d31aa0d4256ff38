/** The blank the core puts where a cloze card's hidden words were. */
export const CLOZE_BLANK = '[…]';

export type PromptPart = { kind: 'text'; text: string } | { kind: 'blank' };

/** A card's prompt as text and blanks. */
export function promptParts(prompt: string): PromptPart[] {
  const parts: PromptPart[] = [];
  prompt.split(CLOZE_BLANK).forEach((text, index) => {
    if (index > 0) parts.push({ kind: 'blank' });
    if (text !== '') parts.push({ kind: 'text', text });
  });
  return parts;
}
