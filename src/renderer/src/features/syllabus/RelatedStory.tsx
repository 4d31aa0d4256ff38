import './syllabus.css';
import { useEffect, useState } from 'react';
import { formatDay } from '../../format';
import { useT } from '../../i18n';
import { useSyllabusNavigation } from './navigation';
import { useRelated } from './useSyllabus';

/** How long an article stays open before its related articles are asked for (as resume's dwell). */
const RELATED_AFTER_MS = 1000;

/** "Earlier and later in this story": up to 8 related articles in date order, and the story's timeline. */
export function RelatedStory({ articleId }: { articleId: number }) {
  const { t } = useT();
  // Asked for once the article has stayed open a moment: a click (or j/k through the list) costs only
  // the article and its read mark (issue 17); the list sits at the article's end, below the first screen.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(true), RELATED_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [articleId]);
  const related = useRelated(articleId, settled).data;
  const { openArticle, openStory } = useSyllabusNavigation();
  if (!related) return null;
  return (
    <section className="related-story" aria-labelledby="related-story-title" data-testid="related-story">
      <header className="related-story__header">
        <h2 className="related-story__title" id="related-story-title">
          {t('story.related')}
        </h2>
        {related.length > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => openStory(articleId)}
            data-testid="open-story"
          >
            {t('story.openStory')}
          </button>
        )}
      </header>
      {related.length === 0 ? (
        <p className="related-story__none">{t('story.relatedNone')}</p>
      ) : (
        <ol className="related-story__list">
          {related.map((r) => (
            <li key={r.id} className="related-story__item">
              <time className="related-story__date" dateTime={r.date ?? undefined}>
                {r.date ? formatDay(r.date) : t('common.undated')}
              </time>
              <button
                type="button"
                className="related-story__link"
                title={t('story.similarity', { percent: Math.round(r.score * 100) })}
                onClick={() => openArticle(r.id)}
              >
                {r.title}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
