import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { countLabel, formatDay } from '../../format';
import type { NotebookFilterState } from '../notes/notebook-filter';
import { ForecastChart } from './ForecastChart';
import { MakeCards } from './MakeCards';
import { ReviewSession } from './ReviewSession';
import { intervalLabel } from './review-words';
import { useT } from '../../i18n';
import './review.css';
import { useChanges } from '../../data/changes';

interface Props {
  notebookFilter: NotebookFilterState;
  onOpenArticle: (articleId: number, blockId: number | null) => void;
  onOpenSettings: () => void;
}

const EXAM_NAMES = { prelims: 'Prelims', mains: 'Mains' } as const;

/** Revision: today's progress, the load until the exam, making cards, and the review session. */
export function ReviewView({ notebookFilter, onOpenArticle, onOpenSettings }: Props) {
  const [reviewing, setReviewing] = useState(false);
  const { t } = useT();
  const { data: stats } = useQuery({ queryKey: keys.review('stats'), queryFn: () => api.reviewStats({}) });
  const { changed } = useChanges();
  const reviewChanged = useCallback(() => void changed('review'), [changed]);
  const today = stats?.today;
  const done = today ? today.reviewed / Math.max(1, today.reviewed + today.due) : 0;

  return (
    <section className="review-view" data-testid="review-view" aria-labelledby="review-heading">
      <header className="review-view__header">
        <h1 className="review-view__title" id="review-heading">
          Revise
        </h1>
        {stats?.exam ? (
          <p className="exam-chip" data-testid="exam-countdown">
            <strong>{EXAM_NAMES[stats.exam.kind]}</strong> in {countLabel(stats.exam.daysLeft, 'day')} ·{' '}
            {formatDay(stats.exam.date)}
          </p>
        ) : (
          <button type="button" className="link-button exam-chip exam-chip--unset" onClick={onOpenSettings}>
            Set your exam date to pace revision →
          </button>
        )}
      </header>

      {reviewing ? (
        <ReviewSession
          stats={stats}
          onOpenArticle={onOpenArticle}
          onGraded={reviewChanged}
          onEnd={() => setReviewing(false)}
        />
      ) : (
        <>
          <div className="review-grid">
            <section className="review-card-panel review-today" aria-labelledby="today-heading">
              <h2 className="review-panel__title" id="today-heading">
                Today
              </h2>
              <div className="review-today__numbers" data-testid="review-today">
                <p>
                  <span className="review-today__big" data-testid="review-due">
                    {today?.due ?? '–'}
                  </span>
                  due today
                </p>
                <p>
                  <span className="review-today__big" data-testid="review-reviewed">
                    {today?.reviewed ?? '–'}
                  </span>
                  reviewed
                </p>
                <p>
                  <span className="review-today__big">{stats?.cards ?? '–'}</span>
                  {stats?.cards === 1 ? 'card' : 'cards'} in all
                </p>
              </div>
              <div
                className="progress"
                role="progressbar"
                aria-label="Today's reviews done"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(done * 100)}
              >
                <span className="progress__fill" style={{ width: `${done * 100}%` }} />
              </div>
              <button
                type="button"
                className="button button--primary review-today__start"
                data-testid="start-review"
                disabled={!stats || stats.dueNow === 0}
                onClick={() => setReviewing(true)}
              >
                {stats && stats.dueNow > 0
                  ? `Start review · ${countLabel(stats.dueNow, 'card')}`
                  : t('revision.nothingDueNow')}
              </button>
              {stats && stats.dueNow === 0 && stats.soon[0] && (
                <p className="review-today__next" data-testid="review-next-due">
                  {t('revision.nextDueAt', { interval: intervalLabel(t, stats.soon[0].inMs) })}
                </p>
              )}
            </section>
            <MakeCards notebookFilter={notebookFilter} onMade={reviewChanged} />
          </div>
          <ForecastChart stats={stats} />
        </>
      )}
    </section>
  );
}
