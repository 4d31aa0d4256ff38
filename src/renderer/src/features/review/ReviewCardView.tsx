import { useQuery } from '@tanstack/react-query';
import type { ReviewCard } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { ColorLabel } from '../notes/ColorLabel';
import { NoteMarkdown } from '../notes/NoteMarkdown';
import { promptParts } from './cloze';

interface Props {
  card: ReviewCard;
  revealed: boolean;
  onOpenArticle: (articleId: number, blockId: number | null) => void;
}

/** A card: the passage (a blank where a cloze hides words); once revealed, the words, the note and the source. */
export function ReviewCardView({ card, revealed, onOpenArticle }: Props) {
  const { t } = useT();
  const f = useFormat();
  // The card names its article but not its date; the article has it.
  const { data: article } = useQuery({
    queryKey: keys.article(card.articleId),
    queryFn: () => api.getArticle({ id: card.articleId }),
  });

  return (
    <article
      className={`flashcard${card.color ? ` color--${card.color}` : ''}`}
      data-testid="review-card"
      data-card-id={card.cardId}
    >
      <div className="flashcard__meta">
        {card.color && <ColorLabel color={card.color} />}
        <span className="flashcard__state">
          {card.state === 'new' ? t('review.card.new') : t('review.card.seen', { n: f.number(card.reps) })}
        </span>
      </div>
      <p className="flashcard__prompt" data-testid="review-prompt">
        {promptParts(card.prompt).map((part, i) =>
          part.kind === 'text' ? (
            part.text
          ) : revealed && card.cloze ? (
            <mark key={i} className="flashcard__filled" data-testid="review-cloze-answer">
              {card.cloze}
            </mark>
          ) : (
            <span
              key={i}
              className="flashcard__blank"
              data-testid="review-blank"
              aria-label={t('review.card.hidden')}
            >
              {'\u2003'.repeat(4)}
            </span>
          ),
        )}
      </p>
      {revealed && (
        <div className="flashcard__back" data-testid="review-answer">
          {card.note.trim() !== '' ? (
            <NoteMarkdown source={card.note} className="flashcard__note" testId="review-note" />
          ) : (
            !card.cloze && <p className="flashcard__no-note">{t('review.card.noNote')}</p>
          )}
          <p className="flashcard__source">
            {t('review.card.from')}{' '}
            <button
              type="button"
              className="link-button"
              data-testid="review-open-article"
              onClick={() => onOpenArticle(card.articleId, card.blockId)}
            >
              {card.articleTitle}
            </button>
            {article && <span className="flashcard__date"> · {f.day(article.date)}</span>}
          </p>
        </div>
      )}
    </article>
  );
}
