import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { matchKey, type FocusContext } from './dispatch';
import { isModifierKey, type KeyLike } from './keys';
import { allShortcuts } from './table';

/** What a handler learns about the key that fired it: which of the shortcut's specs, by position. */
export interface ShortcutMatch {
  id: string;
  spec: string;
  /** The spec's position in the shortcut's `keys` (0–3 for `1`–`4`). */
  index: number;
}

/** Returns false when it had nothing to do, so the key goes on to the next handler (or the page). */
export type ShortcutHandler = (event: KeyboardEvent, match: ShortcutMatch) => boolean | void;

type Entry = { current: ShortcutHandler };

/** The handlers by shortcut id; the latest registered is asked first (an inner view before an outer one). */
class Registry {
  private readonly byId = new Map<string, Entry[]>();

  add(id: string, entry: Entry): () => void {
    const list = this.byId.get(id) ?? [];
    list.push(entry);
    this.byId.set(id, list);
    return () => {
      const at = list.indexOf(entry);
      if (at >= 0) list.splice(at, 1);
    };
  }

  handlers(id: string): readonly Entry[] {
    return [...(this.byId.get(id) ?? [])].reverse();
  }

  /** Runs `id`'s handlers as if its first key were pressed (the palette's way in); true when one acted. */
  run(id: string): boolean {
    const spec = allShortcuts().find((d) => d.id === id)?.keys[0] ?? '';
    const event = new KeyboardEvent('keydown');
    return this.handlers(id).some((entry) => entry.current(event, { id, spec, index: 0 }) !== false);
  }

  has(id: string): boolean {
    return (this.byId.get(id)?.length ?? 0) > 0;
  }
}

const RegistryContext = createContext<Registry | null>(null);

/** How long the second key of a sequence (`g` then `n`) may wait. */
const SEQUENCE_MS = 1500;

const FIELD = 'input, textarea, select, [contenteditable="true"], [contenteditable=""]';
const DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"]';

const copy = (event: KeyLike): KeyLike => ({
  key: event.key,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  shiftKey: event.shiftKey,
  altKey: event.altKey,
});

/**
 * The window's one keydown listener. It finds the shortcuts of the table that the key (or the key
 * sequence so far) matches and asks their registered handlers, latest first, until one handles it.
 */
export function ShortcutProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => new Registry(), []);

  useEffect(() => {
    let pending: { keys: KeyLike[]; at: number } | null = null;

    /** Runs the handlers of the shortcuts that `prefix` + `event` completes, latest registered first. */
    const dispatch = (event: KeyboardEvent, prefix: readonly KeyLike[], focus: FocusContext) => {
      const { exact, continues } = matchKey(allShortcuts(), prefix, event, focus);
      for (const { def, spec, index } of exact) {
        for (const entry of registry.handlers(def.id)) {
          if (entry.current(event, { id: def.id, spec, index }) !== false) return 'handled';
        }
      }
      return continues ? 'continues' : 'none';
    };

    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isModifierKey(event)) return;
      const target = event.target instanceof Element ? event.target : null;
      const focus: FocusContext = {
        typing: target?.closest(FIELD) != null,
        inDialog: target?.closest(DIALOG) != null,
        handled: (id) => registry.has(id),
      };
      const prefix = pending && event.timeStamp - pending.at < SEQUENCE_MS ? pending.keys : [];
      pending = null;
      let outcome = dispatch(event, prefix, focus);
      // A key that does not go on from `g` is itself again (g then j moves in the reader).
      if (outcome === 'none' && prefix.length > 0) outcome = dispatch(event, [], focus);
      if (outcome === 'none') return;
      event.preventDefault();
      if (outcome === 'continues') pending = { keys: [...prefix, copy(event)], at: event.timeStamp };
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);

  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/**
 * Handles the shortcut `id` of the table while the calling component is mounted and `enabled` holds.
 * The handler may change every render; the latest one runs.
 */
export function useShortcut(id: string, handler: ShortcutHandler, enabled = true): void {
  const registry = useContext(RegistryContext);
  const entry = useRef<Entry>({ current: handler });
  useEffect(() => {
    entry.current.current = handler;
  });
  useEffect(() => {
    if (!registry || !enabled) return;
    return registry.add(id, entry.current);
  }, [registry, id, enabled]);
}

/** Runs a shortcut's handlers without its key: how the palette reaches what a key does. */
export function useRunShortcut(): (id: string) => boolean {
  const registry = useContext(RegistryContext);
  return useCallback((id: string) => registry?.run(id) ?? false, [registry]);
}
