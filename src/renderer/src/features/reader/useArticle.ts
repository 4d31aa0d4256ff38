import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Annotation, Article } from '../../../../shared/domain';
import { mergeNotes } from '../../../../shared/first-screen-notes';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { writtenPositions } from '../resume/written-positions';
import { drawWholeAtOnce } from './first-screen';
import { shownRead } from './read-on-open';

/**
 * The notes the first reply holds (issue 17): those of the first blocks, whole blocks, until about
 * three dozen notes. The first frame draws a dozen note cards (`first-screen.ts`); an article with
 * 1,000 notes would otherwise be one 300 KB reply before anything is drawn.
 */
export const FIRST_SCREEN = { blocks: 12, notes: 36 } as const;

/**
 * The article `id` with its blocks and annotations; fetched again when it changes. `atPlace`: it opens
 * at a note's passage, an orphan to place or search hits, so every note comes in the first reply.
 */
export function useArticle(id: number | null, options: { atPlace?: boolean } = {}) {
  const client = useQueryClient();
  const atPlace = options.atPlace ?? false;
  const { data, isFetching } = useQuery({
    queryKey: keys.article(id ?? 0),
    queryFn: () => fetchArticle(client, id ?? 0, atPlace),
    enabled: id !== null,
  });
  return { article: id !== null && data?.id === id ? data : undefined, loading: isFetching };
}

/**
 * Asks for article `id` as the click that opens it happens, before React draws anything: the reply is
 * on its way while the page swaps the reader (unmounting a long article takes a while). The reader's
 * `useArticle` then finds the query in flight or answered: one `getArticle`, not two. `atPlace` must be
 * what the reader will pass.
 */
export function prefetchArticle(client: QueryClient, id: number, atPlace: boolean): void {
  void client.prefetchQuery({ queryKey: keys.article(id), queryFn: () => fetchArticle(client, id, atPlace) });
}

/**
 * The first open of an article: its text with the first screen's notes, put in the cache at once so the
 * reader paints it; then, after that frame, the rest of its notes in pages. The query's answer is the
 * whole article. A fetch after a change, or an open at a place, asks for the whole article in one reply,
 * so no card vanishes for a moment or moves what the reader scrolled to.
 */
export async function fetchArticle(client: QueryClient, id: number, atPlace: boolean): Promise<Article> {
  const key = keys.article(id);
  const cached = client.getQueryData<Article>(key);
  // Opened a moment ago: shown read while its setRead waits for this reply to be painted (read-on-open.ts).
  if (atPlace || (cached !== undefined && cached.moreAnnotations === undefined))
    return shownRead(await api.getArticle({ id }));
  const first = shownRead(await api.getArticle({ id, firstScreen: FIRST_SCREEN }));
  const more = first.moreAnnotations;
  if (!more) return first;
  // Resuming below the top: the reader scrolls there at once, so the blocks above need their cards.
  const resumesBelow = drawWholeAtOnce(
    { blocks: first.blocks, position: writtenPositions.of(first) },
    { focusBlockId: null, reattachId: null, hits: 0 },
  );
  if (!resumesBelow) {
    client.setQueryData(key, first);
    await afterPaint();
  }
  const rest = await notesAfter(id, more.fromBlock);
  // What the cache holds now (marked read meanwhile, starred…), with every note.
  const now = client.getQueryData<Article>(key);
  const { moreAnnotations: _partial, ...whole } = now && now.id === id ? now : first;
  return { ...whole, annotations: mergeNotes(first.annotations, rest) };
}

/** Every note of article `id` after its first `fromBlock` blocks, page by page. */
async function notesAfter(id: number, fromBlock: number): Promise<Annotation[]> {
  const notes: Annotation[] = [];
  let afterId: number | null = null;
  for (;;) {
    const page: { annotations: Annotation[]; nextAfterId: number | null } = await api.listArticleNotesAfter({
      articleId: id,
      fromBlock,
      afterId,
    });
    notes.push(...page.annotations);
    if (page.nextAfterId === null) return notes;
    afterId = page.nextAfterId;
  }
}

/** Resolves once the frame after this one has been painted (a task after the next animation frame). */
function afterPaint(): Promise<void> {
  return new Promise((done) => window.requestAnimationFrame(() => window.setTimeout(done)));
}
