import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { GroupedTag, TagGroups } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { useStarted } from '../../data/startup';
import { formatCount } from '../../format';
import { useT } from '../../i18n';
import './manage.css';

interface Props {
  activeTag: string | null;
  /** Set when the active tag was chosen here: only that group's entry is active. */
  activeOrigin?: 'source' | 'user';
  /** A tag with its origin: the list shows the articles counted beside it. */
  onSelect: (tag: string | null, origin?: 'source' | 'user') => void;
}

const GROUPS: ReadonlyArray<keyof TagGroups> = ['syllabus', 'user', 'source'];

/**
 * The sidebar's tags in three collapsible groups: the syllabus tags first, then the user's own, then
 * the sources'; a field narrows all three. A user's tag is counted apart from a source's of the same name.
 */
export function GroupedTagList({ activeTag, activeOrigin, onSelect }: Props) {
  const { t } = useT();
  const groups = useQuery({
    queryKey: [...keys.tags(), 'groups'],
    queryFn: () => api.listTagGroups({}),
    // After the list's first rows (data/startup.ts).
    enabled: useStarted(),
  }).data;
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<keyof TagGroups>>(new Set());
  const needle = query.trim().toLowerCase();
  const shown = (tags: GroupedTag[]) =>
    needle ? tags.filter((tag) => tag.name.toLowerCase().includes(needle)) : tags;
  const total = groups ? GROUPS.reduce((n, g) => n + groups[g].length, 0) : 0;
  const matches = groups ? GROUPS.reduce((n, g) => n + shown(groups[g]).length, 0) : 0;
  const toggle = (group: keyof TagGroups) =>
    setCollapsed((now) => {
      const next = new Set(now);
      if (!next.delete(group)) next.add(group);
      return next;
    });

  return (
    <section className="sidebar__section sidebar__section--tags" aria-labelledby="tag-list-heading">
      <h2 className="sidebar__heading" id="tag-list-heading">
        {t('tagGroups.heading')}
      </h2>
      {groups && total === 0 && <p className="sidebar__note">{t('tagGroups.none')}</p>}
      {total > 5 && (
        <input
          className="input tag-groups__search"
          type="search"
          data-testid="tag-search"
          placeholder={t('tagGroups.search')}
          aria-label={t('tagGroups.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      )}
      {needle && matches === 0 && (
        <p className="sidebar__note">{t('tagGroups.noMatch', { query: query.trim() })}</p>
      )}
      <div className="tag-list" data-testid="tag-list">
        {groups &&
          GROUPS.map((group) => {
            const tags = shown(groups[group]);
            if (tags.length === 0) return null;
            const open = !collapsed.has(group) || needle !== '';
            return (
              <div key={group} className="tag-groups__group" data-testid={`tag-group-${group}`}>
                <button
                  type="button"
                  className="tag-groups__toggle"
                  aria-expanded={open}
                  data-testid={`tag-group-toggle-${group}`}
                  onClick={() => toggle(group)}
                >
                  <span className="tag-groups__caret" aria-hidden="true">
                    {open ? '▾' : '▸'}
                  </span>
                  {t(`tagGroups.${group}`)}
                  <span className="tag-list__count">{formatCount(tags.length)}</span>
                </button>
                {open &&
                  tags.map((tag) => {
                    const active =
                      tag.name === activeTag && (activeOrigin === undefined || activeOrigin === tag.origin);
                    return (
                      <button
                        key={`${tag.origin}:${tag.name}`}
                        type="button"
                        className={
                          active ? 'side-item side-item--active tag-list__item' : 'side-item tag-list__item'
                        }
                        aria-pressed={active}
                        data-testid="tag"
                        data-tag={tag.name}
                        data-origin={tag.origin}
                        title={active ? t('tagGroups.showAll') : t('tagGroups.show', { name: tag.name })}
                        onClick={() => (active ? onSelect(null) : onSelect(tag.name, tag.origin))}
                      >
                        <span className="tag-list__name">{tag.name}</span>
                        <span className="tag-list__count">{formatCount(tag.count)}</span>
                      </button>
                    );
                  })}
              </div>
            );
          })}
      </div>
    </section>
  );
}
