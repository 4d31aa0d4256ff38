/** How many automatic backups to keep: the newest of each of the last N days, ISO weeks and months that have one. */
export interface Rotation {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: Rotation = { daily: 7, weekly: 4, monthly: 6 };

export interface DatedBackup {
  path: string;
  /** When it was made (local time). */
  time: Date;
}

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** ISO-8601 week, as `YYYY-Www` of the week's Thursday. */
export function isoWeekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth() + 1}`;
}

/**
 * Which backups a grandfather-father-son rotation keeps: for each period kind, the newest backup in each
 * of the most recent `n` periods that have any. Everything else may be deleted.
 */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  rotation: Rotation = DEFAULT_ROTATION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set<string>();
  const pick = (key: (d: Date) => string, n: number): void => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      if (seen.size >= n) break;
      const k = key(b.time);
      if (seen.has(k)) continue;
      seen.add(k);
      keep.add(b.path);
    }
  };
  pick(dayKey, rotation.daily);
  pick(isoWeekKey, rotation.weekly);
  pick(monthKey, rotation.monthly);
  return keep;
}
