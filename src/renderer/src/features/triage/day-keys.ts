import { useShortcut } from '../shortcuts/ShortcutProvider';
import { registerShortcuts, type ShortcutDef } from '../shortcuts/table';

/** The day-stepping shortcuts, in the one shortcut table (the help and the palette list them). */
export const TRIAGE_SHORTCUTS = [
  { id: 'day.previous', keys: ['[', 'Alt+ArrowLeft'], label: 'triage.previousDayKeys', scope: 'library' },
  { id: 'day.next', keys: [']', 'Alt+ArrowRight'], label: 'triage.nextDayKeys', scope: 'library' },
] as const satisfies readonly ShortcutDef[];
registerShortcuts(TRIAGE_SHORTCUTS);

/** Handles the day-stepping keys while `enabled` (a day filter is on), through the one shortcut layer. */
export function useDayKeys(enabled: boolean, step: (by: -1 | 1) => void): void {
  useShortcut('day.previous', () => step(-1), enabled);
  useShortcut('day.next', () => step(1), enabled);
}
