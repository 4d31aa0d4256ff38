import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localToday } from '../shared/dates';
import { main } from './cli';
import { IMPORT_FIXTURES, tempDir } from '../../test/support/temp-library';

const QUAD = join(IMPORT_FIXTURES, 'studyiq-quad-2022-03-04.txt');

/** Runs the CLI in this process (the same `main` the binary runs) and captures what it prints. */
async function cli(library: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = { write: (s: string) => ((stdout += s), true) } as unknown as typeof process.stdout;
  const err = { write: (s: string) => ((stderr += s), true) } as unknown as typeof process.stderr;
  const code = await main(['--library', library, ...args], out, err);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) as unknown };
}

describe('the notes commands', () => {
  it('highlight words, list notes with their orphaned state, set the exam date and run a review', async () => {
    const lib = tempDir();
    await cli(lib, 'import', QUAD, '--json');
    const show = (await cli(lib, 'show', '1', '--json')).json() as {
      blocks: Array<{ id: number; text: string }>;
    };
    const bullet = show.blocks.find((b) => b.text.startsWith('The Quad brings together'))!;

    const span = await cli(
      lib,
      'annotate',
      String(bullet.id),
      '--quote',
      'Japan',
      '--note',
      'Tokyo',
      '--json',
    );
    expect(span.json()).toMatchObject({ blockId: bullet.id, kind: 'span', quote: 'Japan', note: 'Tokyo' });
    await cli(lib, 'annotate', String(bullet.id), '--note', 'Four members', '--color', 'revise');

    const missing = await cli(lib, 'annotate', String(bullet.id), '--quote', 'Russia', '--json');
    expect(missing).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `bulletin: Block ${bullet.id} does not contain “Russia”.\n`,
    });

    const notes = (await cli(lib, 'notes', '--json')).json() as Array<Record<string, unknown>>;
    expect(notes.map((n) => [n.note, n.blockId, n.quote, n.orphaned, n.color])).toEqual([
      ['Four members', bullet.id, bullet.text, false, 'revise'],
      ['Tokyo', bullet.id, 'Japan', false, null],
    ]);
    expect(Object.keys(notes[0]!)).toEqual(
      expect.arrayContaining(['id', 'articleId', 'blockId', 'color', 'note', 'quote', 'orphaned']),
    );
    expect((await cli(lib, 'notes', '--orphaned', '--json')).json()).toEqual([]);
    expect(((await cli(lib, 'notes', '--query', 'tokyo', '--json')).json() as unknown[]).length).toBe(1);

    const settings = await cli(
      lib,
      'settings',
      '--exam-date',
      '2031-05-25',
      '--mains-date',
      '2031-09-19',
      '--json',
    );
    expect(settings.json()).toMatchObject({ prelimsDate: '2031-05-25', mainsDate: '2031-09-19' });
    expect((await cli(lib, 'settings', '--exam-date', '25/05/2031')).code).toBe(2);

    const added = (await cli(lib, 'review', 'add', '--color', 'revise', '--json')).json() as Array<{
      cardId: number;
    }>;
    expect(added).toHaveLength(1);
    const due = (await cli(lib, 'review', '--due', '--json')).json() as Array<Record<string, unknown>>;
    expect(due).toEqual([
      expect.objectContaining({ cardId: added[0]!.cardId, blockId: bullet.id, due: expect.any(String) }),
    ]);

    const graded = await cli(lib, 'review', 'grade', String(added[0]!.cardId), 'good', '--json');
    expect(graded.json()).toMatchObject({ cardId: added[0]!.cardId, reps: 1, state: 'learning' });
    expect((await cli(lib, 'review', '--due', '--json')).json()).toEqual([]);
    const later = await cli(
      lib,
      'review',
      '--due',
      '--on',
      localToday(new Date(Date.now() + 86_400_000)),
      '--json',
    );
    expect((later.json() as unknown[]).length).toBe(1);

    expect((await cli(lib, 'review', 'grade', String(added[0]!.cardId), 'meh')).code).toBe(2);
    expect((await cli(lib, 'review', 'grade', '999', 'good')).code).toBe(1);
    const stats = (await cli(lib, 'review', 'stats', '--json')).json() as {
      exam: { kind: string };
      cards: number;
    };
    expect(stats).toMatchObject({ exam: { kind: 'prelims' }, cards: 1 });
  });
});
