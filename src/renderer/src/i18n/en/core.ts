/**
 * Sentences the core writes (import failures, skipped items, warnings, feed errors), by their code in
 * `src/shared/message-codes.ts`: the English is the core's sentence word for word (a test checks it).
 */
export const core = {
  import: {
    notFound: '{{name}} could not be found ({{path}}).',
    isFolder: '{{name}} is a folder, not a file.',
    tooLarge: '{{name}} is too large to import ({{size}}; the limit is {{limit}}).',
    cannotRead: '{{name}} could not be read: {{code}}.',
    noExtension: '{{name}}: Bulletin cannot import extension-less files (it reads {{supported}}).',
    unsupportedType: '{{name}}: Bulletin cannot import {{ext}} files (it reads {{supported}}).',
    empty: '{{name}} is empty.',
    blank: '{{name}} holds only blank space.',
    tooLong: '{{name}} is too long for one article ({{chars}} characters; the limit is {{limit}}).',
    noArticleBecause: '{{name}} has no article to import: {{reason}}.',
    noText: '{{name}} has no article text after its title.',
    mergeConflict:
      '{{name}} has git merge-conflict markers (<<<<<<<, =======, >>>>>>>): resolve the conflict, then import it again.',
    looksLike: '{{name}} is not a text document: it looks like {{what}}.',
    binary: '{{name}} is not a text document: it contains binary data.',
    tooManyElements: '{{name}} has too many HTML elements to import (over {{limit}}).',
    xmlNotFeed: '{{name}} is XML but not an RSS, Atom or OPML file.',
    xmlEntities: '{{name}} declares XML entities; Bulletin does not read such files, for safety.',
    badXml: '{{name}} is not well-formed XML ({{detail}}).',
    feedEmpty: '{{name}} is a feed with no items.',
    notOpml: '{{name}} is not an OPML file.',
    opmlNoFeeds: '{{name}} lists no feed addresses (no outline has an xmlUrl).',
    tooManyRecords: '{{name}} holds {{count}} records; the limit is {{limit}} per file.',
    noRecords: '{{name}} holds no article records.',
    badJson: '{{name}} is not valid JSON ({{detail}}).',
    notDump: '{{name}} is not a data dump (.json, .jsonl, .ndjson or .csv).',
    noFields: '{{name}}: its records have no named fields to read articles from.',
    failed: '{{name}} could not be imported: {{reason}}',
  },
  skip: {
    folderUnreadable: 'the folder could not be read ({{code}})',
    brokenLink: 'a broken link',
    outsideLink: 'a link to outside the chosen folder (not followed)',
    noExtension: 'no extension files are not imported',
    fileType: '{{ext}} files are not imported',
    tooManyFiles: 'more than {{limit}} files; the rest were not listed',
    folderDocument: '{{name}} is the folder’s {{document}} file, not an article',
    markdownNote: '{{name}} has no date and no article text (a Markdown note, not an article)',
    feedItemNoText: 'item {{n}} (“{{title}}”) has no text',
    navigationPage: '“{{title}}” is a site navigation page, not an article',
    noText: '{{label}} has no article text',
    lineNotObject: 'line {{n}} is not a JSON object',
    lineNotJson: 'line {{n}} is not valid JSON',
  },
  warn: {
    cutOff: '{{name}} looks cut off: the last article may be incomplete',
    cutOffArticle: '{{name}} looks cut off: “{{title}}” may be incomplete',
    looksLikeHtml: '{{name}} looks like HTML, not .{{ext}}: read as a web page',
    looksLikeFeed: '{{name}} looks like an RSS/Atom feed, not .{{ext}}: read as a feed',
    looksLikeJson: '{{name}} looks like JSON, not .{{ext}}: read as a data dump',
    looksLikeJsonLines: '{{name}} looks like JSON Lines, not .{{ext}}: read as a data dump',
    tooDeep:
      'Part of the page is nested more than {{depth}} levels deep; its text was kept as plain paragraphs.',
    frontMatter: 'Its front matter could not be read ({{detail}}).',
    orphanedNote:
      '“{{title}}”: 1 note no longer matches the new text; it is kept with its quote as an orphaned note.',
    orphanedNotes:
      '“{{title}}”: {{count}} notes no longer match the new text; they are kept with their quotes as orphaned notes.',
  },
  feed: {
    notWebAddress: '{{url}} is not a web address (http or https) Bulletin can fetch.',
    redirectRefused: '{{url}} redirected to an address Bulletin does not fetch.',
    tooManyRedirects: '{{url}} redirected more than {{limit}} times.',
    tooLarge: '{{url}} is larger than {{limit}}; it was not downloaded.',
    timeout: '{{url}} did not answer in time; you may be offline. Try again later.',
    privateAddress:
      '{{url}} points to this computer or a private network ({{host}}); Bulletin fetches feeds from the internet only.',
    unreachable:
      '{{host}} cannot be reached ({{code}}); you seem to be offline. Feeds can be fetched again when you are online.',
    cancelled: 'Fetching {{url}} was cancelled.',
    fetchFailed: '{{url}} could not be fetched: {{why}}.',
    httpStatus: '{{url}} answered {{status}}.',
    offline:
      'You are offline — feeds will refresh when you are back online; articles already fetched stay readable.',
    unchanged: 'No new articles: the feed has not changed since the last fetch.',
    noNew: 'No new articles.',
    notFetched: 'Not fetched yet.',
    couldNotFetch: 'The feed could not be fetched.',
    willFetch: 'You seem to be offline; it will be fetched when you refresh while online.',
    noFeeds: 'You follow no feeds yet.',
  },
};
