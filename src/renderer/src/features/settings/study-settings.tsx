import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import { HIGHLIGHT_LABELS, type HighlightColor, type StudySettings } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { useStarted } from '../../data/startup';
import { useChanges } from '../../data/changes';

interface StudySettingsValue {
  settings: StudySettings | undefined;
  /** The name the user gave a colour (its default until settings load). */
  colorName: (color: HighlightColor) => string;
  update: (change: ChannelInput<'updateStudySettings'>) => Promise<StudySettings>;
}

const StudySettingsContext = createContext<StudySettingsValue>({
  settings: undefined,
  colorName: (color) => HIGHLIGHT_LABELS[color],
  update: () => Promise.reject(new Error('Settings are not ready.')),
});

export function useStudySettings(): StudySettingsValue {
  return useContext(StudySettingsContext);
}

export function useColorName(): (color: HighlightColor) => string {
  return useContext(StudySettingsContext).colorName;
}

interface Props {
  children: ReactNode;
}

/** Loads the exam dates and colour names once for every view; reloads after changes. */
export function StudySettingsProvider({ children }: Props) {
  const { data: settings } = useQuery({
    queryKey: keys.settings('study'),
    queryFn: () => api.getStudySettings({}),
    // After the list's first rows (data/startup.ts): the colour names have their defaults meanwhile.
    enabled: useStarted(),
  });
  const { changed } = useChanges();

  const update = useCallback(
    async (change: ChannelInput<'updateStudySettings'>) => {
      const saved = await api.updateStudySettings(change);
      void changed('settings');
      return saved;
    },
    [changed],
  );
  const value = useMemo<StudySettingsValue>(
    () => ({
      settings,
      colorName: (color) => settings?.colorNames[color] || HIGHLIGHT_LABELS[color],
      update,
    }),
    [settings, update],
  );
  return <StudySettingsContext.Provider value={value}>{children}</StudySettingsContext.Provider>;
}
