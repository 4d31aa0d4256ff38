import { useT } from '../i18n';
import { parseDay } from '../i18n/parse-day';
import { TypedField, type Reading } from './TypedField';

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
 * `<input type="date">`, whose order follows the browser's locale (mm/dd/yyyy in en-US).
 */
export function DayInput({ value, onChange, label, testId, min, max }: Props) {
  const { t } = useT();

  const read = (typed: string): Reading => {
    if (typed.trim() === '') return { value: '' };
    const parsed = parseDay(typed);
    if (!parsed.ok) {
      return parsed.reason === 'format'
        ? { error: t('dates.input.unreadable', { typed: typed.trim() }) }
        : { error: t('dates.input.noSuchDay', { typed: typed.trim() }) };
    }
    if (min && parsed.day < min) return { error: t('dates.input.beforeMin', { min: asTyped(min) }) };
    if (max && parsed.day > max) return { error: t('dates.input.afterMax', { max: asTyped(max) }) };
    return { value: parsed.day };
  };

  return (
    <TypedField
      value={value}
      onChange={onChange}
      label={label}
      hint={t('dates.input.hint')}
      format={asTyped}
      read={read}
      testId={testId}
      className="field"
      labelClassName="field__label"
      inputMode="numeric"
    />
  );
}
