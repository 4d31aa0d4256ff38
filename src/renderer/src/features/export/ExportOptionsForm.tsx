import type { ReactNode } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/domain';
import { useColorName } from '../settings/study-settings';
import { useT } from '../../i18n';
import {
  availableScopes,
  describeFilter,
  FORMATS,
  hasContents,
  type ExportOptions,
  type ExportOrigin,
  type ScopeKind,
} from './export-options';

interface Props {
  options: ExportOptions;
  origin: ExportOrigin;
  tags: readonly string[];
  onChange: (change: Partial<ExportOptions>) => void;
}

interface ChoiceProps {
  name: string;
  value: string;
  checked: boolean;
  onSelect: () => void;
  label: ReactNode;
  hint?: ReactNode;
  testId: string;
  className?: string;
  children?: ReactNode;
}

/** One radio button with its label, a hint and, when chosen, its own controls. */
function Choice({ name, value, checked, onSelect, label, hint, testId, className, children }: ChoiceProps) {
  return (
    <div className={`export-choice ${className ?? ''} ${checked ? 'export-choice--checked' : ''}`}>
      <label className="export-choice__label">
        <input
          type="radio"
          className="export-choice__radio"
          name={name}
          value={value}
          checked={checked}
          onChange={onSelect}
          data-testid={testId}
        />
        <span className="export-choice__text">
          <span className="export-choice__title">{label}</span>
          {hint && <span className="export-choice__hint">{hint}</span>}
        </span>
      </label>
      {checked && children && <div className="export-choice__controls">{children}</div>}
    </div>
  );
}

/** The left side of the export dialog: what to export, how much of it, in which format. */
export function ExportOptionsForm({ options, origin, tags, onChange }: Props) {
  const colorName = useColorName();
  const { t } = useT();
  const scopes = availableScopes(origin);

  const scopeLabel: Record<ScopeKind, { label: string; hint?: string }> = {
    article: { label: 'This article', hint: origin.article?.title },
    selection: {
      label: `Selected articles (${(origin.selection?.ids.length ?? 0).toLocaleString('en-IN')})`,
      hint: 'Chosen in the library list',
    },
    filter: { label: 'The current filter', hint: describeFilter(origin.filter, colorName) },
    dates: { label: 'A date range', hint: 'Articles dated in it' },
    tag: { label: 'A tag' },
    color: { label: 'A colour', hint: 'Only notes of that colour' },
    library: { label: 'The whole library' },
  };

  const scopeControls = (kind: ScopeKind): ReactNode => {
    switch (kind) {
      case 'dates':
        return (
          <div className="export-dates">
            <label className="field">
              <span className="field__label">From</span>
              <input
                type="date"
                className="input input--small"
                data-testid="export-from"
                value={options.from}
                max={options.to || undefined}
                onChange={(e) => onChange({ from: e.target.value })}
              />
            </label>
            <label className="field">
              <span className="field__label">To</span>
              <input
                type="date"
                className="input input--small"
                data-testid="export-to"
                value={options.to}
                min={options.from || undefined}
                onChange={(e) => onChange({ to: e.target.value })}
              />
            </label>
          </div>
        );
      case 'tag':
        return (
          <label className="field">
            <span className="visually-hidden">Tag</span>
            <select
              className="input input--small"
              data-testid="export-tag"
              value={options.tag}
              onChange={(e) => onChange({ tag: e.target.value })}
            >
              {options.tag === '' && (
                <option value="" disabled>
                  {tags.length === 0 ? 'No tags yet' : 'Choose a tag…'}
                </option>
              )}
              {options.tag !== '' && !tags.includes(options.tag) && (
                <option value={options.tag}>{options.tag}</option>
              )}
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
        );
      case 'color':
        return (
          <div className="export-colors" role="radiogroup" aria-label="Colour">
            {HIGHLIGHT_COLORS.map((color: HighlightColor) => (
              <label
                key={color}
                className={`export-color color--${color} ${options.color === color ? 'export-color--checked' : ''}`}
              >
                <input
                  type="radio"
                  className="export-tile__input"
                  name="export-color"
                  value={color}
                  checked={options.color === color}
                  onChange={() => onChange({ color })}
                  data-testid={`export-color-${color}`}
                />
                <span className="export-color__dot" aria-hidden="true" />
                {colorName(color)}
              </label>
            ))}
          </div>
        );
      default:
        return null;
    }
  };

  return (
    <div className="export-form">
      <fieldset className="export-form__group">
        <legend className="export-form__legend">Export</legend>
        {scopes.map((kind) => (
          <Choice
            key={kind}
            name="export-scope"
            value={kind}
            checked={options.scope === kind}
            onSelect={() => onChange({ scope: kind })}
            label={scopeLabel[kind].label}
            hint={scopeLabel[kind].hint}
            testId={`export-scope-${kind}`}
          >
            {scopeControls(kind)}
          </Choice>
        ))}
      </fieldset>

      <fieldset className="export-form__group">
        <legend className="export-form__legend">Include</legend>
        <Choice
          name="export-content"
          value="notes"
          checked={options.content === 'notes'}
          onSelect={() => onChange({ content: 'notes' })}
          label="Only annotated bullets"
          hint="Each bullet you marked, with its notes"
          testId="export-content-notes"
        />
        <Choice
          name="export-content"
          value="articles"
          checked={options.content === 'articles'}
          onSelect={() => onChange({ content: 'articles' })}
          label="Whole articles with their notes"
          hint="Every heading and bullet, notes under theirs"
          testId="export-content-articles"
        />
      </fieldset>

      <fieldset className="export-form__group">
        <legend className="export-form__legend">Format</legend>
        <div className="export-formats">
          {FORMATS.map(({ format, label }) => (
            <label
              key={format}
              className={`export-format ${options.format === format ? 'export-format--checked' : ''}`}
            >
              <input
                type="radio"
                className="export-tile__input"
                name="export-format"
                value={format}
                checked={options.format === format}
                onChange={() => onChange({ format })}
                data-testid={`export-format-${format}`}
              />
              {label}
            </label>
          ))}
        </div>
        <p className="export-form__hint" data-testid="export-format-hint">
          {FORMATS.find((f) => f.format === options.format)?.hint}
        </p>
        {options.format === 'md' && (
          <label className="export-form__check">
            <input
              type="checkbox"
              checked={options.markdownFolder}
              onChange={(e) => onChange({ markdownFolder: e.target.checked })}
              data-testid="export-md-folder"
            />
            One file per article, in a folder (for an Obsidian vault)
          </label>
        )}
      </fieldset>

      <div className="export-form__group export-form__details">
        <label className="field">
          <span className="field__label">Title (optional)</span>
          <input
            type="text"
            className="input input--small"
            data-testid="export-title"
            value={options.title}
            maxLength={200}
            placeholder="A title for the cover and the file"
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </label>
        {(hasContents(options.format) || (options.format === 'md' && !options.markdownFolder)) && (
          <div className="field" role="radiogroup" aria-labelledby="export-grouping-label">
            <span className="field__label" id="export-grouping-label">
              Table of contents by
            </span>
            <div className="export-segmented">
              {(hasContents(options.format)
                ? (['date', 'tag', 'syllabus'] as const)
                : (['date', 'syllabus'] as const)
              ).map((grouping) => (
                <label
                  key={grouping}
                  className={`export-segmented__option ${options.grouping === grouping ? 'export-segmented__option--checked' : ''}`}
                >
                  <input
                    type="radio"
                    className="export-tile__input"
                    name="export-grouping"
                    value={grouping}
                    checked={options.grouping === grouping}
                    onChange={() => onChange({ grouping })}
                    data-testid={`export-grouping-${grouping}`}
                  />
                  {grouping === 'date' ? 'Date' : grouping === 'tag' ? 'Tag' : t('syllabus.exportGrouping')}
                </label>
              ))}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
