import { useEffect } from 'react';

/** One keyboard shortcut of the triage views: the keys (as `KeyboardEvent.key`, with modifiers) and its action. */
export interface TriageShortcut {
  action: 'previousDay' | 'nextDay';
  /** `[` or `Alt+ArrowLeft`: a key, optionally after `Alt+`. */
  keys: readonly string[];
  /** The i18n key of its label. */
  label: 'triage.previousDayKeys' | 'triage.nextDayKeys';
}

/** The day-stepping shortcuts, in one table so a shared shortcut list can take them in. */
export const TRIAGE_SHORTCUTS: readonly TriageShortcut[] = [
  { action: 'previousDay', keys: ['[', 'Alt+ArrowLeft'], label: 'triage.previousDayKeys' },
  { action: 'nextDay', keys: [']', 'Alt+ArrowRight'], label: 'triage.nextDayKeys' },
];

/** The key as the table writes it: `Alt+ArrowLeft`, `[`. */
function keyName(event: KeyboardEvent): string {
  return `${event.altKey ? 'Alt+' : ''}${event.key}`;
}

/** Where typing goes: a shortcut there would eat the user's characters. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The action a key press stands for, if any. */
export function shortcutFor(event: KeyboardEvent): TriageShortcut['action'] | null {
  if (event.ctrlKey || event.metaKey || isTyping(event.target)) return null;
  const name = keyName(event);
  return TRIAGE_SHORTCUTS.find((shortcut) => shortcut.keys.includes(name))?.action ?? null;
}

/** Registers the day-stepping keys on the window while `enabled` (a day filter is on). */
export function useDayKeys(enabled: boolean, step: (by: -1 | 1) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (action === null) return;
      event.preventDefault();
      step(action === 'previousDay' ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, step]);
}
