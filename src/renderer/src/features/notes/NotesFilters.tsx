import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_LABELS,
  type HighlightColor,
  type TagCount,
} from '../../../../shared/domain';

export interface NotesFilterState {
  color: HighlightColor | '';
  tag: string;
  from: string;
  to: string;
}

export const NO_NOTES_FILTER: NotesFilterState = { color: '', tag: '', from: '', to: '' };

interface Props {
  value: NotesFilterState;
  onChange: (value: NotesFilterState) => void;
  tags: TagCount[] | undefined;
}

/** Colour, tag and article-date filters of the notes view. */
export function NotesFilters({ value, onChange, tags }: Props) {
  const set = (change: Partial<NotesFilterState>) => onChange({ ...value, ...change });
  const active = value.color !== '' || value.tag !== '' || value.from !== '' || value.to !== '';
  return (
    <div className="notes-filters" role="group" aria-label="Filter notes">
      <label className="field">
        <span className="field__label">Colour</span>
        <select
          className="input input--small"
          data-testid="notes-color"
          value={value.color}
          onChange={(e) => set({ color: e.target.value as HighlightColor | '' })}
        >
          <option value="">All colours</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {HIGHLIGHT_LABELS[color]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Tag</span>
        <select
          className="input input--small"
          data-testid="notes-tag"
          value={value.tag}
          onChange={(e) => set({ tag: e.target.value })}
        >
          <option value="">All tags</option>
          {value.tag !== '' && !tags?.some((t) => t.name === value.tag) && (
            <option value={value.tag}>{value.tag}</option>
          )}
          {tags?.map((tag) => (
            <option key={tag.name} value={tag.name}>
              {tag.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Articles from</span>
        <input
          type="date"
          className="input input--small"
          data-testid="notes-from"
          value={value.from}
          max={value.to || undefined}
          onChange={(e) => set({ from: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">to</span>
        <input
          type="date"
          className="input input--small"
          data-testid="notes-to"
          value={value.to}
          min={value.from || undefined}
          onChange={(e) => set({ to: e.target.value })}
        />
      </label>
      {active && (
        <button
          type="button"
          className="button button--small button--quiet notes-filters__clear"
          data-testid="notes-clear-filters"
          onClick={() => onChange(NO_NOTES_FILTER)}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
