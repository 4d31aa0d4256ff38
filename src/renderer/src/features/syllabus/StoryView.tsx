import './syllabus.css';
import { formatDay } from '../../format';
import { useT } from '../../i18n';
import { useSyllabusNavigation } from './navigation';
import { useStory } from './useSyllabus';

/** A story as a timeline: its articles in date order, each with the student's notes on it. */
export function StoryView({ articleId }: { articleId: number }) {
  const { t } = useT();
  const story = useStory(articleId).data;
  const { openArticle } = useSyllabusNavigation();
  return (
    <div className="story-view" data-testid="story-view">
      <header className="story-view__header">
        <h1 className="story-view__title">{t('story.title')}</h1>
        <p className="story-view__intro">{t('story.intro')}</p>
        <button type="button" className="button" onClick={() => openArticle(articleId)}>
          {t('story.back')}
        </button>
      </header>
      {!story ? (
        <p aria-busy="true">{t('story.loading')}</p>
      ) : (
        <ol className="story-timeline">
          {story.map((article) => (
            <li
              key={article.id}
              className={article.current ? 'story-entry story-entry--current' : 'story-entry'}
              data-testid="story-entry"
            >
              <time className="story-entry__date" dateTime={article.date ?? undefined}>
                {article.date ? formatDay(article.date) : t('common.undated')}
              </time>
              <div className="story-entry__body">
                <h2 className="story-entry__title">
                  <button type="button" className="story-entry__open" onClick={() => openArticle(article.id)}>
                    {article.title}
                  </button>
                </h2>
                {(article.source || article.current) && (
                  <p className="story-entry__meta">
                    {[article.source, article.current ? t('story.current') : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                )}
                {article.articleNote && (
                  <blockquote className="story-entry__article-note" aria-label={t('story.articleNote')}>
                    {article.articleNote}
                  </blockquote>
                )}
                {article.notes.length === 0 && !article.articleNote ? (
                  <p className="story-entry__none">{t('story.noNotes')}</p>
                ) : (
                  <ul className="story-entry__notes">
                    {article.notes.map((note) => (
                      <li key={note.id} className={`story-note story-note--${note.color ?? 'plain'}`}>
                        <span className="story-note__quote">{note.quote}</span>
                        {note.note && <span className="story-note__text">{note.note}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
