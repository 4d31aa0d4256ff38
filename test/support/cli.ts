import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The source through tsx (no build needed), or with `BULLETIN_CLI=built` the bundled command
 * (out/cli/bulletin.cjs, from `npm run build:cli`): the same tests check both.
 */
const program = (): string[] =>
  process.env.BULLETIN_CLI === 'built'
    ? [join(ROOT, 'out/cli/bulletin.cjs')]
    : [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli.ts')];

function command(library: string, args: readonly string[]): string[] {
  return [...program(), '--library', library, ...args];
}

/** The environment of the tests, without a library chosen by the user's own settings. */
const environment = (): NodeJS.ProcessEnv => ({ ...process.env, BULLETIN_LIBRARY: '' });

/** Runs the real CLI in a child process, as a user or a script would (as another user with `uid`). */
export function runCli(library: string, args: readonly string[], options: { uid?: number } = {}): CliResult {
  const { uid } = options;
  const result = spawnSync(process.execPath, command(library, args), {
    encoding: 'utf8',
    env: environment(),
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without blocking this process: a test server in it must keep answering the CLI. */
export function runCliAsync(library: string, args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      command(library, args),
      { encoding: 'utf8', env: environment() },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
