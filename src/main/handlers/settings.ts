import type { HandlerContext } from './handler-types';
import { domainHandlers } from './handler-types';

/** Study settings (exam dates, colour names, automatic cards), interface preferences and what happened while the library was opened. */
export function settingsHandlers({ library: { notes, preferences }, startupMessage = null }: HandlerContext) {
  return domainHandlers({
    getStudySettings: () => notes.getSettings(),
    // Turning automatic cards on (or adding a colour) answers once the existing notes have their cards,
    // made in short steps so that the window never freezes.
    updateStudySettings: async (change) => {
      const settings = notes.updateSettings(change);
      await notes.fillAutoCards();
      return settings;
    },
    getPreferences: () => preferences.get(),
    updatePreferences: (change) => preferences.update(change),
    startupReport: () => ({
      message: typeof startupMessage === 'function' ? startupMessage() : startupMessage,
    }),
  });
}
