/**
 * The modules the library loads on first use (the page parsers, the backup's zip writer, the export
 * pipeline and its worker client), loaded ahead, one per turn of the event loop. Loading them when
 * first asked for put their parsing and compiling inside an IPC call: the first full backup, the first
 * export and the first Markdown preview each held the main thread 50–100 ms longer than the next ones.
 * The app calls this when idle after start-up; opening the library and the CLI stay as fast as before.
 */
import { fastXmlParser, linkedom, markdownIt, papaparse, readability, yaml } from './import/lazy';
import { nextTurn } from './turns';

/**
 * Loads every lazily loaded module, a turn of the event loop after each; then runs `warmUps` (the
 * library's warm-up search), a turn each.
 */
export async function preloadModulesInTurns(warmUps: ReadonlyArray<() => void> = []): Promise<void> {
  const loads: Array<() => unknown> = [
    linkedom,
    readability,
    markdownIt,
    yaml,
    papaparse,
    fastXmlParser,
    () => import('./backup/archive'),
    () => import('./export/index'),
    () => import('./export/export-client'),
  ];
  for (const load of loads) {
    await load();
    await nextTurn();
  }
  for (const warmUp of warmUps) {
    warmUp();
    await nextTurn();
  }
}
