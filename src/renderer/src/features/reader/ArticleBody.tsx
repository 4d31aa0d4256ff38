import { useEffect, useMemo, useState } from 'react';
import type { Annotation, Article } from '../../../../shared/domain';
import { ColorLabel } from '../notes/ColorLabel';
import { groupBlocks } from './block-groups';
import { BlockView } from './BlockView';
import './blocks.css';

interface Props {
  article: Article;
  /** A block to scroll to and mark briefly. */
  focusBlockId: number | null;
  onChanged: () => void;
}

/** The article's blocks, one note editor open at a time. */
export function ArticleBody({ article, focusBlockId, onChanged }: Props) {
  const [editing, setEditing] = useState<number | null>(null);

  const byBlock = useMemo(() => {
    const map = new Map<number, Annotation>();
    for (const annotation of article.annotations) {
      if (annotation.blockId !== null) map.set(annotation.blockId, annotation);
    }
    return map;
  }, [article.annotations]);
  // The article's top heading level becomes an h2 (the title is the h1), the next an h3, the rest h4.
  const topHeading = useMemo(
    () => Math.min(...article.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)),
    [article.blocks],
  );
  const blockIds = useMemo(() => new Set(article.blocks.map((b) => b.id)), [article.blocks]);
  // Notes whose passage is no longer in the article keep their quote; show them at the end.
  const orphans = article.annotations.filter((a) => a.blockId === null || !blockIds.has(a.blockId));

  useEffect(() => {
    if (focusBlockId === null) return;
    document.querySelector(`[data-block-id="${focusBlockId}"]`)?.scrollIntoView({ block: 'center' });
  }, [focusBlockId, article.id]);

  const render = (block: Article['blocks'][number]) => (
    <BlockView
      key={block.id}
      block={block}
      headingRank={Math.max(2, Math.min(4, 2 + block.level - topHeading)) as 2 | 3 | 4}
      annotation={byBlock.get(block.id)}
      editing={editing === block.id}
      flash={focusBlockId === block.id}
      onEdit={setEditing}
      onChanged={onChanged}
    />
  );

  return (
    <div className="reader__body">
      {article.blocks.length === 0 && <p className="reader__nothing">This article has no text.</p>}
      {groupBlocks(article.blocks).map((group) =>
        group.kind === 'list' ? (
          <ul className="bullet-list" key={`list-${group.blocks[0]!.id}`}>
            {group.blocks.map(render)}
          </ul>
        ) : (
          render(group.block)
        ),
      )}
      {orphans.length > 0 && (
        <section className="reader__orphans" data-testid="orphan-notes">
          <h2 className="reader__orphans-title">Notes on passages no longer in this article</h2>
          {orphans.map((annotation) => (
            <div key={annotation.id} className="reader__orphan">
              {annotation.color && <ColorLabel color={annotation.color} />}
              <blockquote className="reader__orphan-quote">{annotation.quote}</blockquote>
              <p className="reader__orphan-note">{annotation.note}</p>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
