/**
 * Review cards in the database. A card belongs to an annotation (not a block), so re-anchoring after
 * a re-import carries it along with its history; a card whose note is in the trash is not shown.
 */
import type { HighlightColor, ReviewCard, ReviewGrade, ReviewStats } from '../../../shared/domain';
import { addDays, localToday } from '../../../shared/dates';
import { rowOfSpan, rowLabel, tableRows } from '../../../shared/table-rows';
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { newCard, review, stateName, type StoredCard } from './schedule';
import { getStudySettings, nextExam, startOfLocalDay } from './study-settings';

/** Days forecast when no exam date is set, and at most. */
const FORECAST_DAYS = 30;
const MAX_FORECAST_DAYS = 366;

interface CardRow {
  id: number;
  annotationId: number;
  cloze: number;
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: string | null;
}

const CARD_COLUMNS = `c.id, c.annotation_id AS annotationId, c.cloze, c.state, c.due, c.stability, c.difficulty,
  c.elapsed_days AS elapsedDays, c.scheduled_days AS scheduledDays, c.learning_steps AS learningSteps,
  c.reps, c.lapses, c.last_review AS lastReview`;

/** A card with what it is shown with: its note, its block and its article. */
const VIEW = `SELECT ${CARD_COLUMNS}, n.article_id AS articleId, a.title AS articleTitle, n.block_id AS blockId,
                     n.kind, n.note, n.color, n.quote, n.prefix, n.suffix, n.start_offset AS start,
                     n.end_offset AS end, b.text AS blockText, b.kind AS blockKind
                FROM review_cards c
                JOIN annotations n ON n.id = c.annotation_id
                JOIN articles a ON a.id = n.article_id
                LEFT JOIN blocks b ON b.id = n.block_id`;

type ViewRow = CardRow & {
  articleId: number;
  articleTitle: string;
  blockId: number | null;
  kind: 'block' | 'span';
  note: string;
  color: ReviewCard['color'];
  quote: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  blockText: string | null;
  blockKind: string | null;
};

function toStored(row: CardRow): StoredCard {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview === null ? undefined : new Date(row.lastReview),
  };
}

/** The cells of the table row a span covers whole (`Kerala | Thiruvananthapuram`), if it is a row note. */
function rowPrompt(row: ViewRow): string | null {
  if (row.kind !== 'span' || row.blockKind !== 'table' || row.blockText === null) return null;
  if (row.start === null || row.end === null) return null;
  const index = rowOfSpan(row.blockText, row.start, row.end);
  const tableRow = index === null ? undefined : tableRows(row.blockText).find((r) => r.index === index);
  return tableRow ? rowLabel(tableRow) : null;
}

function toReviewCard(row: ViewRow): ReviewCard {
  let prompt = row.blockText ?? row.quote;
  let cloze: string | null = null;
  // A note on a table row asks about that row, not the whole table (and never blanks the whole row).
  const onRow = rowPrompt(row);
  if (onRow !== null) prompt = onRow;
  else if (row.cloze === 1 && row.kind === 'span') {
    cloze = row.quote;
    prompt =
      row.blockText !== null && row.start !== null && row.end !== null
        ? `${row.blockText.slice(0, row.start)}[…]${row.blockText.slice(row.end)}`
        : `${row.prefix}[…]${row.suffix}`;
  }
  return {
    cardId: row.id,
    annotationId: row.annotationId,
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    blockId: row.blockId,
    prompt,
    cloze,
    note: row.note,
    color: row.color,
    due: row.due,
    state: stateName(row.state),
    reps: row.reps,
    lapses: row.lapses,
    lastReview: row.lastReview,
  };
}

/** SQL over `annotations`: a span covering a whole line of a table, i.e. a note on a row (never a cloze). */
const ON_TABLE_ROW = `(instr(quote, char(10)) = 0 AND (prefix = '' OR substr(prefix, -1) = char(10))
  AND (suffix = '' OR substr(suffix, 1, 1) IN (char(10), char(13)))
  AND coalesce((SELECT kind FROM blocks WHERE blocks.id = annotations.block_id), '') = 'table')`;

/** Inserts a card for each of these notes that has none (a cloze for span highlights unless `cloze: false`). */
export function insertCards(
  db: Db,
  annotationIds: readonly number[],
  now: Date,
  options: { cloze?: boolean } = {},
): void {
  const empty = newCard(now);
  const insert = db.prepare(
    `INSERT INTO review_cards (annotation_id, cloze, state, due, stability, difficulty, reps, lapses, created_at)
     SELECT id, CASE WHEN kind = 'span' AND @cloze AND NOT ${ON_TABLE_ROW} THEN 1 ELSE 0 END,
            @state, @due, @stability, @difficulty, 0, 0, @now
       FROM annotations WHERE id = @id
     ON CONFLICT (annotation_id) DO NOTHING`,
  );
  for (const id of annotationIds) {
    insert.run({
      id,
      cloze: options.cloze === false ? 0 : 1,
      state: empty.state,
      due: empty.due.toISOString(),
      stability: empty.stability,
      difficulty: empty.difficulty,
      now: now.toISOString(),
    });
  }
}

/**
 * Makes a card for each of these notes that has none (a cloze for span highlights unless
 * `cloze: false`); new cards are due at once. Returns the cards of all the given notes.
 */
export function addCards(
  db: Db,
  annotationIds: readonly number[],
  now: Date,
  options: { cloze?: boolean } = {},
): ReviewCard[] {
  insertCards(db, annotationIds, now, options);
  return (
    db
      .prepare(`${VIEW} WHERE c.annotation_id IN (SELECT value FROM json_each(?)) ORDER BY c.id`)
      .all(JSON.stringify(annotationIds)) as ViewRow[]
  ).map(toReviewCard);
}

/**
 * Cards for the next `limit` notes of these colours after note `afterId` (in id order); returns the
 * last note id looked at, or null when there are no more. One chunk of a fill: a short transaction.
 */
export function insertCardsOfColors(
  db: Db,
  colors: readonly HighlightColor[],
  afterId: number,
  limit: number,
  now: Date,
): number | null {
  const ids = db
    .prepare(
      `SELECT id FROM annotations WHERE id > ? AND color IN (SELECT value FROM json_each(?))
        ORDER BY id LIMIT ?`,
    )
    .pluck()
    .all(afterId, JSON.stringify(colors), limit) as number[];
  if (ids.length === 0) return null;
  insertCards(db, ids, now);
  return ids[ids.length - 1]!;
}

export function getCard(db: Db, cardId: number): ReviewCard | undefined {
  const row = db.prepare(`${VIEW} WHERE c.id = ?`).get(cardId) as ViewRow | undefined;
  return row && toReviewCard(row);
}

export function removeCard(db: Db, cardId: number): boolean {
  return db.prepare('DELETE FROM review_cards WHERE id = ?').run(cardId).changes > 0;
}

/**
 * When each grade would bring a card back, in milliseconds after `now`: the very scheduling
 * `gradeCard` applies (FSRS, compressed towards the exam), so that the buttons say what will happen.
 */
export function gradeIntervals(
  card: StoredCard,
  now: Date,
  examStarts: Date | null,
): Record<ReviewGrade, number> {
  const after = (grade: ReviewGrade) =>
    review(card, grade, now, examStarts).card.due.getTime() - now.getTime();
  return { again: after('again'), hard: after('hard'), good: after('good'), easy: after('easy') };
}

/** Cards due by `until`, most overdue first, each with its grades' intervals from `now`. */
export function dueCards(db: Db, until: Date, limit = 1000, now: Date = until): ReviewCard[] {
  const examStarts = nextExam(getStudySettings(db), now)?.starts ?? null;
  return (
    db
      .prepare(`${VIEW} WHERE c.due <= ? ORDER BY c.due, c.id LIMIT ?`)
      .all(until.toISOString(), limit) as ViewRow[]
  ).map((row) => ({ ...toReviewCard(row), intervals: gradeIntervals(toStored(row), now, examStarts) }));
}

/** Grades a card at `now` and records the review; undefined when there is no such (live) card. */
export function gradeCard(db: Db, cardId: number, grade: ReviewGrade, now: Date): ReviewCard | undefined {
  const row = db.prepare(`${VIEW} WHERE c.id = ?`).get(cardId) as ViewRow | undefined;
  if (!row) return undefined;
  const exam = nextExam(getStudySettings(db), now);
  const { card, before } = review(toStored(row), grade, now, exam?.starts ?? null);
  db.prepare(
    `INSERT INTO review_log (card_id, grade, state, due, stability, difficulty, scheduled_days, learning_steps, reviewed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    cardId,
    grade,
    before.state,
    before.due.toISOString(),
    before.stability,
    before.difficulty,
    before.scheduled_days,
    before.learning_steps,
    now.toISOString(),
  );
  db.prepare(
    `UPDATE review_cards SET state = @state, due = @due, stability = @stability, difficulty = @difficulty,
            elapsed_days = @elapsedDays, scheduled_days = @scheduledDays, learning_steps = @learningSteps,
            reps = @reps, lapses = @lapses, last_review = @lastReview
      WHERE id = @id`,
  ).run({
    id: cardId,
    state: card.state,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: now.toISOString(),
  });
  return getCard(db, cardId);
}

/** The reviews of a card, oldest first. */
export function reviewHistory(db: Db, cardId: number): Array<{ grade: ReviewGrade; reviewedAt: string }> {
  return db
    .prepare('SELECT grade, reviewed_at AS reviewedAt FROM review_log WHERE card_id = ? ORDER BY id')
    .all(cardId) as Array<{ grade: ReviewGrade; reviewedAt: string }>;
}

/** Today's progress, and the cards due each day until the exam. */
export function reviewStats(db: Db, now: Date): ReviewStats {
  const today = localToday(now);
  const exam = nextExam(getStudySettings(db), now);
  const lastDay = addDays(
    today,
    Math.min(exam ? daysBetween(today, exam.date) : FORECAST_DAYS, MAX_FORECAST_DAYS) - 1,
  );
  // The cards of live notes: a card of a note in the recently deleted list waits there with its note
  // (every card's note is in one of the two tables), so no join with 100,000 notes is needed.
  const dues = prepared(
    db,
    'SELECT due FROM review_cards WHERE annotation_id NOT IN (SELECT id FROM annotation_trash)',
  )
    .pluck()
    .all() as string[];
  // Each forecast day ends at a local midnight, as an ISO instant. Dues are written by toISOString, so
  // a due is placed by comparing strings (a binary search), not by a Date per card (63 → ~10 ms at
  // 50,000 cards). Overdue cards count for today.
  const days: string[] = [];
  for (let day = today; day <= lastDay || days.length === 0; day = addDays(day, 1)) days.push(day);
  const ends = days.map((day) => startOfLocalDay(addDays(day, 1)).toISOString());
  const perDay = new Array<number>(days.length).fill(0);
  const nowIso = now.toISOString();
  let dueNow = 0;
  for (const due of dues) {
    if (due <= nowIso) dueNow++;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (due < ends[mid]!) hi = mid;
      else lo = mid + 1;
    }
    if (lo < perDay.length) perDay[lo]!++;
  }
  const forecast: ReviewStats['forecast'] = days
    .filter((day) => day <= lastDay)
    .map((day, i) => ({ day, due: perDay[i]! }));
  const reviewed = (
    db
      .prepare('SELECT count(*) AS n FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?')
      .get(startOfLocalDay(today).toISOString(), startOfLocalDay(addDays(today, 1)).toISOString()) as {
      n: number;
    }
  ).n;
  // Later today (and within the hour, past midnight too), by the minute: what an honest end of a
  // session can say ("4 cards in 10 min").
  const endOfToday = startOfLocalDay(addDays(today, 1));
  const horizon = new Date(Math.max(endOfToday.getTime(), now.getTime() + 3_600_000));
  const soon = (
    db
      .prepare(
        `SELECT substr(c.due, 1, 16) AS minute, min(c.due) AS first, count(*) AS cards
           FROM review_cards c
          WHERE c.due > ? AND c.due < ? AND c.annotation_id NOT IN (SELECT id FROM annotation_trash)
          GROUP BY minute ORDER BY minute LIMIT 1440`,
      )
      .all(now.toISOString(), horizon.toISOString()) as Array<{ first: string; cards: number }>
  ).map((r) => ({
    inMs: Date.parse(r.first) - now.getTime(),
    cards: r.cards,
    day: localToday(new Date(r.first)),
  }));
  return {
    today: { reviewed, due: perDay[0]! },
    dueNow,
    soon,
    forecast,
    exam: exam && {
      kind: exam.kind,
      date: exam.date,
      daysLeft: daysBetween(today, exam.date),
    },
    cards: dues.length,
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
