import { useT } from '../../i18n';
import { useQuery } from '@tanstack/react-query';
import { createContext, useEffect, useMemo, useState, type RefObject } from 'react';
import { api } from '../../api';
import { keys } from '../../data/keys';

type Ranges = ReadonlyArray<readonly [number, number]>;

/** Where the search the article was opened from matches, by block id. */
export const SearchHitsContext = createContext<ReadonlyMap<number, Ranges>>(new Map());

const NO_HITS: ReadonlyMap<number, Ranges> = new Map();

/** Asks the core where `query` matches inside the article; an empty map without a query. */
export function useSearchHits(articleId: number | null, query: string | null): ReadonlyMap<number, Ranges> {
  const active = articleId !== null && query !== null && query.trim() !== '';
  const { data: value } = useQuery({
    queryKey: keys.search('hits', articleId, query),
    queryFn: () => api.searchMatches({ articleId: articleId ?? 0, query: query ?? '' }),
    enabled: active,
  });
  return useMemo(
    () => (active && value ? new Map(value.blocks.map((block) => [block.blockId, block.ranges])) : NO_HITS),
    [active, value],
  );
}

const CURRENT = 'search-hit--current';

/**
 * "2 of 5" with previous/next buttons over the hits marked in the reader; the first is scrolled
 * into view as soon as the hits are drawn.
 */
export function HitNavigator({
  root,
  hits,
}: {
  root: RefObject<HTMLElement | null>;
  hits: ReadonlyMap<number, Ranges>;
}) {
  const [marks, setMarks] = useState<HTMLElement[]>([]);
  const [current, setCurrent] = useState(0);
  const { t } = useT();

  // The marks are in the DOM once the blocks have drawn them: gather them in the next frame.
  useEffect(() => {
    const frame = window.requestAnimationFrame(() => {
      const found =
        hits.size === 0
          ? []
          : [...(root.current?.querySelectorAll<HTMLElement>('[data-testid="search-hit"]') ?? [])];
      setMarks(found);
      setCurrent(0);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [hits, root]);

  useEffect(() => {
    marks.forEach((mark, index) => mark.classList.toggle(CURRENT, index === current));
    const mark = marks[current];
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.setAttribute('data-current', 'true');
    }
    return () => mark?.removeAttribute('data-current');
  }, [marks, current]);

  if (marks.length === 0) return null;
  const step = (by: number) => setCurrent((index) => (index + by + marks.length) % marks.length);
  return (
    <div className="hit-nav" data-testid="hit-nav" role="group" aria-label={t('reader.hits.label')}>
      <span data-testid="hit-position" aria-live="polite">
        {t('reader.hits.position', { n: current + 1, total: marks.length })}
      </span>
      <button
        type="button"
        className="button button--small"
        data-testid="hit-prev"
        aria-label={t('reader.hits.prev')}
        onClick={() => step(-1)}
      >
        ↑ {t('reader.hits.prevShort')}
      </button>
      <button
        type="button"
        className="button button--small"
        data-testid="hit-next"
        aria-label={t('reader.hits.next')}
        onClick={() => step(1)}
      >
        ↓ {t('reader.hits.nextShort')}
      </button>
    </div>
  );
}
