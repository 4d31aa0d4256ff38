import { useId, useState } from 'react';
import { useT } from '../i18n';
import { parseDay } from '../i18n/parse-day';
import './day-input.css';

interface Props {
  /** The stored day (`YYYY-MM-DD`), or '' when none is chosen. */
  value: string;
  /** Called with a stored day, or '' when the field is emptied. */
  onChange: (day: string) => void;
  /** The visible label; the hint “DD-MM-YYYY” is added under it. */
  label: string;
  testId?: string;
  /** The earliest and latest day allowed (`YYYY-MM-DD`), for from/to pairs. */
  min?: string;
  max?: string;
}

/** `2022-01-10` → `10-01-2022`, the form the hint asks for. */
function asTyped(day: string): string {
  const [year, month, date] = day.split('-');
  return year && month && date ? `${date}-${month}-${year}` : day;
}

/**
 * A day typed as students write it, day first (10-01-2022, 10/01/2022, 10 Jan 2022), instead of
 * `<input type="date">`, whose order follows the browser's locale (mm/dd/yyyy in en-US). A day is
 * taken as soon as it reads as one; a text that cannot be read says why when the field is left.
 */
export function DayInput({ value, onChange, label, testId, min, max }: Props) {
  const { t } = useT();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(asTyped(value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (value !== seen) {
    // Changed from outside (Clear filters): show that.
    setSeen(value);
    setText(asTyped(value));
    setError(null);
  }

  /** The sentence saying why a text is not an allowed day, or null when it is one (or empty). */
  const problem = (typed: string): { day: string } | { error: string } => {
    if (typed.trim() === '') return { day: '' };
    const parsed = parseDay(typed);
    if (!parsed.ok) {
      return parsed.reason === 'format'
        ? { error: t('dates.input.unreadable', { typed: typed.trim() }) }
        : { error: t('dates.input.noSuchDay', { typed: typed.trim() }) };
    }
    if (min && parsed.day < min) return { error: t('dates.input.beforeMin', { min: asTyped(min) }) };
    if (max && parsed.day > max) return { error: t('dates.input.afterMax', { max: asTyped(max) }) };
    return parsed;
  };

  const type = (typed: string) => {
    setText(typed);
    const read = problem(typed);
    if ('day' in read) {
      setError(null);
      if (read.day !== value) {
        setSeen(read.day);
        onChange(read.day);
      }
    }
  };

  const leave = () => {
    const read = problem(text);
    if ('error' in read) setError(read.error);
    else setText(asTyped(read.day));
  };

  return (
    // The hint sits outside the <label>, so the field's name is the label alone and the hint is
    // its description (read after it, and replaced by the error when there is one).
    <div className="field day-input">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className="input input--small day-input__input"
        data-testid={testId}
        value={text}
        inputMode="numeric"
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
        data-testid={testId ? `${testId}-hint` : undefined}
      >
        {error ?? t('dates.input.hint')}
      </span>
    </div>
  );
}
