/**
 * The sentences the core writes for the user (import failures, skipped items, warnings, feed
 * errors), each under a stable code, as templates with `{{param}}` slots. The core's English
 * sentence is the template filled in; the renderer shows the code through its `core` catalogue
 * (English word for word, and Hindi), so one table says which codes exist.
 *
 * Order matters for `recogniseCoreMessage`: a template that a more general one would also match
 * comes first.
 */
export const CORE_MESSAGES = {
  // A file that could not be imported as a whole.
  'import.notFound': '{{name}} could not be found ({{path}}).',
  'import.isFolder': '{{name}} is a folder, not a file.',
  'import.tooLarge': '{{name}} is too large to import ({{size}}; the limit is {{limit}}).',
  'import.cannotRead': '{{name}} could not be read: {{code}}.',
  'import.noExtension': '{{name}}: Bulletin cannot import extension-less files (it reads {{supported}}).',
  'import.unsupportedType': '{{name}}: Bulletin cannot import {{ext}} files (it reads {{supported}}).',
  'import.empty': '{{name}} is empty.',
  'import.blank': '{{name}} holds only blank space.',
  'import.tooLong': '{{name}} is too long for one article ({{chars}} characters; the limit is {{limit}}).',
  'import.noArticleBecause': '{{name}} has no article to import: {{reason}}.',
  'import.noText': '{{name}} has no article text after its title.',
  'import.mergeConflict':
    '{{name}} has git merge-conflict markers (<<<<<<<, =======, >>>>>>>): resolve the conflict, then import it again.',
  // What a binary file looks like, one code each so that the kind is said in the window's language.
  'import.looksLikePng': '{{name}} is not a text document: it looks like a PNG image.',
  'import.looksLikeJpeg': '{{name}} is not a text document: it looks like a JPEG image.',
  'import.looksLikeGif': '{{name}} is not a text document: it looks like a GIF image.',
  'import.looksLikePdf': '{{name}} is not a text document: it looks like a PDF document.',
  'import.looksLikeZip':
    '{{name}} is not a text document: it looks like a ZIP archive (or an Office document).',
  'import.looksLikeGzip': '{{name}} is not a text document: it looks like a gzip archive.',
  'import.looksLikeSqlite': '{{name}} is not a text document: it looks like an SQLite database.',
  'import.looksLikeElf': '{{name}} is not a text document: it looks like a program (ELF executable).',
  'import.looksLikeExe': '{{name}} is not a text document: it looks like a Windows program.',
  'import.looksLikeOldOffice': '{{name}} is not a text document: it looks like an old Office document.',
  'import.looksLike': '{{name}} is not a text document: it looks like {{what}}.',
  'import.binary': '{{name}} is not a text document: it contains binary data.',
  'import.tooManyElements': '{{name}} has too many HTML elements to import (over {{limit}}).',
  'import.xmlNotFeed': '{{name}} is XML but not an RSS, Atom or OPML file.',
  'import.xmlEntities': '{{name}} declares XML entities; Bulletin does not read such files, for safety.',
  'import.badXml': '{{name}} is not well-formed XML ({{detail}}).',
  'import.feedEmpty': '{{name}} is a feed with no items.',
  'import.notOpml': '{{name}} is not an OPML file.',
  'import.opmlNoFeeds': '{{name}} lists no feed addresses (no outline has an xmlUrl).',
  'import.tooManyRecords': '{{name}} holds {{count}} records; the limit is {{limit}} per file.',
  'import.noRecords': '{{name}} holds no article records.',
  'import.badJson': '{{name}} is not valid JSON ({{detail}}).',
  'import.notDump': '{{name}} is not a data dump (.json, .jsonl, .ndjson or .csv).',
  'import.noFields': '{{name}}: its records have no named fields to read articles from.',
  'import.stopped': 'The import stopped: {{reason}}',
  'import.folderStopped': 'The import of {{folder}} stopped: {{reason}}',
  'import.failed': '{{name}} could not be imported: {{reason}}',

  // An item an import passed over (a file of a folder, a record of a dump, an item of a feed).
  'skip.folderUnreadable': 'the folder could not be read ({{code}})',
  'skip.brokenLink': 'a broken link',
  'skip.outsideLink': 'a link to outside the chosen folder (not followed)',
  'skip.noExtension': 'no extension files are not imported',
  'skip.fileType': '{{ext}} files are not imported',
  'skip.tooManyFiles': 'more than {{limit}} files; the rest were not listed',
  'skip.folderDocument': '{{name}} is the folder’s {{document}} file, not an article',
  'skip.markdownNote': '{{name}} has no date and no article text (a Markdown note, not an article)',
  'skip.feedItemNoText': 'item {{n}} (“{{title}}”) has no text',
  'skip.navigationPage': '“{{title}}” is a site navigation page, not an article',
  'skip.noText': '{{label}} has no article text',
  'skip.lineNotObject': 'line {{n}} is not a JSON object',
  'skip.lineNotJson': 'line {{n}} is not valid JSON',

  // A warning about a file that was imported.
  'warn.cutOff': '{{name}} looks cut off: the last article may be incomplete',
  'warn.cutOffArticle': '{{name}} looks cut off: “{{title}}” may be incomplete',
  'warn.looksLikeHtml': '{{name}} looks like HTML, not .{{ext}}: read as a web page',
  'warn.looksLikeFeed': '{{name}} looks like an RSS/Atom feed, not .{{ext}}: read as a feed',
  'warn.looksLikeJson': '{{name}} looks like JSON, not .{{ext}}: read as a data dump',
  'warn.looksLikeJsonLines': '{{name}} looks like JSON Lines, not .{{ext}}: read as a data dump',
  'warn.tooDeep':
    'Part of the page is nested more than {{depth}} levels deep; its text was kept as plain paragraphs.',
  'warn.frontMatter': 'Its front matter could not be read ({{detail}}).',
  'warn.orphanedNote':
    '“{{title}}”: 1 note no longer matches the new text; it is kept with its quote as an orphaned note.',
  'warn.orphanedNotes':
    '“{{title}}”: {{count}} notes no longer match the new text; they are kept with their quotes as orphaned notes.',

  // Feeds: a fetch that failed, and what a refresh found.
  'feed.notWebAddress': '{{url}} is not a web address (http or https) Bulletin can fetch.',
  'feed.redirectRefused': '{{url}} redirected to an address Bulletin does not fetch.',
  'feed.tooManyRedirects': '{{url}} redirected more than {{limit}} times.',
  'feed.tooLarge': '{{url}} is larger than {{limit}}; it was not downloaded.',
  'feed.timeout': '{{url}} did not answer in time; you may be offline. Try again later.',
  'feed.privateAddress':
    '{{url}} points to this computer or a private network ({{host}}); Bulletin fetches feeds from the internet only.',
  'feed.unreachable':
    '{{host}} cannot be reached ({{code}}); you seem to be offline. Feeds can be fetched again when you are online.',
  'feed.cancelled': 'Fetching {{url}} was cancelled.',
  'feed.fetchFailed': '{{url}} could not be fetched: {{why}}.',
  'feed.httpStatus': '{{url}} answered {{status}}.',
  'feed.notSubscribed': '{{reason}} Nothing was subscribed.',
  'feed.offline':
    'You are offline — feeds will refresh when you are back online; articles already fetched stay readable.',
  'feed.unchanged': 'No new articles: the feed has not changed since the last fetch.',
  'feed.noNew': 'No new articles.',
  'feed.notFetched': 'Not fetched yet.',
  'feed.couldNotFetch': 'The feed could not be fetched.',
  'feed.willFetch': 'You seem to be offline; it will be fetched when you refresh while online.',
  'feed.noFeeds': 'You follow no feeds yet.',

  // Backups: making, checking and restoring one.
  'backup.notBackup': '{{file}} is not a Bulletin backup (it lacks manifest.json or library.sqlite).',
  'backup.manifestUnreadable': 'The backup {{file}} is damaged: its manifest cannot be read.',
  'backup.manifestInvalid': 'The backup {{file}} is damaged: its manifest is not valid.',
  'backup.noDatabase': 'The backup {{file}} is damaged: its manifest lists no database.',
  'backup.checksum': 'The backup {{file}} is damaged: the database does not match its checksum.',
  'backup.damaged': 'The backup {{file}} is damaged: {{detail}}.',
  'backup.missing': 'There is no backup at {{file}}.',
  'backup.newer':
    'The backup {{file}} was made by a newer version of Bulletin ({{version}}, schema {{schema}}; this version knows up to {{latest}}). Please update Bulletin to restore it.',
  'backup.folderNotFull': 'The backup folder must be a full path, not “{{dir}}”.',
  'backup.folderMissing': 'The backup folder {{dir}} does not exist.',
  'backup.notFolder': 'The backup folder {{dir}} is not a folder.',
  'backup.folderReadOnly': 'The backup folder {{dir}} cannot be written; choose another folder.',
  'backup.writeNoFolder': 'Could not write {{out}}: the folder does not exist.',
  'backup.writeFailed': 'Could not write the backup {{out}}: {{detail}}.',

  // Exports (after the backups: a backup's “Could not write” sentences are the more specific).
  'export.stopped': 'The export stopped: {{reason}}',
  'export.cancelled': 'The export was cancelled; nothing was written.',
  'export.couldNotWrite': 'Could not write {{path}}: {{detail}}',
} as const;

/** A stable name for one sentence the core writes. */
export type CoreCode = keyof typeof CORE_MESSAGES;

/** The values a code's template is filled with (file names, sizes, counts…), as written in English. */
export type CoreParams = Record<string, string>;

/** A core sentence as a code and its parameters. */
export interface CoreMessage {
  code: CoreCode;
  params: CoreParams;
}

/** Every code the core can emit. */
export const CORE_CODES = Object.keys(CORE_MESSAGES) as CoreCode[];

/** The English sentence of a code, its `{{param}}` slots filled in. */
export function formatCoreMessage(code: CoreCode, params: CoreParams = {}): string {
  return CORE_MESSAGES[code].replace(/\{\{(\w+)\}\}/g, (_slot, name: string) => params[name] ?? '');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each template as an anchored pattern whose named groups are its parameters. */
const PATTERNS: ReadonlyArray<{ code: CoreCode; pattern: RegExp }> = CORE_CODES.map((code) => {
  const parts = CORE_MESSAGES[code].split(/\{\{(\w+)\}\}/);
  const source = parts.map((part, i) => (i % 2 === 1 ? `(?<${part}>.+?)` : escape(part))).join('');
  return { code, pattern: new RegExp(`^${source}$`, 's') };
});

/**
 * The code and parameters of a sentence the core wrote, or undefined for a sentence no template
 * makes (a parser's own message, a sentence written before its code existed).
 */
export function recogniseCoreMessage(sentence: string): CoreMessage | undefined {
  for (const { code, pattern } of PATTERNS) {
    const match = pattern.exec(sentence);
    if (match) return { code, params: { ...match.groups } };
  }
  return undefined;
}
