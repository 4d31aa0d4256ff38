/**
 * A deterministic synthetic library for benchmarks: current-affairs articles over four years with
 * GS-paper and topic tags, headings, bullets, a long tail of names, some Hindi articles, and user
 * notes. The same seed always gives the same library. Articles go straight into SQLite with
 * prepared statements in one transaction (50,000 articles and 100,000 notes take about a minute).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../src/main/library/db/connection';
import { LATEST_VERSION } from '../src/main/library/db/migrations';
import { HIGHLIGHT_COLORS, type BlockKind, type HighlightColor } from '../src/shared/domain';
import {
  COUNTRIES,
  FIRST_NAMES,
  GENERAL,
  HINDI,
  MINISTRIES,
  ROLES,
  SCHEMES,
  SOURCES,
  STATES,
  SURNAMES,
  SYLLABLES,
  TOPICS,
  type Topic,
} from './corpus-words';
import { MONTH_NAMES } from '../src/shared/dates';
import { COMMON_NAMES, EVERYDAY_WORDS, HINDI_EVERYDAY, JOINERS } from './corpus-everyday';

export interface CorpusOptions {
  seed: number;
  articles: number;
  /** User notes over the whole library. */
  annotations: number;
  /** First day of the four years the articles span. */
  startDate?: string;
  days?: number;
  /** Share of articles written in Hindi. */
  hindiShare?: number;
  /**
   * `compact` (the default): the topic vocabulary only, a few hundred words. `everyday`: the same articles
   * (the same titles, names and dates) with sentences of everyday words added, drawn by Zipf's law from
   * `corpus-everyday.ts`, so that ordinary words have the document frequencies of a real library.
   */
  vocabulary?: 'compact' | 'everyday';
}

export interface CorpusBlock {
  kind: BlockKind;
  level: number;
  text: string;
}

export interface CorpusArticle {
  title: string;
  date: string | null;
  source: string | null;
  tags: string[];
  blocks: CorpusBlock[];
  notes: Array<{ block: number; note: string; color: HighlightColor | null }>;
}

/** mulberry32: a small, fast, seedable generator. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Zipf-like: early items far more often than late ones, as words are used in real text. */
  zipf<T>(items: readonly T[]): T {
    const u = this.next();
    return items[Math.min(items.length - 1, Math.floor(items.length * u * u * u))]!;
  }
}

const DAY_MS = 86_400_000;

/** A made-up proper name from the long tail: a village, a species, a company. */
function rareName(rng: Random): string {
  // The tail grows with the library, like the names in a real one (Heaps' law).
  const n = rng.int(2, 4);
  let word = '';
  for (let i = 0; i < n; i++) word += rng.zipf(SYLLABLES);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function person(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
}

/**
 * What one article is about: a few countries, states, schemes and topic nouns that most of its
 * sentences return to, so words are bursty as in real articles (a country named in one article
 * is named there many times, and in few other articles).
 */
interface Focus {
  topic: Topic;
  countries: string[];
  states: string[];
  schemes: string[];
  nouns: string[];
}

function focusOf(rng: Random, topic: Topic): Focus {
  const some = (items: readonly string[], n: number) => Array.from({ length: n }, () => rng.zipf(items));
  return {
    topic,
    countries: some(COUNTRIES, 2),
    states: some(STATES, 2),
    schemes: some(SCHEMES, 2),
    nouns: some(topic.nouns, 5),
  };
}

/** Mostly the article's own subjects; now and then anything. */
function from(rng: Random, own: readonly string[], all: readonly string[]): string {
  return rng.chance(0.85) ? rng.pick(own) : rng.zipf(all);
}

function entity(rng: Random, focus: Focus): string {
  const r = rng.next();
  if (r < 0.35) return from(rng, focus.countries, COUNTRIES);
  if (r < 0.55) return from(rng, focus.states, STATES);
  if (r < 0.7) return from(rng, focus.schemes, SCHEMES);
  if (r < 0.8) return `the Ministry of ${rng.pick(MINISTRIES)}`;
  return from(rng, focus.nouns, focus.topic.nouns);
}

function number(rng: Random): string {
  const r = rng.next();
  if (r < 0.3) return `${rng.int(1, 99)} per cent`;
  if (r < 0.6) return `₹${rng.int(1, 90)},${String(rng.int(0, 999)).padStart(3, '0')} crore`;
  if (r < 0.8) return `${rng.int(2, 900)} districts`;
  return `${rng.int(1950, 2024)}`;
}

function sentence(rng: Random, focus: Focus, year: number): string {
  const noun = () => from(rng, focus.nouns, focus.topic.nouns);
  const other = () => rng.zipf(rng.pick(TOPICS).nouns);
  const country = () => from(rng, focus.countries, COUNTRIES);
  const state = () => from(rng, focus.states, STATES);
  const scheme = () => from(rng, focus.schemes, SCHEMES);
  switch (rng.int(0, 11)) {
    case 0:
      return `${cap(entity(rng, focus))} ${rng.pick(GENERAL.verbsPast)} a ${rng.pick(GENERAL.adjectives)} framework on ${noun()} with ${country()}.`;
    case 1:
      return `India and ${country()} agreed to ${rng.pick(GENERAL.verbs)} cooperation in ${noun()} and ${other()}.`;
    case 2:
      return `According to the ${rng.pick(GENERAL.reports)}, ${noun()} in ${state()} ${rng.pick(GENERAL.trends)} by ${number(rng)} in ${year}.`;
    case 3:
      return `The ${scheme()} aims to ${rng.pick(GENERAL.verbs)} ${noun()} for ${rng.pick(GENERAL.beneficiaries)} across ${rng.int(20, 700)} districts.`;
    case 4:
      return `It was launched in ${rng.int(1990, year)} under the Ministry of ${rng.pick(MINISTRIES)}.`;
    case 5:
      return `${person(rng)}, the ${rng.pick(ROLES)}, said the ${noun()} would ${rng.pick(GENERAL.verbs)} ${other()}.`;
    case 6:
      return `${rng.pick(GENERAL.fillers)} ${rng.pick(GENERAL.verbs)} ${noun()} in ${state()}.`;
    case 7:
      return `A new site at ${rareName(rng)} in ${state()} was linked to ${noun()}.`;
    case 8:
      return `The ${rng.pick(GENERAL.adjectives)} ${noun()} covers ${number(rng)} and involves ${rareName(rng)} and ${rareName(rng)}.`;
    case 9:
      return `${cap(noun())} remains a ${rng.pick(GENERAL.adjectives)} concern for ${rng.pick(GENERAL.beneficiaries)}.`;
    case 10:
      return `The ${rng.pick(ROLES)} ${rng.pick(GENERAL.verbsPast)} the ${noun()} at ${country()} in ${monthName(rng)} ${year}.`;
    default:
      return `${cap(other())} and ${noun()} were discussed alongside ${scheme()}.`;
  }
}

function monthName(rng: Random): string {
  return rng.pick([...MONTH_NAMES]);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function englishArticle(rng: Random, date: string | null): Omit<CorpusArticle, 'notes'> {
  const topic = rng.pick(TOPICS);
  const focus = focusOf(rng, topic);
  const year = date ? Number(date.slice(0, 4)) : 2022;
  const subject = rng.chance(0.5) ? focus.countries[0]! : cap(focus.nouns[0]!);
  const title = rng.chance(0.3)
    ? `India–${focus.countries[0]} ${rng.pick(topic.events)} on ${cap(focus.nouns[0]!)}`
    : `${subject} ${rng.pick(topic.events)}${rng.chance(0.3) ? ` in ${focus.states[0]}` : ''}`;
  const blocks: CorpusBlock[] = [];
  for (let i = rng.int(1, 2); i > 0; i--) {
    blocks.push({
      kind: 'paragraph',
      level: 0,
      text: `${sentence(rng, focus, year)} ${sentence(rng, focus, year)}`,
    });
  }
  for (let h = rng.int(3, 4); h > 0; h--) {
    blocks.push({ kind: 'heading', level: 3, text: rng.pick(GENERAL.headings) });
    for (let b = rng.int(3, 5); b > 0; b--) {
      const text = rng.chance(0.4)
        ? `${sentence(rng, focus, year)} ${sentence(rng, focus, year)}`
        : sentence(rng, focus, year);
      blocks.push({ kind: 'bullet', level: 0, text });
      if (rng.chance(0.15)) blocks.push({ kind: 'bullet', level: 1, text: sentence(rng, focus, year) });
    }
  }
  const tags = [topic.paper, topic.tag];
  if (rng.chance(0.3)) tags.push(rng.pick(['Prelims', 'Mains', 'Editorial', 'Miscellaneous']));
  return { title, date, source: rng.pick(SOURCES), tags, blocks };
}

function hindiArticle(rng: Random, date: string | null): Omit<CorpusArticle, 'notes'> {
  const h = HINDI;
  const line = () =>
    `${rng.pick(h.orgs)} ने ${rng.pick(h.places)} में ${rng.pick(h.adjectives)} ${rng.pick(h.nouns)} पर ${rng.pick(h.nouns)} की ${rng.pick(h.verbs)}।`;
  const blocks: CorpusBlock[] = [{ kind: 'paragraph', level: 0, text: `${line()} ${line()}` }];
  for (let s = rng.int(2, 3); s > 0; s--) {
    blocks.push({ kind: 'heading', level: 3, text: rng.pick(h.headings) });
    for (let b = rng.int(3, 5); b > 0; b--) blocks.push({ kind: 'bullet', level: 0, text: line() });
  }
  return {
    title: `${rng.pick(h.places)}: ${rng.pick(h.nouns)} ${rng.pick(h.adjectives)} ${rng.pick(h.nouns)}`,
    date,
    source: 'PIB',
    tags: [rng.pick(['GS-1', 'GS-2', 'GS-3']), rng.pick(h.tags)],
    blocks,
  };
}

function noteText(rng: Random, article: Omit<CorpusArticle, 'notes'>): string {
  const topic = rng.pick(TOPICS);
  return rng
    .pick(GENERAL.noteTemplates)
    .replace('{fact}', `${rng.zipf(topic.nouns)} covers ${number(rng)}`)
    .replace('{entity}', rng.chance(0.5) ? rng.zipf(COUNTRIES) : rng.zipf(SCHEMES))
    .replace('{noun}', rng.zipf(topic.nouns))
    .replace('{year}', String(rng.int(2013, 2024)))
    .concat(rng.chance(0.05) ? ` (${article.title})` : '');
}

/** Zipf's law over a ranked list: rank r (from 1) is drawn about 1/r as often as the first. */
function zipfRank<T>(rng: Random, items: readonly T[]): T {
  const rank = Math.floor(Math.exp(rng.next() * Math.log(items.length + 1))) - 1;
  return items[Math.min(items.length - 1, rank)]!;
}

/**
 * A sentence of everyday words. An article returns to its own few words (`theme`), as real articles
 * do, so a word's occurrences cluster in fewer articles than its frequency alone would give.
 */
function everydaySentence(rng: Random, theme: readonly string[], hindi: boolean): string {
  const list = hindi ? HINDI_EVERYDAY : EVERYDAY_WORDS;
  const joiners = hindi ? HINDI_JOINERS : JOINERS;
  const parts: string[] = [];
  if (!hindi && rng.chance(0.25)) parts.push(zipfRank(rng, COMMON_NAMES));
  for (let n = rng.int(6, 12); n > 0; n--) {
    parts.push(rng.chance(0.3) ? rng.pick(theme) : zipfRank(rng, list));
    if (rng.chance(0.4)) parts.push(rng.pick(joiners));
  }
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${hindi ? '।' : '.'}`;
}

const HINDI_JOINERS = ['का', 'की', 'के', 'में', 'और', 'से', 'को', 'पर', 'है', 'हैं'];

/** The article with one or two sentences of everyday words added to each paragraph and bullet. */
function withEverydayWords(
  rng: Random,
  article: Omit<CorpusArticle, 'notes'>,
  hindi: boolean,
): Omit<CorpusArticle, 'notes'> {
  const list = hindi ? HINDI_EVERYDAY : EVERYDAY_WORDS;
  const theme = Array.from({ length: 8 }, () => zipfRank(rng, list));
  const blocks = article.blocks.map((block) => {
    if (block.kind === 'heading') return block;
    let text = block.text;
    for (let s = rng.int(1, 2); s > 0; s--) text += ` ${everydaySentence(rng, theme, hindi)}`;
    return { ...block, text };
  });
  return { ...article, blocks };
}

/** The articles of a corpus, in order, with the notes spread over them. */
export function* generateArticles(options: CorpusOptions): Generator<CorpusArticle> {
  const rng = new Random(options.seed);
  const start = Date.parse(`${options.startDate ?? '2021-01-01'}T00:00:00Z`);
  const days = options.days ?? 4 * 365;
  const hindiShare = options.hindiShare ?? 0.03;
  const notesPerArticle = options.articles > 0 ? options.annotations / options.articles : 0;
  let notesLeft = options.annotations;
  // Everyday words come from a generator of their own, so the articles' titles, names and dates are
  // those of the compact vocabulary, and the benches that use it are unchanged.
  const everyday = options.vocabulary === 'everyday' ? new Random(options.seed ^ 0x5eed_e4e2) : null;
  for (let i = 0; i < options.articles; i++) {
    const date = rng.chance(0.01)
      ? null
      : new Date(start + rng.int(0, days - 1) * DAY_MS).toISOString().slice(0, 10);
    const hindi = rng.chance(hindiShare);
    const written = hindi ? hindiArticle(rng, date) : englishArticle(rng, date);
    const base = everyday ? withEverydayWords(everyday, written, hindi) : written;
    // Notes cluster: most articles get none or one, a few get many.
    let count = Math.min(notesLeft, Math.round(-Math.log(1 - rng.next()) * notesPerArticle));
    if (i === options.articles - 1) count = notesLeft;
    notesLeft -= count;
    const notes: CorpusArticle['notes'] = [];
    for (let n = 0; n < count; n++) {
      notes.push({
        block: rng.int(0, base.blocks.length - 1),
        note: rng.chance(0.7) ? noteText(rng, base) : '',
        color: rng.chance(0.8) ? rng.pick(HIGHLIGHT_COLORS) : null,
      });
    }
    yield { ...base, notes };
  }
}

/** Writes articles into a library database in one transaction; returns the number of notes written. */
export function writeArticles(
  db: Db,
  articles: Iterable<CorpusArticle>,
  now = '2025-01-01T00:00:00.000Z',
): number {
  const insertArticle = db.prepare(
    `INSERT INTO articles (title, date, date_text, source, url, origin_name, content_hash, imported_at)
     VALUES (?, ?, ?, ?, NULL, 'corpus', ?, ?)`,
  );
  const insertBlock = db.prepare(
    'INSERT INTO blocks (article_id, position, kind, level, text) VALUES (?, ?, ?, ?, ?)',
  );
  const insertTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const findTag = db.prepare('SELECT id FROM tags WHERE name = ?').pluck();
  const insertArticleTag = db.prepare(
    'INSERT OR IGNORE INTO article_tags (article_id, tag_id, origin) VALUES (?, ?, ?)',
  );
  const insertNote = db.prepare(
    `INSERT INTO annotations (article_id, block_id, color, note, quote, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const tagIds = new Map<string, number>();
  const tagId = (name: string): number => {
    let id = tagIds.get(name);
    if (id === undefined) {
      insertTag.run(name);
      id = findTag.get(name) as number;
      tagIds.set(name, id);
    }
    return id;
  };
  let notes = 0;
  let counter = 0;
  db.transaction(() => {
    for (const article of articles) {
      counter += 1;
      const hash = createHash('sha1').update(`${counter}\n${article.title}\n${article.date}`).digest('hex');
      const id = Number(
        insertArticle.run(article.title, article.date, article.date, article.source, hash, now)
          .lastInsertRowid,
      );
      const blockIds = article.blocks.map((b, position) =>
        Number(insertBlock.run(id, position, b.kind, b.level, b.text).lastInsertRowid),
      );
      for (const tag of article.tags) insertArticleTag.run(id, tagId(tag), 'source');
      for (const note of article.notes) {
        const block = article.blocks[note.block]!;
        insertNote.run(id, blockIds[note.block]!, note.color, note.note, block.text, now, now);
        notes += 1;
      }
    }
    db.prepare(
      `INSERT INTO settings (key, value) VALUES ('generation', '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
    ).run();
  })();
  return notes;
}

/** Builds a library folder holding a generated corpus (replacing what was there). */
export function buildCorpusLibrary(
  dir: string,
  options: CorpusOptions,
): { file: string; notes: number; ms: number } {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'library.sqlite');
  const db = openDatabase(file);
  try {
    const notes = writeArticles(db, generateArticles(options));
    return { file, notes, ms: performance.now() - started };
  } finally {
    db.close();
  }
}

/** The folder of the cached corpus of these options (`bulletin-bench/s42-a50000-n100000-v5`). */
export function corpusDir(options: CorpusOptions): string {
  return join(
    tmpdir(),
    'bulletin-bench',
    `s${options.seed}-a${options.articles}-n${options.annotations}-v${LATEST_VERSION}${options.vocabulary === 'everyday' ? '-everyday' : ''}`,
  );
}

/**
 * The benchmarks' corpus library, generated once per seed, size and schema version and kept in the
 * temp folder (`bulletin-bench/s42-a50000-n100000-v5/corpus.sqlite`): a copy is what a benchmark
 * opens. Returns the folder and the pristine file; `log` hears about a generation.
 */
export function cachedCorpus(
  options: CorpusOptions,
  dir = corpusDir(options),
  log: (line: string) => void = () => undefined,
): { dir: string; file: string } {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'corpus.sqlite');
  if (!existsSync(file)) {
    log(
      `generating ${options.articles} articles with ${options.annotations} notes (seed ${options.seed}) in ${dir} …`,
    );
    const built = buildCorpusLibrary(join(dir, 'corpus'), options);
    copyFileSync(built.file, file);
    rmSync(join(dir, 'corpus'), { recursive: true, force: true });
    log(`  corpus written in ${(built.ms / 1000).toFixed(1)} s`);
  }
  return { dir, file };
}
