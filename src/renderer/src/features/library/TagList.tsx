import type { TagCount } from '../../../../shared/domain';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';

interface Props {
  tags: TagCount[] | undefined;
  activeTag: string | null;
  onSelect: (tag: string | null) => void;
}

/** The sidebar's tags: one toggle per tag; clicking the active one clears the filter. */
export function TagList({ tags, activeTag, onSelect }: Props) {
  const { t } = useT();
  const f = useFormat();
  return (
    <section className="sidebar__section sidebar__section--tags" aria-labelledby="tag-list-heading">
      <h2 className="sidebar__heading" id="tag-list-heading">
        {t('library.tags.heading')}
      </h2>
      {tags && tags.length === 0 && <p className="sidebar__note">{t('library.tags.none')}</p>}
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
              title={active ? t('library.tags.all') : t('library.tags.only', { tag: tag.name })}
              onClick={() => onSelect(active ? null : tag.name)}
            >
              <span className="tag-list__name">{tag.name}</span>
              <span className="tag-list__count">{f.number(tag.count)}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
}
