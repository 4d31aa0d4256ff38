import type { ReviewStats } from '../../../../shared/domain';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';

const HEIGHT = 120;
const WIDTH = 820;
const LEFT = 28;

/** Cards due per day from today until the exam's eve, as bars. */
export function ForecastChart({ stats }: { stats: ReviewStats | undefined }) {
  const { t } = useT();
  const f = useFormat();
  const days = stats?.forecast ?? [];
  const max = Math.max(1, ...days.map((d) => d.due));
  const slot = days.length > 0 ? (WIDTH - LEFT) / days.length : 0;
  const bar = Math.max(1, Math.min(22, slot - (slot > 6 ? 2 : 0.5)));
  const total = days.reduce((sum, d) => sum + d.due, 0);
  const busiest = days.reduce<{ day: string; due: number } | null>(
    (top, d) => (!top || d.due > top.due ? d : top),
    null,
  );
  const until = stats?.exam
    ? t('review.forecast.until', {
        exam: stats.exam.kind === 'prelims' ? t('review.exam.prelims') : t('review.exam.mains'),
      })
    : t('review.forecast.next30');

  return (
    <section
      className="review-card-panel forecast"
      data-testid="review-forecast"
      aria-labelledby="forecast-heading"
    >
      <div className="forecast__head">
        <h2 className="review-panel__title" id="forecast-heading">
          {t('review.forecast.heading', { until })}
        </h2>
        <p className="forecast__summary">
          {t('review.forecast.summary', {
            reviews: t('review.forecast.reviews', { count: total, n: f.number(total) }),
            days: t('review.forecast.days', { count: days.length, n: f.number(days.length) }),
          })}
          {busiest &&
            busiest.due > 0 &&
            ` · ${t('review.forecast.busiest', { day: f.day(busiest.day), n: f.number(busiest.due) })}`}
        </p>
      </div>
      {days.length > 0 && (
        <svg
          className="forecast__chart"
          viewBox={`0 0 ${WIDTH} ${HEIGHT + 22}`}
          role="img"
          aria-label={t('review.forecast.label', {
            until,
            reviews: t('review.forecast.reviews', { count: total, n: f.number(total) }),
            max: f.number(max),
          })}
        >
          <line x1={LEFT} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="forecast__axis" />
          <text x={LEFT - 6} y={10} className="forecast__label" textAnchor="end">
            {f.number(max)}
          </text>
          <text x={LEFT - 6} y={HEIGHT} className="forecast__label" textAnchor="end">
            0
          </text>
          {days.map((d, i) => {
            const h = d.due === 0 ? 0 : Math.max(2, (d.due / max) * (HEIGHT - 8));
            return (
              <rect
                key={d.day}
                x={LEFT + i * slot + (slot - bar) / 2}
                y={HEIGHT - h}
                width={bar}
                height={h}
                rx={Math.min(3, bar / 2)}
                className={i === 0 ? 'forecast__bar forecast__bar--today' : 'forecast__bar'}
                data-testid="forecast-bar"
                data-day={d.day}
                data-due={d.due}
              >
                <title>
                  {t('review.forecast.bar', { day: f.day(d.day), count: d.due, n: f.number(d.due) })}
                </title>
              </rect>
            );
          })}
          <text x={LEFT} y={HEIGHT + 16} className="forecast__label">
            {t('review.today.heading')}
          </text>
          <text x={WIDTH} y={HEIGHT + 16} className="forecast__label" textAnchor="end">
            {f.day(days.at(-1)!.day)}
            {stats?.exam ? ` · ${t('review.forecast.eve')}` : ''}
          </text>
        </svg>
      )}
    </section>
  );
}
