/**
 * A child process for the fault tests: it works on a library in a loop and reports each step on stdout
 * only after the step has returned (committed, written), until the test kills it with SIGKILL.
 *
 *   fault-worker MODE LIBRARY_DIR [ARGS...]
 *   annotate BLOCK_IDS_JSON | import FILES_JSON | backup OUT | auto-backup | export FORMAT OUT | migrate
 */
import { writeSync } from 'node:fs';
import { basename } from 'node:path';
import { Library } from '../../src/main/library/library';
import type { ExportFormat } from '../../src/main/library/export/formats';

/** The fixed "now" of every export, so that repeated exports are byte-identical. */
export const FAULT_EXPORT_DAY = '2024-05-01T09:00:00';

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

/** The note written at step `i`: its length varies, so a torn write could not pass for another step's note. */
export function faultNote(i: number): string {
  return `n-${i}-${'x'.repeat(100 + ((i * 37) % 400))}`;
}

async function work(mode: string, dir: string, args: string[]): Promise<void> {
  switch (mode) {
    case 'annotate': {
      const library = Library.open(dir);
      const blocks = JSON.parse(args[0]!) as number[];
      const start = Number(args[1] ?? 0);
      say('ready');
      for (let i = start; ; i++) {
        const blockId = blocks[i % blocks.length]!;
        library.saveAnnotation(blockId, { note: faultNote(i), color: i % 2 ? 'important' : 'revise' });
        say(`committed ${blockId} ${i}`);
      }
    }
    case 'import': {
      const library = Library.open(dir);
      const files = JSON.parse(args[0]!) as string[];
      say('ready');
      for (const file of files) {
        const report = library.importFiles([file]);
        if (report.imported.length) say(`imported ${basename(file)}`);
      }
      return;
    }
    case 'backup': {
      const library = Library.open(dir);
      say('ready');
      for (;;) {
        await library.backupTo(args[0]!);
        say('backed-up');
      }
    }
    case 'auto-backup': {
      let day = Number(args[0] ?? 0);
      const library = Library.open(dir, { now: () => new Date(2024, 0, 1 + day, 10) });
      say('ready');
      for (; ; day++) {
        await library.backupIfDue();
        say(`auto ${day}`);
      }
    }
    case 'export': {
      const library = Library.open(dir, { now: () => new Date(FAULT_EXPORT_DAY) });
      say('ready');
      for (;;) {
        await library.exportTo({ format: args[0] as ExportFormat, out: args[1]! });
        say('exported');
      }
    }
    case 'migrate': {
      say('ready');
      const library = Library.open(dir);
      say('migrated');
      library.close();
      return;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

const [mode, dir, ...args] = process.argv.slice(2);
if (process.env.BULLETIN_FAULT_WORKER === '1' && mode && dir) {
  work(mode, dir, args).catch((error: unknown) => {
    say(`error ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
