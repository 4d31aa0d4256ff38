import { formatDay } from '../../format';
import { useT } from '../../i18n';
import type { DateChoice } from '../library/date-filter';
import { TRIAGE_SHORTCUTS } from './day-keys';
import type { DateFallback, TriageView } from './views';

interface Props {
  view: TriageView | null;
  dateChoice: DateChoice;
  fallback: DateFallback | null;
  today: string;
  onStep: (by: -1 | 1) => void;
}

/** Above the library list: the day shown with previous/next day buttons, the view's name, and why the
 * list shows other days than asked for (an old library's "Last 7 days", a Today with nothing today). */
export function TriageHeader({ view, dateChoice, fallback, today, onStep }: Props) {
  const { t } = useT();
  const [previous, next] = TRIAGE_SHORTCUTS;
  const title =
    view === 'starred' ? t('views.starredHeader') : view === 'unread' ? t('views.unreadHeader') : null;
  if (dateChoice.kind !== 'day' && title === null && fallback === null) return null;
  return (
    <div className="triage-header" data-testid="triage-header">
      {dateChoice.kind === 'day' && (
        <div className="day-stepper" role="group" aria-label={formatDay(dateChoice.day)}>
          <button
            type="button"
            className="button button--small day-stepper__button"
            data-testid="day-prev"
            aria-label={t('triage.previousDay')}
            title={t(previous?.label ?? 'triage.previousDayKeys')}
            onClick={() => onStep(-1)}
          >
            ‹
          </button>
          <span className="day-stepper__day" data-testid="day-shown" data-day={dateChoice.day}>
            {view === 'today' && dateChoice.day === today
              ? t('views.todayHeader', { day: formatDay(dateChoice.day) })
              : formatDay(dateChoice.day)}
          </span>
          <button
            type="button"
            className="button button--small day-stepper__button"
            data-testid="day-next"
            aria-label={t('triage.nextDay')}
            title={t(next?.label ?? 'triage.nextDayKeys')}
            onClick={() => onStep(1)}
          >
            ›
          </button>
        </div>
      )}
      {title !== null && <p className="triage-header__title">{title}</p>}
      {fallback && (
        <p className="triage-header__note" role="status" data-testid="date-fallback">
          {fallback.kind === 'today'
            ? t('views.todayFallback', { day: formatDay(fallback.day) })
            : t('views.lastFallback', { days: fallback.days, to: formatDay(fallback.to) })}
        </p>
      )}
    </div>
  );
}
