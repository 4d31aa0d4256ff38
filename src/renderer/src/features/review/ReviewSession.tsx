import { useCallback, useEffect, useRef, useState } from 'react';
import {
  REVIEW_GRADES,
  type ReviewCard,
  type ReviewGrade,
  type ReviewStats,
} from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { useShortcut } from '../shortcuts/ShortcutProvider';
import { nextParts } from './intervals';
import { intervalLabel, nextMessage } from './review-words';
import { ReviewCardView } from './ReviewCardView';

interface Props {
  stats: ReviewStats | undefined;
  onOpenArticle: (articleId: number, blockId: number | null) => void;
  onGraded: () => void;
  onEnd: () => void;
}

const QUEUE_SIZE = 200;

/** One sitting: the due cards one by one; Space shows the answer, 1–4 grade it, Esc ends. */
export function ReviewSession({ stats, onOpenArticle, onGraded, onEnd }: Props) {
  const reportError = useReportError();
  const { announce } = useFeedback();
  const { t } = useT();
  const f = useFormat();
  const [queue, setQueue] = useState<ReviewCard[] | null>(null);
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [graded, setGraded] = useState(0);
  const busy = useRef(false);

  const load = useCallback(() => {
    api.reviewQueue({ limit: QUEUE_SIZE }).then((cards) => {
      setQueue(cards);
      setIndex(0);
      setRevealed(false);
    }, reportError);
  }, [reportError]);
  useEffect(load, [load]);

  const card = queue?.[index];
  const reveal = useCallback(() => {
    if (!card || revealed) return;
    setRevealed(true);
    announce(t('review.session.shown'));
  }, [card, revealed, announce, t]);

  const grade = useCallback(
    (choice: ReviewGrade) => {
      if (!card || !revealed || busy.current) return;
      busy.current = true;
      api
        .gradeReviewCard({ cardId: card.cardId, grade: choice })
        .then(() => {
          setGraded((n) => n + 1);
          onGraded();
          announce(`Graded ${t(`revision.grades.${choice}`)}`);
          if (queue && index + 1 < queue.length) {
            setIndex(index + 1);
            setRevealed(false);
          } else {
            // The end of this batch: cards graded "again" may be due again already.
            load();
          }
        }, reportError)
        .finally(() => {
          busy.current = false;
        });
    },
    [card, revealed, queue, index, onGraded, announce, load, reportError, t],
  );

  // Space, 1–4 and Esc through the shortcut table (`review.*`): not while typing in a field.
  useShortcut('review.reveal', () => {
    if (revealed) return false;
    reveal();
  });
  useShortcut('review.grade', (_event, match) => {
    if (!revealed) return false;
    grade(REVIEW_GRADES[match.index]!);
  });
  useShortcut('review.end', () => onEnd());

  const total = queue?.length ?? 0;
  const reviewedToday = stats?.today.reviewed ?? graded;
  return (
    <div className="review-session" data-testid="review-session">
      <div className="review-session__top">
        <p className="review-session__progress" data-testid="review-progress" aria-live="polite">
          {card
            ? t('review.session.card', { n: f.number(index + 1), total: f.number(total) })
            : t('review.session.session')}{' '}
          · {t('review.session.graded', { count: graded, n: f.number(graded) })} ·{' '}
          {t('review.session.reviewedToday', { n: f.number(reviewedToday) })}
        </p>
        <button type="button" className="button button--small" data-testid="end-review" onClick={onEnd}>
          {t('review.session.end')} <kbd>{t('review.keys.esc')}</kbd>
        </button>
      </div>
      <div
        className="progress progress--thin"
        role="progressbar"
        aria-label={t('review.session.progress')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={Math.min(index, total)}
      >
        <span className="progress__fill" style={{ width: `${total ? (index / total) * 100 : 100}%` }} />
      </div>

      {queue === null && <p className="review-session__loading">{t('review.session.loading')}</p>}
      {queue !== null && !card && (
        <div className="review-done" data-testid="review-done">
          <p className="review-done__title">{t('revision.doneTitle')}</p>
          <p>{t('revision.doneReviewed', { count: graded })}</p>
          {stats && (
            <p className="review-done__next" data-testid="review-next" aria-live="polite">
              {nextMessage(t, nextParts(stats))}
            </p>
          )}
          <button type="button" className="button button--primary" onClick={onEnd}>
            {t('revision.backToRevise')}
          </button>
        </div>
      )}
      {card && (
        <>
          <ReviewCardView key={card.cardId} card={card} revealed={revealed} onOpenArticle={onOpenArticle} />
          <div className="review-actions">
            {revealed ? (
              <div className="review-grades" role="group" aria-label={t('revision.gradeGroup')}>
                {REVIEW_GRADES.map((choice, i) => {
                  const name = t(`revision.grades.${choice}`);
                  const ms = card.intervals?.[choice];
                  const interval = ms === undefined ? null : intervalLabel(t, ms);
                  return (
                    <button
                      key={choice}
                      type="button"
                      className={`button grade-button grade-button--${choice}`}
                      data-testid={`grade-${choice}`}
                      title={interval ? t('revision.gradeTitle', { grade: name, interval }) : undefined}
                      onClick={() => grade(choice)}
                    >
                      {interval ? t('revision.gradeWithInterval', { grade: name, interval }) : name}
                      <kbd>{i + 1}</kbd>
                    </button>
                  );
                })}
              </div>
            ) : (
              <button
                type="button"
                className="button button--primary review-reveal"
                data-testid="review-reveal"
                autoFocus
                onClick={reveal}
              >
                {t('review.session.show')} <kbd>{t('review.keys.space')}</kbd>
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
