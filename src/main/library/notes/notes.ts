/**
 * The notes side of the library facade: annotations (block notes and span highlights), the trash,
 * re-anchoring, the notebook, article notes, study settings and revision. `Library.notes` is one of
 * these; the IPC handlers and the CLI call it the same way.
 */
import type {
  Annotation,
  ArticleNote,
  DeletedNote,
  HeatMapDay,
  HighlightColor,
  NoteEntry,
  NoteFilter,
  NoteLink,
  NotebookCount,
  NotebookPage,
  NotebookQuery,
  ReviewCard,
  ReviewGrade,
  ReviewStats,
  StudySettings,
} from '../../../shared/domain';
import { addDays } from '../../../shared/dates';
import { rowLabel, tableRows } from '../../../shared/table-rows';
import * as annotations from '../db/annotations';
import * as blocks from '../db/blocks';
import type { Db } from '../db/connection';
import { LibraryError } from '../errors';
import { userNote } from '../user-input';
import { placeAnnotation, spanSelector } from './anchoring';
import * as articleNotes from './article-notes';
import * as cards from './cards';
import {
  countNotebook,
  heatMap,
  listNoteEntries,
  listNoteIds,
  noteIdsInParts,
  queryNotebook,
} from './notebook';
import { withReanchoring, type ReanchorReport } from './reanchor';
import {
  autoCardColors,
  markAutoColorsFilled,
  unfilledAutoColors,
  updateStudySettings,
  getStudySettings,
  startOfLocalDay,
  type StudySettingsChange,
} from './study-settings';

/** Notes given cards per transaction when filling: a few milliseconds each, even at 100,000 notes. */
export const FILL_CHUNK = 100;
import * as trash from './trash';
import { nextTurn } from '../turns';

/** A change to a note: fields left out keep their value; a null colour removes the highlight colour. */
export interface NoteChange {
  note?: string;
  color?: HighlightColor | null;
}

/**
 * A span highlight: the words by their offsets in the block's text, or by the words themselves (first
 * occurrence; in a table, a whole row with these words first). Or a table's `row` (the line of its
 * text, 0 = the header): the note and colour of that row, a span over the whole line.
 */
export interface HighlightInput extends NoteChange {
  blockId: number;
  start?: number;
  end?: number;
  quote?: string;
  row?: number;
}

export interface NotesOptions {
  db: Db;
  now: () => Date;
  /** Runs a change that search must see (note text) in one transaction. */
  write: <T>(change: () => T) => T;
}

export class Notes {
  private readonly db: Db;
  private readonly now: () => Date;
  private readonly write: <T>(change: () => T) => T;
  /** Where the running fill of automatic cards stands: its colours, and the last note id done. */
  private fill: { key: string; after: number } | null = null;
  private filling: Promise<void> = Promise.resolve();

  constructor(options: NotesOptions) {
    ({ db: this.db, now: this.now, write: this.write } = options);
  }

  // ---- annotations ----

  /** Creates or updates the note and colour of a whole block (one per block). */
  saveBlockNote(blockId: number, change: NoteChange): Annotation {
    const block = this.requireBlock(blockId);
    const id = this.write(() => {
      const existing = annotations.findBlockAnnotation(this.db, blockId);
      if (existing) return this.update(existing, change);
      return this.autoCard(
        annotations.insertAnnotation(
          this.db,
          {
            articleId: block.articleId,
            blockId,
            note: userNote(change.note ?? ''),
            color: change.color ?? null,
            quote: block.text,
          },
          this.stamp(),
        ),
      );
    });
    return annotations.getAnnotation(this.db, id)!;
  }

  /** Highlights words inside a block (several per block); the same words again update that highlight. */
  saveHighlight(input: HighlightInput): Annotation {
    const block = this.requireBlock(input.blockId);
    const { start, end } = locateSpan(block, input);
    const selector = spanSelector(block.text, start, end);
    const id = this.write(() => {
      const existing = annotations.findSpanAnnotation(this.db, block.id, start, end);
      if (existing) return this.update(existing, input);
      return this.autoCard(
        annotations.insertAnnotation(
          this.db,
          {
            articleId: block.articleId,
            blockId: block.id,
            kind: 'span',
            note: userNote(input.note ?? ''),
            color: input.color ?? null,
            quote: selector.exact,
            prefix: selector.prefix,
            suffix: selector.suffix,
            start,
            end,
          },
          this.stamp(),
        ),
      );
    });
    return annotations.getAnnotation(this.db, id)!;
  }

  /** Changes the note or colour of any annotation by its id. */
  updateNote(id: number, change: NoteChange): Annotation {
    const existing = this.requireNote(id);
    this.write(() => this.update(existing, change));
    return annotations.getAnnotation(this.db, id)!;
  }

  /** Moves a note to "recently deleted", restorable for 30 days. */
  deleteNote(id: number): void {
    const deleted = this.write(() => annotations.deleteAnnotation(this.db, id, this.stamp()));
    if (!deleted) throw new LibraryError('not-found', `There is no note with id ${id}.`);
  }

  /** Brings a deleted note back, re-anchored if its article changed meanwhile. */
  restoreNote(id: number): Annotation {
    const restored = this.write(() => trash.restoreFromTrash(this.db, id, this.now()));
    if (!restored) throw new LibraryError('not-found', `There is no recently deleted note with id ${id}.`);
    return annotations.getAnnotation(this.db, id)!;
  }

  listRecentlyDeleted(filter: NoteFilter = {}): DeletedNote[] {
    return trash.listTrash(this.db, this.now(), filter);
  }

  /** Deletes a note from "recently deleted" for good. */
  purgeNote(id: number): void {
    if (!this.transaction(() => trash.purgeFromTrash(this.db, id)))
      throw new LibraryError('not-found', `There is no recently deleted note with id ${id}.`);
  }

  /** Forgets notes deleted more than 30 days ago. */
  purgeExpired(): number {
    return this.transaction(() => trash.purgeExpired(this.db, this.now()));
  }

  /**
   * Attaches a note (usually an orphaned one) to a block the user chose, or to a row of a table. A
   * highlight keeps its words (a row note its row) if they are in that block; otherwise it becomes a
   * note on the whole block.
   */
  reattachNote(id: number, blockId: number, row?: number): Annotation {
    const note = this.requireNote(id);
    const block = this.requireBlock(blockId);
    const position = blocks.listBlocks(this.db, block.articleId).findIndex((b) => b.id === blockId);
    const candidate = [{ id: block.id, position, text: block.text, kind: block.kind }];
    const onRow = row === undefined ? null : locateSpan(block, { blockId, row });
    const placement = onRow
      ? {
          blockId,
          position,
          method: 'exact-block' as const,
          span: spanSelector(block.text, onRow.start, onRow.end),
          score: 1,
        }
      : note.kind === 'span'
        ? placeAnnotation(
            {
              kind: 'span',
              blockText: null,
              position,
              quote: note.quote,
              prefix: note.prefix ?? '',
              suffix: note.suffix ?? '',
              start: note.start ?? null,
              end: note.end ?? null,
            },
            candidate,
          )
        : null;
    this.write(() => {
      this.db
        .prepare(
          `UPDATE annotations SET article_id = @articleId, block_id = @blockId, block_position = @position, kind = @kind,
                  quote = @quote, prefix = @prefix, suffix = @suffix, start_offset = @start, end_offset = @end,
                  updated_at = @now
            WHERE id = @id`,
        )
        .run({
          id,
          articleId: block.articleId,
          blockId,
          position,
          kind: placement?.span ? 'span' : 'block',
          quote: placement?.span?.exact ?? block.text,
          prefix: placement?.span?.prefix ?? '',
          suffix: placement?.span?.suffix ?? '',
          start: placement?.span?.start ?? null,
          end: placement?.span?.end ?? null,
          now: this.stamp(),
        });
    });
    return annotations.getAnnotation(this.db, id)!;
  }

  // ---- re-anchoring ----

  /**
   * Runs `replaceBlocks` (which deletes and re-inserts an article's blocks, as a re-import does) and
   * re-anchors the article's notes, in the caller's transaction.
   */
  reanchorAround<T>(articleId: number, replaceBlocks: () => T): { result: T; report: ReanchorReport } {
    return withReanchoring(this.db, articleId, replaceBlocks);
  }

  /** Replaces an article's text (a correction) and re-anchors its notes, in one transaction. */
  replaceArticleText(articleId: number, newBlocks: readonly blocks.NewBlock[]): ReanchorReport {
    if (newBlocks.length === 0)
      throw new LibraryError('invalid-input', 'An article needs at least one block of text.');
    return this.write(
      () =>
        this.reanchorAround(articleId, () => {
          this.db.prepare('DELETE FROM blocks WHERE article_id = ?').run(articleId);
          blocks.insertBlocks(this.db, articleId, newBlocks);
        }).report,
    );
  }

  // ---- the notebook ----

  listNotes(filter: NoteFilter = {}, page?: { limit: number; offset: number }): NoteEntry[] {
    return listNoteEntries(this.db, filter, page);
  }

  queryNotebook(query: NotebookQuery = {}): NotebookPage {
    return queryNotebook(this.db, query);
  }

  countNotebook(query: NotebookQuery = {}): NotebookCount {
    return countNotebook(this.db, query);
  }

  heatMap(range: { from: string; to: string }): HeatMapDay[] {
    if (range.from > range.to)
      throw new LibraryError('invalid-input', 'The heat map’s first day is after its last.');
    return heatMap(this.db, range);
  }

  // ---- article notes ----

  getArticleNote(articleId: number): ArticleNote {
    this.requireArticle(articleId);
    return articleNotes.getArticleNote(this.db, articleId);
  }

  saveArticleNote(articleId: number, note: string): ArticleNote {
    this.requireArticle(articleId);
    this.transaction(() => articleNotes.saveArticleNote(this.db, articleId, userNote(note), this.stamp()));
    return this.getArticleNote(articleId);
  }

  setStarred(articleId: number, starred: boolean): ArticleNote {
    this.requireArticle(articleId);
    this.transaction(() => articleNotes.setStarred(this.db, articleId, starred, this.stamp()));
    return this.getArticleNote(articleId);
  }

  listStarred(): number[] {
    return articleNotes.listStarred(this.db);
  }

  /** Resolves `[[Title]]` links (pass the titles, or a note to read them from). */
  resolveLinks(titles: readonly string[]): NoteLink[] {
    return articleNotes.resolveLinks(this.db, titles);
  }

  // ---- study settings ----

  getSettings(): StudySettings {
    return getStudySettings(this.db);
  }

  /**
   * Changes the study settings. Turning automatic cards on, or adding a colour, leaves the existing
   * notes' cards to `fillAutoCards` (the app's handler awaits it) or `fillAutoCardsNow`.
   */
  updateSettings(change: StudySettingsChange): StudySettings {
    return this.transaction(() => updateStudySettings(this.db, change));
  }

  /**
   * One step of giving existing notes of the automatic colours their cards: at most `FILL_CHUNK` notes in
   * one short transaction. Returns false once every such note has its card.
   */
  fillAutoCardsStep(limit = FILL_CHUNK): boolean {
    return this.transaction(() => {
      const colors = unfilledAutoColors(this.db);
      if (colors.length === 0) return false;
      const key = colors.join(',');
      if (this.fill?.key !== key) this.fill = { key, after: 0 };
      const last = cards.insertCardsOfColors(this.db, colors, this.fill.after, limit, this.now());
      if (last === null) {
        markAutoColorsFilled(this.db, colors);
        this.fill = null;
        return false;
      }
      this.fill.after = last;
      return true;
    });
  }

  /** Gives every existing note of the automatic colours its card, at once (tests, the CLI). */
  fillAutoCardsNow(): void {
    while (this.fillAutoCardsStep());
  }

  /**
   * Gives every existing note of the automatic colours its card in steps, letting other work run between
   * them, so that no step holds the main thread for long (100,000 notes). One fill at a time: a second
   * call waits for the running one and then fills what is still missing.
   */
  fillAutoCards(): Promise<void> {
    const run = async (): Promise<void> => {
      while (this.db.open && this.fillAutoCardsStep()) await nextTurn();
    };
    this.filling = this.filling.then(run, run);
    return this.filling;
  }

  // ---- revision ----

  /** Makes review cards of the given notes, or of every note matching the filter. */
  addReviewCards(input: {
    annotationIds?: readonly number[];
    filter?: NoteFilter;
    cloze?: boolean;
  }): ReviewCard[] {
    const ids = input.annotationIds ?? listNoteIds(this.db, input.filter ?? {});
    return this.transaction(() => cards.addCards(this.db, ids, this.now(), { cloze: input.cloze }));
  }

  /**
   * `addReviewCards` in steps of `step` notes, yielding to the event loop between them (the app's
   * channel: the cards of 20,000 notes in one go held the main thread 0.55 s). Each step is its own
   * transaction; a note gets a card at most once, so a run cut short is completed by running it again.
   */
  async addReviewCardsInSteps(
    input: { annotationIds?: readonly number[]; filter?: NoteFilter; cloze?: boolean },
    step = 500,
  ): Promise<ReviewCard[]> {
    let ids = input.annotationIds;
    if (!ids) {
      // The notes of a filter are found a part at a time too, each part in a turn of its own.
      const found: number[] = [];
      for (const part of noteIdsInParts(this.db, input.filter ?? {})) {
        await nextTurn();
        found.push(...part);
      }
      ids = found;
    }
    const made: ReviewCard[] = [];
    for (let from = 0; from < ids.length; from += step) {
      await nextTurn();
      const slice = ids.slice(from, from + step);
      made.push(
        ...this.transaction(() => cards.addCards(this.db, slice, this.now(), { cloze: input.cloze })),
      );
    }
    // In one go they come back in card order; a note given twice has one card, listed once.
    const seen = new Set<number>();
    return made
      .sort((a, b) => a.cardId - b.cardId)
      .filter((card) => !seen.has(card.cardId) && seen.add(card.cardId));
  }

  /** Cards due now, or by the end of the local day `on` (`YYYY-MM-DD`). */
  reviewQueue(options: { on?: string; limit?: number } = {}): ReviewCard[] {
    const now = this.now();
    const until = options.on ? new Date(startOfLocalDay(addDays(options.on, 1)).getTime() - 1) : now;
    return cards.dueCards(this.db, until, options.limit, now);
  }

  gradeCard(cardId: number, grade: ReviewGrade): ReviewCard {
    const graded = this.transaction(() => cards.gradeCard(this.db, cardId, grade, this.now()));
    if (!graded) throw new LibraryError('not-found', `There is no review card with id ${cardId}.`);
    return graded;
  }

  removeCard(cardId: number): void {
    if (!this.transaction(() => cards.removeCard(this.db, cardId)))
      throw new LibraryError('not-found', `There is no review card with id ${cardId}.`);
  }

  reviewHistory(cardId: number): Array<{ grade: ReviewGrade; reviewedAt: string }> {
    return cards.reviewHistory(this.db, cardId);
  }

  reviewStats(): ReviewStats {
    return cards.reviewStats(this.db, this.now());
  }

  // ---- internals ----

  private update(existing: Annotation, change: NoteChange): number {
    annotations.updateAnnotation(
      this.db,
      existing.id,
      {
        note: change.note === undefined ? existing.note : userNote(change.note),
        color: change.color === undefined ? existing.color : change.color,
      },
      this.stamp(),
    );
    // A note given an automatic colour gets its card (a card is never taken away by a colour change).
    if (change.color !== undefined && change.color !== existing.color) this.autoCard(existing.id);
    return existing.id;
  }

  /** Gives a new or re-coloured note its card when its colour is one of the automatic ones. */
  private autoCard(id: number): number {
    const color = annotations.getAnnotation(this.db, id)?.color;
    if (color && autoCardColors(this.db).includes(color)) cards.insertCards(this.db, [id], this.now());
    return id;
  }

  private requireBlock(blockId: number) {
    const block = blocks.getBlock(this.db, blockId);
    if (!block) throw new LibraryError('not-found', `There is no block with id ${blockId}.`);
    return block;
  }

  private requireArticle(id: number): void {
    if (!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id))
      throw new LibraryError('not-found', `There is no article with id ${id}.`);
  }

  private requireNote(id: number): Annotation {
    const note = annotations.getAnnotation(this.db, id);
    if (!note) throw new LibraryError('not-found', `There is no note with id ${id}.`);
    return note;
  }

  /** A change search does not see (cards, settings, stars): one transaction, no index update. */
  private transaction<T>(change: () => T): T {
    return this.db.transaction(change).immediate();
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}

/** The offsets of a highlight from what the caller gave; a user error when they do not fit the block. */
function locateSpan(
  block: { kind: string; text: string },
  input: HighlightInput,
): { start: number; end: number } {
  const text = block.text;
  if (input.row !== undefined) {
    if (block.kind !== 'table')
      throw new LibraryError('invalid-input', `Block ${input.blockId} is not a table: it has no rows.`);
    const rows = tableRows(text);
    const row = rows.find((r) => r.index === input.row);
    if (!row)
      throw new LibraryError(
        'invalid-input',
        `Table ${input.blockId} has no row ${input.row} (its rows: ${rows.map((r) => r.index).join(', ')}).`,
      );
    return { start: row.start, end: row.end };
  }
  if (input.quote !== undefined) {
    if (input.quote.trim() === '')
      throw new LibraryError('invalid-input', 'The words to highlight are empty.');
    // In a table, a quote that is a whole row (as stored, or its cells) is that row.
    if (block.kind === 'table') {
      const wanted = input.quote.trim();
      const row = tableRows(text).find((r) => r.text === input.quote || rowLabel(r) === wanted);
      if (row) return { start: row.start, end: row.end };
    }
    const at = text.indexOf(input.quote);
    if (at < 0) {
      const shown = input.quote.length > 60 ? `${input.quote.slice(0, 57)}…` : input.quote;
      throw new LibraryError('invalid-input', `Block ${input.blockId} does not contain “${shown}”.`);
    }
    return { start: at, end: at + input.quote.length };
  }
  const { start, end } = input;
  if (start === undefined || end === undefined)
    throw new LibraryError(
      'invalid-input',
      'A highlight needs the words, or their start and end in the block.',
    );
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new LibraryError(
      'invalid-input',
      `A highlight must lie inside its block: ${start}–${end} is not within 0–${text.length}.`,
    );
  }
  return { start, end };
}
