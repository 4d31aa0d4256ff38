import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArticleFilter, ImportReport } from '../../shared/domain';
import { localToday } from '../../shared/dates';
import { api } from './api';
import { useReportError } from './components/errors';
import { dateChoiceFilter, type DateChoice } from './features/library/date-filter';
import { ListPane } from './features/library/ListPane';
import { Sidebar, type View } from './features/library/Sidebar';
import { useTags } from './features/library/useTags';
import { DropOverlay } from './features/import/DropOverlay';
import { ImportReportPanel } from './features/import/ImportReportPanel';
import { useImport } from './features/import/useImport';
import { NotesView } from './features/notes/NotesView';
import { Reader } from './features/reader/Reader';

interface OpenArticle {
  id: number;
  /** The passage to scroll to, when opened from a note. */
  blockId: number | null;
}

/** The three panes and the state they share: view, filters, query, open article. */
export function Workspace() {
  const reportError = useReportError();
  const [view, setView] = useState<View>('library');
  const [dateChoice, setDateChoice] = useState<DateChoice>({ kind: 'all' });
  const [tag, setTag] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<OpenArticle | null>(null);
  // Bumped after every change to the library; every list and the reader reload on it.
  const [refreshKey, setRefreshKey] = useState(0);

  const refresh = useCallback(() => setRefreshKey((key) => key + 1), []);
  /** Opens an article in the reader and marks it read (unless the caller knows it already is). */
  const openArticle = useCallback(
    (id: number, blockId: number | null = null, alreadyRead = false) => {
      setOpen({ id, blockId });
      setView('library');
      if (!alreadyRead) api.setRead({ id, read: true }).then(refresh, reportError);
    },
    [refresh, reportError],
  );
  const openFromList = useCallback(
    (id: number, read?: boolean) => openArticle(id, null, read === true),
    [openArticle],
  );

  const filter = useMemo<ArticleFilter>(
    () => ({ ...dateChoiceFilter(dateChoice, localToday()), ...(tag === null ? {} : { tag }) }),
    [dateChoice, tag],
  );
  const tags = useTags(refreshKey);

  const onImported = useCallback(
    (report: ImportReport) => {
      refresh();
      const first = report.imported[0];
      if (first) openArticle(first.id);
    },
    [refresh, openArticle],
  );
  const importer = useImport(onImported);

  // Something outside the renderer changed the library.
  useEffect(() => api.onLibraryChanged(refresh), [refresh]);
  // File → Import… and File → Export Notes… run the same flows as the buttons.
  const { importWithDialog } = importer;
  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'import') {
          importWithDialog();
        } else {
          setView('notes');
          api.exportNotesWithDialog({}).catch(reportError);
        }
      }),
    [importWithDialog, reportError],
  );

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
    setView('library');
  };
  const chooseTag = (name: string | null) => {
    setTag(name);
    setView('library');
  };

  return (
    <div className={`app app--${view}`}>
      <Sidebar
        view={view}
        onViewChange={setView}
        importing={importer.busy !== null}
        onImport={importer.importWithDialog}
        dateChoice={dateChoice}
        onDateChoice={chooseDate}
        tags={tags}
        activeTag={tag}
        onTag={chooseTag}
      />
      {view === 'library' ? (
        <>
          <ListPane
            query={query}
            onQueryChange={setQuery}
            filter={filter}
            refreshKey={refreshKey}
            selectedId={open?.id ?? null}
            onOpen={openFromList}
            onClearFilters={() => {
              setDateChoice({ kind: 'all' });
              setTag(null);
            }}
          />
          <main className="main-pane">
            <Reader
              articleId={open?.id ?? null}
              focusBlockId={open?.blockId ?? null}
              refreshKey={refreshKey}
              onChanged={refresh}
            />
          </main>
        </>
      ) : (
        <main className="main-pane main-pane--wide">
          <NotesView tags={tags} refreshKey={refreshKey} onOpenArticle={openArticle} />
        </main>
      )}
      <DropOverlay busy={importer.busy === 'drop'} onDropFiles={importer.importFiles} />
      <ImportReportPanel
        report={importer.report}
        onDismiss={importer.dismissReport}
        onOpenArticle={openArticle}
      />
    </div>
  );
}
