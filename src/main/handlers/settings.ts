import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Study settings (exam dates, colour names), interface preferences and what happened while the library was opened. */
export function settingsHandlers({ library: { notes, preferences }, startupMessage = null }: HandlerContext) {
  return domainHandlers({
    getStudySettings: () => notes.getSettings(),
    updateStudySettings: (change) => notes.updateSettings(change),
    getPreferences: () => preferences.get(),
    updatePreferences: (change) => preferences.update(change),
    startupReport: () => ({
      message: typeof startupMessage === 'function' ? startupMessage() : startupMessage,
    }),
  });
}
