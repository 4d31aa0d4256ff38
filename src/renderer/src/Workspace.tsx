import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArticleFilter, ImportReport } from '../../shared/domain';
import { api } from './api';
import { useReportError } from './components/errors';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useChanges } from './data/changes';
import { keys } from './data/keys';
import { useStarted } from './data/startup';
import type { SavedSearch } from './features/search/SavedSearches';
import type { SearchSort } from './features/search/useSearch';
import { ErrorBoundary } from './components/ErrorBoundary';
import { FeedbackProvider } from './components/feedback';
import type { DateChoice } from './features/library/date-filter';
import { ListPane } from './features/library/ListPane';
import { EMPTY_SELECTION, isMultiple, single, type Selection } from './features/library/selection';
import { LayoutContext, useLayoutState } from './features/library/layout';
import { Sidebar, type View } from './features/library/Sidebar';
import { usePreferences } from './features/settings/preferences';
import { useTags } from './features/library/useTags';
import { DropOverlay } from './features/import/DropOverlay';
import { ImportPanel } from './features/import/ImportPanel';
import { onArticlesDeleted } from './features/manage/deleted-articles';
import { useImport } from './features/import/useImport';
import { exportFilterOf } from './features/export/export-options';
import { ExportDialogHost, useOpenExportDialog } from './features/export/ExportDialogProvider';
import { NoteLinksContext } from './features/notes/note-links';
import { EMPTY_NOTEBOOK_FILTER, type NotebookFilterState } from './features/notes/notebook-filter';
import { NotesView } from './features/notes/NotesView';
import { Reader } from './features/reader/Reader';
import { markReadOnOpen } from './features/reader/read-on-open';
import { prefetchArticle } from './features/reader/useArticle';
import { ReviewView } from './features/review/ReviewView';
import { SettingsView } from './features/settings/SettingsView';
import { StudySettingsProvider } from './features/settings/study-settings';
import { SkipLinks } from './features/shortcuts/SkipLinks';
import { WorkspaceKeys } from './features/shortcuts/WorkspaceKeys';
import { useT } from './i18n';
import { useReopenLast } from './features/resume/useReopenLast';
import { useDayKeys } from './features/triage/day-keys';
import { TriageHeader } from './features/triage/TriageHeader';
import { TriageViews } from './features/triage/TriageViews';
import { useTriage } from './features/triage/useTriage';
import { SyllabusNavigationContext } from './features/syllabus/navigation';
import { StoryView } from './features/syllabus/StoryView';
import { SyllabusView } from './features/syllabus/SyllabusView';
import { TopicFilterChip } from './features/syllabus/TopicFilterChip';

interface OpenArticle {
  id: number;
  /** The passage to scroll to, when opened from a note. */
  blockId: number | null;
  /** The table row within that passage, when the note is on a row. */
  row?: number | null;
  /** An orphaned note to re-attach: the reader asks for its passage. */
  reattachId: number | null;
  /** The search it was opened from: the reader highlights its hits. */
  searchQuery?: string | null;
}

/** The three panes and the state they share: view, filters, query, open article. */
export function Workspace() {
  const { t } = useT();
  const reportError = useReportError();
  const [view, setView] = useState<View>('library');
  const [dateChoice, setDateChoice] = useState<DateChoice>({ kind: 'all' });
  const [tag, setTagName] = useState<string | null>(null);
  // Which tags of that name: the sources' or the user's own (a tag group's entry); any when not given.
  const [tagOrigin, setTagOrigin] = useState<'source' | 'user' | undefined>(undefined);
  const setTag = useCallback((name: string | null, origin?: 'source' | 'user') => {
    setTagName(name);
    setTagOrigin(origin);
  }, []);
  // The syllabus topic the list shows (from the Syllabus view), and the story open in the Story view.
  const [topic, setTopic] = useState<{ id: string; name: string } | null>(null);
  const [storyOf, setStoryOf] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SearchSort>('relevance');
  const [open, setOpen] = useState<OpenArticle | null>(null);
  // The articles selected in the library list; opening an article makes it the only one.
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  // Kept here so the notebook keeps its filter between visits and Revise can make cards from it.
  const [notebookFilter, setNotebookFilter] = useState<NotebookFilterState>(EMPTY_NOTEBOOK_FILTER);
  // What a change here makes stale (the query cache fetches again what is on screen).
  const { changed } = useChanges();
  const queryClient = useQueryClient();
  // Small screens: the sidebar as icons, the list hidden on demand (features/library/layout.ts).
  const layout = useLayoutState(usePreferences().preferences.zoom);
  const layoutClass =
    (layout.sidebarCollapsed ? ' app--sidebar-collapsed' : '') +
    (layout.listHidden && view === 'library' ? ' app--list-hidden' : '');
  const refresh = useCallback(() => void changed('library'), [changed]);
  /** Opens an article in the reader and marks it read (unless the caller knows it already is). */
  const openArticle = useCallback(
    (id: number, blockId: number | null = null, alreadyRead = false, row: number | null = null) => {
      prefetchArticle(queryClient, id, blockId !== null);
      setOpen({ id, blockId, row, reattachId: null });
      setSelection(single(id));
      setView('library');
      // The row shows it read at once; setRead goes once the article is painted (features/reader/read-on-open.ts).
      if (!alreadyRead) markReadOnOpen(queryClient, id, reportError);
    },
    [queryClient, reportError],
  );
  /** Opens a note's passage (a table row when `row` is set) from the notebook or a review card. */
  const openPassage = useCallback(
    (id: number, blockId: number | null, row: number | null = null) => openArticle(id, blockId, false, row),
    [openArticle],
  );
  const reattach = useCallback((articleId: number, noteId: number) => {
    setOpen({ id: articleId, blockId: null, reattachId: noteId });
    setSelection(single(articleId));
    setView('library');
  }, []);
  // A reload reopens the article the user was reading (already read: it is not marked again).
  useReopenLast((id) => {
    setOpen((current) => current ?? { id, blockId: null, reattachId: null });
    setSelection((current) => (current.ids.size === 0 ? single(id) : current));
  });
  const noteLinks = useMemo(() => ({ openArticle: (id: number) => openArticle(id) }), [openArticle]);
  const syllabusNavigation = useMemo(
    () => ({
      openArticle: (id: number) => openArticle(id),
      openStory: (id: number) => {
        setStoryOf(id);
        setView('story');
      },
    }),
    [openArticle],
  );
  const openTopic = useCallback((chosen: { id: string; name: string }) => {
    setTopic(chosen);
    setView('library');
  }, []);
  const openFromList = useCallback(
    (id: number, read?: boolean) => {
      // Opened from search results: the reader marks the hits, so it asks for every note at once.
      if (query.trim() !== '') prefetchArticle(queryClient, id, true);
      openArticle(id, null, read === true);
      // While there is a query the list shows its results: the reader marks the hits.
      if (query.trim() !== '') setOpen({ id, blockId: null, reattachId: null, searchQuery: query });
    },
    [openArticle, query, queryClient],
  );

  // Today, Unread and Starred, and the date filter as resolved against the library ("Last 7 days").
  const triage = useTriage(dateChoice, setDateChoice);
  const filter = useMemo<ArticleFilter>(
    () => ({
      ...triage.filter,
      ...(tag === null ? {} : { tag, ...(tagOrigin ? { tagOrigin } : {}) }),
      ...(topic === null ? {} : { syllabus: topic.id }),
    }),
    [triage.filter, tag, tagOrigin, topic],
  );
  useDayKeys(view === 'library' && dateChoice.kind === 'day', triage.step);
  const tags = useTags();
  // The calls that wait for the list's first rows (data/startup.ts).
  const started = useStarted();
  const savedSearches = useQuery({
    queryKey: keys.savedSearches(),
    queryFn: () => api.listSavedSearches({}),
    enabled: started,
  }).data;
  const saveSearch = useCallback(
    async (name: string) => {
      try {
        // A saved search keeps its dates and tag; the Unread and Starred views are not part of it.
        const { from, to, tag: savedTag, undated } = filter;
        await api.saveSearch({ name, query, from, to, tag: savedTag, undated, sort });
        void changed('savedSearches');
      } catch (error) {
        reportError(error);
        throw error;
      }
    },
    [query, filter, sort, changed, reportError],
  );
  const runSavedSearch = (saved: SavedSearch) => {
    const { from, to, tag: savedTag, undated, sort: savedSort } = saved.options;
    setQuery(saved.query);
    setTag(savedTag ?? null);
    setDateChoice(
      undated
        ? { kind: 'undated' }
        : from !== undefined || to !== undefined
          ? { kind: 'range', from: from ?? '', to: to ?? '' }
          : { kind: 'all' },
    );
    setSort(savedSort ?? 'relevance');
    triage.clear();
    setView('library');
  };
  const deleteSavedSearch = (saved: SavedSearch) => {
    api.deleteSavedSearch({ id: saved.id }).then(() => changed('savedSearches'), reportError);
  };

  const onImported = useCallback(
    (report: ImportReport) => {
      refresh();
      // A new article, or else one whose text an import updated (its notes were re-anchored).
      const first = report.imported[0] ?? report.updated?.[0];
      if (first) openArticle(first.id);
    },
    [refresh, openArticle],
  );
  const importer = useImport(onImported);

  // An article moved to the trash closes in the reader before the lists are fetched again.
  useEffect(
    () =>
      onArticlesDeleted((ids) =>
        setOpen((current) => (current && ids.includes(current.id) ? null : current)),
      ),
    [],
  );
  // Something outside the renderer changed the library.
  useEffect(() => api.onLibraryChanged(refresh), [refresh]);
  // File → Import… and File → Export Notes… run the same flows as the buttons.
  const { importWithDialog } = importer;
  const openExportDialog = useOpenExportDialog();
  // The export dialog, starting from what the library list shows or the articles selected in it.
  const openExport = useCallback(() => {
    const listed = view === 'library' && query.trim() === '';
    const selected = listed && isMultiple(selection) ? [...selection.ids] : [];
    openExportDialog({
      filter: exportFilterOf(filter),
      ...(selected.length > 0 ? { selection: { ids: selected } } : {}),
    });
  }, [openExportDialog, filter, selection, query, view]);
  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'import') importWithDialog();
        else if (command === 'export-notes') openExport();
      }),
    [importWithDialog, openExport],
  );
  const showAllArticles = useCallback(() => {
    setDateChoice({ kind: 'all' });
    setTag(null);
    setQuery('');
    setView('library');
  }, [setTag]);
  const showDateChoice = useCallback((choice: DateChoice) => {
    setDateChoice(choice);
    setQuery('');
    setView('library');
  }, []);

  // A promise nobody caught still reaches the user as a sentence, not as silence.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      reportError(event.reason);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [reportError]);

  const chooseDate = (choice: DateChoice) => {
    setDateChoice(choice);
    triage.clear();
    setView('library');
  };
  const chooseTag = (name: string | null, origin?: 'source' | 'user') => {
    setTag(name, origin);
    setView('library');
  };

  return (
    <FeedbackProvider>
      <StudySettingsProvider>
        <NoteLinksContext.Provider value={noteLinks}>
          <SyllabusNavigationContext.Provider value={syllabusNavigation}>
            <LayoutContext.Provider value={layout}>
              <div className={`app app--${view}${layoutClass}`}>
                <SkipLinks view={view} />
                <Sidebar
                  view={view}
                  onViewChange={setView}
                  importer={importer}
                  dateChoice={dateChoice}
                  onDateChoice={chooseDate}
                  tags={tags}
                  activeTag={tag}
                  activeTagOrigin={tagOrigin}
                  onTag={chooseTag}
                  savedSearches={savedSearches}
                  onRunSavedSearch={runSavedSearch}
                  onDeleteSavedSearch={deleteSavedSearch}
                  views={
                    <TriageViews
                      active={view === 'library' ? triage.view : null}
                      counts={triage.counts}
                      onChoose={(next) => {
                        triage.choose(next);
                        setView('library');
                      }}
                    />
                  }
                />
                {view === 'library' ? (
                  <>
                    <ErrorBoundary where="library list" resetKey={view}>
                      <ListPane
                        query={query}
                        onQueryChange={setQuery}
                        filter={filter}
                        selectedId={open?.id ?? null}
                        onOpen={openFromList}
                        onClearFilters={() => {
                          setDateChoice({ kind: 'all' });
                          setTag(null);
                          triage.clear();
                          setTopic(null);
                        }}
                        banner={
                          topic && (
                            <TopicFilterChip id={topic.id} name={topic.name} onClear={() => setTopic(null)} />
                          )
                        }
                        sort={sort}
                        onSort={setSort}
                        activeTag={tag}
                        onTag={setTag}
                        onMonth={(month) =>
                          setDateChoice(month === null ? { kind: 'undated' } : { kind: 'month', month })
                        }
                        onSaveSearch={saveSearch}
                        selection={selection}
                        onSelectionChange={setSelection}
                        header={
                          <TriageHeader
                            view={triage.view}
                            dateChoice={dateChoice}
                            fallback={triage.fallback}
                            today={triage.today}
                            onStep={triage.step}
                          />
                        }
                      />
                    </ErrorBoundary>
                    <main
                      className="main-pane"
                      id="main"
                      tabIndex={-1}
                      aria-label={t('shortcuts.landmarks.reader')}
                    >
                      {/* Another article tries again: one that cannot be shown does not close the reader for good. */}
                      <ErrorBoundary where="reader" resetKey={open?.id ?? null}>
                        <Reader
                          articleId={open?.id ?? null}
                          focusBlockId={open?.blockId ?? null}
                          focusRow={open?.row ?? null}
                          reattachId={open?.reattachId ?? null}
                          // Clearing the search box clears the hits it marked (and their "1 of 28").
                          searchQuery={query.trim() === '' ? null : (open?.searchQuery ?? null)}
                        />
                      </ErrorBoundary>
                    </main>
                  </>
                ) : (
                  <main className="main-pane main-pane--wide" id="main" tabIndex={-1}>
                    {view === 'notes' && (
                      <ErrorBoundary where="notebook">
                        <NotesView
                          tags={tags}
                          filter={notebookFilter}
                          onFilterChange={setNotebookFilter}
                          onOpenArticle={openPassage}
                          onReattach={reattach}
                        />
                      </ErrorBoundary>
                    )}
                    {view === 'review' && (
                      <ErrorBoundary where="revision view">
                        <ReviewView
                          notebookFilter={notebookFilter}
                          onOpenArticle={openPassage}
                          onOpenSettings={() => setView('settings')}
                        />
                      </ErrorBoundary>
                    )}
                    {view === 'syllabus' && (
                      <ErrorBoundary where="syllabus view">
                        <SyllabusView onOpenTopic={openTopic} />
                      </ErrorBoundary>
                    )}
                    {view === 'story' && storyOf !== null && (
                      <ErrorBoundary where="story view" resetKey={storyOf}>
                        <StoryView articleId={storyOf} />
                      </ErrorBoundary>
                    )}
                    {view === 'settings' && (
                      <ErrorBoundary where="settings view">
                        <SettingsView />
                      </ErrorBoundary>
                    )}
                  </main>
                )}
                <DropOverlay busy={importer.busy === 'drop'} onDropFiles={importer.importFiles} />
                <ImportPanel importer={importer} onOpenArticle={openArticle} />
                <ExportDialogHost />
                <WorkspaceKeys
                  view={view}
                  onViewChange={setView}
                  importFiles={importWithDialog}
                  importFolder={importer.importFolder}
                  openExport={openExport}
                  onDay={(day) => showDateChoice({ kind: 'day', day })}
                  onMonth={(month) => showDateChoice({ kind: 'month', month })}
                  onAllArticles={showAllArticles}
                  onOpenArticle={(id) => openArticle(id)}
                />
              </div>
            </LayoutContext.Provider>
          </SyllabusNavigationContext.Provider>
        </NoteLinksContext.Provider>
      </StudySettingsProvider>
    </FeedbackProvider>
  );
}
