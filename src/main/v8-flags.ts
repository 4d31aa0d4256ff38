import { setFlagsFromString } from 'node:v8';

/**
 * V8's young generation capped at 8 MB a semi-space. Node 24's V8 grows it to 64 MB under an import's
 * many short-lived strings; capped, a 2,000-article import peaks at 340 MB instead of 441 MB
 * (`NODE_OPTIONS=--max-semi-space-size=8 npm run bench:import -- --articles 2000`, docs/main-thread.md).
 */
export const MAIN_JS_FLAGS = '--max-semi-space-size=8';

/** The part of Electron's `app` the cap needs. */
interface CommandLineApp {
  commandLine: Pick<Electron.CommandLine, 'appendSwitch'>;
}

/**
 * Caps the young generation where it can be set from inside the app: the renderers (Chromium's
 * `js-flags` switch, read when each is started) and every worker thread started from now on (the
 * parse, export, search and check workers: V8 reads the flag when it makes a new isolate). The main
 * process's own heap is configured before any of our code runs; Electron applies `--js-flags` to it only
 * when given on the command line that starts the app.
 */
export function capYoungGeneration(app: CommandLineApp): void {
  app.commandLine.appendSwitch('js-flags', MAIN_JS_FLAGS);
  setFlagsFromString(MAIN_JS_FLAGS);
}
