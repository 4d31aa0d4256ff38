import { describe, expect, it } from 'vitest';
import { LibraryError } from './errors';
import { Jobs } from './jobs';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

const newJobs = () =>
  new Jobs<{ done: number }, string>({
    noun: 'an import',
    initial: () => ({ done: 0 }),
    describeError: (error) => `It stopped: ${error.message}`,
  });

describe('jobs', () => {
  it('start after the call, report progress, end with a result handed to onResult first', async () => {
    const jobs = newJobs();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    const id = jobs.start(
      async ({ report }) => {
        report({ done: 1 });
        await gate;
        return 'all done';
      },
      (result) => seen.push(result),
    );
    expect(jobs.status(id)).toMatchObject({ running: true, progress: { done: 0 }, result: null });
    await until(() => jobs.status(id).progress.done === 1);
    expect(() => jobs.start(async () => 'second')).toThrow('An import is already running');
    release();
    await until(() => !jobs.status(id).running);
    expect(jobs.status(id)).toMatchObject({ running: false, result: 'all done', error: null });
    expect(seen).toEqual(['all done']);
  });

  it('cancel through the signal, and turn a throw into a sentence', async () => {
    const jobs = newJobs();
    const id = jobs.start(
      ({ signal }) =>
        new Promise<string>((resolve) => signal.addEventListener('abort', () => resolve('stopped early'))),
    );
    await new Promise((resolve) => setImmediate(resolve));
    jobs.cancel(id);
    expect(jobs.status(id).cancelling).toBe(true);
    await until(() => !jobs.status(id).running);
    expect(jobs.status(id).result).toBe('stopped early');

    const failing = jobs.start(async () => {
      throw new Error('disk full');
    });
    await until(() => !jobs.status(failing).running);
    expect(jobs.status(failing).error).toBe('It stopped: disk full');
    const refused = jobs.start(async () => {
      throw new LibraryError('invalid-input', 'That folder is not readable.');
    });
    await until(() => !jobs.status(refused).running);
    expect(jobs.status(refused).error).toBe('That folder is not readable.');
    expect(() => jobs.status(999)).toThrow('There is no import with id 999.');
  });
});
