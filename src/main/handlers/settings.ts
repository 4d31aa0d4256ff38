import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Study settings (exam dates, colour names) and what happened while the library was opened. */
export function settingsHandlers({ library: { notes }, startupMessage = null }: HandlerContext) {
  return domainHandlers({
    getStudySettings: () => notes.getSettings(),
    updateStudySettings: (change) => notes.updateSettings(change),
    startupReport: () => ({ message: startupMessage }),
  });
}
