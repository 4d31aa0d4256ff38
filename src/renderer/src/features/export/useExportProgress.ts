import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { api } from '../../api';

/** An export job's status, as the main process reports it. */
export type ExportJob = NonNullable<ChannelOutput<'exportProgress'>>;

/** How often a running export is asked where it stands. */
const POLL_MS = 250;

/**
 * While `waiting` (an `exportWithDialog` call has not answered yet), asks every POLL_MS where the export
 * job stands, as the folder import's progress does. Null until a job is running: the save dialog comes
 * first, and a finished job from before is not shown.
 */
export function useExportProgress(waiting: boolean): ExportJob | null {
  const [job, setJob] = useState<ExportJob | null>(null);
  useEffect(() => {
    if (!waiting) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      api
        .exportProgress({})
        .then((status) => {
          if (stopped) return;
          setJob(status?.running ? status : null);
          timer = setTimeout(tick, POLL_MS);
        })
        .catch(() => {
          // The export's own call reports what went wrong; keep asking while it waits.
          if (!stopped) timer = setTimeout(tick, POLL_MS);
        });
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      setJob(null); // the next wait starts from nothing
    };
  }, [waiting]);
  // A status from an earlier wait is not shown once the call has answered.
  return waiting ? job : null;
}

/** What an export job is doing, in a few words: "Reading articles: 1,200 of 50,000". */
export function exportPhaseText(job: ExportJob): string {
  if (job.cancelling) return 'Stopping the export…';
  if (job.phase === 'printing') return 'Printing the PDF…';
  if (job.phase === 'writing') return 'Writing the file…';
  return job.total > 0
    ? `Reading articles: ${job.done.toLocaleString('en')} of ${job.total.toLocaleString('en')}`
    : 'Reading articles…';
}
