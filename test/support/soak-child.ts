/**
 * The soak's child process: carries out the soak's steps on a library from step FROM on, saying
 * `done <i>` after each step has returned (committed), until it is killed or reaches UNTIL.
 *
 *   soak-child ROOT SEED FROM UNTIL
 */
import { writeSync } from 'node:fs';
import { applyToLibrary, applyToModel, modelAfter, openSoakLibrary, planStep, soakDirs } from './soak';

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

async function main(): Promise<void> {
  const [root, seedText, fromText, untilText] = process.argv.slice(2);
  const seed = Number(seedText);
  const from = Number(fromText);
  const until = Number(untilText);
  let model = modelAfter(seed, from)[from]!;
  let library = openSoakLibrary(soakDirs(root!).library);
  say('ready');
  for (let i = from; i < until; i++) {
    const step = planStep(model, seed, i);
    library = await applyToLibrary(library, root!, step);
    model = applyToModel(model, step);
    say(`done ${i}`);
  }
  library.close();
}

main().catch((error: unknown) => {
  say(`error ${(error as Error).stack ?? String(error)}`.replace(/\n/g, ' | '));
  process.exitCode = 1;
});
