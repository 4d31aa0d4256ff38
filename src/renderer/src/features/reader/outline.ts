import type { Block } from '../../../../shared/domain';

export interface OutlineEntry {
  id: number;
  text: string;
  /** Indent: 0 for the article's highest heading level, then one per level below it. */
  depth: number;
}

/** The article's headings, in order, indented relative to its highest level; empty text skipped. */
export function outlineOf(blocks: readonly Block[]): OutlineEntry[] {
  const headings = blocks.filter((block) => block.kind === 'heading' && block.text.trim() !== '');
  const top = Math.min(...headings.map((block) => block.level));
  return headings.map((block) => ({
    id: block.id,
    text: block.text.trim(),
    depth: Math.min(3, block.level - top),
  }));
}

/** Whether an outline helps: at least two headings. */
export const OUTLINE_MIN_HEADINGS = 2;
