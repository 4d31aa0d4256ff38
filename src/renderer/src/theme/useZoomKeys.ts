import { useEffect } from 'react';
import { api } from '../api';
import { useReportError } from '../components/errors';
import { usePreferences } from '../features/settings/preferences';
import { stepZoom, zoomForKey } from './appearance';

/**
 * Ctrl/Cmd + / − / 0 zoom the interface (the `zoom` preference), and so do View → Zoom In, Zoom
 * Out and Actual Size in the app's menu. One small hook so a later shortcut system can take it over.
 */
export function useZoomKeys(): void {
  const { preferences, update } = usePreferences();
  const reportError = useReportError();
  const { zoom } = preferences;
  useEffect(() => {
    const set = (next: number) => {
      if (next !== zoom) update({ zoom: next }).catch(reportError);
    };
    const onKey = (event: KeyboardEvent) => {
      const next = zoomForKey(event, zoom);
      if (next === null) return;
      event.preventDefault();
      set(next);
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = api.onMenuCommand((command) => {
      if (command === 'zoom-in') set(stepZoom(zoom, 1));
      else if (command === 'zoom-out') set(stepZoom(zoom, -1));
      else if (command === 'zoom-reset') set(1);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [zoom, update, reportError]);
}
