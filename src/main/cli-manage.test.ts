import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli';
import { tempDir, writeFile } from '../../test/support/temp-library';

const article = (title: string, day: string) =>
  `${title}\n\nDate: ${day} Tags: Polity, GS-2\n\nThe text of ${title} runs here for the test of the command line.\n`;

function json(lib: string, ...args: string[]): unknown {
  const result = runCli(lib, [...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as unknown;
}

describe('the library-management commands', () => {
  it('delete, trash list/restore, edit, tag a selection, star, list --starred/--unread, samples', () => {
    const lib = tempDir();
    const dir = tempDir();
    const files = ['One', 'Two', 'Three'].map((t, i) =>
      writeFile(dir, `${t}.txt`, article(t, `${i + 1} March 2022`)),
    );
    const report = json(lib, 'import', ...files) as { imported: Array<{ id: number; title: string }> };
    const id = (title: string) => report.imported.find((a) => a.title === title)!.id;
    const [one, two, three] = [id('One'), id('Two'), id('Three')];

    expect(json(lib, 'delete', String(one), '999')).toEqual({ deleted: [one] });
    expect((json(lib, 'list') as Array<{ id: number }>).map((a) => a.id)).toEqual([three, two]);
    const trash = json(lib, 'trash', 'list') as Array<{ id: number; title: string; expiresAt: string }>;
    expect(trash.map((t) => [t.id, t.title])).toEqual([[one, 'One']]);
    expect(json(lib, 'trash', 'restore', String(one))).toEqual({ restored: [one] });
    expect(json(lib, 'trash', 'list')).toEqual([]);

    const edited = json(
      lib,
      'edit',
      String(two),
      '--title',
      'Second, retitled',
      '--date',
      'none',
      '--source',
      'Mine',
    ) as {
      id: number;
      title: string;
      date: string | null;
      source: string;
    };
    expect(edited).toMatchObject({ id: two, title: 'Second, retitled', date: null, source: 'Mine' });
    const again = json(lib, 'import', files[1]!) as { keptEdits: Array<{ id: number; fields: string[] }> };
    expect(again.keptEdits).toEqual([
      { id: two, title: 'Two', path: files[1], fields: ['title', 'date', 'source'] },
    ]);

    expect(json(lib, 'tag', '--add', 'GS-2', String(one), String(two))).toEqual({
      ids: [one, two],
      tag: 'GS-2',
      action: 'add',
      changed: 2,
    });
    expect(json(lib, 'tag', String(three), '--add', 'weekend')).toEqual({ id: three, userTags: ['weekend'] });

    expect(json(lib, 'star', String(three))).toEqual({ id: three, starred: true });
    expect((json(lib, 'list', '--starred') as Array<{ id: number }>).map((a) => a.id)).toEqual([three]);
    expect(json(lib, 'star', String(three), '--off')).toEqual({ id: three, starred: false });
    expect(json(lib, 'list', '--starred')).toEqual([]);
    expect((json(lib, 'list', '--unread') as unknown[]).length).toBe(3);

    const bad = runCli(lib, ['edit', String(two), '--date', '31-02-2022', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date must be a real day .*not “31-02-2022”/);
    expect(runCli(lib, ['delete']).stderr).toMatch(/delete needs at least one article id/);
    expect(runCli(lib, ['trash', 'restore', '4242']).stderr).toMatch(/no article with id 4242 in the trash/);
  }, 120_000);
});
