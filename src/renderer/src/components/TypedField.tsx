import { useId, useState } from 'react';
import './day-input.css';

/** What a typed text reads as: a stored value ('' for an empty field), or the sentence saying why not. */
export type Reading = { value: string } | { error: string };

interface Props {
  /** The stored value, or '' when none is chosen. */
  value: string;
  /** Called with a stored value, or '' when the field is emptied. */
  onChange: (value: string) => void;
  label: string;
  /** The line under the field saying what to type; replaced by the error when there is one. */
  hint: string;
  /** The stored value as the hint asks it to be typed. */
  format: (value: string) => string;
  /** Reads a typed text. */
  read: (typed: string) => Reading;
  testId?: string;
  className?: string;
  labelClassName: string;
  inputMode?: 'numeric' | 'text';
}

/**
 * A field for a value typed as students write it (a day, a month), in place of the browser's date
 * inputs, whose order follows its locale. A value is taken as soon as the text reads as one; a text
 * that cannot be read says why when the field is left.
 */
export function TypedField({
  value,
  onChange,
  label,
  hint,
  format,
  read,
  testId,
  className,
  labelClassName,
  inputMode,
}: Props) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(format(value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (value !== seen) {
    // Changed from outside (a facet, Clear filters): show that.
    setSeen(value);
    setText(format(value));
    setError(null);
  }

  const type = (typed: string) => {
    setText(typed);
    const reading = read(typed);
    if (!('value' in reading)) return;
    setError(null);
    if (reading.value !== value) {
      setSeen(reading.value);
      onChange(reading.value);
    }
  };

  const leave = () => {
    const reading = read(text);
    if ('error' in reading) setError(reading.error);
    else setText(format(reading.value));
  };

  return (
    // The hint sits outside the <label>, so the field's name is the label alone and the hint is
    // its description (read after it, and replaced by the error when there is one).
    <div className={`day-input ${className ?? ''}`}>
      <label className={labelClassName} htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className="input input--small day-input__input"
        data-testid={testId}
        value={text}
        inputMode={inputMode}
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
        {error ?? hint}
      </span>
    </div>
  );
}
