import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ParseWorker } from './parse-worker-client';
import { ParsesAhead, WAITING_ARTICLES, type Pending } from './runner';

const dirs: string[] = [];
const workers: ParseWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A JSON Lines dump of `records` articles, as a file to import. */
function dump(dir: string, name: string, records: number): Pending {
  const lines = Array.from({ length: records }, (_, i) =>
    JSON.stringify({
      title: `Record ${i + 1} of ${name}`,
      date: '2025-03-14',
      content: `Text of record ${i + 1}.`,
    }),
  );
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, read: () => readFileSync(path) };
}

/** Resolves once file k's parse has come. */
async function parsed(parses: ParsesAhead, k: number): Promise<void> {
  if (!parses.ready(k)) await parses.wait(k, undefined);
}

describe('the files an import asks the parse workers for ahead of storing', () => {
  it('stop while the parsed articles waiting reach the limit, and go on as they are stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulletin-ahead-'));
    dirs.push(dir);
    const half = WAITING_ARTICLES / 2;
    const pending = ['a', 'b', 'c', 'd'].map((name) => dump(dir, `${name}.jsonl`, half + 10));
    const worker = new ParseWorker();
    workers.push(worker);
    const parses = new ParsesAhead([worker], pending, {});

    parses.request(2);
    expect(parses.asked).toBe(2);
    await parsed(parses, 0);
    await parsed(parses, 1);
    expect(parses.peek(1)?.outcome?.articles).toHaveLength(half + 10);
    // Two dumps wait to be stored, more articles than the limit: no more files are asked for.
    parses.request(64);
    expect(parses.asked).toBe(2);
    // The first is stored (taken): the rest are asked for.
    expect(parses.take(0)?.outcome?.articles).toHaveLength(half + 10);
    parses.request(64);
    expect(parses.asked).toBe(4);
    await parsed(parses, 3);
    expect(parses.take(3)?.outcome?.articles[0]?.title).toBe('Record 1 of d.jsonl');
  });
});
