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
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';

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
  const { t } = useT();
  const f = useFormat();
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
    { id: 'all', label: t('notes.tabs.all') },
    { id: 'orphaned', label: t('notes.tabs.orphaned'), count: orphans?.length },
    { id: 'deleted', label: t('notes.tabs.deleted'), count: deleted?.length },
  ];

  return (
    <section className="notes-view" data-testid="notes-view" aria-labelledby="notes-heading" ref={scroller}>
      <div className="notes-view__inner">
        <header className="notes-view__header">
          <h1 className="notes-view__title" id="notes-heading">
            {t('notes.heading')}
          </h1>
          <div className="tabs" role="tablist" aria-label={t('notes.tabs.label')}>
            {tabs.map((option) => (
              <button
                key={option.id}
                type="button"
                role="tab"
                aria-selected={tab === option.id}
                className="tabs__tab"
                data-testid={`notes-tab-${option.id}`}
                onClick={() => setTab(option.id)}
              >
                {option.label}
                {option.count !== undefined && option.count > 0 && (
                  <span className="tabs__count">{f.number(option.count)}</span>
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
