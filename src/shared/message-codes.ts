/**
 * The sentences the core writes for the user (import failures, skipped items, warnings, feed
 * errors, a request that failed its schema, the library check, the startup notice, a dump's fields,
 * feed subscriptions, a query search cannot read), each under a stable code, as templates with `{{param}}` slots. The core's English
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
  // The longer sentences first: `export.stopped` and `export.couldNotWrite` would take them whole.
  'export.stoppedNothingWritten': 'The export stopped: {{reason}}. Nothing was written.',
  'export.couldNotWriteNothingLeft': 'Could not write {{path}}: {{detail}}. Nothing was left half-written.',
  'export.stopped': 'The export stopped: {{reason}}',
  'export.cancelled': 'The export was cancelled; nothing was written.',
  'export.couldNotWrite': 'Could not write {{path}}: {{detail}}',

  // A request the handler layer refused: its input failed the contract, or it failed inside.
  'request.invalidAt': 'Invalid request to {{channel}} ({{field}}): {{reason}}',
  'request.invalid': 'Invalid request to {{channel}}: {{reason}}',
  'request.internal':
    'Something went wrong while handling the request “{{channel}}”; the details were written to the log.',
  'request.refused': 'Request refused: it did not come from Bulletin’s own window.',
  'request.unknown': 'Unknown request “{{channel}}”.',
  'request.somethingWrong': 'Something went wrong.',

  // Why an input failed its schema (the contract's own words, then zod's defaults): a request's reason.
  'input.realDay': 'must be a real day from {{first}} to {{last}}, written YYYY-MM-DD',
  'input.savedSearchName': 'a saved search needs a name',
  'input.nameTooLong': 'a name is at most 100 characters',
  'input.nameControl': 'a name cannot contain control characters',
  'input.tagEmpty': 'a tag cannot be empty',
  'input.tagTooLong': 'a tag is at most {{limit}} characters',
  'input.tagControl': 'a tag cannot contain control characters',
  'input.notesSearchTooLong': 'a notes search is at most 500 characters',
  'input.offsetTooLarge': 'an offset is at most 10,000,000 pixels',
  'input.fieldNameTooLong': 'a field name is at most 500 characters',
  'input.pastedTooLong': 'pasted text is at most 5,000,000 characters',
  'input.pasteFirst': 'paste the article’s text first',
  'input.feedAddressFirst': 'type the feed’s address first',
  'input.feedAddressTooLong': 'a feed address is at most 2,048 characters',
  'input.deckTooLong': 'a deck name is at most 200 characters',
  'input.colourNameTooLong': 'a colour name is at most 40 characters',
  'input.noteTooLong': 'a note is at most 100,000 characters',
  'input.pageTooLarge': 'a page is at most 1,000 articles',
  'input.queryTooLong': 'a query is at most 2,000 characters',
  'input.sourceTooLong': 'a source is at most 300 characters',
  'input.titleTooLong': 'a title is at most 1,000 characters',
  'input.topicIdTooLong': 'a topic id is at most 300 characters',
  'input.topicNameControl': 'a topic name cannot contain control characters',
  'input.topicNameTooLong': 'a topic name is at most 120 characters',
  'input.topicName': 'a topic needs a name',
  'input.tooManyTopics': 'at most 20 topics',
  'input.backupsKept': 'keep 0 to 100 backups',
  'input.oneArticle': 'name at least one article',
  'input.oneTopic': 'name at least one topic',
  'input.noArticleMade': 'the import created no article',
  'input.backupFolderInDialog':
    'the backup folder can only be chosen in the folder dialog (Settings → Change…)',
  'input.tooLongText': 'Too big: expected string to have <={{max}} characters',
  'input.tooShortText': 'Too small: expected string to have >={{min}} characters',
  'input.tooManyItems': 'Too big: expected array to have <={{max}} items',
  'input.tooFewItems': 'Too small: expected array to have >={{min}} items',
  'input.numberTooBig': 'Too big: expected number to be {{bound}}',
  'input.numberTooSmall': 'Too small: expected number to be {{bound}}',
  'input.wrongType': 'Invalid input: expected {{expected}}, received {{received}}',
  'input.unknownKey': 'Unrecognized key: {{key}}',
  'input.unknownKeys': 'Unrecognized keys: {{keys}}',
  'input.invalidOption': 'Invalid option: expected one of {{options}}',

  // The library check (Settings → Check): our own findings, then SQLite's commonest.
  'check.foreignKey': '{{table}} row {{row}} refers to a missing {{parent}} row',
  'check.notOurs': '{{type}} “{{name}}” is not one Bulletin makes',
  'check.changed': '{{type}} “{{name}}” was changed',
  'check.missing': '{{type}} “{{name}}” is missing',
  'check.missingFromIndex': 'row {{row}} missing from index {{index}}',
  'check.wrongEntries': 'wrong # of entries in index {{index}}',
  'check.malformed': 'database disk image is malformed',
  'check.notDatabase': 'file is not a database',

  // The startup notice: what opening the library did. One notice joins several of these.
  'startup.restoredBecause':
    'The library was damaged ({{reason}}). It was restored from the backup of {{time}}; changes made after that are not in it. The damaged file was kept at {{path}}.',
  'startup.restored':
    'The library was damaged. It was restored from the backup of {{time}}; changes made after that are not in it. The damaged file was kept at {{path}}.',
  'startup.recreatedBecause':
    'The library was damaged ({{reason}}) and no good backup was found, so a new, empty library was started. The damaged file was kept at {{path}}; a full backup (.bulletin) can be restored with File → Restore from Backup….',
  'startup.recreated':
    'The library was damaged and no good backup was found, so a new, empty library was started. The damaged file was kept at {{path}}; a full backup (.bulletin) can be restored with File → Restore from Backup….',
  'startup.checked': 'Bulletin did not close properly last time; the library was checked and is intact.',
  'startup.backupFailed': "Today's automatic backup failed: {{reason}}",
  'startup.synced':
    'The library is in a folder synced by {{service}} ({{path}}). Syncing a database while it is open can damage it; keep the library in a local folder and sync the backups instead.',
  'startup.network':
    'The library seems to be on a network or external drive ({{where}}). SQLite cannot lock files reliably there, which can damage the library; keep it on a local disk.',
  'startup.restoreFinishedKept':
    'The restore of {{backup}} was interrupted and has now been finished. The library from before it is kept at {{previous}}.',
  'startup.restoreFinishedLate': 'The restore of {{backup}} was interrupted and has now been finished.',
  'startup.restoreUntouched':
    'The restore of {{backup}} was interrupted before it changed anything; your library is as it was. You can restore it again.',
  'startup.restoreRolledBack':
    'The restore of {{backup}} was interrupted; the library from before it was put back.',
  'startup.restoreFinished': 'The restore of {{backup}} was finished.',
  'startup.restoreLost':
    'The restore of {{backup}} was interrupted and its copy is gone; a new, empty library was started. Restore the backup again.',

  // A data dump whose fields could not be mapped: the CLI's sentence (with its --map hint), then the window's.
  'map.noTitleOrBody':
    '{{name}}: no title or body field recognised; fields are: {{fields}} — map them with --map {{suggestion}}',
  'map.noBody':
    '{{name}}: no body field recognised; fields are: {{fields}} — map it with --map {{suggestion}}',
  'map.bodyNotInFile':
    '{{name}}: the body field “{{field}}” is not in the file; fields are: {{fields}} — map it with --map {{suggestion}}',
  'map.bodyNotInFileNoTitle':
    '{{name}}: the body field “{{field}}” is not in the file; fields are: {{fields}} — map them with --map {{suggestion}}',
  'map.noTitleOrBodyShown': '{{name}}: no title or body field recognised; fields are: {{fields}}.',
  'map.noBodyShown': '{{name}}: no body field recognised; fields are: {{fields}}.',
  'map.bodyNotInFileShown':
    '{{name}}: the body field “{{field}}” is not in the file; fields are: {{fields}}.',
  'map.chooseBody': 'Choose the field that holds each article’s text (Body).',
  'map.recordUnreadable': '{{label}} could not be read ({{detail}})',

  // Following feeds: one address, or the feeds an OPML file lists.
  'subscription.maxFeeds': 'Bulletin follows at most {{limit}} feeds.',
  'subscription.subscribedOffline':
    'Subscribed to {{name}}. You seem to be offline; it will be fetched when you refresh while online.',
  'subscription.opmlOneKnownOne':
    'Subscribed to {{count}} feed from {{name}}; {{known}} was already followed.',
  'subscription.opmlOneKnown': 'Subscribed to {{count}} feed from {{name}}; {{known}} were already followed.',
  'subscription.opmlKnownOne': 'Subscribed to {{count}} feeds from {{name}}; {{known}} was already followed.',
  'subscription.opmlKnown': 'Subscribed to {{count}} feeds from {{name}}; {{known}} were already followed.',
  'subscription.opmlOne': 'Subscribed to {{count}} feed from {{name}}.',
  'subscription.opml': 'Subscribed to {{count}} feeds from {{name}}.',
  'subscription.refreshToFetch': 'Refresh to fetch their articles.',
  'subscription.subscribed': 'Subscribed to {{name}}: {{reason}}',

  // A query search could not read, and why (the reason is said in turn).
  'search.notUnderstood':
    'Search could not understand “{{query}}”: {{reason}}. Try plain words, +word to require one, -word to exclude one, "a phrase", or title:word.',
  'search.notField':
    '“{{field}}” is not a field; use title:, tags:, headings:, body:, note: or source: (and tag:, from:, to:, date: to filter)',
  'search.signNeedsWord': 'a + or - must be followed by a word, as in +csto',
  'search.tildeNeedsNumber': 'a ~ must follow a word and be followed by 1 or 2, as in kazakhstan~1',
  'search.caretNeedsNumber': 'a ^ must follow a word and be followed by a number, as in csto^2',
  'search.fieldNeedsWord': 'a field such as title: must be followed by a word',
  'search.unreadable': 'it is not a query Bulletin can read',
  'search.unclosedQuote': 'a quote was opened and not closed; close it, as in "collective security"',
  'search.wildcard': 'a * must follow a few letters, as in kazakh*',
  'search.tagNeedsValue': 'tag: must be followed by a tag, as in tag:GS-2',
  'search.dateNeedsValue': '{{filter}}: must be followed by a date, as in date:2022-01',
  'search.notDate':
    '“{{value}}” is not a date; write {{filter}}:2022-01-31, {{same}}:2022-01 or date:this-month',

  // A request about something the library no longer holds, or cannot do (the error banner says these).
  // A template that a shorter one would also match comes first.
  'library.noArticleInTrash': 'There is no article with id {{id}} in the trash.',
  'library.noArticle': 'There is no article with id {{id}}.',
  'library.noArticleInLibrary': 'There is no article {{id}} in the library.',
  'library.noDeletedNote': 'There is no recently deleted note with id {{id}}.',
  'library.noNote': 'There is no note with id {{id}}.',
  'library.noCard': 'There is no review card with id {{id}}.',
  'library.noBlock': 'There is no block with id {{id}}.',
  'library.noFeed': 'There is no feed with id {{id}}.',
  'library.noSavedSearch': 'There is no saved search with id {{id}}.',
  'library.noSavedSearchNamed': 'There is no saved search “{{name}}”.',
  'library.restoreClash':
    '“{{title}}” cannot be restored: the same text is in the library again as article {{id}} (“{{other}}”).',
  'library.titleEmpty': 'The title cannot be empty.',
  'library.titleTooLong': 'The title is at most 1,000 characters.',
  'library.notRealDay': 'The date “{{date}}” is not a real day written YYYY-MM-DD.',
  'library.sourceTooLong': 'The source is at most 300 characters.',
  'library.needsBlock': 'An article needs at least one block of text.',
  'library.heatMapOrder': 'The heat map’s first day is after its last.',
  'library.emptyHighlight': 'The words to highlight are empty.',
  'library.blockLacks': 'Block {{block}} does not contain “{{words}}”.',
  'library.notTable': 'Block {{block}} is not a table: it has no rows.',
  'library.tableNoRow': 'Table {{block}} has no row {{row}} (its rows: {{rows}}).',
  'library.highlightNeedsWords': 'A highlight needs the words, or their start and end in the block.',
  'library.highlightOutside':
    'A highlight must lie inside its block: {{start}}–{{end}} is not within 0–{{length}}.',
  'library.savedSearchNameClean':
    'A saved search needs a name of 1 to 100 characters, without control characters.',
  'library.savedSearchName': 'A saved search needs a name of 1 to 100 characters.',
  'library.savedQueryTooLong': 'A saved query is at most 2,000 characters.',
  'library.alreadyFollowed': 'You already follow {{name}} (feed {{id}}).',
  'library.docxTooBig':
    'This export has {{items}} passages, more than a Word document can be built from at once ({{limit}}). Export a narrower scope (a date range, a tag, a colour or a selection), or choose Markdown or PDF.',
  'library.exportOutOfMemory':
    'The export ran out of memory and was stopped; nothing was written. Export a narrower scope (a date range, a tag, a colour or a selection).',

  // Loading a syllabus file, and naming a topic or a syllabus the library does not hold.
  'syllabusFile.notTopic':
    '“{{topic}}” is not a topic of the syllabus in use ({{syllabus}}); `syllabus` lists them.',
  'syllabusFile.tooLarge': '{{name}} is larger than 2 MB: not a syllabus file.',
  'syllabusFile.unreadable': '{{name}} could not be read ({{detail}}).',
  'syllabusFile.builtInId':
    "{{name}}: the id “upsc” is the built-in syllabus's; give this one another `syllabus:` id.",
  'syllabusFile.notLoaded': 'There is no syllabus “{{id}}” in the library; load its file first.',

  // Why a syllabus topic was suggested for an article (the topic chip's tooltip).
  'topicReason.chosen': 'chosen by you',
  'topicReason.sourceTagAnd': 'source tag “{{tag}}”; {{reason}}',
  'topicReason.sourceTag': 'source tag “{{tag}}”',
  'topicReason.learnedWords': 'learned from {{count}} labelled articles: {{words}}',
  'topicReason.learned': 'learned from {{count}} labelled articles',
  'topicReason.words': 'words: {{words}}',

  // A data dump's record as reports name it (the `label` of a skipped record, said in turn).
  'record.record': 'record {{n}}',
  'record.line': 'line {{n}}',
  'record.row': 'row {{n}}',

  // Why the library could not be opened as it was (inside the startup notice, its last full stop dropped).
  'opening.databaseDamaged': 'The library database at {{file}} is damaged ({{reason}}).',
  'opening.databaseDamagedInNotice': 'The library database at {{file}} is damaged ({{reason}})',

  // A long job asked for while one of its kind runs.
  'job.exportRunning': 'An export is already running; wait for it to finish or cancel it first.',
  'job.importRunning': 'An import is already running; wait for it to finish or cancel it first.',
  'job.backupRunning': 'A backup is already running; wait for it to finish or cancel it first.',
  'job.feedRefreshRunning': 'A feed refresh is already running; wait for it to finish or cancel it first.',
  'job.syllabusRunRunning': 'A syllabus re-run is already running; wait for it to finish or cancel it first.',

  // One feed's refresh (the summary of all feeds is written by the window from the counts).
  // Last: `{{count}} new articles.` would match the end of many sentences.
  'refresh.failed': '{{url}} could not be refreshed: {{reason}}',
  'refresh.newOneAndUpdated': '{{count}} new article and {{updated}} updated.',
  'refresh.newAndUpdated': '{{count}} new articles and {{updated}} updated.',
  'refresh.newOne': '{{count}} new article.',
  'refresh.new': '{{count}} new articles.',
  'refresh.updatedOne': '{{count}} article updated.',
  'refresh.updated': '{{count}} articles updated.',
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
