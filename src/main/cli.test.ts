import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, tempDir, writeFile } from '../../test/support/temp-library';
import { runCli } from '../../test/support/cli';

const QUAD = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');

const cli = (library: string, ...args: string[]) => runCli(library, args);

const json = (r: { stdout: string }) => JSON.parse(r.stdout) as unknown;

describe('the command line', () => {
  it('imports, lists, shows, searches, annotates, tags and exports with one JSON document each', () => {
    const lib = tempDir();
    const imported = cli(lib, 'import', QUAD, '--json');
    expect(imported.code).toBe(0);
    expect(json(imported)).toEqual({
      imported: [{ id: 1, title: 'The Quad Leaders’ Summit', path: QUAD }],
      duplicates: [],
      failed: [],
    });
    expect(json(cli(lib, 'import', QUAD, '--json'))).toMatchObject({
      imported: [],
      duplicates: [{ path: QUAD, id: 1 }],
    });

    expect(json(cli(lib, 'list', '--from', '2022-03-01', '--to', '2022-03-31', '--json'))).toMatchObject([
      { id: 1, title: 'The Quad Leaders’ Summit', date: '2022-03-04', tags: ['International Relations'] },
    ]);
    expect(json(cli(lib, 'list', '--tag', 'Economy', '--json'))).toEqual([]);

    const shown = json(cli(lib, 'show', '1', '--json')) as {
      blocks: Array<{ id: number; kind: string; text: string; level: number }>;
    };
    expect(shown).toMatchObject({
      id: 1,
      title: 'The Quad Leaders’ Summit',
      date: '2022-03-04',
      userTags: [],
      source: 'StudyIQ',
    });
    expect(shown.blocks.filter((b) => b.kind === 'bullet')).toHaveLength(10);
    const bullet = shown.blocks.find((b) => b.text.startsWith('Production is being expanded'))!;

    const hits = json(cli(lib, 'search', 'hyderabad', '--json')) as Array<Record<string, unknown>>;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      id: 1,
      title: 'The Quad Leaders’ Summit',
      date: '2022-03-04',
      tags: ['International Relations'],
    });
    expect(hits[0]!.snippet).toContain('Hyderabad');
    expect(typeof hits[0]!.score).toBe('number');

    const note = json(
      cli(lib, 'annotate', String(bullet.id), '--note', 'Biological E plant', '--color', 'fact', '--json'),
    ) as { id: number };
    expect(note.id).toBeGreaterThan(0);
    expect(json(cli(lib, 'notes', '--json'))).toMatchObject([
      {
        id: note.id,
        articleId: 1,
        blockId: bullet.id,
        color: 'fact',
        note: 'Biological E plant',
        quote: bullet.text,
      },
    ]);
    expect(json(cli(lib, 'search', 'note:biological', '--json'))).toHaveLength(1);

    expect(json(cli(lib, 'tag', '1', '--add', 'GS-2', '--json'))).toEqual({ id: 1, userTags: ['GS-2'] });
    expect(json(cli(lib, 'list', '--tag', 'GS-2', '--json'))).toHaveLength(1);
    expect(json(cli(lib, 'tag', '1', '--remove', 'GS-2', '--json'))).toEqual({ id: 1, userTags: [] });

    const out = join(tempDir(), 'notes.md');
    const exported = cli(lib, 'export', 'notes', '--format', 'md', '--out', out, '--article', '1', '--json');
    expect(json(exported)).toMatchObject({ path: out, count: 1, format: 'md' });
    expect(readFileSync(out, 'utf8')).toMatch(
      /==Production is being expanded at a plant in Hyderabad\.==\n\s+> 🟩 \*\*Fact \/ figure\*\* · Biological E plant\n/,
    );
  });

  it('exits 1 when some files fail, still importing the others', () => {
    const lib = tempDir();
    const empty = writeFile(tempDir(), 'empty.txt', '');
    const result = cli(lib, 'import', empty, QUAD, '--json');
    expect(result.code).toBe(1);
    expect(json(result)).toMatchObject({
      imported: [{ id: 1 }],
      failed: [{ path: empty, error: 'empty.txt is empty.' }],
    });
    // The sentence's code and parameters come beside it (added fields; the sentence is unchanged).
    expect(json(result)).toMatchObject({
      failed: [{ code: 'import.empty', params: { name: 'empty.txt' } }],
    });
  });

  it('explains mistakes on one stderr line with exit code 2, and missing things with 1', () => {
    const lib = tempDir();
    const cases: Array<[string[], number, RegExp]> = [
      [['search', 'title:', '--json'], 2, /Search could not understand/],
      [['list', '--from', '2024-02-30'], 2, /--from must be a real day/],
      [['annotate', 'abc', '--note', 'x'], 2, /block id must be a positive whole number/],
      [['annotate', '5', '--note', 'x', '--color', 'purple'], 2, /--color must be one of/],
      [['frobnicate'], 2, /Unknown command/],
      [['list', '--nope'], 2, /Unknown option/],
      [['show', '99', '--json'], 1, /There is no article with id 99\./],
    ];
    for (const [args, code, message] of cases) {
      const result = cli(lib, ...args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
