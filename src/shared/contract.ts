/**
 * The one IPC contract. Each channel is declared once, with zod schemas for its input and output;
 * the preload's functions, the main-process handlers and the renderer's client all derive from it.
 */
import { z } from 'zod';
import {
  ANNOTATION_KINDS,
  BLOCK_KINDS,
  CARD_STATES,
  EXAM_KINDS,
  EXPORT_FORMATS,
  FEED_STATUSES,
  HIGHLIGHT_COLORS,
  LIST_STYLES,
  NOTEBOOK_GROUPINGS,
  REVIEW_GRADES,
} from './domain';
import { FIRST_YEAR, isSaneIsoDay, LAST_YEAR } from './dates';
import { hasControlCharacters, TAG_MAX_CHARS } from './limits';
import { PreferencesChangeSchema, PreferencesSchema } from './preferences';
import { CORE_CODES, type CoreCode } from './message-codes';
import { SyllabusSchemas } from './syllabus';

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const isId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
/**
 * A list of ids (`z.array(Id)` with its bounds), checked in one loop: zod checked select-all's 50,000
 * ids in 13–34 ms the first time (3 ms once compiled), the loop in 0.3 ms. A list that fails is
 * checked by zod, for the very sentence it always gave.
 */
function idList(bounds: { min?: number; max?: number; fewer?: string } = {}) {
  const { min = 0, max = Number.MAX_SAFE_INTEGER, fewer } = bounds;
  const byZod = z.array(Id).min(min, fewer).max(max);
  return z.custom<number[]>().check((ctx) => {
    const list = ctx.value;
    if (Array.isArray(list) && list.length >= min && list.length <= max && list.every(isId)) return;
    for (const issue of byZod.safeParse(list).error?.issues ?? [])
      ctx.issues.push({ ...issue, input: list } as z.core.$ZodRawIssue);
  });
}
const IsoDay = z
  .string()
  .refine(isSaneIsoDay, `must be a real day from ${FIRST_YEAR} to ${LAST_YEAR}, written YYYY-MM-DD`);
/** A name the user gives (a saved search's): trimmed, 1–100 characters, no control characters. */
const SavedSearchName = z
  .string()
  .trim()
  .min(1, 'a saved search needs a name')
  .max(100, 'a name is at most 100 characters')
  .refine((name) => !hasControlCharacters(name), 'a name cannot contain control characters');
const TagName = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(TAG_MAX_CHARS, `a tag is at most ${TAG_MAX_CHARS} characters`)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .refine((t) => !/[\u0000-\u001f]/.test(t), 'a tag cannot contain control characters');
const Color = z.enum(HIGHLIGHT_COLORS);

export const ArticleFilterSchema = z.strictObject({
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  tag: TagName.optional(),
  undated: z.boolean().optional(),
  tagOrigin: z.enum(['source', 'user']).optional(),
  /** Only starred articles (the Starred view). */
  starred: z.boolean().optional(),
  /** Only articles not yet read (the Unread view). */
  unread: z.boolean().optional(),
  syllabus: SyllabusSchemas.TopicId.optional(),
});

const NoteFilterSchema = ArticleFilterSchema.extend({
  color: Color.optional(),
  articleId: Id.optional(),
  source: z.string().max(300).optional(),
  query: z.string().max(500, 'a notes search is at most 500 characters').optional(),
  orphaned: z.boolean().optional(),
  writtenFrom: IsoDay.optional(),
  writtenTo: IsoDay.optional(),
});

const BlockSchema = z.object({
  id: Id,
  kind: z.enum(BLOCK_KINDS),
  text: z.string(),
  level: z.number().int(),
  listStyle: z.enum(LIST_STYLES).optional(),
  rows: z.array(z.array(z.string())).optional(),
});

const ArticleSummarySchema = z.object({
  id: Id,
  title: z.string(),
  date: z.string().nullable(),
  tags: z.array(z.string()),
  userTags: z.array(z.string()),
  source: z.string().nullable(),
  read: z.boolean(),
  noteCount: z.number().int(),
  sample: z.boolean().optional(),
  /** Starred by the user (absent from older callers' rows: read as false). */
  starred: z.boolean().optional(),
});

const ReadingPositionSchema = z.strictObject({
  articleId: Id,
  blockId: Id.nullable(),
  offset: z.number().int().min(0).max(10_000_000, 'an offset is at most 10,000,000 pixels'),
});

const ArticleListCursorSchema = z.strictObject({ date: IsoDay.nullable(), id: Id });

const AnnotationSchema = z.object({
  id: Id,
  articleId: Id,
  blockId: Id.nullable(),
  color: Color.nullable(),
  note: z.string(),
  quote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  kind: z.enum(ANNOTATION_KINDS).optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.number().int().nullable().optional(),
  end: z.number().int().nullable().optional(),
  orphaned: z.boolean().optional(),
  row: z.number().int().nullable().optional(),
});

const ArticleSchema = ArticleSummarySchema.extend({
  dateText: z.string().nullable(),
  url: z.string().nullable(),
  blocks: z.array(BlockSchema),
  annotations: z.array(AnnotationSchema),
  /** Set when `annotations` holds only the first screen's notes (the input's `firstScreen`). */
  moreAnnotations: z.object({ fromBlock: z.number().int(), total: z.number().int() }).optional(),
  articleNote: z.string().optional(),
  starred: z.boolean().optional(),
  links: z
    .array(z.object({ title: z.string(), url: z.string().nullable(), articleId: Id.nullable() }))
    .optional(),
  /** Where the user left it: opening costs no extra call to resume there. */
  position: z.object({ blockId: Id.nullable(), offset: z.number().int() }).nullable().optional(),
  /** The article's syllabus topics (issue 16). */
  syllabus: z.array(SyllabusSchemas.ArticleTopic).optional(),
});

const NoteEntrySchema = AnnotationSchema.extend({
  articleTitle: z.string(),
  articleDate: z.string().nullable(),
  articleTags: z.array(z.string()),
});

/** A report line's sentence as a code and parameters (`message-codes.ts`); optional, added later. */
const CodedSentenceShape = {
  code: z.enum(CORE_CODES as [CoreCode, ...CoreCode[]]).optional(),
  params: z.record(z.string(), z.string()).optional(),
};

const ImportReportSchema = z.object({
  imported: z.array(z.object({ id: Id, title: z.string(), path: z.string() })),
  duplicates: z.array(z.object({ path: z.string(), id: Id })),
  failed: z.array(
    z.object({
      path: z.string(),
      error: z.string(),
      /** A data dump whose fields were not recognised, and its field names (to map them). */
      kind: z.literal('unmapped-fields').optional(),
      fields: z.array(z.string()).optional(),
      ...CodedSentenceShape,
    }),
  ),
  updated: z.array(z.object({ id: Id, title: z.string(), path: z.string() })).optional(),
  skipped: z
    .array(z.object({ path: z.string(), title: z.string(), reason: z.string(), ...CodedSentenceShape }))
    .optional(),
  warnings: z.array(z.object({ path: z.string(), warning: z.string(), ...CodedSentenceShape })).optional(),
  keptEdits: z
    .array(
      z.object({
        id: Id,
        title: z.string(),
        path: z.string(),
        fields: z.array(z.enum(['title', 'date', 'source'])),
      }),
    )
    .optional(),
  restored: z.array(z.object({ id: Id, title: z.string(), path: z.string() })).optional(),
  cancelled: z.boolean().optional(),
});

const SearchResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    hits: z.array(
      z.object({
        id: Id,
        title: z.string(),
        date: z.string().nullable(),
        tags: z.array(z.string()),
        userTags: z.array(z.string()),
        score: z.number(),
        snippet: z.string(),
        highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
      }),
    ),
    /** All matching articles; `hits` holds one page of them. */
    total: z.number().int().optional(),
    /** Counts per tag and per month (`YYYY-MM`, null = undated) over all matches. */
    facets: z
      .object({
        tags: z.array(z.object({ name: z.string(), count: z.number().int() })),
        months: z.array(z.object({ month: z.string().nullable(), count: z.number().int() })),
      })
      .optional(),
    /** Words the index does not know, and the spellings searched instead. */
    corrections: z.array(z.object({ word: z.string(), suggestions: z.array(z.string()) })).optional(),
    /** Present while the index is rebuilding or catching up: results may be incomplete. */
    indexing: z
      .object({
        state: z.enum(['ready', 'rebuilding', 'updating']),
        done: z.number().int(),
        total: z.number().int(),
      })
      .optional(),
    notices: z.array(z.string()).optional(),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

const IndexStatusSchema = z.object({
  state: z.enum(['ready', 'rebuilding', 'updating']),
  done: z.number().int(),
  total: z.number().int(),
});

const Range = z.tuple([z.number().int(), z.number().int()]);

/** Where a query matches inside one article: the title and each block, as `[start, end)` ranges. */
const ArticleMatchesSchema = z.object({
  title: z.array(Range),
  blocks: z.array(z.object({ blockId: Id, ranges: z.array(Range) })),
});

const SearchSort = z.enum(['relevance', 'newest']);

/** The filter controls saved beside a query. */
const SavedSearchOptionsSchema = z.strictObject({
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  tag: TagName.optional(),
  undated: z.boolean().optional(),
  sort: SearchSort.optional(),
});

const SavedSearchSchema = z.object({
  id: Id,
  name: z.string(),
  query: z.string(),
  options: z.object({
    from: z.string().optional(),
    to: z.string().optional(),
    tag: z.string().optional(),
    undated: z.boolean().optional(),
    sort: SearchSort.optional(),
  }),
  position: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A dropped or pasted file: its name and its bytes as base64 (50 MB of bytes at most). */
const DroppedFile = z.strictObject({
  name: z.string().min(1).max(255),
  dataBase64: z.string().max(70_000_000),
});

/** Where a folder import running in the main process stands; the renderer polls it. */
const ImportJobSchema = z.object({
  jobId: Id,
  /** The folder being imported, as chosen. */
  folder: z.string(),
  running: z.boolean(),
  /** True once the user asked to stop; the file in hand finishes first. */
  cancelling: z.boolean(),
  done: z.number().int(),
  total: z.number().int(),
  /** The file in hand, relative to the folder. */
  currentFile: z.string(),
  etaSeconds: z.number().nullable(),
  imported: z.number().int(),
  updated: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  /** The summary, once the import has finished (or stopped). */
  report: ImportReportSchema.nullable(),
  /** A sentence when the import broke off for a reason other than one bad file. */
  error: z.string().nullable(),
});

/** A folder import that has just started: nothing done yet. */
export function startedImportJob(jobId: number, folder: string): z.output<typeof ImportJobSchema> {
  return {
    jobId,
    folder,
    running: true,
    cancelling: false,
    done: 0,
    total: 0,
    currentFile: '',
    etaSeconds: null,
    imported: 0,
    updated: 0,
    duplicates: 0,
    failed: 0,
    report: null,
    error: null,
  };
}

/** Which field of a data dump holds what (`''`: none); a file's path as an import reported it. */
const DumpFieldName = z.string().max(500, 'a field name is at most 500 characters');
const DumpFieldMapSchema = z.strictObject({
  title: DumpFieldName.optional(),
  body: DumpFieldName.optional(),
  date: DumpFieldName.optional(),
  tags: DumpFieldName.optional(),
  url: DumpFieldName.optional(),
  source: DumpFieldName.optional(),
});
const ReportedPath = z.string().min(1).max(4_096);

const DumpPreviewSchema = z.object({
  fields: z.array(z.object({ name: z.string(), sample: z.string() })),
  map: DumpFieldMapSchema,
  recognised: DumpFieldMapSchema,
  records: z.number().int(),
  articles: z.array(
    z.object({
      label: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      dateText: z.string().nullable(),
      tags: z.array(z.string()),
      firstLine: z.string(),
      skipped: z.string().nullable(),
    }),
  ),
  problem: z.string().nullable(),
});

/** Text pasted into the "Add article" box: the first line is read as its title. */
const PastedText = z
  .string()
  .max(5_000_000, 'pasted text is at most 5,000,000 characters')
  .refine((t) => t.trim() !== '', 'paste the article’s text first');

/** A feed's address: http or https only. */
const FeedUrl = z
  .string()
  .trim()
  .min(1, 'type the feed’s address first')
  .max(2_048, 'a feed address is at most 2,048 characters')
  .refine((u) => /^https?:\/\/[^\s/]+/i.test(u), {
    // The core's own sentence for a refused address, so the app and the CLI say the same thing.
    error: (issue) => `${String(issue.input)} is not a web address (http or https) Bulletin can fetch.`,
  });

const FeedSchema = z.object({
  id: Id,
  url: z.string(),
  title: z.string().nullable(),
  addedAt: z.string(),
  lastFetchedAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  status: z.enum(FEED_STATUSES),
  error: z.string().nullable(),
  lastNew: z.number().int(),
  lastUpdated: z.number().int(),
  itemCount: z.number().int().nullable(),
  message: z.string(),
});

const FeedRefreshSchema = z.object({
  id: Id,
  url: z.string(),
  title: z.string().nullable(),
  status: z.enum(FEED_STATUSES).exclude(['pending']),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  articles: z.array(z.object({ id: Id, title: z.string(), change: z.enum(['new', 'updated']) })),
  error: z.string().nullable(),
  message: z.string(),
});

/** The notebook's filters an export carries: its search words, source and the days notes were written. */
const NotebookExportFilter = {
  source: z.string().max(300).optional(),
  query: z.string().max(500, 'a notes search is at most 500 characters').optional(),
  writtenFrom: IsoDay.optional(),
  writtenTo: IsoDay.optional(),
};

const ExportScope = z.strictObject({
  articleId: Id.optional(),
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  tag: TagName.optional(),
  color: Color.optional(),
  ...NotebookExportFilter,
  syllabus: SyllabusSchemas.TopicId.optional(),
});

// ---- exports and backups ----

const ExportRequestSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  content: z.enum(['articles', 'notes']).optional(),
  grouping: z.enum(['date', 'tag', 'syllabus']).optional(),
  /** Markdown only: one file per article, in a folder the user chooses. */
  markdownFolder: z.boolean().optional(),
  title: z.string().trim().max(200).optional(),
  /** Anki: the deck's name. */
  deck: z.string().trim().max(200, 'a deck name is at most 200 characters').optional(),
  articleIds: idList({ max: 50_000 }).optional(),
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  tag: TagName.optional(),
  color: Color.optional(),
  ...NotebookExportFilter,
  /** Only articles on this syllabus topic or under it. */
  syllabus: SyllabusSchemas.TopicId.optional(),
  /**
   * The language of the window asking: grouped by syllabus, the topic headings are in Hindi for `hi`
   * (the rest of an export is English for now). English when absent (the CLI's exports).
   */
  language: z.enum(['en', 'hi']).optional(),
});

const ExportPreviewSchema = z.object({
  title: z.string(),
  description: z.string(),
  articleCount: z.number().int(),
  noteCount: z.number().int(),
  /** The first articles only: enough to see what will be exported. */
  articles: z.array(
    z.object({
      id: Id,
      title: z.string(),
      date: z.string().nullable(),
      tags: z.array(z.string()),
      items: z.array(
        z.object({
          kind: z.string(),
          level: z.number().int(),
          text: z.string(),
          color: Color.nullable(),
          notes: z.array(z.object({ color: Color.nullable(), note: z.string() })),
        }),
      ),
    }),
  ),
});

const ExportSampleSchema = z.intersection(
  z.object({ format: z.enum(EXPORT_FORMATS), articles: z.number().int() }),
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('markdown'), text: z.string() }),
    z.object({ kind: z.literal('page'), html: z.string() }),
    z.object({
      kind: z.literal('cards'),
      cards: z.array(
        z.object({ notetype: z.string(), front: z.string(), back: z.string(), tags: z.string() }),
      ),
      more: z.number().int(),
    }),
    z.object({
      kind: z.literal('table'),
      columns: z.array(z.string()),
      rows: z.array(z.array(z.string())),
      more: z.number().int(),
    }),
  ]),
);

const ExportResultSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  path: z.string(),
  files: z.array(z.string()),
  articles: z.number().int(),
  notes: z.number().int(),
  items: z.number().int().optional(),
});

/** Where an export job stands (the export worker's progress); the renderer polls it while it waits. */
const ExportJobSchema = z.object({
  jobId: Id,
  running: z.boolean(),
  /** True once the user asked to stop; the worker is stopped and nothing is written. */
  cancelling: z.boolean(),
  /** Reading the articles (`done` of `total`), writing the file, or printing the PDF. */
  phase: z.enum(['reading', 'writing', 'printing']),
  done: z.number().int(),
  total: z.number().int(),
  /** What was written, once the export has finished. */
  result: ExportResultSchema.nullable(),
  /** A sentence when the export failed or was cancelled. */
  error: z.string().nullable(),
});

// ---- notes: highlights, the trash, the notebook, article notes, study settings, revision ----

const NoteText = z.string().max(100_000, 'a note is at most 100,000 characters');
const Offset = z.number().int().min(0).max(10_000_000);

const NotebookPageSchema = z.object({
  entries: z.array(
    NoteEntrySchema.extend({
      articleSource: z.string().nullable(),
      group: z.string(),
      groupLabel: z.string(),
    }),
  ),
  nextOffset: z.number().int().nullable(),
});

const DeletedNoteSchema = NoteEntrySchema.extend({ deletedAt: z.string(), expiresAt: z.string() });

const ArticleNoteSchema = z.object({
  articleId: Id,
  note: z.string(),
  starred: z.boolean(),
  updatedAt: z.string().nullable(),
});

/** How many of the cards `makeReviewCards` made come back in its reply. */
export const MADE_CARDS_SHOWN = 50;

const ReviewCardSchema = z.object({
  cardId: Id,
  annotationId: Id,
  articleId: Id,
  articleTitle: z.string(),
  blockId: Id.nullable(),
  prompt: z.string(),
  cloze: z.string().nullable(),
  note: z.string(),
  color: Color.nullable(),
  due: z.string(),
  state: z.enum(CARD_STATES),
  reps: z.number().int(),
  lapses: z.number().int(),
  lastReview: z.string().nullable(),
  intervals: z.object({ again: z.number(), hard: z.number(), good: z.number(), easy: z.number() }).optional(),
});

const ReviewStatsSchema = z.object({
  today: z.object({ reviewed: z.number().int(), due: z.number().int() }),
  dueNow: z.number().int(),
  soon: z.array(z.object({ inMs: z.number(), cards: z.number().int(), day: z.string() })),
  forecast: z.array(z.object({ day: z.string(), due: z.number().int() })),
  exam: z.object({ kind: z.enum(EXAM_KINDS), date: z.string(), daysLeft: z.number().int() }).nullable(),
  cards: z.number().int(),
});

const ColorName = z.string().trim().max(40, 'a colour name is at most 40 characters');
const StudySettingsSchema = z.object({
  prelimsDate: z.string().nullable(),
  mainsDate: z.string().nullable(),
  colorNames: z.object({ important: z.string(), revise: z.string(), doubt: z.string(), fact: z.string() }),
  autoCards: z.boolean(),
  autoCardColors: z.array(Color),
});

const RotationCount = z.number().int().min(0, 'keep 0 to 100 backups').max(100, 'keep 0 to 100 backups');
const StorageSettingsSchema = z.object({
  libraryDir: z.string(),
  backupDir: z.string(),
  daily: z.boolean(),
  rotation: z.object({ daily: z.number().int(), weekly: z.number().int(), monthly: z.number().int() }),
  warning: z.string().nullable(),
});

/** The sizes a renderer error report is cut to (the page cuts them; the contract refuses more). */
export const RENDERER_ERROR_LIMITS = { message: 1_000, stack: 8_000, where: 100 } as const;

const DeletedArticleSchema = z.object({
  id: Id,
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  noteCount: z.number().int(),
  deletedAt: z.string(),
  expiresAt: z.string(),
});

const GroupedTagSchema = z.object({
  name: z.string(),
  count: z.number().int(),
  origin: z.enum(['source', 'user']),
});

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  /** Every article matching the filter (the whole list: the app itself asks for pages). */
  /**
   * A page of the list, newest first: `limit` articles (ARTICLES_PAGE when not given) from `offset`.
   * The whole list of 50,000 held the main thread 0.33 s; the CLI's `list` asks page after page.
   */
  listArticles: channel(
    ArticleFilterSchema.extend({
      limit: z.number().int().min(1).max(5000).optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
    }),
    z.array(ArticleSummarySchema),
  ),
  /** A page of the library list after a cursor (the last row's date and id), with the list's counts. */
  listArticlePage: channel(
    z.strictObject({
      filter: ArticleFilterSchema,
      limit: z.number().int().min(1).max(1000, 'a page is at most 1,000 articles').optional(),
      cursor: ArticleListCursorSchema.nullable().optional(),
    }),
    z.object({
      articles: z.array(ArticleSummarySchema),
      total: z.number().int(),
      unread: z.number().int(),
      nextCursor: ArticleListCursorSchema.nullable(),
    }),
  ),
  /** The ids of every article matching the filter, in list order, and the unread ones: select-all. */
  listArticleIds: channel(
    z.strictObject({ filter: ArticleFilterSchema }),
    z.object({ ids: idList(), unread: idList() }),
  ),
  listTags: channel(z.strictObject({}), z.array(z.object({ name: z.string(), count: z.number().int() }))),
  /**
   * One article. With `firstScreen`, only the notes of its first blocks (issue 17): a reply with 1,000
   * notes is 300 KB, the first frame draws a dozen; `moreAnnotations` says where the rest start.
   */
  getArticle: channel(
    z.strictObject({
      id: Id,
      firstScreen: z
        .strictObject({
          blocks: z.number().int().min(1).max(10_000),
          notes: z.number().int().min(1).max(10_000),
        })
        .optional(),
    }),
    ArticleSchema,
  ),
  /** A page of an article's notes after its first `fromBlock` blocks, by id (after `getArticle`'s first screen). */
  listArticleNotesAfter: channel(
    z.strictObject({
      articleId: Id,
      fromBlock: z.number().int().min(0).max(100_000),
      afterId: Id.nullable().optional(),
      limit: z.number().int().min(1).max(1000, 'a page is at most 1,000 notes').optional(),
    }),
    z.object({ annotations: z.array(AnnotationSchema), nextAfterId: Id.nullable() }),
  ),
  setRead: channel(z.strictObject({ id: Id, read: z.boolean() }), z.null()),
  /** Marks a selection of articles read or unread; ids no longer in the library are skipped. */
  setReadMany: channel(
    z.strictObject({ ids: idList({ min: 1, max: 50_000 }), read: z.boolean() }),
    z.object({ changed: z.number().int() }),
  ),
  /** Keeps where the user is in an article: the block at the reader's top and the pixels into it. */
  saveReadingPosition: channel(ReadingPositionSchema, z.null()),
  /** Where the user left an article (null: never scrolled), to resume there. */
  getReadingPosition: channel(z.strictObject({ articleId: Id }), ReadingPositionSchema.nullable()),
  /** The article the user was reading last and where: a reload reopens it. */
  lastReadingPosition: channel(z.strictObject({}), ReadingPositionSchema.nullable()),
  addUserTag: channel(z.strictObject({ id: Id, tag: TagName }), z.array(z.string())),
  removeUserTag: channel(z.strictObject({ id: Id, tag: TagName }), z.array(z.string())),

  // ---- keeping the library clean (issue 12): trash, edits, tags on a selection, samples ----
  /** Moves articles to the trash with their notes, tags and cards; ids not in the library are skipped. */
  deleteArticles: channel(
    z.strictObject({ ids: idList({ min: 1, max: 50_000, fewer: 'name at least one article' }) }),
    z.object({ deleted: idList() }),
  ),
  /** Deleted articles still restorable (30 days), most recently deleted first. */
  listArticleTrash: channel(z.strictObject({}), z.array(DeletedArticleSchema)),
  /** Puts trashed articles back as they were; their ids now (a new one only when a later import took it). */
  restoreArticles: channel(
    z.strictObject({ ids: idList({ min: 1, max: 50_000, fewer: 'name at least one article' }) }),
    z.object({ restored: idList() }),
  ),
  /** Deletes trashed articles for good. */
  purgeArticles: channel(
    z.strictObject({ ids: idList({ min: 1, max: 50_000, fewer: 'name at least one article' }) }),
    z.object({ purged: idList() }),
  ),
  /** Changes an article's title, date (null: undated) or source; a re-import keeps the user's values. */
  editArticle: channel(
    z.strictObject({
      id: Id,
      title: z.string().max(1_000, 'a title is at most 1,000 characters').optional(),
      date: IsoDay.nullable().optional(),
      source: z.string().max(300, 'a source is at most 300 characters').nullable().optional(),
    }),
    ArticleSchema,
  ),
  /** Adds or removes one of the user's own tags on a selection; how many articles changed. */
  tagArticles: channel(
    z.strictObject({
      ids: idList({ min: 1, max: 50_000, fewer: 'name at least one article' }),
      tag: TagName,
      action: z.enum(['add', 'remove']),
    }),
    z.object({ changed: z.number().int() }),
  ),
  /** The tags in groups: syllabus tags (from the sources), the user's own, the sources' others. */
  listTagGroups: channel(
    z.strictObject({}),
    z.object({
      syllabus: z.array(GroupedTagSchema),
      user: z.array(GroupedTagSchema),
      source: z.array(GroupedTagSchema),
    }),
  ),
  /** The ids of the first-run sample articles still in the library. */
  listSamples: channel(z.strictObject({}), z.object({ ids: idList() })),
  /** Moves the first-run sample articles to the trash in one step. */
  removeSamples: channel(z.strictObject({}), z.object({ deleted: idList() })),
  /** Undoes an import: moves the articles it created (its report's `imported` ids) to the trash. */
  undoImport: channel(
    z.strictObject({ created: idList({ min: 1, max: 50_000, fewer: 'the import created no article' }) }),
    z.object({ deleted: idList() }),
  ),
  search: channel(
    ArticleFilterSchema.extend({
      query: z.string().max(2_000, 'a query is at most 2,000 characters'),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).max(100_000).optional(),
      sort: z.enum(['relevance', 'newest']).optional(),
    }),
    SearchResultSchema,
  ),
  searchMatches: channel(
    z.strictObject({ articleId: Id, query: z.string().max(2_000, 'a query is at most 2,000 characters') }),
    ArticleMatchesSchema,
  ),
  searchStatus: channel(z.strictObject({}), IndexStatusSchema),
  listSavedSearches: channel(z.strictObject({}), z.array(SavedSearchSchema)),
  saveSearch: channel(
    SavedSearchOptionsSchema.extend({
      name: SavedSearchName,
      query: z.string().max(2_000, 'a query is at most 2,000 characters'),
    }),
    SavedSearchSchema,
  ),
  deleteSavedSearch: channel(z.strictObject({ id: Id }), z.null()),
  /** Runs a saved search by id or by name, with its saved filters. */
  runSavedSearch: channel(
    z.strictObject({
      key: z.union([Id, SavedSearchName]),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).max(100_000).optional(),
      sort: SearchSort.optional(),
    }),
    SearchResultSchema,
  ),
  saveAnnotation: channel(
    z.strictObject({
      blockId: Id,
      note: z.string().max(100_000, 'a note is at most 100,000 characters').optional(),
      color: Color.nullable().optional(),
    }),
    AnnotationSchema,
  ),
  deleteAnnotation: channel(z.strictObject({ id: Id }), z.null()),
  /**
   * A page of the notes matching the filter, in reading order: `limit` of them (1,000 when not given)
   * from `offset`. A page keeps the call short however many notes there are (all 100,000 held the main
   * thread 1.1 s); the CLI's `notes` asks page after page.
   */
  listNotes: channel(
    NoteFilterSchema.extend({
      limit: z.number().int().min(1).max(5000).optional(),
      offset: z.number().int().min(0).max(10_000_000).optional(),
    }),
    z.array(NoteEntrySchema),
  ),
  saveHighlight: channel(
    z
      .strictObject({
        blockId: Id,
        start: Offset.optional(),
        end: Offset.optional(),
        quote: z.string().min(1).max(10_000).optional(),
        /** A table's row (its line, 0 = the header): the note and colour of that whole row. */
        row: Offset.optional(),
        note: NoteText.optional(),
        color: Color.nullable().optional(),
      })
      .refine(
        (h) => h.quote !== undefined || h.row !== undefined || (h.start !== undefined && h.end !== undefined),
        'a highlight needs its words, their start and end, or a table row',
      ),
    AnnotationSchema,
  ),
  updateAnnotation: channel(
    z.strictObject({ id: Id, note: NoteText.optional(), color: Color.nullable().optional() }),
    AnnotationSchema,
  ),
  restoreAnnotation: channel(z.strictObject({ id: Id }), AnnotationSchema),
  listRecentlyDeleted: channel(NoteFilterSchema, z.array(DeletedNoteSchema)),
  purgeAnnotation: channel(z.strictObject({ id: Id }), z.null()),
  listOrphanedNotes: channel(z.strictObject({}), z.array(NoteEntrySchema)),
  reattachAnnotation: channel(
    z.strictObject({ id: Id, blockId: Id, row: Offset.optional() }),
    AnnotationSchema,
  ),
  queryNotebook: channel(
    NoteFilterSchema.extend({
      groupBy: z.enum(NOTEBOOK_GROUPINGS).optional(),
      offset: Offset.optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    NotebookPageSchema,
  ),
  countNotebook: channel(
    NoteFilterSchema.extend({ groupBy: z.enum(NOTEBOOK_GROUPINGS).optional() }),
    z.object({ rows: z.number().int(), notes: z.number().int() }),
  ),
  notebookHeatMap: channel(
    z.strictObject({ from: IsoDay, to: IsoDay }),
    z.array(z.object({ day: z.string(), articlesRead: z.number().int(), notesWritten: z.number().int() })),
  ),
  getArticleNote: channel(z.strictObject({ id: Id }), ArticleNoteSchema),
  saveArticleNote: channel(z.strictObject({ id: Id, note: NoteText }), ArticleNoteSchema),
  setStarred: channel(z.strictObject({ id: Id, starred: z.boolean() }), ArticleNoteSchema),
  listStarred: channel(z.strictObject({}), idList()),
  resolveNoteLinks: channel(
    z.strictObject({ titles: z.array(z.string().max(1_000)).max(200) }),
    z.array(z.object({ title: z.string(), articleId: Id.nullable() })),
  ),
  getStudySettings: channel(z.strictObject({}), StudySettingsSchema),
  getPreferences: channel(z.strictObject({}), PreferencesSchema),
  updatePreferences: channel(PreferencesChangeSchema, PreferencesSchema),
  updateStudySettings: channel(
    z.strictObject({
      prelimsDate: IsoDay.nullable().optional(),
      mainsDate: IsoDay.nullable().optional(),
      colorNames: z
        .strictObject({
          important: ColorName.optional(),
          revise: ColorName.optional(),
          doubt: ColorName.optional(),
          fact: ColorName.optional(),
        })
        .optional(),
      autoCards: z.boolean().optional(),
      autoCardColors: z.array(Color).max(HIGHLIGHT_COLORS.length).optional(),
    }),
    StudySettingsSchema,
  ),
  addReviewCards: channel(
    z.strictObject({
      annotationIds: idList({ max: 100_000 }).optional(),
      filter: NoteFilterSchema.optional(),
      cloze: z.boolean().optional(),
    }),
    z.array(ReviewCardSchema),
  ),
  /**
   * The window's "make cards": what `addReviewCards` does, replying with the number made and the first
   * few only (20,000 cards in the reply took 33 ms to check on the main thread; the screen shows a count).
   */
  makeReviewCards: channel(
    z.strictObject({
      annotationIds: idList({ max: 100_000 }).optional(),
      filter: NoteFilterSchema.optional(),
      cloze: z.boolean().optional(),
    }),
    z.object({
      count: z.number().int().nonnegative(),
      first: z.array(ReviewCardSchema).max(MADE_CARDS_SHOWN),
    }),
  ),
  reviewQueue: channel(
    z.strictObject({ on: IsoDay.optional(), limit: z.number().int().min(1).max(1000).optional() }),
    z.array(ReviewCardSchema),
  ),
  gradeReviewCard: channel(z.strictObject({ cardId: Id, grade: z.enum(REVIEW_GRADES) }), ReviewCardSchema),
  removeReviewCard: channel(z.strictObject({ cardId: Id }), z.null()),
  reviewStats: channel(z.strictObject({}), ReviewStatsSchema),
  /** Imports the files the user chooses (the CLI: its arguments), with a data dump's field map if given. */
  importWithDialog: channel(
    z.strictObject({ map: DumpFieldMapSchema.optional() }),
    ImportReportSchema.nullable(),
  ),
  importDropped: channel(
    z.strictObject({ files: z.array(DroppedFile).min(1).max(1000) }),
    ImportReportSchema,
  ),
  /**
   * Imports files dropped on the window by their paths on disk (the preload's `pathForFile`), so their
   * bytes never cross IPC; read exactly as files chosen in the import dialog.
   */
  importDroppedPaths: channel(
    z.strictObject({ paths: z.array(z.string().min(1).max(4_096)).min(1).max(1000) }),
    ImportReportSchema,
  ),
  importFolderWithDialog: channel(z.strictObject({}), z.object({ jobId: Id, folder: z.string() }).nullable()),
  importProgress: channel(z.strictObject({ jobId: Id }), ImportJobSchema),
  cancelImport: channel(z.strictObject({ jobId: Id }), z.null()),
  /** Shows an imported (or failed) file in the system's file manager; only paths a chosen import reported. */
  showImportedFile: channel(z.strictObject({ path: z.string().min(1).max(4_096) }), z.null()),
  importText: channel(z.strictObject({ text: PastedText }), ImportReportSchema),
  /** A data dump's fields and first records with a field map; only a file the last import reported. */
  previewDump: channel(
    z.strictObject({ path: ReportedPath, map: DumpFieldMapSchema.optional() }),
    DumpPreviewSchema,
  ),
  /** Imports a reported data dump again with a field map, remembered for dumps with the same fields. */
  importDumpWithMap: channel(
    z.strictObject({ path: ReportedPath, map: DumpFieldMapSchema }),
    ImportReportSchema,
  ),
  importFeedUrl: channel(
    z.strictObject({ url: FeedUrl }),
    z.object({ report: ImportReportSchema, offline: z.boolean() }),
  ),
  /** Feed subscriptions: listed, added (fetched once), added from an OPML file, removed, refreshed. */
  listFeeds: channel(z.strictObject({}), z.array(FeedSchema)),
  subscribeFeed: channel(
    z.strictObject({ url: FeedUrl }),
    z.object({ feed: FeedSchema, refresh: FeedRefreshSchema, offline: z.boolean(), message: z.string() }),
  ),
  addFeedsFromOpmlWithDialog: channel(
    z.strictObject({}),
    z.object({ added: z.array(FeedSchema), existing: z.array(FeedSchema), message: z.string() }).nullable(),
  ),
  unsubscribeFeed: channel(z.strictObject({ id: Id }), FeedSchema),
  refreshFeed: channel(z.strictObject({ id: Id }), FeedRefreshSchema),
  refreshFeeds: channel(
    /** Every feed, or those of `ids`. */
    z.strictObject({ ids: idList({ min: 1, max: 10_000 }).optional() }),
    z.object({
      feeds: z.array(FeedRefreshSchema),
      new: z.number().int(),
      updated: z.number().int(),
      failed: z.number().int(),
      offline: z.boolean(),
      message: z.string(),
    }),
  ),
  /** Where the feed refresh `refreshFeeds` runs stands (the latest without an id); null before any. */
  feedRefreshProgress: channel(
    z.strictObject({ jobId: Id.optional() }),
    z
      .object({
        jobId: Id,
        running: z.boolean(),
        cancelling: z.boolean(),
        /** Feeds fetched, of the total. */
        done: z.number().int(),
        total: z.number().int(),
        error: z.string().nullable(),
      })
      .nullable(),
  ),
  /** Stops a feed refresh between feeds; its `refreshFeeds` answers with the feeds fetched so far. */
  cancelFeedRefresh: channel(z.strictObject({ jobId: Id.optional() }), z.null()),
  exportNotesWithDialog: channel(
    ExportScope,
    z.object({ path: z.string(), count: z.number().int() }).nullable(),
  ),
  previewExport: channel(ExportRequestSchema.omit({ format: true }), ExportPreviewSchema),
  /** The first articles of an export written by its format's writer: the dialog's preview of that format. */
  previewExportFormat: channel(ExportRequestSchema.omit({ markdownFolder: true }), ExportSampleSchema),
  exportWithDialog: channel(ExportRequestSchema, ExportResultSchema.nullable()),
  /** The export job `exportWithDialog` runs (the latest one without an id); null before any. */
  exportProgress: channel(z.strictObject({ jobId: Id.optional() }), ExportJobSchema.nullable()),
  /** Stops an export job (the latest without an id); its `exportWithDialog` answers with the refusal. */
  cancelExport: channel(z.strictObject({ jobId: Id.optional() }), z.null()),
  backupWithDialog: channel(
    z.strictObject({}),
    z
      .object({
        path: z.string(),
        schemaVersion: z.number().int(),
        createdAt: z.string(),
        /** The database's size in bytes and its SHA-256, as the manifest records them. */
        size: z.number().int(),
        sha256: z.string(),
        counts: z.record(z.string(), z.number().int()),
      })
      .nullable(),
  ),
  /** Where the full backup `backupWithDialog` runs stands (the latest without an id); null before any. */
  backupProgress: channel(
    z.strictObject({ jobId: Id.optional() }),
    z
      .object({
        jobId: Id,
        running: z.boolean(),
        /** The copy and its check (in a worker), the zip, reading it back. */
        phase: z.enum(['copying', 'zipping', 'verifying']),
        error: z.string().nullable(),
      })
      .nullable(),
  ),
  getStorageSettings: channel(z.strictObject({}), StorageSettingsSchema),
  /** The daily backup and the rotation. The folder is not here: only `chooseBackupFolder`'s dialog sets it. */
  updateStorageSettings: channel(
    z.strictObject(
      {
        daily: z.boolean().optional(),
        rotation: z
          .strictObject({
            daily: RotationCount.optional(),
            weekly: RotationCount.optional(),
            monthly: RotationCount.optional(),
          })
          .optional(),
      },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys' && issue.keys.includes('backupDir')
            ? 'the backup folder can only be chosen in the folder dialog (Settings → Change…)'
            : undefined,
      },
    ),
    StorageSettingsSchema,
  ),
  /**
   * Asks for a backup folder in the system's dialog and, unless cancelled, keeps backups there: the
   * folder comes from the dialog's answer only, never from the page. Null when cancelled.
   */
  chooseBackupFolder: channel(z.strictObject({}), StorageSettingsSchema.nullable()),
  checkLibrary: channel(z.strictObject({}), z.object({ ok: z.boolean(), problems: z.array(z.string()) })),
  startupReport: channel(z.strictObject({}), z.object({ message: z.string().nullable() })),
  /**
   * An error an error boundary caught in the page, for the main log: the error's message and stack and
   * where it happened (a view, "note"), never what the component showed (no note text).
   */
  logRendererError: channel(
    z.strictObject({
      message: z.string().max(RENDERER_ERROR_LIMITS.message),
      stack: z.string().max(RENDERER_ERROR_LIMITS.stack).optional(),
      where: z.string().min(1).max(RENDERER_ERROR_LIMITS.where),
    }),
    z.null(),
  ),

  // ---- the syllabus (issue 16): topics, coverage, gaps, stories ----
  /** The syllabus in use with, per topic, articles, read, with notes, cards reviewed, last touched. */
  getSyllabus: channel(z.strictObject({}), SyllabusSchemas.Tree),
  /** The topics read least in the last 90 days. */
  syllabusGaps: channel(
    z.strictObject({ limit: z.number().int().min(1).max(50).optional() }),
    z.array(SyllabusSchemas.Gap),
  ),
  getArticleTopics: channel(z.strictObject({ id: Id }), z.array(SyllabusSchemas.ArticleTopic)),
  /** The student's choice (accept or add); with `only`, every other topic of the article is removed. */
  setArticleTopics: channel(
    z.strictObject({
      id: Id,
      topics: z.array(SyllabusSchemas.TopicId).min(1, 'name at least one topic').max(20, 'at most 20 topics'),
      only: z.boolean().optional(),
    }),
    z.array(SyllabusSchemas.ArticleTopic),
  ),
  /** Takes a topic off an article; no re-run suggests it again. */
  removeArticleTopic: channel(
    z.strictObject({ id: Id, topic: SyllabusSchemas.TopicId }),
    z.array(SyllabusSchemas.ArticleTopic),
  ),
  /** "Earlier and later in this story": up to 8 related articles in date order. */
  relatedArticles: channel(
    z.strictObject({ id: Id, limit: z.number().int().min(1).max(50).optional() }),
    z.array(SyllabusSchemas.Related),
  ),
  /** An article's story: it and its related articles in date order, with the student's notes. */
  getStory: channel(z.strictObject({ id: Id }), z.array(SyllabusSchemas.StoryArticle)),
  /** Loads another syllabus from a YAML file chosen in a dialog; null when cancelled. */
  loadSyllabusWithDialog: channel(
    z.strictObject({}),
    z.object({ id: z.string(), name: z.string(), topics: z.number().int() }).nullable(),
  ),
  /** Switches to another syllabus the library holds. */
  useSyllabus: channel(z.strictObject({ id: z.string().max(100) }), z.null()),
  renameSyllabusTopic: channel(
    z.strictObject({ topic: SyllabusSchemas.TopicId, name: SyllabusSchemas.TopicName }),
    z.null(),
  ),
  /** Adds the student's own sub-topic; returns its id. */
  addSyllabusTopic: channel(
    z.strictObject({ parent: SyllabusSchemas.TopicId, name: SyllabusSchemas.TopicName }),
    z.object({ id: z.string() }),
  ),
  /** Places every article again (after loading a syllabus); a job to poll. */
  startSyllabusRun: channel(z.strictObject({}), z.object({ jobId: Id })),
  syllabusRunStatus: channel(
    z.strictObject({ jobId: Id }),
    z.object({
      running: z.boolean(),
      done: z.number().int(),
      total: z.number().int(),
      error: z.string().nullable(),
    }),
  ),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

/** The renderer's view of the API: one named async function per channel. */
export type BulletinApi = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> } & {
  /** Called when the library changed outside the renderer's own calls. Returns an unsubscribe function. */
  onLibraryChanged: (listener: () => void) => () => void;
  /** Called when the user picks an application-menu command the page carries out (File → Import…). */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Where a dropped file is on disk (Electron's `webUtils.getPathForFile`); '' when it has no path. */
  pathForFile: (file: File) => string;
};

/** Menu commands the main process hands to the page, so they run the same flow as its buttons. */
export const MENU_COMMANDS = ['import', 'export-notes', 'zoom-in', 'zoom-out', 'zoom-reset'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_EVENT = 'bulletin:menu-command';

export const CHANNEL_PREFIX = 'bulletin:';
export const LIBRARY_CHANGED_EVENT = 'bulletin:library-changed';
/** How many articles `listArticles` answers when its input gives no `limit`. */
export const ARTICLES_PAGE = 1000;
/** How many notes `listNotes` answers when its input gives no `limit`. */
export const NOTES_PAGE = 1000;
/** Notes in one page of `listArticleNotesAfter` without a limit. */
export const ARTICLE_NOTES_PAGE = 250;
export const channelNames = Object.keys(contract) as ChannelName[];

/** The error a handler sends back when the input did not match the contract. */
export function describeValidationError(channelName: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return `Invalid request to ${channelName}${where}: ${issue?.message ?? 'bad input'}`;
}
