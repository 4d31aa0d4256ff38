import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES, tempDir } from '../../test/support/temp-library';
import { runCli } from '../../test/support/cli';

const cli = (library: string, ...args: string[]) => runCli(library, args);
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as unknown;
const ids = (r: { stdout: string }) => (json(r) as Array<{ id: number }>).map((a) => a.id);

describe('the command line: star, list --starred and list --unread', () => {
  it('stars and unstars articles, and lists the starred and the unread ones', () => {
    const lib = tempDir();
    const samples = readdirSync(SAMPLES).map((name) => join(SAMPLES, name));
    expect(cli(lib, 'import', ...samples, '--json').code).toBe(0);
    const all = ids(cli(lib, 'list', '--json'));
    expect(all).toHaveLength(4);

    expect(json(cli(lib, 'star', String(all[1]), '--json'))).toEqual({ id: all[1], starred: true });
    expect(json(cli(lib, 'star', String(all[3]), '--json'))).toEqual({ id: all[3], starred: true });
    expect(ids(cli(lib, 'list', '--starred', '--json'))).toEqual([all[1], all[3]]);
    expect(json(cli(lib, 'star', String(all[1]), '--off', '--json'))).toEqual({ id: all[1], starred: false });
    expect(ids(cli(lib, 'list', '--starred', '--json'))).toEqual([all[3]]);
    // The list's JSON keeps its fields: nothing new appears in a row.
    expect(Object.keys((json(cli(lib, 'list', '--starred', '--json')) as object[])[0]!).sort()).toEqual(
      ['date', 'id', 'noteCount', 'read', 'tags', 'title', 'userTags'].sort(),
    );

    // Everything is unread after an import; `show` does not mark an article read, so all four stay.
    expect(ids(cli(lib, 'list', '--unread', '--json'))).toEqual(all);

    const missing = cli(lib, 'star', '999');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/999/);
    expect(cli(lib, 'star').code).toBe(2);
  });
});
