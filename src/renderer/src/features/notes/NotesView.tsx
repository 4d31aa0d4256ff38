import { useCallback, useRef, useState } from 'react';
import type { TagCount } from '../../../../shared/domain';
import { api } from '../../api';
import { useApiData } from '../../components/useApiData';
import { Notebook } from './Notebook';
import type { NotebookFilterState } from './notebook-filter';
import { OrphanedNotes } from './OrphanedNotes';
import { RecentlyDeleted } from './RecentlyDeleted';
import './notes-view.css';

interface Props {
  tags: TagCount[] | undefined;
  refreshKey: number;
  filter: NotebookFilterState;
  onFilterChange: (filter: NotebookFilterState) => void;
  onOpenArticle: (articleId: number, blockId: number | null, row?: number | null) => void;
  onReattach: (articleId: number, noteId: number) => void;
  onChanged: () => void;
}

type Tab = 'all' | 'orphaned' | 'deleted';

/** The notebook, and beside it the orphaned and the recently deleted notes. */
export function NotesView({
  tags,
  refreshKey,
  filter,
  onFilterChange,
  onOpenArticle,
  onReattach,
  onChanged,
}: Props) {
  const [tab, setTab] = useState<Tab>('all');
  const scroller = useRef<HTMLElement>(null);
  const orphansRequest = useCallback(() => api.listOrphanedNotes({}), []);
  const deletedRequest = useCallback(() => api.listRecentlyDeleted({}), []);
  const { value: orphans } = useApiData(orphansRequest, refreshKey);
  const { value: deleted } = useApiData(deletedRequest, refreshKey);

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
                {t.count !== undefined && t.count > 0 && <span className="tabs__count">{t.count}</span>}
              </button>
            ))}
          </div>
        </header>
        {tab === 'all' && (
          <Notebook
            tags={tags}
            refreshKey={refreshKey}
            filter={filter}
            onFilterChange={onFilterChange}
            scroller={scroller}
            onOpenArticle={onOpenArticle}
            onChanged={onChanged}
          />
        )}
        {tab === 'orphaned' && (
          <OrphanedNotes notes={orphans} onReattach={onReattach} onChanged={onChanged} />
        )}
        {tab === 'deleted' && <RecentlyDeleted notes={deleted} onChanged={onChanged} />}
      </div>
    </section>
  );
}
