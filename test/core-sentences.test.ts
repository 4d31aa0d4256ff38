/**
 * The sentences the core makes for the window, made by the core itself (a request that fails its schema,
 * the library check, the startup notice, a data dump's fields, feed subscriptions, a search it cannot
 * read) and said through the renderer's `core` catalogue: in English word for word, in Hindi in
 * Devanagari, every one by its code (none left to the English fallback).
 */
import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, internalErrorSentence, invokeChannel, parseInput } from '../src/main/handlers';
import { checkDatabaseFile } from '../src/main/library/backup/integrity';
import { openDatabase } from '../src/main/library/db/connection';
import { storageWarning } from '../src/main/library/backup/location';
import { describeStartup } from '../src/main/library/backup/recovery';
import { settleInterruptedRestore, writeRestoreJournal } from '../src/main/library/backup/restore-journal';
import { refreshMessage } from '../src/main/library/feeds/messages';
import { parseDump } from '../src/main/library/import/dump';
import { parseQuery } from '../src/main/library/search/query';
import { TAG_MAX_CHARS } from '../src/shared/limits';
import { formatCoreMessage, recogniseCoreMessage, type CoreCode } from '../src/shared/message-codes';
import { tempDir, tempLibrary } from './support/temp-library';

/**
 * The renderer's side, loaded at run time: its modules belong to the web project (no Node types), this
 * test to the Node one, so the compiler sees them through these types only.
 */
type Translate = { readonly brand?: 'TFunction' };
type Sentence = { code?: string; params?: Record<string, string>; fallback: string };
const renderer = <T>(path: string): Promise<T> =>
  import(/* @vite-ignore */ join(__dirname, '..', 'src', 'renderer', 'src', path)) as Promise<T>;
const { createI18n } = await renderer<{ createI18n: (language: 'en' | 'hi') => { t: Translate } }>(
  'i18n/index.ts',
);
const { coreMessage, coreParagraph } = await renderer<{
  coreMessage: (t: Translate, sentence: Sentence) => string;
  coreParagraph: (t: Translate, text: string) => string;
}>('i18n/core-message.ts');
const { errorMessage } = await renderer<{ errorMessage: (error: unknown) => string }>('components/errors.ts');
const english = createI18n('en').t;
const hindi = createI18n('hi').t;
const DEVANAGARI = /\p{Script=Devanagari}/u;
/** Latin words of three letters or more, as an English sentence left in a Hindi one would show. */
const englishWords = (text: string) => text.match(/\b(?:the|is|was|not|and|could|be|has)\b/g) ?? [];

/** A sentence the core wrote: its code, English word for word, Hindi in Devanagari. */
function expectCoded(sentence: string, code: CoreCode): string {
  expect(recogniseCoreMessage(sentence)?.code, sentence).toBe(code);
  expect(coreMessage(english, { fallback: sentence })).toBe(sentence);
  const said = coreMessage(hindi, { fallback: sentence });
  expect(said, sentence).toMatch(DEVANAGARI);
  return said;
}

function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a throw');
}

describe('a request that fails its schema', () => {
  it('says a too-long tag, and its reason, in Hindi', () => {
    const parsed = parseInput('addUserTag', { id: 1, tag: 'x'.repeat(TAG_MAX_CHARS + 1) });
    expect(parsed.ok).toBe(false);
    const error = parsed.ok ? '' : parsed.error;
    expect(error).toBe(`Invalid request to addUserTag (tag): a tag is at most ${TAG_MAX_CHARS} characters`);
    const said = expectCoded(error, 'request.invalidAt');
    expect(said).toBe(`addUserTag का अनुरोध अमान्य है (tag): टैग अधिकतम ${TAG_MAX_CHARS} अक्षरों का हो सकता है`);
  });

  it('says each of the contract’s own reasons, and zod’s, by a code', () => {
    const cases: Array<[Parameters<typeof parseInput>[0], unknown, CoreCode]> = [
      ['addUserTag', { id: 1, tag: '   ' }, 'input.tagEmpty'],
      ['addUserTag', { id: 1, tag: 'a\u0001b' }, 'input.tagControl'],
      ['listArticles', { from: '2022-02-30' }, 'input.realDay'],
      ['importText', { text: '  ' }, 'input.pasteFirst'],
      ['subscribeFeed', { url: '' }, 'input.feedAddressFirst'],
      ['setArticleTopics', { id: 1, topics: [] }, 'input.oneTopic'],
      ['getArticle', { id: 'one' }, 'input.wrongType'],
      ['getArticle', { id: 1, extra: true }, 'input.unknownKey'],
      ['updateStorageSettings', { backupDir: '/tmp' }, 'input.backupFolderInDialog'],
    ];
    for (const [channel, input, code] of cases) {
      const parsed = parseInput(channel, input);
      const error = parsed.ok ? '' : parsed.error;
      const reason = recogniseCoreMessage(error)?.params.reason ?? '';
      expect(recogniseCoreMessage(reason)?.code, error).toBe(code);
      expect(coreMessage(english, { fallback: error })).toBe(error);
      expect(coreMessage(hindi, { fallback: error }), error).toMatch(DEVANAGARI);
    }
  });

  it('says an internal failure and the renderer’s last resort', () => {
    expectCoded(internalErrorSentence('listArticles'), 'request.internal');
    expectCoded(errorMessage(undefined), 'request.somethingWrong');
  });
});

describe('a request about something the library does not hold', () => {
  it('comes back as a sentence with its code, said in Hindi', async () => {
    const library = tempLibrary();
    const none = async () => null;
    const handlers = createHandlers({
      library,
      dialogs: { chooseFilesToImport: none, chooseFolderToImport: none, chooseExportPath: none },
    });
    const cases: Array<[string, unknown, CoreCode]> = [
      ['getArticle', { id: 999 }, 'library.noArticle'],
      ['unsubscribeFeed', { id: 999 }, 'library.noFeed'],
      ['restoreAnnotation', { id: 999 }, 'library.noDeletedNote'],
      ['gradeReviewCard', { cardId: 999, grade: 'good' }, 'library.noCard'],
    ];
    for (const [channel, input, code] of cases) {
      const reply = await invokeChannel(handlers, channel, input);
      expect(reply.ok, channel).toBe(false);
      expectCoded(reply.ok ? '' : reply.error, code);
    }
    library.close();
  });

  it('says why a syllabus topic was suggested', async () => {
    const library = tempLibrary();
    const none = async () => null;
    const handlers = createHandlers({
      library,
      dialogs: { chooseFilesToImport: none, chooseFolderToImport: none, chooseExportPath: none },
    });
    const text =
      'Lokpal and Lokayuktas\n\nDate: 8 March 2022 Tags: GS-2, Polity\n\nThe Lokpal, the anti-corruption ombudsman under the Lokpal and Lokayuktas Act, received complaints against public servants; Parliament and the Constitution set its powers.\n';
    const imported = await invokeChannel(handlers, 'importText', { text });
    const id = imported.ok ? (imported.value as { imported: Array<{ id: number }> }).imported[0]!.id : 0;
    const reply = await invokeChannel(handlers, 'getArticleTopics', { id });
    const topics = reply.ok ? (reply.value as Array<{ reason: string }>) : [];
    expect(topics.length).toBeGreaterThan(0);
    for (const { reason } of topics) {
      expect(recogniseCoreMessage(reason)?.code, reason).toMatch(/^topicReason\./);
      expect(coreMessage(english, { fallback: reason })).toBe(reason);
      expect(coreMessage(hindi, { fallback: reason }), reason).toMatch(DEVANAGARI);
    }
    expect(coreMessage(hindi, { fallback: 'source tag “GS-2”; words: lokpal, ombudsman' })).toBe(
      'स्रोत का टैग “GS-2”; शब्द: lokpal, ombudsman',
    );
    library.close();
  });
});

describe('the library check', () => {
  it('says a foreign trigger, a changed and a missing object, and an orphaned row', () => {
    const library = tempLibrary();
    const file = join(library.dir, 'library.sqlite');
    library.close();
    const db = new Database(file);
    const index = db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL LIMIT 2`)
      .all() as Array<{ name: string; sql: string }>;
    db.exec(`DROP INDEX "${index[0]!.name}"`);
    db.exec(`DROP INDEX "${index[1]!.name}"; ${index[1]!.sql.replace(/\s+ON\s+/, ' ON ')} WHERE 1`);
    db.exec(`CREATE TRIGGER spy AFTER INSERT ON articles BEGIN SELECT 1; END`);
    db.exec(`CREATE TABLE mine (id INTEGER PRIMARY KEY, article INTEGER REFERENCES articles(id))`);
    db.pragma('foreign_keys = OFF');
    db.exec(`INSERT INTO mine VALUES (1, 999999)`);
    db.close();
    const { problems } = checkDatabaseFile(file, { schema: true });
    const codes = problems.map((problem) => recogniseCoreMessage(problem)?.code);
    expect(codes).toEqual(
      expect.arrayContaining(['check.foreignKey', 'check.notOurs', 'check.changed', 'check.missing']),
    );
    for (const problem of problems) expectCoded(problem, recogniseCoreMessage(problem)!.code);
    expect(coreMessage(hindi, { fallback: 'trigger “spy” is not one Bulletin makes' })).toBe(
      'trigger “spy” Bulletin का बनाया हुआ नहीं है',
    );
  });

  it('says a file that is not a database', () => {
    const file = join(tempDir(), 'library.sqlite');
    writeFileSync(file, 'not a database, only words '.repeat(200));
    const { problems } = checkDatabaseFile(file, { schema: true });
    expectCoded(problems[0]!, 'check.notDatabase');
  });
});

describe('the startup notice', () => {
  /** A restore a crash interrupted after the copy was staged: the next start finishes it. */
  function interruptedRestore() {
    const dir = tempDir();
    const staged = join(dir, 'restore-staged.sqlite');
    writeFileSync(staged, '');
    writeRestoreJournal(dir, {
      backup: '/home/asha/Bulletin 2026-11-27.bulletin',
      staged,
      previous: join(dir, 'library.sqlite.before-restore'),
      startedAt: '2026-11-27T09:30:00.000Z',
    });
    const settled = settleInterruptedRestore(dir, join(dir, 'library.sqlite'));
    expect(existsSync(join(dir, 'library.sqlite'))).toBe(true);
    return settled!;
  }

  it('says every sentence of a notice that joins several, each by its code', () => {
    const restore = interruptedRestore();
    expectCoded(restore.message, 'startup.restoreFinishedKept');
    const notice = describeStartup({
      action: 'restored',
      uncleanShutdown: true,
      checked: true,
      problems: ['database disk image is malformed'],
      damagedPath: '/home/asha/.config/Bulletin/library/library.sqlite.damaged-20261127',
      backupTime: '2026-11-27T09:30:00.000Z',
      autoBackupError: 'The backup folder /media/usb/backups does not exist.',
      storageWarning: storageWarning('/home/asha/Dropbox/Bulletin/library', { fsType: null }),
      interruptedRestore: restore,
    });
    expect(coreParagraph(english, notice)).toBe(notice);
    const said = coreParagraph(hindi, notice);
    expect(said).toMatch(/^\/home\/asha\/Bulletin 2026-11-27\.bulletin से बहाली बीच में रुक गई थी/);
    expect(said).toContain('लाइब्रेरी ख़राब हो गई थी (डेटाबेस फ़ाइल ख़राब है (malformed))।');
    expect(said).toContain('आज का स्वचालित बैकअप विफल रहा: बैकअप फ़ोल्डर /media/usb/backups मौजूद नहीं है।');
    expect(said).toContain('लाइब्रेरी Dropbox से सिंक होने वाले फ़ोल्डर');
    expect(englishWords(said)).toEqual([]);
  });

  it('says why a damaged library could not be opened, inside the notice and alone', () => {
    const file = join(tempDir(), 'library.sqlite');
    writeFileSync(file, 'not a database, only words '.repeat(200));
    const opening = thrown(() => openDatabase(file));
    expect(opening).toBe(`The library database at ${file} is damaged (file is not a database).`);
    expectCoded(opening, 'opening.databaseDamaged');
    const notice = describeStartup({
      action: 'recreated',
      uncleanShutdown: true,
      checked: true,
      problems: [opening],
      damagedPath: `${file}.damaged-1`,
      storageWarning: null,
    });
    expect(coreParagraph(english, notice)).toBe(notice);
    expect(coreParagraph(hindi, notice)).toContain(
      `लाइब्रेरी ख़राब हो गई थी (लाइब्रेरी का डेटाबेस ${file} ख़राब है (फ़ाइल डेटाबेस नहीं है)) और कोई ठीक बैकअप नहीं मिला`,
    );
  });

  it('says a check after a crash, a library started anew, and a network drive', () => {
    const crash = describeStartup({
      action: 'none',
      uncleanShutdown: true,
      checked: true,
      problems: [],
      storageWarning: storageWarning('//nas/home/Bulletin', { fsType: null }),
    });
    expect(coreParagraph(english, crash)).toBe(crash);
    expect(englishWords(coreParagraph(hindi, crash))).toEqual([]);
    const anew = describeStartup({
      action: 'recreated',
      uncleanShutdown: true,
      checked: true,
      problems: [],
      damagedPath: '/lib/library.sqlite.damaged-1',
      storageWarning: null,
    });
    expectCoded(anew, 'startup.recreated');
  });
});

describe('a data dump whose fields cannot be mapped', () => {
  const records = JSON.stringify([{ alpha: 'Budget', beta: 'The budget was presented.' }]);

  it('says the command line’s sentence and the window’s by their codes', () => {
    const cli = thrown(() => parseDump({ name: 'dump.json', text: records }));
    expect(cli).toMatch(/ — map them with --map /);
    expectCoded(cli, 'map.noTitleOrBody');
    const shown = cli.replace(/ — map (?:them|it) with --map .*$/, '.');
    expect(expectCoded(shown, 'map.noTitleOrBodyShown')).toBe(
      'dump.json: शीर्षक या मुख्य पाठ का कोई फ़ील्ड नहीं पहचाना गया; फ़ील्ड ये हैं: alpha, beta।',
    );
    const wrong = thrown(() =>
      parseDump({ name: 'dump.json', text: records, map: { title: 'alpha', body: 'text' } }),
    );
    expectCoded(wrong, 'map.bodyNotInFile');
    expectCoded(wrong.replace(/ — map (?:them|it) with --map .*$/, '.'), 'map.bodyNotInFileShown');
  });
});

describe('feeds', () => {
  it('says what an OPML file added, and what was already followed', () => {
    const library = tempLibrary();
    const opml = (urls: string[]) =>
      new TextEncoder().encode(
        `<?xml version="1.0"?><opml version="2.0"><body>${urls
          .map((url) => `<outline text="f" xmlUrl="${url}"/>`)
          .join('')}</body></opml>`,
      );
    const first = library.feeds.addFromOpml(
      'gs.opml',
      opml(['https://a.example/rss', 'https://b.example/rss']),
    );
    expect(first.message).toBe('Subscribed to 2 feeds from gs.opml. Refresh to fetch their articles.');
    expect(coreParagraph(english, first.message)).toBe(first.message);
    expect(coreParagraph(hindi, first.message)).toBe('gs.opml से 2 फ़ीड फ़ॉलो किए। इनके लेख लाने के लिए रीफ़्रेश करें।');
    const again = library.feeds.addFromOpml(
      'gs.opml',
      opml(['https://a.example/rss', 'https://c.example/rss']),
    );
    expect(coreParagraph(english, again.message)).toBe(again.message);
    expect(coreParagraph(hindi, again.message)).toBe(
      'gs.opml से 1 फ़ीड फ़ॉलो किया; 1 पहले से फ़ॉलो था। इनके लेख लाने के लिए रीफ़्रेश करें।',
    );
    library.close();
  });

  it('says one feed’s refresh, and a subscription with it, in Hindi', () => {
    const cases: Array<[number, number, CoreCode]> = [
      [1, 0, 'refresh.newOne'],
      [3, 0, 'refresh.new'],
      [0, 1, 'refresh.updatedOne'],
      [0, 2, 'refresh.updated'],
      [1, 2, 'refresh.newOneAndUpdated'],
      [4, 1, 'refresh.newAndUpdated'],
    ];
    for (const [added, updated, code] of cases) {
      const sentence = refreshMessage({ status: 'ok', new: added, updated, error: null });
      expectCoded(sentence, code);
      const subscribed = formatCoreMessage('subscription.subscribed', { name: 'PIB', reason: sentence });
      expect(coreMessage(english, { fallback: subscribed })).toBe(subscribed);
      expect(englishWords(coreMessage(hindi, { fallback: subscribed }))).toEqual([]);
    }
    expect(coreMessage(hindi, { fallback: 'Subscribed to PIB: 3 new articles.' })).toBe(
      'PIB को फ़ॉलो कर लिया: 3 नए लेख।',
    );
  });
});

describe('a query search cannot read', () => {
  it('says why, the reason in turn', () => {
    const cases: Array<[string, CoreCode]> = [
      ['colour:red', 'search.notField'],
      ['"collective security', 'search.unclosedQuote'],
      ['tag:', 'search.tagNeedsValue'],
      ['from:someday', 'search.notDate'],
      ['*', 'search.wildcard'],
    ];
    for (const [query, code] of cases) {
      const outcome = parseQuery(query, '2026-12-07');
      expect(outcome.ok, query).toBe(false);
      const message = outcome.ok ? '' : outcome.message;
      const reason = recogniseCoreMessage(message)?.params.reason ?? '';
      expect(recogniseCoreMessage(reason)?.code, message).toBe(code);
      expect(coreMessage(english, { fallback: message })).toBe(message);
      expect(englishWords(coreMessage(hindi, { fallback: message })), message).toEqual([]);
    }
  });
});
