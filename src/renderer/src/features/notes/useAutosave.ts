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

/** The words for a save state, shown quietly beside an editor. */
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
