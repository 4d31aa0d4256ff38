import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releasePooledMemory } from './release-memory';

describe('releasePooledMemory', () => {
  it('collects the garbage of this thread and leaves no `gc` to contexts made after it', async () => {
    const collected = new WeakRef(Array.from({ length: 200_000 }, (_, i) => ({ i, text: `note ${i}` })));
    // A WeakRef keeps its object until the end of the task that made it.
    await new Promise((resolve) => setImmediate(resolve));
    releasePooledMemory();
    // A synchronous full collection: the array is gone when it returns.
    expect(collected.deref()).toBeUndefined();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
