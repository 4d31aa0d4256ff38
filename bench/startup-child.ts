/**
 * One start of the app's main process, as `bench/startup.ts` times it (bundled by that bench and run as
 * a fresh Node process): opens the library as `src/main/index.ts` does (checked, search catching up in
 * the background) and answers the window's first request, the first page of the article list, through
 * the same handlers. Prints one JSON line of milestones, in ms since the process started.
 *
 *   node startup-child.js <library folder> <await-backup|window-first>
 *
 * `await-backup` is the start before issue #17 (the daily backup made before the window); `window-first`
 * the app's start now (the window, then the backup). Either way the process waits for the backup to end
 * before it exits, and says how long that took.
 */
import { performance } from 'node:perf_hooks';
import { createHandlers, invokeChannel } from '../src/main/handlers';
import { Library } from '../src/main/library';

/** Milliseconds since this process started (Node's time origin is the process's start). */
const sinceStart = () => performance.now();

async function main(): Promise<void> {
  const [dir, mode] = process.argv.slice(2);
  if (!dir || (mode !== 'await-backup' && mode !== 'window-first'))
    throw new Error('usage: startup-child <library folder> <await-backup|window-first>');
  const loaded = sinceStart();
  const options = { searchIndexing: 'background' as const };
  let library: Library;
  let backup: Promise<unknown>;
  let backedUp: boolean;
  if (mode === 'await-backup') {
    const opened = await Library.openChecked(dir, options);
    library = opened.library;
    backedUp = opened.report.autoBackup?.created !== undefined;
    backup = Promise.resolve();
  } else {
    const opened = Library.openCheckedThenBackUp(dir, options);
    library = opened.library;
    backup = opened.backUpIfDue().then((report) => (backedUp = report.autoBackup?.created !== undefined));
    backedUp = false;
  }
  const open = sinceStart();
  // The window's first request: the first page of the list, as the renderer asks for it.
  const handlers = createHandlers({
    library,
    dialogs: { chooseFilesToImport: async () => [], chooseExportPath: async () => null },
    checkReplies: false, // as the packaged app
  });
  const page = await invokeChannel(handlers, 'listArticlePage', { filter: {}, limit: 300 });
  if (!page.ok) throw new Error(page.error);
  const firstPage = sinceStart();
  const rows = (page.value as { articles: unknown[] }).articles.length;
  await backup;
  const backupDone = sinceStart();
  library.close();
  process.stdout.write(`${JSON.stringify({ loaded, open, firstPage, backupDone, rows, backedUp })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
