import { useEffect, useState } from 'react';
import { useReportError } from '../../components/errors';
import { AutosaveQueue, type SaveState } from './autosave';

/**
 * An autosave queue for a draft of type T, alive as long as the component. The latest `save` is used
 * when a save runs, so it may close over the latest props. Whatever is pending is saved when the component goes.
 */
export function useAutosave<T>(save: (draft: T) => Promise<void>) {
  const reportError = useReportError();
  const [state, setState] = useState<SaveState>('idle');
  const [queue] = useState(
    () => new AutosaveQueue<T>({ save: () => Promise.resolve(), onState: setState, onError: reportError }),
  );
  // Runs after every render, before any event: the queue always saves with the latest function.
  useEffect(() => {
    queue.setSave(save);
  });
  useEffect(() => () => void queue.flush(), [queue]);
  return { queue, state };
}

/** The catalogue key for a save state's words (`notes.save.*`), or null when there is nothing to say. */
export function saveStateKey(
  state: SaveState,
): 'notes.save.saving' | 'notes.save.saved' | 'notes.save.failed' | null {
  switch (state) {
    case 'pending':
    case 'saving':
      return 'notes.save.saving';
    case 'saved':
      return 'notes.save.saved';
    case 'error':
      return 'notes.save.failed';
    default:
      return null;
  }
}

/** The English words for a save state (settings still uses them; translated screens use `saveStateKey`). */
export function saveStateLabel(state: SaveState): string {
  switch (state) {
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return 'Not saved';
    default:
      return '';
  }
}
