import { useT } from '../../i18n';
import { useEffect, useRef } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ArticleBody } from './ArticleBody';
import { ReaderBar } from './ReaderBar';
import { ReaderHeader } from './ReaderHeader';
import { RelatedLinks } from './RelatedLinks';
import { RelatedStory } from '../syllabus/RelatedStory';
import { articleDrawn } from './read-on-open';
import { useArticle } from './useArticle';
import { HitNavigator, SearchHitsContext, useSearchHits } from './search-hits';
import { useResume } from '../resume/useResume';
import '../search/search.css';
import './reader.css';

interface Props {
  articleId: number | null;
  focusBlockId: number | null;
  /** The table row to focus within that block, when opened from a row note. */
  focusRow?: number | null;
  reattachId: number | null;
  /** The search the article was opened from, if any: its hits are marked. */
  searchQuery?: string | null;
}

/** The main pane: the open article with its notes. */
export function Reader({ articleId, focusBlockId, focusRow = null, reattachId, searchQuery = null }: Props) {
  // Opened at a place: every note in the first reply, so the place does not move as notes arrive.
  const atPlace = focusBlockId !== null || reattachId !== null || (searchQuery ?? '').trim() !== '';
  const { article } = useArticle(articleId, { atPlace });
  const { t } = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const hits = useSearchHits(articleId, searchQuery);
  // The hits drawn are those of the article on screen.
  const shownHits = article && article.id === articleId ? hits : null;

  // Drawn: an open's setRead goes after this frame's paint (read-on-open.ts).
  const drawnId = article && article.id === articleId ? article.id : null;
  useEffect(() => {
    if (drawnId !== null) articleDrawn(drawnId);
  }, [drawnId]);
  // Back where the user left it, unless it was opened at a note's passage or a search's hits.
  const resume = focusBlockId === null && reattachId === null && (searchQuery ?? '').trim() === '';
  useResume(scroller, article && article.id === articleId ? article : null, resume);

  return (
    // One scrolling element per article: a new article starts at its top without a scrollTo, which
    // would lay the page out in the click, before the article is there to draw (issue 17).
    <div className="reader-scroll" ref={scroller} key={articleId ?? 'none'}>
      {articleId === null ? (
        <EmptyState title={t('reader.empty.title')} icon="library" testId="reader-empty">
          <p>{t('reader.empty.text')}</p>
          <p>
            {t('reader.empty.press')} <kbd>/</kbd> {t('reader.empty.search')}
          </p>
        </EmptyState>
      ) : !article ? (
        <p className="reader__loading" aria-busy="true">
          {t('reader.opening')}
        </p>
      ) : (
        <>
          <ReaderBar article={article} scroller={scroller} />
          <article
            className="reader"
            data-testid="reader"
            data-id={article.id}
            aria-labelledby="reader-title"
          >
            {shownHits && <HitNavigator root={scroller} hits={shownHits} />}
            <ReaderHeader article={article} />
            <SearchHitsContext.Provider value={shownHits ?? new Map()}>
              <ArticleBody
                // Opening a note or an orphan from the notebook starts the reader afresh at that place.
                key={`${article.id}:${focusBlockId}:${focusRow}:${reattachId}`}
                article={article}
                focusBlockId={focusBlockId}
                focusRow={focusRow}
                reattachId={reattachId}
              />
            </SearchHitsContext.Provider>
            <RelatedLinks links={article.links ?? []} />
            <RelatedStory key={`related-${article.id}`} articleId={article.id} />
          </article>
        </>
      )}
    </div>
  );
}
