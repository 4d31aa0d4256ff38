/**
 * Automatic review cards at 100,000 notes: turning them on for every colour fills each existing note's
 * card in short steps (`Notes.fillAutoCards`). Prints the longest main-thread stall while the whole fill
 * runs, the longest single step, and how long the fill took.
 *
 *   npx tsx bench/auto-cards.ts [-- --articles 5000 --notes 100000]
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Library } from '../src/main/library';
import { cachedCorpus } from './corpus';
import { stallsDuring } from './stalls';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    notes: { type: 'string', default: '100000' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
const corpus = cachedCorpus(
  { seed: 42, articles: Number(values.articles), annotations: Number(values.notes) },
  undefined,
  log,
);
const dir = mkdtempSync(join(tmpdir(), 'bulletin-auto-cards-'));
mkdirSync(dir, { recursive: true });
copyFileSync(corpus.file, join(dir, 'library.sqlite'));

async function main(): Promise<void> {
  const library = Library.open(dir);
  try {
    library.notes.updateSettings({ autoCards: false });
    library.notes.updateSettings({
      autoCards: true,
      autoCardColors: ['important', 'revise', 'doubt', 'fact'],
    });
    let longestStep = 0;
    const steps: number[] = [];
    const started = performance.now();
    const { maxStallMs, ownStallMs } = await stallsDuring(async () => {
      for (;;) {
        const t = performance.now();
        const more = library.notes.fillAutoCardsStep();
        steps.push(performance.now() - t);
        longestStep = Math.max(longestStep, performance.now() - t);
        if (!more) break;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    });
    const cards = library.notes.reviewStats().cards;
    const sorted = [...steps].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
    log(
      `steps: ${steps.length}; median ${at(0.5)} ms, p95 ${at(0.95)} ms; slowest: ${sorted
        .slice(-5)
        .map((t) => t.toFixed(0))
        .join(', ')} ms`,
    );
    process.stdout.write(
      `${cards} cards made; longest step ${longestStep.toFixed(1)} ms; longest stall ${maxStallMs.toFixed(1)} ms (own ${ownStallMs.toFixed(1)} ms); fill took ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
