import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { TagCount } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { Notebook } from './Notebook';
import type { NotebookFilterState } from './notebook-filter';
import { OrphanedNotes } from './OrphanedNotes';
import { RecentlyDeleted } from './RecentlyDeleted';
import './notes-view.css';
import { formatCount } from '../../format';

interface Props {
  tags: TagCount[] | undefined;
  filter: NotebookFilterState;
  onFilterChange: (filter: NotebookFilterState) => void;
  onOpenArticle: (articleId: number, blockId: number | null, row?: number | null) => void;
  onReattach: (articleId: number, noteId: number) => void;
}

type Tab = 'all' | 'orphaned' | 'deleted';

/** The notebook, and beside it the orphaned and the recently deleted notes. */
export function NotesView({ tags, filter, onFilterChange, onOpenArticle, onReattach }: Props) {
  const [tab, setTab] = useState<Tab>('all');
  const scroller = useRef<HTMLElement>(null);
  const { data: orphans } = useQuery({
    queryKey: keys.notes('orphaned'),
    queryFn: () => api.listOrphanedNotes({}),
  });
  const { data: deleted } = useQuery({
    queryKey: keys.notes('deleted'),
    queryFn: () => api.listRecentlyDeleted({}),
  });

  const tabs: Array<{ id: Tab; label: string; count?: number }> = [
    { id: 'all', label: 'All notes' },
    { id: 'orphaned', label: 'Orphaned', count: orphans?.length },
    { id: 'deleted', label: 'Recently deleted', count: deleted?.length },
  ];

  return (
    <section className="notes-view" data-testid="notes-view" aria-labelledby="notes-heading" ref={scroller}>
      <div className="notes-view__inner">
        <header className="notes-view__header">
          <h1 className="notes-view__title" id="notes-heading">
            Notebook
          </h1>
          <div className="tabs" role="tablist" aria-label="Which notes">
            {tabs.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                aria-selected={tab === t.id}
                className="tabs__tab"
                data-testid={`notes-tab-${t.id}`}
                onClick={() => setTab(t.id)}
              >
                {t.label}
                {t.count !== undefined && t.count > 0 && (
                  <span className="tabs__count">{formatCount(t.count)}</span>
                )}
              </button>
            ))}
          </div>
        </header>
        {tab === 'all' && (
          <Notebook
            tags={tags}
            filter={filter}
            onFilterChange={onFilterChange}
            scroller={scroller}
            onOpenArticle={onOpenArticle}
          />
        )}
        {tab === 'orphaned' && <OrphanedNotes notes={orphans} onReattach={onReattach} />}
        {tab === 'deleted' && <RecentlyDeleted notes={deleted} />}
      </div>
    </section>
  );
}
