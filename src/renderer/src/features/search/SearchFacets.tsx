import type { ChannelOutput } from '../../../../shared/contract';
import type { SearchSort } from './useSearch';
import { useState } from 'react';
import { monthName } from '../../i18n/format';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';

type Facets = NonNullable<Extract<ChannelOutput<'search'>, { ok: true }>['facets']>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-01` → `Jan 2022`; null → `Undated`. */
export function monthLabel(month: string | null, language: 'en' | 'hi' = 'en'): string {
  if (month === null) return 'Undated';
  const [year, number] = month.split('-');
  const name = language === 'en' ? MONTHS[Number(number) - 1] : monthName(Number(number) - 1, language);
  return name && year ? `${name} ${year}` : month;
}

/** Relevance or newest first. */
export function SortToggle({ sort, onSort }: { sort: SearchSort; onSort: (sort: SearchSort) => void }) {
  const { t } = useT();
  return (
    <div className="search-sort" role="group" aria-label={t('search.sort.label')} data-testid="search-sort">
      {(['relevance', 'newest'] as const).map((value) => (
        <button
          key={value}
          type="button"
          className={
            sort === value ? 'search-sort__option search-sort__option--active' : 'search-sort__option'
          }
          aria-pressed={sort === value}
          data-testid={`search-sort-${value}`}
          onClick={() => onSort(value)}
        >
          {value === 'relevance' ? t('search.sort.relevance') : t('search.sort.newest')}
        </button>
      ))}
    </div>
  );
}

interface Props {
  facets: Facets;
  activeTag: string | null;
  onTag: (tag: string | null) => void;
  onMonth: (month: string | null) => void;
}

/**
 * Counts per tag and per month over all matches; one click narrows the search. Collapsed behind a
 * "Filters (n)" toggle at first: a broad search's chips would otherwise fill the list pane.
 */
export function SearchFacets({ facets, activeTag, onTag, onMonth }: Props) {
  const { t } = useT();
  const f = useFormat();
  const monthText = (value: string | null) =>
    value === null ? f.day(null) : f.digits(monthLabel(value, f.style.language));
  // Open from the start when a tag chip is already chosen, so the user sees what narrows the results.
  const [open, setOpen] = useState(activeTag !== null);
  const count = facets.tags.length + facets.months.length;
  if (count === 0) return null;
  return (
    <div className="search-facets" data-testid="search-facets" aria-label={t('search.facets.label')}>
      <button
        type="button"
        className="search-facets__toggle"
        data-testid="facets-toggle"
        aria-expanded={open}
        aria-controls="search-facet-chips"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
        {open ? t('triage.hideFilters') : t('triage.filters', { count })}
      </button>
      {open && (
        <div className="search-facets__chips" id="search-facet-chips">
          {facets.tags.length > 0 && (
            <div className="search-facets__group" role="group" aria-label={t('search.facets.tags')}>
              {facets.tags.map((tag) => {
                const active = tag.name === activeTag;
                return (
                  <button
                    key={tag.name}
                    type="button"
                    className={active ? 'search-facet search-facet--active' : 'search-facet'}
                    aria-pressed={active}
                    data-testid="facet-tag"
                    data-tag={tag.name}
                    title={
                      active ? t('search.facets.allTags') : t('search.facets.onlyTag', { tag: tag.name })
                    }
                    onClick={() => onTag(active ? null : tag.name)}
                  >
                    {tag.name} <span className="search-facet__count">{f.number(tag.count)}</span>
                  </button>
                );
              })}
            </div>
          )}
          {facets.months.length > 0 && (
            <div className="search-facets__group" role="group" aria-label={t('search.facets.months')}>
              {facets.months.map((month) => (
                <button
                  key={month.month ?? 'undated'}
                  type="button"
                  className="search-facet search-facet--month"
                  data-testid="facet-month"
                  data-month={month.month ?? 'undated'}
                  title={t('search.facets.onlyMonth', { month: monthText(month.month) })}
                  onClick={() => onMonth(month.month)}
                >
                  {monthText(month.month)}{' '}
                  <span className="search-facet__count">{f.number(month.count)}</span>
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
