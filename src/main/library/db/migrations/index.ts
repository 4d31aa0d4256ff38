import type { Db } from '../connection';
import { initial } from './001-initial';
import { importStructure } from './002-import';
import { search } from './003-search';
import { notes } from './004-notes';
import { feeds } from './005-feeds';
import { relatedLinks } from './006-related-links';
import { syllabus } from './007-syllabus';
import { articleTrash } from './008-article-trash';
import { readingPositions } from './009-reading-positions';
import { tagCountsIndex } from './010-tag-counts-index';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

/** Every schema change, in order. Append only: a released migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  importStructure,
  search,
  notes,
  feeds,
  relatedLinks,
  syllabus,
  articleTrash,
  readingPositions,
  tagCountsIndex,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Runs each pending migration in its own transaction together with its `user_version` bump. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const migration of migrations) {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
