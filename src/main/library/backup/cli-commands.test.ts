import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { tempDir } from '../../../../test/support/temp-library';
import { runCli } from '../../../../test/support/cli';

const cli = (library: string, ...args: string[]) => runCli(library, args);

describe('export, backup, restore and check on the command line', () => {
  it('exports, backs up, refuses to restore over a library, restores into a new one and checks it', () => {
    const library = sampleLibrary();
    const dir = library.dir;
    library.close();
    const out = tempDir('bulletin-cli-');

    const anki = cli(
      dir,
      'export',
      'notes',
      '--format',
      'anki',
      '--out',
      join(out, 'cards.txt'),
      '--color',
      'important',
      '--json',
    );
    expect(anki.code).toBe(0);
    expect(JSON.parse(anki.stdout)).toEqual({
      path: join(out, 'cards.txt'),
      count: 5,
      format: 'anki',
      content: 'notes',
      articles: 5,
      files: [join(out, 'cards.txt')],
      items: 5,
    });
    expect(readFileSync(join(out, 'cards.txt'), 'utf8')).toMatch(/^#separator:tab\n#html:true\n/);

    const bad = cli(dir, 'export', 'notes', '--format', 'rtf', '--out', join(out, 'x'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of md, pdf, docx, anki, csv/);

    const backup = cli(dir, 'backup', '--out', join(out, 'lib.bulletin'), '--json');
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({
      path: join(out, 'lib.bulletin'),
      counts: { articles: 5, annotations: 14 },
    });

    const refused = cli(dir, 'restore', join(out, 'lib.bulletin'), '--json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty.*--replace/);

    const target = tempDir('bulletin-cli-restored-');
    const restored = cli(target, 'restore', join(out, 'lib.bulletin'), '--json');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({
      library: target,
      counts: { articles: 5, annotations: 14 },
      previous: null,
    });

    const check = cli(target, 'check', '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual({ ok: true, problems: [] });
    expect(JSON.parse(cli(target, 'list', '--json').stdout)).toHaveLength(5);
  }, 90_000);
});
