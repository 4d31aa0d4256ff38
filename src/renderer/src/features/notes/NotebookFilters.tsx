import { useEffect, useState } from 'react';
import {
  HIGHLIGHT_COLORS,
  NOTEBOOK_GROUPINGS,
  type HighlightColor,
  type TagCount,
} from '../../../../shared/domain';
import { DayInput } from '../../components/DayInput';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { useColorName } from '../settings/study-settings';
import { EMPTY_NOTEBOOK_FILTER, isFiltered, type NotebookFilterState } from './notebook-filter';
import { TopicSelect } from '../syllabus/TopicSelect';

interface Props {
  value: NotebookFilterState;
  onChange: (value: NotebookFilterState) => void;
  tags: TagCount[] | undefined;
  /** Sources seen in the notes shown, offered as suggestions. */
  sources: readonly string[];
}

const TYPING_PAUSE_MS = 250;

/** Typed text reaches the filter after a short pause, so each keystroke does not query the library. */
function useDebouncedText(value: string, apply: (text: string) => void) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // Cleared or changed from outside (Clear filters): show that.
    setSeen(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => apply(draft), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, value, apply]);
  return [draft, setDraft] as const;
}

/** Free text, colour, tag, source, article dates and grouping of the notebook. */
export function NotebookFilters({ value, onChange, tags, sources }: Props) {
  const { t } = useT();
  const f = useFormat();
  const colorName = useColorName();
  const set = (change: Partial<NotebookFilterState>) => onChange({ ...value, ...change });
  const [query, setQuery] = useDebouncedText(value.query, (text) => onChange({ ...value, query: text }));
  const [source, setSource] = useDebouncedText(value.source, (text) => onChange({ ...value, source: text }));

  return (
    <div className="notebook-filters" role="group" aria-label={t('notes.filters.label')}>
      <div className="notebook-filters__row">
        <label className="notebook-search">
          <Icon name="search" size={15} className="notebook-search__icon" />
          <span className="visually-hidden">{t('notes.filters.search')}</span>
          <input
            type="search"
            className="input notebook-search__input"
            data-testid="notes-query"
            placeholder={t('notes.filters.searchPlaceholder')}
            value={query}
            maxLength={500}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <div className="segmented" role="radiogroup" aria-label={t('notes.filters.groupBy')}>
          <span className="segmented__label" aria-hidden="true">
            {t('notes.filters.groupByShort')}
          </span>
          {NOTEBOOK_GROUPINGS.map((grouping) => (
            <button
              key={grouping}
              type="button"
              role="radio"
              aria-checked={value.groupBy === grouping}
              className="segmented__option"
              data-testid={`notes-group-by-${grouping}`}
              onClick={() => set({ groupBy: grouping })}
            >
              {t(`notes.filters.grouping.${grouping}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="notebook-filters__row notebook-filters__row--fields">
        <label className="field">
          <span className="field__label">{t('notes.filters.color')}</span>
          <select
            className="input input--small"
            data-testid="notes-color"
            value={value.color}
            onChange={(e) => set({ color: e.target.value as HighlightColor | '' })}
          >
            <option value="">{t('notes.filters.allColors')}</option>
            {HIGHLIGHT_COLORS.map((color) => (
              <option key={color} value={color}>
                {colorName(color)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('notes.filters.tag')}</span>
          <select
            className="input input--small"
            data-testid="notes-tag"
            value={value.tag}
            onChange={(e) => set({ tag: e.target.value })}
          >
            <option value="">{t('notes.filters.allTags')}</option>
            {value.tag !== '' && !tags?.some((tag) => tag.name === value.tag) && (
              <option value={value.tag}>{value.tag}</option>
            )}
            {tags?.map((tag) => (
              <option key={tag.name} value={tag.name}>
                {tag.name}
              </option>
            ))}
          </select>
        </label>
        <TopicSelect value={value.syllabus} onChange={(syllabus) => set({ syllabus })} />
        <label className="field">
          <span className="field__label">{t('notes.filters.source')}</span>
          <input
            className="input input--small notebook-filters__source"
            data-testid="notes-source"
            list="notebook-sources"
            placeholder={t('notes.filters.anySource')}
            value={source}
            maxLength={300}
            onChange={(e) => setSource(e.target.value)}
          />
          <datalist id="notebook-sources">
            {sources.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <DayInput
          label={t('notes.filters.from')}
          testId="notes-from"
          value={value.from}
          max={value.to || undefined}
          onChange={(from) => set({ from })}
        />
        <DayInput
          label={t('notes.filters.to')}
          testId="notes-to"
          value={value.to}
          min={value.from || undefined}
          onChange={(to) => set({ to })}
        />
      </div>
      {(value.article || value.writtenOn || isFiltered(value)) && (
        <div className="notebook-filters__chips">
          {value.article && (
            <button
              type="button"
              className="filter-chip"
              data-testid="notes-article-chip"
              onClick={() => set({ article: null })}
              aria-label={t('notes.filters.articleChipLabel', { title: value.article.title })}
            >
              {t('notes.filters.articleChip', { title: value.article.title })}
              <Icon name="close" size={12} />
            </button>
          )}
          {value.writtenOn && (
            <button
              type="button"
              className="filter-chip"
              data-testid="notes-day-chip"
              onClick={() => set({ writtenOn: '' })}
            >
              {t('notes.filters.writtenOn', { day: f.day(value.writtenOn) })}
              <Icon name="close" size={12} />
            </button>
          )}
          <button
            type="button"
            className="button button--small button--quiet notebook-filters__clear"
            data-testid="notes-clear-filters"
            onClick={() => onChange({ ...EMPTY_NOTEBOOK_FILTER, groupBy: value.groupBy })}
          >
            {t('notes.filters.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
