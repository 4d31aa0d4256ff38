import type { TagCount } from '../../../../shared/domain';
import { formatCount } from '../../format';

interface Props {
  tags: TagCount[] | undefined;
  activeTag: string | null;
  onSelect: (tag: string | null) => void;
}

/** The sidebar's tags: one toggle per tag; clicking the active one clears the filter. */
export function TagList({ tags, activeTag, onSelect }: Props) {
  return (
    <section className="sidebar__section sidebar__section--tags" aria-labelledby="tag-list-heading">
      <h2 className="sidebar__heading" id="tag-list-heading">
        Tags
      </h2>
      {tags && tags.length === 0 && <p className="sidebar__note">Tags from your articles will show here.</p>}
      <div className="tag-list" data-testid="tag-list">
        {tags?.map((tag) => {
          const active = tag.name === activeTag;
          return (
            <button
              key={tag.name}
              type="button"
              className={active ? 'side-item side-item--active tag-list__item' : 'side-item tag-list__item'}
              aria-pressed={active}
              data-testid="tag"
              data-tag={tag.name}
              title={active ? `Show all tags again` : `Show articles tagged ${tag.name}`}
              onClick={() => onSelect(active ? null : tag.name)}
            >
              <span className="tag-list__name">{tag.name}</span>
              <span className="tag-list__count">{formatCount(tag.count)}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
}
