/**
 * The one IPC contract. Each channel is declared once, with zod schemas for its input and output;
 * the preload's functions, the main-process handlers and the renderer's client all derive from it.
 */
import { z } from 'zod';
import { BLOCK_KINDS, HIGHLIGHT_COLORS } from './domain';
import { isIsoDay } from './dates';

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const IsoDay = z.string().refine(isIsoDay, 'must be a real day written YYYY-MM-DD');
const TagName = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(60, 'a tag is at most 60 characters')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .refine((t) => !/[\u0000-\u001f]/.test(t), 'a tag cannot contain control characters');
const Color = z.enum(HIGHLIGHT_COLORS);

export const ArticleFilterSchema = z.strictObject({
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  tag: TagName.optional(),
  undated: z.boolean().optional(),
});

const NoteFilterSchema = ArticleFilterSchema.extend({ color: Color.optional(), articleId: Id.optional() });

const BlockSchema = z.object({
  id: Id,
  kind: z.enum(BLOCK_KINDS),
  text: z.string(),
  level: z.number().int(),
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
});

const AnnotationSchema = z.object({
  id: Id,
  articleId: Id,
  blockId: Id.nullable(),
  color: Color.nullable(),
  note: z.string(),
  quote: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const ArticleSchema = ArticleSummarySchema.extend({
  dateText: z.string().nullable(),
  url: z.string().nullable(),
  blocks: z.array(BlockSchema),
  annotations: z.array(AnnotationSchema),
});

const NoteEntrySchema = AnnotationSchema.extend({
  articleTitle: z.string(),
  articleDate: z.string().nullable(),
  articleTags: z.array(z.string()),
});

const ImportReportSchema = z.object({
  imported: z.array(z.object({ id: Id, title: z.string(), path: z.string() })),
  duplicates: z.array(z.object({ path: z.string(), id: Id })),
  failed: z.array(z.object({ path: z.string(), error: z.string() })),
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
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/** A dropped or pasted file: its name and its bytes as base64 (50 MB of bytes at most). */
const DroppedFile = z.strictObject({
  name: z.string().min(1).max(255),
  dataBase64: z.string().max(70_000_000),
});

const ExportScope = z.strictObject({
  articleId: Id.optional(),
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  tag: TagName.optional(),
  color: Color.optional(),
});

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  listArticles: channel(ArticleFilterSchema, z.array(ArticleSummarySchema)),
  listTags: channel(z.strictObject({}), z.array(z.object({ name: z.string(), count: z.number().int() }))),
  getArticle: channel(z.strictObject({ id: Id }), ArticleSchema),
  setRead: channel(z.strictObject({ id: Id, read: z.boolean() }), z.null()),
  addUserTag: channel(z.strictObject({ id: Id, tag: TagName }), z.array(z.string())),
  removeUserTag: channel(z.strictObject({ id: Id, tag: TagName }), z.array(z.string())),
  search: channel(
    ArticleFilterSchema.extend({
      query: z.string().max(2_000, 'a query is at most 2,000 characters'),
      limit: z.number().int().min(1).max(500).optional(),
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
  listNotes: channel(NoteFilterSchema, z.array(NoteEntrySchema)),
  importWithDialog: channel(z.strictObject({}), ImportReportSchema.nullable()),
  importDropped: channel(
    z.strictObject({ files: z.array(DroppedFile).min(1).max(1000) }),
    ImportReportSchema,
  ),
  exportNotesWithDialog: channel(
    ExportScope,
    z.object({ path: z.string(), count: z.number().int() }).nullable(),
  ),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

/** The renderer's view of the API: one named async function per channel. */
export type BulletinApi = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>> } & {
  /** Called when the library changed outside the renderer's own calls (menu import, for example). */
  onLibraryChanged: (listener: () => void) => () => void;
};

export const CHANNEL_PREFIX = 'bulletin:';
export const LIBRARY_CHANGED_EVENT = 'bulletin:library-changed';
export const channelNames = Object.keys(contract) as ChannelName[];

/** The error a handler sends back when the input did not match the contract. */
export function describeValidationError(channelName: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return `Invalid request to ${channelName}${where}: ${issue?.message ?? 'bad input'}`;
}
