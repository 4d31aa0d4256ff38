import { DayInput } from '../../components/DayInput';
import { useT } from '../../i18n';
import { isBackwardRange, type DateChoice } from './date-filter';
import { MonthInput } from './MonthInput';

interface Props {
  choice: DateChoice;
  onChange: (choice: DateChoice) => void;
}

const QUICK_CHOICES: Array<{
  testId: string;
  label: `library.dates.${'all' | 'last7' | 'last30' | 'undated'}`;
  choice: DateChoice;
}> = [
  { testId: 'date-filter-all', label: 'library.dates.all', choice: { kind: 'all' } },
  { testId: 'date-filter-7', label: 'library.dates.last7', choice: { kind: 'last', days: 7 } },
  { testId: 'date-filter-30', label: 'library.dates.last30', choice: { kind: 'last', days: 30 } },
  { testId: 'date-filter-undated', label: 'library.dates.undated', choice: { kind: 'undated' } },
];

function sameChoice(a: DateChoice, b: DateChoice): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'last' || b.kind !== 'last' || a.days === b.days;
}

/** The sidebar's date section: quick choices, a day, a month or a from–to range. */
export function DateFilter({ choice, onChange }: Props) {
  const { t } = useT();
  const rangeFrom = choice.kind === 'range' ? choice.from : '';
  const rangeTo = choice.kind === 'range' ? choice.to : '';
  const setRange = (from: string, to: string) =>
    onChange(from === '' && to === '' ? { kind: 'all' } : { kind: 'range', from, to });

  return (
    <section className="sidebar__section" aria-labelledby="date-filter-heading">
      <h2 className="sidebar__heading" id="date-filter-heading">
        {t('library.dates.heading')}
      </h2>
      <div className="date-filter__quick">
        {QUICK_CHOICES.map((quick) => {
          const active = sameChoice(choice, quick.choice);
          return (
            <button
              key={quick.testId}
              type="button"
              className={active ? 'side-item side-item--active' : 'side-item'}
              aria-pressed={active}
              data-testid={quick.testId}
              onClick={() => onChange(quick.choice)}
            >
              {t(quick.label)}
            </button>
          );
        })}
      </div>

      <div className={choice.kind === 'day' ? 'side-field side-field--active' : 'side-field'}>
        <DayInput
          label={t('library.dates.day')}
          testId="date-day"
          value={choice.kind === 'day' ? choice.day : ''}
          onChange={(day) => onChange(day ? { kind: 'day', day } : { kind: 'all' })}
        />
      </div>

      <div className={choice.kind === 'month' ? 'side-field side-field--active' : 'side-field'}>
        <MonthInput
          label={t('library.dates.month')}
          testId="date-month"
          value={choice.kind === 'month' ? choice.month : ''}
          onChange={(month) => onChange(month ? { kind: 'month', month } : { kind: 'all' })}
        />
      </div>

      <fieldset className={choice.kind === 'range' ? 'side-range side-field--active' : 'side-range'}>
        <legend className="side-field__label">{t('library.dates.between')}</legend>
        <DayInput
          label={t('library.dates.from')}
          testId="date-from"
          value={rangeFrom}
          onChange={(day) => setRange(day, rangeTo)}
        />
        <DayInput
          label={t('library.dates.to')}
          testId="date-to"
          value={rangeTo}
          onChange={(day) => setRange(rangeFrom, day)}
        />
        {isBackwardRange(choice) && (
          <p className="side-field__hint" role="status">
            {t('library.dates.backward')}
          </p>
        )}
      </fieldset>
    </section>
  );
}
