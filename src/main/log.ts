import log from 'electron-log/node';
import { join } from 'node:path';

/** The main process's log: errors only, never what the user wrote (no note, no article text). */
export interface MainLog {
  /** Where the current log file is (the previous one is beside it as `main.old.log`). */
  readonly file: string;
  /** Records an error with a short context ("automatic backup", "IPC getArticle"): message and stack. */
  error(context: string, error: unknown): void;
  warn(context: string, message: string): void;
  /**
   * Also writes what the process passes to `console.error` and `console.warn` (the core's own reports of
   * a failed job, say) to the file; returns the function that stops it.
   */
  captureConsole(): () => void;
}

const MAX_BYTES = 1024 * 1024;

/**
 * A rotating log file in the user-data folder (`logs/main.log`; at 1 MB it moves to `main.old.log`),
 * written with electron-log's Node transport, so the same module runs in the app and in tests. In
 * development it also prints to the console.
 */
export function createMainLog(userData: string, options: { console?: boolean } = {}): MainLog {
  const file = join(userData, 'logs', 'main.log');
  const logger = log.create({ logId: `bulletin-${file}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = MAX_BYTES;
  logger.transports.file.level = 'warn';
  logger.transports.console.level = options.console ? 'warn' : false;
  // What the console already printed goes to the file only, not to the console a second time.
  const fileOnly = log.create({ logId: `bulletin-console-${file}` });
  fileOnly.transports.file.resolvePathFn = () => file;
  fileOnly.transports.file.maxSize = MAX_BYTES;
  fileOnly.transports.console.level = false;
  return {
    file,
    error: (context, error) => logger.error(`${context}: ${describe(error)}`),
    warn: (context, message) => logger.warn(`${context}: ${message}`),
    captureConsole: () => {
      const { error, warn } = console;
      console.error = (...args: unknown[]) => {
        error(...args);
        fileOnly.error(args.map(describe).join(' '));
      };
      console.warn = (...args: unknown[]) => {
        warn(...args);
        fileOnly.warn(args.map(describe).join(' '));
      };
      return () => Object.assign(console, { error, warn });
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
