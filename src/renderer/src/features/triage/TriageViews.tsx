import { Icon, type IconName } from '../../components/Icon';
import { formatCount } from '../../format';
import { useT } from '../../i18n';
import type { ViewCounts } from './useTriage';
import type { TriageView } from './views';
import './triage.css';

interface Props {
  /** The view chosen, when the library shows one. */
  active: TriageView | null;
  counts: ViewCounts | undefined;
  onChoose: (view: TriageView) => void;
}

const VIEWS: Array<{ view: TriageView; icon: IconName }> = [
  { view: 'today', icon: 'calendar' },
  { view: 'unread', icon: 'dot' },
  { view: 'starred', icon: 'star' },
];

/** The sidebar's views: Today, Unread and Starred, each with how many articles it holds. */
export function TriageViews({ active, counts, onChoose }: Props) {
  const { t } = useT();
  return (
    <section className="triage-views" aria-label={t('views.heading')}>
      {VIEWS.map(({ view, icon }) => {
        const on = active === view;
        const count = counts?.[view];
        return (
          <button
            key={view}
            type="button"
            className={on ? 'side-item side-item--nav side-item--active' : 'side-item side-item--nav'}
            aria-pressed={on}
            data-testid={`view-${view}`}
            onClick={() => onChoose(view)}
          >
            <Icon name={icon} size={16} className="side-item__icon" />
            <span className="side-item__label">{t(`views.${view}`)}</span>
            {count !== undefined && (
              <span
                className="triage-views__count"
                data-testid={`view-${view}-count`}
                aria-label={t('views.countLabel', { count })}
              >
                {formatCount(count)}
              </span>
            )}
          </button>
        );
      })}
    </section>
  );
}
