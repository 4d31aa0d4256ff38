import type { ReactNode } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/domain';
import { DayInput } from '../../components/DayInput';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { useColorName } from '../settings/study-settings';
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
  const f = useFormat();
  const scopes = availableScopes(origin);

  const scopeLabel: Record<ScopeKind, { label: string; hint?: string }> = {
    article: { label: t('export.scope.article'), hint: origin.article?.title },
    selection: {
      label: t('export.scope.selection', { n: f.number(origin.selection?.ids.length ?? 0) }),
      hint: t('export.scope.selectionHint'),
    },
    filter: { label: t('export.scope.filter'), hint: describeFilter(origin.filter, colorName) },
    dates: { label: t('export.scope.dates'), hint: t('export.scope.datesHint') },
    tag: { label: t('export.scope.tag') },
    color: { label: t('export.scope.color'), hint: t('export.scope.colorHint') },
    library: { label: t('export.scope.library') },
  };

  const scopeControls = (kind: ScopeKind): ReactNode => {
    switch (kind) {
      case 'dates':
        return (
          <div className="export-dates">
            <DayInput
              label={t('export.from')}
              testId="export-from"
              value={options.from}
              max={options.to || undefined}
              onChange={(day) => onChange({ from: day })}
            />
            <DayInput
              label={t('export.to')}
              testId="export-to"
              value={options.to}
              min={options.from || undefined}
              onChange={(day) => onChange({ to: day })}
            />
          </div>
        );
      case 'tag':
        return (
          <label className="field">
            <span className="visually-hidden">{t('export.tag')}</span>
            <select
              className="input input--small"
              data-testid="export-tag"
              value={options.tag}
              onChange={(e) => onChange({ tag: e.target.value })}
            >
              {options.tag === '' && (
                <option value="" disabled>
                  {tags.length === 0 ? t('export.noTags') : t('export.chooseTag')}
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
          <div className="export-colors" role="radiogroup" aria-label={t('export.color')}>
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
        <legend className="export-form__legend">{t('export.legend.scope')}</legend>
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
        <legend className="export-form__legend">{t('export.legend.include')}</legend>
        <Choice
          name="export-content"
          value="notes"
          checked={options.content === 'notes'}
          onSelect={() => onChange({ content: 'notes' })}
          label={t('export.content.notes')}
          hint={t('export.content.notesHint')}
          testId="export-content-notes"
        />
        <Choice
          name="export-content"
          value="articles"
          checked={options.content === 'articles'}
          onSelect={() => onChange({ content: 'articles' })}
          label={t('export.content.articles')}
          hint={t('export.content.articlesHint')}
          testId="export-content-articles"
        />
      </fieldset>

      <fieldset className="export-form__group">
        <legend className="export-form__legend">{t('export.legend.format')}</legend>
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
          {t(`export.formatHint.${options.format}`)}
        </p>
        {options.format === 'md' && (
          <label className="export-form__check">
            <input
              type="checkbox"
              checked={options.markdownFolder}
              onChange={(e) => onChange({ markdownFolder: e.target.checked })}
              data-testid="export-md-folder"
            />
            {t('export.mdFolder')}
          </label>
        )}
      </fieldset>

      <div className="export-form__group export-form__details">
        <label className="field">
          <span className="field__label">{t('export.title')}</span>
          <input
            type="text"
            className="input input--small"
            data-testid="export-title"
            value={options.title}
            maxLength={200}
            placeholder={t('export.titlePlaceholder')}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </label>
        {(hasContents(options.format) || (options.format === 'md' && !options.markdownFolder)) && (
          <div className="field" role="radiogroup" aria-labelledby="export-grouping-label">
            <span className="field__label" id="export-grouping-label">
              {t('export.grouping')}
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
                  {grouping === 'date'
                    ? t('export.byDate')
                    : grouping === 'tag'
                      ? t('export.tag')
                      : t('syllabus.exportGrouping')}
                </label>
              ))}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
