/**
 * The one table of keyboard shortcuts. The dispatcher (ShortcutProvider), the shortcut help (`?`) and
 * the command palette all read it, so a key is declared once. A feature adds its own entries with
 * `registerShortcuts` (an exported array, registered when its module loads) and handles them with
 * `useShortcut(id, handler)`.
 */
import type { ParseKeys } from 'i18next';

/** Where a shortcut works; the help groups by it. */
export const SHORTCUT_SCOPES = ['global', 'go', 'library', 'reader', 'review'] as const;
export type ShortcutScope = (typeof SHORTCUT_SCOPES)[number];

export interface ShortcutDef {
  /** Stable id that handlers register under (`reader.next`). */
  id: string;
  /** Alternative specs (see keys.ts): `['Mod+K']`, `['1', '2', '3', '4']`, `['g l']`. */
  keys: readonly string[];
  /** The i18n key of what it does, in any namespace (`shortcuts.actions.palette`). */
  label: ParseKeys;
  scope: ShortcutScope;
  /**
   * Fires while the focus is in a text field. Defaults to true for Ctrl/Cmd combos and Escape (a
   * field's own Escape comes first: one it handled never gets here) and false for the rest.
   */
  inFields?: boolean;
  /** Fires while a modal dialog holds the focus (false by default: the dialog owns the keys). */
  inDialogs?: boolean;
  /** Handled by the application menu (Electron's accelerators): the table only documents it. */
  menu?: boolean;
}

const DIGITS = ['1', '2', '3', '4'] as const;

/** Bulletin's own shortcuts, in the order the help lists them. */
export const CORE_SHORTCUTS: readonly ShortcutDef[] = [
  { id: 'palette.open', keys: ['Mod+K'], label: 'shortcuts.actions.palette', scope: 'global' },
  { id: 'help.open', keys: ['?'], label: 'shortcuts.actions.help', scope: 'global' },
  { id: 'search.focus', keys: ['/', 'Mod+F'], label: 'shortcuts.actions.search', scope: 'global' },
  { id: 'import', keys: ['Mod+O'], label: 'shortcuts.actions.import', scope: 'global', menu: true },
  { id: 'export', keys: ['Mod+E'], label: 'shortcuts.actions.export', scope: 'global', menu: true },
  // Outside a field only: in a field Ctrl+Z undoes typing.
  { id: 'undo', keys: ['Mod+Z'], label: 'shortcuts.actions.undo', scope: 'global', inFields: false },
  { id: 'go.library', keys: ['g l'], label: 'shortcuts.actions.goLibrary', scope: 'go' },
  { id: 'go.notes', keys: ['g n'], label: 'shortcuts.actions.goNotes', scope: 'go' },
  { id: 'go.review', keys: ['g r'], label: 'shortcuts.actions.goReview', scope: 'go' },
  { id: 'go.settings', keys: ['g s'], label: 'shortcuts.actions.goSettings', scope: 'go' },
  { id: 'reader.next', keys: ['j'], label: 'shortcuts.actions.readerNext', scope: 'reader' },
  { id: 'reader.previous', keys: ['k'], label: 'shortcuts.actions.readerPrevious', scope: 'reader' },
  { id: 'reader.note', keys: ['n'], label: 'shortcuts.actions.readerNote', scope: 'reader' },
  { id: 'reader.open', keys: ['Enter'], label: 'shortcuts.actions.readerOpen', scope: 'reader' },
  { id: 'reader.color', keys: DIGITS, label: 'shortcuts.actions.readerColor', scope: 'reader' },
  {
    id: 'reader.selectWords',
    keys: ['Shift+ArrowRight', 'Shift+ArrowLeft'],
    label: 'shortcuts.actions.readerSelectWords',
    scope: 'reader',
  },
  {
    id: 'reader.selectStart',
    keys: ['Alt+Shift+ArrowRight', 'Alt+Shift+ArrowLeft'],
    label: 'shortcuts.actions.readerSelectStart',
    scope: 'reader',
  },
  { id: 'reader.delete', keys: ['Delete'], label: 'shortcuts.actions.readerDelete', scope: 'reader' },
  // Not from a field: Esc in a tag or article-note field belongs to that field.
  {
    id: 'reader.close',
    keys: ['Escape'],
    label: 'shortcuts.actions.readerClose',
    scope: 'reader',
    inFields: false,
  },
  { id: 'review.reveal', keys: ['Space'], label: 'shortcuts.actions.reviewReveal', scope: 'review' },
  { id: 'review.grade', keys: DIGITS, label: 'shortcuts.actions.reviewGrade', scope: 'review' },
  { id: 'review.end', keys: ['Escape'], label: 'shortcuts.actions.reviewEnd', scope: 'review' },
];

const table: ShortcutDef[] = [...CORE_SHORTCUTS];
const listeners = new Set<() => void>();

/**
 * Adds shortcuts to the table (a feature's exported array). Registering an id again replaces its
 * entry, so a module loaded twice (hot reload) does not list a key twice.
 */
export function registerShortcuts(defs: readonly ShortcutDef[]): void {
  for (const def of defs) {
    const at = table.findIndex((d) => d.id === def.id);
    if (at >= 0) table[at] = def;
    else table.push(def);
  }
  listeners.forEach((listener) => listener());
}

/** Every shortcut, core first, then the registered ones in order. */
export function allShortcuts(): readonly ShortcutDef[] {
  return table;
}

/** The entry for `id`, if there is one. */
export function shortcutById(id: string): ShortcutDef | undefined {
  return table.find((d) => d.id === id);
}

/** Calls `listener` whenever `registerShortcuts` changes the table; returns the unsubscribe. */
export function onShortcutsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
