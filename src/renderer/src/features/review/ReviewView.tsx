import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import type { NotebookFilterState } from '../notes/notebook-filter';
import { ForecastChart } from './ForecastChart';
import { MakeCards } from './MakeCards';
import { ReviewSession } from './ReviewSession';
import { intervalLabel } from './review-words';
import './review.css';
import { useChanges } from '../../data/changes';

interface Props {
  notebookFilter: NotebookFilterState;
  onOpenArticle: (articleId: number, blockId: number | null) => void;
  onOpenSettings: () => void;
}

const EXAM_NAMES = { prelims: 'review.exam.prelims', mains: 'review.exam.mains' } as const;

/** Revision: today's progress, the load until the exam, making cards, and the review session. */
export function ReviewView({ notebookFilter, onOpenArticle, onOpenSettings }: Props) {
  const [reviewing, setReviewing] = useState(false);
  const { t } = useT();
  const f = useFormat();
  const { data: stats } = useQuery({ queryKey: keys.review('stats'), queryFn: () => api.reviewStats({}) });
  const { changed } = useChanges();
  const reviewChanged = useCallback(() => void changed('review'), [changed]);
  const today = stats?.today;
  const done = today ? today.reviewed / Math.max(1, today.reviewed + today.due) : 0;

  return (
    <section className="review-view" data-testid="review-view" aria-labelledby="review-heading">
      <header className="review-view__header">
        <h1 className="review-view__title" id="review-heading">
          {t('review.heading')}
        </h1>
        {stats?.exam ? (
          <p className="exam-chip" data-testid="exam-countdown">
            <strong>{t(EXAM_NAMES[stats.exam.kind])}</strong>{' '}
            {t('review.exam.in', { count: stats.exam.daysLeft, n: f.number(stats.exam.daysLeft) })} ·{' '}
            {f.day(stats.exam.date)}
          </p>
        ) : (
          <button type="button" className="link-button exam-chip exam-chip--unset" onClick={onOpenSettings}>
            {t('review.exam.set')}
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
                {t('review.today.heading')}
              </h2>
              <div className="review-today__numbers" data-testid="review-today">
                <p>
                  <span className="review-today__big" data-testid="review-due">
                    {today ? f.number(today.due) : '–'}
                  </span>
                  {t('review.today.due')}
                </p>
                <p>
                  <span className="review-today__big" data-testid="review-reviewed">
                    {today ? f.number(today.reviewed) : '–'}
                  </span>
                  {t('review.today.reviewed')}
                </p>
                <p>
                  <span className="review-today__big">{stats ? f.number(stats.cards) : '–'}</span>
                  {t('review.today.inAll', { count: stats?.cards ?? 0 })}
                </p>
              </div>
              <div
                className="progress"
                role="progressbar"
                aria-label={t('review.today.progress')}
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
                  ? t('review.today.start', { count: stats.dueNow, n: f.number(stats.dueNow) })
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
