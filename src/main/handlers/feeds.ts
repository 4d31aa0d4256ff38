import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Feed subscriptions: listed, added (fetched once), added from an OPML file, removed, refreshed. */
export function feedHandlers({ library: { feeds }, dialogs }: HandlerContext) {
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
    refreshFeeds: ({ ids }) => feeds.refreshAll({}, ids),
  });
}
