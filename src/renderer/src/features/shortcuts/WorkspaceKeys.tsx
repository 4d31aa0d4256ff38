import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { THEMES, type Preferences } from '../../../../shared/preferences';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { keys } from '../../data/keys';
import { useT } from '../../i18n';
import type { View } from '../library/Sidebar';
import { CommandPalette, type PaletteItem } from '../palette/CommandPalette';
import { usePreferences } from '../settings/preferences';
import { Tour } from '../tour/Tour';
import { ShortcutHelp } from './ShortcutHelp';
import { useRunShortcut, useShortcut } from './ShortcutProvider';

interface Props {
  view: View;
  onViewChange: (view: View) => void;
  importFiles: () => void;
  importFolder: () => void;
  /** The export dialog, as File → Export Notes… opens it. */
  openExport: () => void;
  onDay: (day: string) => void;
  onMonth: (month: string) => void;
  /** Clears the date and tag: the whole library. */
  onAllArticles: () => void;
  onOpenArticle: (id: number) => void;
}

/** The order Ctrl+K → Theme goes through. */
const THEME_CYCLE: readonly Preferences['theme'][] = ['light', 'dark', 'paper', 'system'];

/** The theme after `theme` in the cycle light → dark → paper → system. */
export function nextTheme(theme: Preferences['theme']): Preferences['theme'] {
  return THEME_CYCLE[(THEME_CYCLE.indexOf(theme) + 1) % THEME_CYCLE.length] ?? THEMES[0];
}

/** How long a view takes to mount before its own shortcut (the search field's) can act. */
const AFTER_RENDER_MS = 30;

/**
 * The workspace's keyboard layer: the window-wide shortcuts (palette, help, `g` then a view, `/`
 * from any view), the command palette with every action, the shortcut help, and the first-run tour.
 */
export function WorkspaceKeys(props: Props) {
  const { view, onViewChange } = props;
  const { t } = useT();
  const reportError = useReportError();
  const { notify } = useFeedback();
  const { preferences, update } = usePreferences();
  const runShortcut = useRunShortcut();
  const [open, setOpen] = useState<'palette' | 'help' | null>(null);
  const [tourAgain, setTourAgain] = useState(false);
  // Closed in this window: hidden at once, before the saved `tourDone` comes back.
  const [tourClosed, setTourClosed] = useState(false);
  // Loaded (not the defaults): the tour must not flash before the stored `tourDone` arrives.
  const stored = useQuery({
    queryKey: keys.settings('preferences'),
    queryFn: () => api.getPreferences({}),
  }).data;
  const showTour = tourAgain || (stored !== undefined && !stored.tourDone && !tourClosed);

  useShortcut('palette.open', () => setOpen((o) => (o === 'palette' ? null : 'palette')));
  useShortcut('help.open', () => setOpen('help'));
  useShortcut('go.library', () => onViewChange('library'));
  useShortcut('go.notes', () => onViewChange('notes'));
  useShortcut('go.review', () => onViewChange('review'));
  useShortcut('go.settings', () => onViewChange('settings'));

  const focusSearch = useCallback(() => {
    onViewChange('library');
    // The search field mounts with the library view; its own handler focuses it.
    setTimeout(() => runShortcut('search.focus'), AFTER_RENDER_MS);
  }, [onViewChange, runShortcut]);
  // Registered before the search field's (which is asked first): `/` from a view without the field.
  useShortcut('search.focus', focusSearch, view !== 'library');

  const { importFiles, importFolder, openExport, onAllArticles } = props;
  const actions = useMemo<PaletteItem[]>(() => {
    const theme = nextTheme(preferences.theme);
    const themeName = t(`palette.themes.${theme}`);
    const action = (key: string, label: string, run: () => void, shortcut?: string): PaletteItem => ({
      key,
      kind: 'action',
      label,
      run,
      ...(shortcut ? { shortcut } : {}),
    });
    return [
      action('go-library', t('palette.actions.goLibrary'), () => onViewChange('library'), 'go.library'),
      action('go-notes', t('palette.actions.goNotes'), () => onViewChange('notes'), 'go.notes'),
      action('go-review', t('palette.actions.goReview'), () => onViewChange('review'), 'go.review'),
      action('go-settings', t('palette.actions.goSettings'), () => onViewChange('settings'), 'go.settings'),
      action('search', t('palette.actions.search'), focusSearch, 'search.focus'),
      action('import', t('palette.actions.import'), importFiles, 'import'),
      action('import-folder', t('palette.actions.importFolder'), importFolder),
      action('export', t('palette.actions.export'), openExport, 'export'),
      action('backup', t('palette.actions.backup'), () => {
        api.backupWithDialog({}).then((result) => {
          // null: the save dialog was cancelled.
          if (result) notify(t('palette.backedUp', { path: result.path }));
        }, reportError);
      }),
      action('theme', t('palette.actions.theme', { theme: themeName }), () => {
        update({ theme }).then(() => notify(t('palette.themeChanged', { theme: themeName })), reportError);
      }),
      action('all-articles', t('palette.actions.allArticles'), onAllArticles),
      action('help', t('palette.actions.help'), () => setOpen('help'), 'help.open'),
      action('tour', t('palette.actions.tour'), () => setTourAgain(true)),
    ];
  }, [
    t,
    preferences.theme,
    onViewChange,
    focusSearch,
    importFiles,
    importFolder,
    openExport,
    onAllArticles,
    update,
    notify,
    reportError,
  ]);

  const finishTour = () => {
    setTourAgain(false);
    setTourClosed(true);
    if (stored?.tourDone !== true) update({ tourDone: true }).catch(reportError);
  };

  return (
    <>
      {open === 'palette' && (
        <CommandPalette
          actions={actions}
          onDay={props.onDay}
          onMonth={props.onMonth}
          onOpenArticle={props.onOpenArticle}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'help' && <ShortcutHelp onClose={() => setOpen(null)} />}
      {showTour && open === null && (
        <Tour
          onDone={finishTour}
          onShowSamples={() => {
            onAllArticles();
            onViewChange('library');
          }}
        />
      )}
    </>
  );
}
