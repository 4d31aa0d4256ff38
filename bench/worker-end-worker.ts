/**
 * The worker of bench/worker-end.ts: makes a few hundred megabytes of garbage, as an import's parse or an
 * export does, and exits either as every worker does when closed (`serve`'s stop: its freed pages
 * released first) or at once (`exitAtOnce`: the way before).
 */
import { serve } from '../src/main/library/workers/rpc';

/** The worker's methods, over the workers' RPC (a type: `serve` reads it as an index of methods). */
type EndMethods = {
  churn: { params: { rounds: number }; result: number };
  exitAtOnce: { params: null; result: null };
};

serve<EndMethods>({
  churn: ({ rounds }) => {
    let kept: Array<{ text: string; numbers: number[] }> = [];
    let made = 0;
    for (let round = 0; round < rounds; round++) {
      kept = [];
      for (let i = 0; i < 200_000; i++)
        kept.push({ text: `${'article text '.repeat(2)}${i}`, numbers: [i, i + 1] });
      made += kept.length;
    }
    return made;
  },
  exitAtOnce: () => process.exit(0),
});

export type { EndMethods };
