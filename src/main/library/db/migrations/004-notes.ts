import type { Migration } from './index';

/**
 * Notes that last: span highlights (W3C text-quote and text-position selectors relative to a block),
 * the block's position for re-anchoring, a trash kept 30 days, article notes and stars, and FSRS
 * review cards with their history.
 *
 * Deleted annotations move to `annotation_trash` instead of carrying a flag, so every query over the
 * live notes (counts, search triggers, exports) stays as it was. Review cards point at annotation ids
 * without a foreign key for the same reason: a card must outlive its note's stay in the trash.
 */
export const notes: Migration = {
  version: 4,
  name: 'notes',
  up: (db) => {
    db.exec(`
      -- 'block': a note on the whole block (quote = the block's text); 'span': a highlight of some of its words.
      ALTER TABLE annotations ADD COLUMN kind TEXT NOT NULL DEFAULT 'block' CHECK (kind IN ('block','span'));
      -- TextQuoteSelector context (up to 32 characters each side, within the block) and TextPositionSelector.
      ALTER TABLE annotations ADD COLUMN prefix TEXT NOT NULL DEFAULT '';
      ALTER TABLE annotations ADD COLUMN suffix TEXT NOT NULL DEFAULT '';
      ALTER TABLE annotations ADD COLUMN start_offset INTEGER CHECK (start_offset IS NULL OR start_offset >= 0);
      ALTER TABLE annotations ADD COLUMN end_offset INTEGER CHECK (end_offset IS NULL OR end_offset >= start_offset);
      -- Where the block stood in its article when the note was last anchored: the position term of re-anchoring,
      -- still known after the block is gone.
      ALTER TABLE annotations ADD COLUMN block_position INTEGER;
      UPDATE annotations SET block_position = (SELECT position FROM blocks WHERE blocks.id = annotations.block_id);
      CREATE INDEX annotations_by_created ON annotations(created_at);
      CREATE INDEX annotations_orphaned ON annotations(article_id) WHERE block_id IS NULL;

      CREATE TABLE annotation_trash (
        -- The annotation's own id, so a restore gives back the same note (and its review card).
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        block_id INTEGER,
        kind TEXT NOT NULL,
        color TEXT,
        note TEXT NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        start_offset INTEGER,
        end_offset INTEGER,
        block_position INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      );
      CREATE INDEX annotation_trash_by_time ON annotation_trash(deleted_at);

      CREATE TABLE article_notes (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT '',
        starred_at TEXT,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE review_cards (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        annotation_id INTEGER NOT NULL UNIQUE,
        cloze INTEGER NOT NULL DEFAULT 0 CHECK (cloze IN (0, 1)),
        -- ts-fsrs card state: 0 new, 1 learning, 2 review, 3 relearning.
        state INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
        due TEXT NOT NULL,
        stability REAL NOT NULL DEFAULT 0,
        difficulty REAL NOT NULL DEFAULT 0,
        elapsed_days INTEGER NOT NULL DEFAULT 0,
        scheduled_days INTEGER NOT NULL DEFAULT 0,
        learning_steps INTEGER NOT NULL DEFAULT 0,
        reps INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        last_review TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX review_cards_by_due ON review_cards(due);

      CREATE TABLE review_log (
        id INTEGER PRIMARY KEY,
        card_id INTEGER NOT NULL REFERENCES review_cards(id) ON DELETE CASCADE,
        grade TEXT NOT NULL CHECK (grade IN ('again','hard','good','easy')),
        -- The card's state and schedule before this review, as ts-fsrs logs them.
        state INTEGER NOT NULL,
        due TEXT NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reviewed_at TEXT NOT NULL
      );
      CREATE INDEX review_log_by_card ON review_log(card_id);
      CREATE INDEX review_log_by_time ON review_log(reviewed_at);
    `);
  },
};
