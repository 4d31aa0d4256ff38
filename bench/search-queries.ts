/** The benchmark's queries, drawn from the corpus vocabulary with their own seed. */
import { Random } from './corpus';
import { COUNTRIES, SCHEMES, STATES, TOPICS } from './corpus-words';

export interface BenchQueries {
  warmup: string[];
  sets: Record<'one' | 'two' | 'phrase' | 'prefix' | 'fuzzy', string[]>;
  /** One-word queries within one calendar month. */
  month: Array<{ query: string; from: string; to: string }>;
}

const PER_SET = 60;

export function benchQueries(seed: number, startYear = 2021, years = 4): BenchQueries {
  const rng = new Random(seed ^ 0x5eed);
  const nouns = TOPICS.flatMap((t) => t.nouns);
  const single = [...nouns, ...COUNTRIES, ...STATES, ...SCHEMES]
    .filter((w) => /^[A-Za-z]{4,}$/.test(w))
    .map((w) => w.toLowerCase());
  const multi = nouns.filter((w) => /^[A-Za-z]+ [A-Za-z]+$/.test(w)).map((w) => w.toLowerCase());
  const word = () => rng.pick(single);
  const slip = (w: string) => {
    const i = rng.int(1, w.length - 2);
    return rng.chance(0.5)
      ? w.slice(0, i) + w.slice(i + 1)
      : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  const list = (make: () => string) => Array.from({ length: PER_SET }, make);
  return {
    warmup: list(word).slice(0, 10),
    sets: {
      one: list(word),
      two: list(() => `${word()} ${word()}`),
      phrase: list(() => `"${rng.pick(multi)}"`),
      prefix: list(() => {
        const w = word();
        return `${w.slice(0, rng.int(4, Math.min(6, w.length)))}*`;
      }),
      fuzzy: list(() => `${slip(rng.pick(single.filter((w) => w.length >= 6)))}~1`),
    },
    month: list(word).map((query) => {
      const year = startYear + rng.int(0, years - 1);
      const month = String(rng.int(1, 12)).padStart(2, '0');
      const last = new Date(Date.UTC(year, Number(month), 0)).getUTCDate();
      return { query, from: `${year}-${month}-01`, to: `${year}-${month}-${last}` };
    }),
  };
}
