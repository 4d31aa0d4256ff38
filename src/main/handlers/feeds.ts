import type { FeedsRefreshReport } from '../../shared/domain';
import { Jobs } from '../library/jobs';
import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Feed subscriptions: listed, added (fetched once), added from an OPML file, removed, refreshed. */
export function feedHandlers({ library: { feeds }, dialogs }: HandlerContext) {
  // A refresh of every feed is a job (feeds done of the total, cancel between feeds); the call still
  // answers with the report when it is done, and `feedRefreshProgress` tells where it stands meanwhile.
  const refreshJobs = new Jobs<{ done: number; total: number }, FeedsRefreshReport>({
    noun: 'a feed refresh',
    initial: () => ({ done: 0, total: 0 }),
    describeError: (error) => `The feed refresh stopped: ${error.message}`,
  });
  return domainHandlers({
    listFeeds: () => feeds.list(),
    subscribeFeed: ({ url }) => feeds.subscribe(url),
    addFeedsFromOpmlWithDialog: async () => {
      const path = dialogs.chooseOpmlFile
        ? await dialogs.chooseOpmlFile()
        : ((await dialogs.chooseFilesToImport())?.[0] ?? null);
      return path ? feeds.addFromOpmlFile(path) : null;
    },
    unsubscribeFeed: ({ id }) => feeds.unsubscribe(id),
    refreshFeed: ({ id }) => feeds.refresh(id),
    refreshFeeds: ({ ids }) =>
      refreshJobs.run(({ signal, report }) => feeds.refreshAll({}, ids, { signal, onProgress: report }))
        .result,
    feedRefreshProgress: ({ jobId }) => {
      const id = jobId ?? refreshJobs.latest();
      if (id === null) return null;
      const { running, cancelling, progress, error } = refreshJobs.status(id);
      return { jobId: id, running, cancelling, ...progress, error };
    },
    cancelFeedRefresh: ({ jobId }) => {
      const id = jobId ?? refreshJobs.latest();
      if (id !== null) refreshJobs.cancel(id);
      return null;
    },
  });
}
