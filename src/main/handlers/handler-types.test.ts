import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract';
import { Library } from '../library';
import { tempDir } from '../../../test/support/temp-library';
import { createHandlers } from './index';
import { domainHandlers, mergeHandlers } from './handler-types';

const one = domainHandlers({ listTags: () => [] });
const other = domainHandlers({ listStarred: () => [] });

describe('the handler map', () => {
  it('refuses, at compile time, a channel without a handler, a channel with two, and an unknown name', () => {
    // The @ts-expect-error lines are the test: `npm run typecheck` fails if any of them compiles.
    // @ts-expect-error every other channel is missing a handler
    expect(() => mergeHandlers(one, other)).not.toThrow();
    // @ts-expect-error listTags has two handlers (caught at run time too)
    expect(() => mergeHandlers(one, one)).toThrow('Two handlers for the channel listTags.');
    // @ts-expect-error not a channel of the contract
    domainHandlers({ listTagz: () => [] });
  });

  it('has one function per contract channel and nothing else', () => {
    const library = Library.open(tempDir());
    try {
      const handlers = createHandlers({
        library,
        dialogs: { chooseFilesToImport: async () => null, chooseExportPath: async () => null },
      });
      expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
      for (const name of channelNames) expect(typeof handlers[name], name).toBe('function');
    } finally {
      library.close();
    }
  });
});
