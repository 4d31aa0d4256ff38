import { isBackwardRange, type DateChoice } from './date-filter';

interface Props {
  choice: DateChoice;
  onChange: (choice: DateChoice) => void;
}

const QUICK_CHOICES: Array<{ testId: string; label: string; choice: DateChoice }> = [
  { testId: 'date-filter-all', label: 'All dates', choice: { kind: 'all' } },
  { testId: 'date-filter-7', label: 'Last 7 days', choice: { kind: 'last', days: 7 } },
  { testId: 'date-filter-30', label: 'Last 30 days', choice: { kind: 'last', days: 30 } },
  { testId: 'date-filter-undated', label: 'Undated', choice: { kind: 'undated' } },
];

function sameChoice(a: DateChoice, b: DateChoice): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'last' || b.kind !== 'last' || a.days === b.days;
}

/** The sidebar's date section: quick choices, a day, a month or a from–to range. */
export function DateFilter({ choice, onChange }: Props) {
  const rangeFrom = choice.kind === 'range' ? choice.from : '';
  const rangeTo = choice.kind === 'range' ? choice.to : '';
  const setRange = (from: string, to: string) =>
    onChange(from === '' && to === '' ? { kind: 'all' } : { kind: 'range', from, to });

  return (
    <section className="sidebar__section" aria-labelledby="date-filter-heading">
      <h2 className="sidebar__heading" id="date-filter-heading">
        Date
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
              {quick.label}
            </button>
          );
        })}
      </div>

      <label className={choice.kind === 'day' ? 'side-field side-field--active' : 'side-field'}>
        <span className="side-field__label">On a day</span>
        <input
          type="date"
          className="input input--small"
          data-testid="date-day"
          value={choice.kind === 'day' ? choice.day : ''}
          onChange={(e) => onChange(e.target.value ? { kind: 'day', day: e.target.value } : { kind: 'all' })}
        />
      </label>

      <label className={choice.kind === 'month' ? 'side-field side-field--active' : 'side-field'}>
        <span className="side-field__label">In a month</span>
        <input
          type="month"
          className="input input--small"
          data-testid="date-month"
          value={choice.kind === 'month' ? choice.month : ''}
          onChange={(e) =>
            onChange(e.target.value ? { kind: 'month', month: e.target.value } : { kind: 'all' })
          }
        />
      </label>

      <fieldset className={choice.kind === 'range' ? 'side-range side-field--active' : 'side-range'}>
        <legend className="side-field__label">Between</legend>
        <label className="side-range__row">
          <span className="side-range__label">From</span>
          <input
            type="date"
            className="input input--small"
            data-testid="date-from"
            value={rangeFrom}
            max={rangeTo || undefined}
            onChange={(e) => setRange(e.target.value, rangeTo)}
          />
        </label>
        <label className="side-range__row">
          <span className="side-range__label">To</span>
          <input
            type="date"
            className="input input--small"
            data-testid="date-to"
            value={rangeTo}
            min={rangeFrom || undefined}
            onChange={(e) => setRange(rangeFrom, e.target.value)}
          />
        </label>
        {isBackwardRange(choice) && (
          <p className="side-field__hint" role="status">
            “From” is after “To”, so no article can match.
          </p>
        )}
      </fieldset>
    </section>
  );
}
