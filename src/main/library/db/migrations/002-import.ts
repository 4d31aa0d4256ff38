import type { Migration } from './index';

/**
 * What the importers need beyond the first schema: list style and table rows on blocks, a time of
 * the last re-import on articles, and indexes to find an article again by its URL or by title and day.
 */
export const importStructure: Migration = {
  version: 2,
  name: 'import',
  up: (db) => {
    db.exec(`
      ALTER TABLE blocks ADD COLUMN list_style TEXT
        CHECK (list_style IS NULL OR list_style IN ('bulleted','numbered'));
      -- JSON for structure that is not text: {"rows": [["cell", ...], ...]} for tables.
      ALTER TABLE blocks ADD COLUMN data TEXT CHECK (data IS NULL OR json_valid(data));
      ALTER TABLE articles ADD COLUMN updated_at TEXT;
      CREATE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_by_title_day ON articles(lower(title), date);
    `);
  },
};
