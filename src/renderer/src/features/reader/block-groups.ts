import type { Block } from '../../../../shared/domain';

export type BlockGroup = { kind: 'list'; blocks: Block[] } | { kind: 'single'; block: Block };

/** Runs of bullets become one list; every other block stands alone. */
export function groupBlocks(blocks: readonly Block[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'bullet' && last?.kind === 'list') last.blocks.push(block);
    else if (block.kind === 'bullet') groups.push({ kind: 'list', blocks: [block] });
    else groups.push({ kind: 'single', block });
  }
  return groups;
}
