/**
 * A model-based soak (issue 14): random sequences of import, re-import (a changed version of the same
 * article), annotate, delete, undo, tag, review, backup and restore run against a real library and a
 * small in-memory model of what it must hold. After every step the invariants are checked: no note
 * lost (the live notes are exactly the model's, each on its own article), every note on a block of its
 * article or orphaned, search finds every article and note the model says, the user tags are the
 * model's, and the integrity check is ok.
 *
 * The model never reads the library: each step is planned from the model, the seed and the step number
 * only, so a process killed at any point can be judged (the library must equal the model before or after
 * the step in flight) and resumed. Notes are known by their text, which is unique (`soaknote<step>x`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../../src/main/library/library';
import { REVIEW_GRADES } from '../../src/shared/domain';
import { mulberry32 } from './random';

/** What the library must hold. */
export interface SoakState {
  /** Articles by key (`a3`): the version last imported, and the user tags (lower case, sorted). */
  articles: Record<string, { version: number; tags: string[] }>;
  /** Notes by their text: their article's key, and whether they are in the trash. */
  notes: Record<string, { article: string; deleted: boolean }>;
}

export interface SoakModel extends SoakState {
  /** Backups made, by file name, with the state each holds. */
  backups: Record<string, SoakState>;
}

export type SoakStep =
  | { kind: 'import'; article: string; version: number }
  | { kind: 'annotate'; article: string; block: number; note: string }
  | { kind: 'delete'; note: string }
  | { kind: 'undo'; note: string }
  | { kind: 'tag'; article: string; tag: string }
  | { kind: 'review'; note: string; grade: (typeof REVIEW_GRADES)[number] }
  | { kind: 'backup'; file: string }
  | { kind: 'restore'; file: string };

export const SOAK_KINDS = [
  'import',
  'annotate',
  'delete',
  'undo',
  'tag',
  'review',
  'backup',
  'restore',
] as const;

export const emptyModel = (): SoakModel => ({ articles: {}, notes: {}, backups: {} });

/** mulberry32 over (seed, step): the same plan for the same model, seed and step in any process. */
function randomFor(seed: number, step: number): () => number {
  return mulberry32(seed * 1_000_003 + step * 7_919);
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** The step `i` does, from the model alone. */
export function planStep(model: SoakModel, seed: number, i: number): SoakStep {
  const random = randomFor(seed, i);
  const articles = Object.keys(model.articles);
  const live = Object.keys(model.notes).filter((n) => !model.notes[n]!.deleted);
  const trashed = Object.keys(model.notes).filter((n) => model.notes[n]!.deleted);
  const backups = Object.keys(model.backups);
  const roll = random();
  if (articles.length < 2 || roll < 0.12) {
    // A new article now and then, else a new version of one already there.
    const article =
      articles.length < 6 && random() < 0.5
        ? `a${articles.length}`
        : pick(random, articles.length ? articles : ['a0']);
    return { kind: 'import', article, version: (model.articles[article]?.version ?? -1) + 1 };
  }
  if (roll < 0.45)
    return {
      kind: 'annotate',
      article: pick(random, articles),
      block: Math.floor(random() * 8),
      note: `soaknote${i}x`,
    };
  if (roll < 0.55 && live.length > 0) return { kind: 'delete', note: pick(random, live) };
  if (roll < 0.62 && trashed.length > 0) return { kind: 'undo', note: pick(random, trashed) };
  if (roll < 0.74)
    return {
      kind: 'tag',
      article: pick(random, articles),
      tag: pick(random, ['gs-1', 'gs-2', 'revise', 'Polity']),
    };
  if (roll < 0.86 && live.length > 0)
    return { kind: 'review', note: pick(random, live), grade: pick(random, REVIEW_GRADES) };
  if (roll < 0.94 || backups.length === 0) return { kind: 'backup', file: `step-${i}.bulletin` };
  return { kind: 'restore', file: pick(random, backups) };
}

const stateOf = (model: SoakModel): SoakState =>
  structuredClone({ articles: model.articles, notes: model.notes });

/** The model after a step (pure). */
export function applyToModel(model: SoakModel, step: SoakStep): SoakModel {
  const next = structuredClone(model);
  switch (step.kind) {
    case 'import': {
      const tags = next.articles[step.article]?.tags ?? [];
      next.articles[step.article] = { version: step.version, tags };
      break;
    }
    case 'annotate':
      next.notes[step.note] = { article: step.article, deleted: false };
      break;
    case 'delete':
      next.notes[step.note]!.deleted = true;
      break;
    case 'undo':
      next.notes[step.note]!.deleted = false;
      break;
    case 'tag': {
      const article = next.articles[step.article]!;
      article.tags = [...new Set([...article.tags, step.tag.toLowerCase()])].sort();
      break;
    }
    case 'backup':
      next.backups[step.file] = stateOf(model);
      break;
    case 'restore':
      Object.assign(next, structuredClone(model.backups[step.file]!));
      break;
    case 'review':
      break;
  }
  return next;
}

const titleOf = (article: string): string => `Soak article ${article.slice(1)}`;
/** A word only this article has, for the search invariant. */
const wordOf = (article: string): string => `soakword${article.slice(1)}q`;

/** Version `version` of an article: its paragraphs change and come and go, so notes move or are orphaned. */
export function articleText(article: string, version: number): string {
  const paragraphs = Array.from({ length: 8 }, (_, j) => j)
    .filter((j) => (version + j) % 5 !== 0 || version === 0)
    .map((j) =>
      j % 3 === version % 3
        ? `Paragraph ${j} of ${wordOf(article)}, revised in version ${version}: rivers, wetlands and budgets.`
        : `Paragraph ${j} of ${wordOf(article)} about the monsoon and the constitution, unchanged.`,
    );
  return `---\ntitle: "${titleOf(article)}"\ndate: 2024-03-0${1 + (Number(article.slice(1)) % 9)}\nurl: https://soak.example/articles/${article}\n---\n\n# ${titleOf(article)}\n\n${paragraphs.join('\n\n')}\n`;
}

/** The soak's folders: the library, and its backups beside it. */
export function soakDirs(root: string): { library: string; backups: string } {
  const dirs = { library: join(root, 'library'), backups: join(root, 'backups') };
  mkdirSync(dirs.backups, { recursive: true });
  return dirs;
}

export const openSoakLibrary = (dir: string): Library => Library.open(dir, { backups: { daily: false } });

function articleId(library: Library, article: string): number {
  const found = library.listArticles().find((a) => a.title === titleOf(article));
  if (!found) throw new Error(`${titleOf(article)} is not in the library`);
  return found.id;
}

function noteId(library: Library, note: string, deleted = false): number {
  const list = deleted ? library.notes.listRecentlyDeleted() : library.listNotes();
  const found = list.find((n) => n.note === note);
  if (!found) throw new Error(`the note ${note} is not in the library${deleted ? '’s trash' : ''}`);
  return found.id;
}

/** Carries a step out on the library; a restore closes it and returns the reopened one. */
export async function applyToLibrary(library: Library, root: string, step: SoakStep): Promise<Library> {
  const dirs = soakDirs(root);
  switch (step.kind) {
    case 'import': {
      const bytes = Buffer.from(articleText(step.article, step.version), 'utf8');
      const report = library.importSources([{ path: `${step.article}.md`, bytes }]);
      if (report.failed.length > 0) throw new Error(`import failed: ${report.failed[0]!.error}`);
      return library;
    }
    case 'annotate': {
      // A new note, never an edit: a block holds one whole-block note, and the same words one highlight,
      // so the note goes on the first free block from `step.block` on, else on a free word.
      const id = articleId(library, step.article);
      const { blocks, annotations } = library.getArticle(id);
      const taken = new Set(
        [...annotations, ...library.notes.listRecentlyDeleted({ articleId: id })].map((a) =>
          a.kind === 'span' ? `${a.blockId}:${a.start}:${a.end}` : `${a.blockId}:block`,
        ),
      );
      const order = blocks.map((_, k) => blocks[(step.block + k) % blocks.length]!);
      const free = order.find((b) => !taken.has(`${b.id}:block`));
      if (free) {
        library.saveAnnotation(free.id, { note: step.note, color: 'revise' });
        return library;
      }
      for (const block of order)
        for (const word of block.text.matchAll(/\p{L}+/gu)) {
          const start = word.index;
          const end = start + word[0].length;
          if (taken.has(`${block.id}:${start}:${end}`)) continue;
          library.notes.saveHighlight({ blockId: block.id, start, end, note: step.note, color: 'fact' });
          return library;
        }
      throw new Error(`no free place for a note in ${titleOf(step.article)}`);
    }
    case 'delete':
      library.deleteAnnotation(noteId(library, step.note));
      return library;
    case 'undo':
      library.notes.restoreNote(noteId(library, step.note, true));
      return library;
    case 'tag':
      library.addUserTag(articleId(library, step.article), step.tag);
      return library;
    case 'review': {
      const id = noteId(library, step.note);
      library.notes.addReviewCards({ annotationIds: [id] });
      const card = library.notes
        .reviewQueue({ on: '2200-01-01', limit: 1000 })
        .find((c) => c.annotationId === id);
      if (card) library.notes.gradeCard(card.cardId, step.grade);
      return library;
    }
    case 'backup':
      await library.backupTo(join(dirs.backups, step.file));
      return library;
    case 'restore':
      library.close();
      await Library.restore(join(dirs.backups, step.file), dirs.library, {
        replace: true,
        backups: { daily: false },
      });
      return openSoakLibrary(dirs.library);
  }
}

/** What is wrong with the library against the model: empty when every invariant holds. */
export async function soakProblems(library: Library, model: SoakState): Promise<string[]> {
  const problems: string[] = [];
  const articles = library.listArticles();
  const byTitle = new Map(articles.map((a) => [a.title, a]));
  const expectedTitles = Object.keys(model.articles).map(titleOf).sort();
  const titles = articles.map((a) => a.title).sort();
  if (JSON.stringify(titles) !== JSON.stringify(expectedTitles))
    problems.push(`articles ${JSON.stringify(titles)}, the model has ${JSON.stringify(expectedTitles)}`);

  // No note lost, none extra, each on its own article: on one of its blocks, or orphaned.
  const notes = library.listNotes();
  const live = Object.entries(model.notes).filter(([, n]) => !n.deleted);
  const shown = new Map(notes.map((n) => [n.note, n]));
  for (const [text, { article }] of live) {
    const note = shown.get(text);
    if (!note) problems.push(`the note ${text} is lost`);
    else if (note.articleTitle !== titleOf(article))
      problems.push(`the note ${text} is on “${note.articleTitle}”, not ${titleOf(article)}`);
  }
  if (notes.length !== live.length) problems.push(`${notes.length} notes, the model has ${live.length}`);
  const blocksOf = new Map<number, Set<number>>();
  for (const note of notes) {
    if (note.blockId === null || note.orphaned) continue;
    if (!blocksOf.has(note.articleId))
      blocksOf.set(note.articleId, new Set(library.getArticle(note.articleId).blocks.map((b) => b.id)));
    if (!blocksOf.get(note.articleId)!.has(note.blockId))
      problems.push(
        `the note ${note.note} is on block ${note.blockId}, not a block of its article, and not orphaned`,
      );
  }
  const trashed = Object.entries(model.notes)
    .filter(([, n]) => n.deleted)
    .map(([text]) => text)
    .sort();
  const inTrash = library.notes
    .listRecentlyDeleted()
    .map((n) => n.note)
    .sort();
  if (JSON.stringify(trashed) !== JSON.stringify(inTrash))
    problems.push(`the trash holds ${JSON.stringify(inTrash)}, the model ${JSON.stringify(trashed)}`);

  // User tags.
  for (const [key, { tags }] of Object.entries(model.articles)) {
    const found = byTitle.get(titleOf(key));
    const userTags = (found?.userTags ?? []).map((t) => t.toLowerCase()).sort();
    if (found && JSON.stringify(userTags) !== JSON.stringify(tags))
      problems.push(
        `${titleOf(key)} has tags ${JSON.stringify(userTags)}, the model ${JSON.stringify(tags)}`,
      );
  }

  // Search finds every article by its own word, and a live note by its text.
  await library.searchIdle();
  for (const key of Object.keys(model.articles)) {
    const outcome = library.searchArticles(wordOf(key), { limit: 50 });
    const found = outcome.ok && outcome.hits.some((hit) => hit.title === titleOf(key));
    if (!found) problems.push(`search for ${wordOf(key)} does not find ${titleOf(key)}`);
  }
  const someNote = live[live.length - 1]?.[0];
  if (someNote && !library.listNotes({ query: someNote }).some((n) => n.note === someNote))
    problems.push(`the notes search does not find ${someNote}`);

  const check = library.checkIntegrity();
  if (!check.ok) problems.push(`check: ${check.problems.join('; ')}`);
  return problems;
}

/** The model after `steps` steps from empty: what a run that got that far must hold. */
export function modelAfter(seed: number, steps: number): SoakModel[] {
  const models = [emptyModel()];
  for (let i = 0; i < steps; i++) models.push(applyToModel(models[i]!, planStep(models[i]!, seed, i)));
  return models;
}

/**
 * After a kill: the step the library stands at, `from` or `from + 1` (the step in flight committed or
 * not), the later one first. A model counts only if its backups are all on disk.
 */
export async function judgeAfterKill(
  library: Library,
  root: string,
  models: readonly SoakModel[],
  from: number,
): Promise<{ at: number; problems: string[] }> {
  const backups = soakDirs(root).backups;
  const tried: string[] = [];
  for (const at of [from + 1, from]) {
    const model = models[at];
    if (!model) continue;
    if (!Object.keys(model.backups).every((file) => existsSync(join(backups, file)))) continue;
    const problems = await soakProblems(library, model);
    if (problems.length === 0) return { at, problems };
    tried.push(`after step ${at}: ${problems.join('; ')}`);
  }
  return { at: from, problems: tried };
}
