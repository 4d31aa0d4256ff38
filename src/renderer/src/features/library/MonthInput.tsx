import { useT } from '../../i18n';
import { parseMonth } from '../../i18n/parse-month';
import { TypedField, type Reading } from '../../components/TypedField';

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

  const read = (typed: string): Reading => {
    if (typed.trim() === '') return { value: '' };
    const month = parseMonth(typed);
    return month === null
      ? { error: t('library.month.unreadable', { typed: typed.trim() }) }
      : { value: month };
  };

  return (
    <TypedField
      value={value}
      onChange={onChange}
      label={label}
      hint={t('library.month.hint')}
      format={asTyped}
      read={read}
      testId={testId}
      className={className}
      labelClassName="side-field__label"
    />
  );
}
