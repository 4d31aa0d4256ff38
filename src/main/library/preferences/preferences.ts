/** The interface preferences, stored as one JSON value in the library's settings table. */
import {
  DEFAULT_PREFERENCES,
  PreferencesChangeSchema,
  PreferencesSchema,
  type Preferences,
  type PreferencesChange,
} from '../../../shared/preferences';
import type { Db } from '../db/connection';
import { getSetting, setSetting } from '../db/settings';

const KEY = 'interface.preferences';

/** Reads and changes the interface preferences; an unreadable stored value falls back field by field. */
export class PreferencesStore {
  private readonly listeners = new Set<(preferences: Preferences) => void>();

  constructor(private readonly db: Db) {}

  /** Calls `listener` with the whole set after every change; returns the way to stop. */
  subscribe(listener: (preferences: Preferences) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(): Preferences {
    const stored = parseStored(getSetting(this.db, KEY));
    const result: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
    // Field by field, so one bad value (an older or hand-edited library) loses only itself.
    for (const [field, value] of Object.entries(stored)) {
      const schema = PreferencesSchema.shape[field as keyof Preferences];
      if (schema?.safeParse(value).success) result[field] = value;
    }
    return result as Preferences;
  }

  /** Applies a change (validated again here: the CLI and tests call this directly) and returns the whole set. */
  update(change: PreferencesChange): Preferences {
    const valid = PreferencesChangeSchema.parse(change);
    // A field given as undefined (`{ theme: undefined }`) means "unchanged", not "cleared".
    const given = Object.fromEntries(Object.entries(valid).filter(([, value]) => value !== undefined));
    setSetting(this.db, KEY, JSON.stringify({ ...this.get(), ...given }));
    const updated = this.get();
    for (const listener of this.listeners) listener(updated);
    return updated;
  }
}

function parseStored(raw: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
