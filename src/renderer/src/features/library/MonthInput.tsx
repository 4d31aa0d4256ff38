import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { parseMonth } from '../../i18n/parse-month';
import '../../components/day-input.css';

interface Props {
  /** The stored month (`YYYY-MM`), or '' when none is chosen. */
  value: string;
  /** Called with a stored month, or '' when the field is emptied. */
  onChange: (month: string) => void;
  label: string;
  testId?: string;
  className?: string;
}

/** `2022-01` → `01-2022`, the form the hint asks for. */
const asTyped = (month: string) =>
  /^\d{4}-\d{2}$/.test(month) ? `${month.slice(5)}-${month.slice(0, 4)}` : month;

/**
 * A month typed as students write it (`Jan 2022`, `01-2022`, `जनवरी 2022`) instead of
 * `<input type="month">`, which follows the browser's locale and is missing in some browsers.
 */
export function MonthInput({ value, onChange, label, testId, className }: Props) {
  const { t } = useT();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(asTyped(value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (value !== seen) {
    // Changed from outside (a facet, Clear filters): show that.
    setSeen(value);
    setText(asTyped(value));
    setError(null);
  }

  const type = (typed: string) => {
    setText(typed);
    const month = typed.trim() === '' ? '' : parseMonth(typed);
    if (month === null) return;
    setError(null);
    if (month !== value) {
      setSeen(month);
      onChange(month);
    }
  };

  const leave = () => {
    const month = text.trim() === '' ? '' : parseMonth(text);
    if (month === null) setError(t('library.month.unreadable', { typed: text.trim() }));
    else setText(asTyped(month));
  };

  return (
    <div className={`day-input ${className ?? ''}`}>
      <label className="side-field__label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className="input input--small day-input__input"
        data-testid={testId}
        value={text}
        autoComplete="off"
        maxLength={40}
        aria-invalid={error ? true : undefined}
        aria-describedby={hintId}
        onChange={(e) => type(e.target.value)}
        onBlur={leave}
        onKeyDown={(e) => {
          if (e.key === 'Enter') leave();
        }}
      />
      <span
        id={hintId}
        className={error ? 'day-input__error' : 'day-input__hint'}
        role={error ? 'alert' : undefined}
      >
        {error ?? t('library.month.hint')}
      </span>
    </div>
  );
}
