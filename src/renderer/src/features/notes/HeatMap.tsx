import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { localToday } from '../../../../shared/dates';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { useT } from '../../i18n';
import { monthName } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';
import { heatMapRange, heatMapWeeks, monthLabels, type HeatCell } from './heat-map';
import './heat-map.css';

interface Props {
  /** The day whose notes the notebook shows, if one was picked. */
  selectedDay: string;
  onSelectDay: (day: string) => void;
}

const CELL = 13;
const GAP = 3;
const STEP = CELL + GAP;
const TOP = 16;
const WEEKDAYS = ['monday', '', 'wednesday', '', 'friday', '', ''] as const;

/** Days in a row, up to today, with something read or written. */
function streak(weeks: ReadonlyArray<ReadonlyArray<HeatCell | null>>): number {
  const days = weeks.flat().filter((c): c is HeatCell => c !== null);
  let count = 0;
  for (let i = days.length - 1; i >= 0 && days[i]!.level > 0; i--) count++;
  return count;
}

/** Six months of study rhythm, a square a day like a contribution graph; clicking a day shows its notes. */
export function HeatMap({ selectedDay, onSelectDay }: Props) {
  const { t } = useT();
  const f = useFormat();
  const counted = (n: number) => ({ count: n, n: f.number(n) });
  const describe = (cell: HeatCell) =>
    t('notes.heat.day', {
      day: f.day(cell.day),
      notes: t('notes.heat.written', counted(cell.notesWritten)),
      articles: t('notes.heat.read', counted(cell.articlesRead)),
    });
  const today = localToday();
  const range = useMemo(() => heatMapRange(today), [today]);
  const { data: days } = useQuery({
    queryKey: keys.notes('heat-map', range),
    queryFn: () => api.notebookHeatMap(range),
  });
  const weeks = useMemo(() => heatMapWeeks(days ?? [], range), [days, range]);
  const [hover, setHover] = useState<{ cell: HeatCell; x: number; y: number } | null>(null);

  const notes = (days ?? []).reduce((sum, d) => sum + d.notesWritten, 0);
  const articles = (days ?? []).reduce((sum, d) => sum + d.articlesRead, 0);
  const width = 30 + weeks.length * STEP;
  const height = TOP + 7 * STEP;

  return (
    <section className="heat-map" data-testid="heat-map" aria-labelledby="heat-map-title">
      <div className="heat-map__head">
        <h2 className="heat-map__title" id="heat-map-title">
          {t('notes.heat.title')}
        </h2>
        <p className="heat-map__summary">{t('notes.heat.summary', { from: f.day(range.from) })}</p>
      </div>
      <div className="heat-map__layout">
        <div className="heat-map__body" onMouseLeave={() => setHover(null)}>
          <svg
            className="heat-map__svg"
            width={width}
            height={height}
            role="img"
            aria-label={t('notes.heat.label', {
              from: f.day(range.from),
              notes: t('notes.count', counted(notes)),
              articles: t('notes.heat.articles', counted(articles)),
            })}
          >
            {monthLabels(weeks, (index) => monthName(index, f.style.language)).map((m) => (
              <text key={m.week} x={30 + m.week * STEP} y={10} className="heat-map__month">
                {m.label}
              </text>
            ))}
            {WEEKDAYS.map((label, i) =>
              label ? (
                <text key={i} x={0} y={TOP + i * STEP + CELL - 2} className="heat-map__weekday">
                  {t(`notes.heat.${label}`)}
                </text>
              ) : null,
            )}
            {weeks.map((week, w) =>
              week.map((cell, d) =>
                cell ? (
                  <rect
                    key={cell.day}
                    x={30 + w * STEP}
                    y={TOP + d * STEP}
                    width={CELL}
                    height={CELL}
                    rx={2.5}
                    className={`heat-cell heat-cell--${cell.level}${cell.day === selectedDay ? ' heat-cell--selected' : ''}${cell.day === today ? ' heat-cell--today' : ''}`}
                    data-testid="heat-day"
                    data-day={cell.day}
                    data-level={cell.level}
                    onMouseEnter={() => setHover({ cell, x: 30 + w * STEP + CELL / 2, y: TOP + d * STEP })}
                    onClick={() => onSelectDay(cell.day === selectedDay ? '' : cell.day)}
                  />
                ) : null,
              ),
            )}
          </svg>
          {hover && (
            <div
              className="heat-map__tooltip"
              data-testid="heat-tooltip"
              style={{ left: hover.x, top: hover.y }}
            >
              {describe(hover.cell)}
            </div>
          )}
          <div className="heat-map__legend" aria-hidden="true">
            {t('notes.heat.less')}
            {[0, 1, 2, 3, 4].map((level) => (
              <span key={level} className={`heat-map__swatch heat-cell--${level}`} />
            ))}
            {t('notes.heat.more')}
          </div>
        </div>
        <dl className="heat-map__stats" data-testid="heat-map-summary">
          <div>
            <dt>{t('notes.heat.notesWritten')}</dt>
            <dd>{days ? f.number(notes) : '–'}</dd>
          </div>
          <div>
            <dt>{t('notes.heat.articlesRead')}</dt>
            <dd>{days ? f.number(articles) : '–'}</dd>
          </div>
          <div>
            <dt>{t('notes.heat.streak')}</dt>
            <dd>{days ? f.number(streak(weeks)) : '–'}</dd>
          </div>
        </dl>
      </div>
    </section>
  );
}
