/** How the import panels word progress and results; pure, so they are tested without a DOM. */
import type { TFunction } from 'i18next';
import type { ImportReport } from '../../../../shared/domain';

/**
 * `45` → `about 45 s left`; `130` → `about 3 min left`; null → `Estimating time left…`, in the
 * language of `t` (`digits` writes the numbers in the chosen numerals).
 */
export function etaLabel(
  seconds: number | null,
  t: TFunction,
  digits: (n: number) => string = String,
): string {
  if (seconds === null || !Number.isFinite(seconds)) return t('import.eta.estimating');
  if (seconds < 1) return t('import.eta.almostDone');
  if (seconds < 60) return t('import.eta.seconds', { n: digits(Math.max(1, Math.round(seconds))) });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('import.eta.minutes', { n: digits(minutes) });
  const hours = Math.floor(minutes / 60);
  return t('import.eta.hours', { h: digits(hours), m: digits(minutes % 60) });
}

/** Whole percent done, 0–100 (0 while the folder is still being listed). */
export function percentDone(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)));
}

/** The last part of a path, for either separator. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() || path;
}

/** A path shown relative to the imported folder when it lies inside it, else its file name. */
export function shownPath(path: string, folder: string | null): string {
  if (folder) {
    const root = folder.replace(/[\\/]+$/, '');
    if (path.startsWith(root) && /[\\/]/.test(path.charAt(root.length)))
      return path.slice(root.length + 1) || fileName(path);
  }
  return fileName(path);
}

/** True when an import brought nothing in: every file failed. */
export function nothingImported(report: ImportReport): boolean {
  return (
    report.imported.length === 0 && (report.updated?.length ?? 0) === 0 && report.duplicates.length === 0
  );
}

type SkippedItem = NonNullable<ImportReport['skipped']>[number];

/** Skipped records grouped by file, in the order they came (with their sentences' codes). */
export function skippedByFile(
  skipped: NonNullable<ImportReport['skipped']>,
): Array<{ path: string; items: Array<Omit<SkippedItem, 'path'>> }> {
  const groups = new Map<string, Array<Omit<SkippedItem, 'path'>>>();
  for (const { path, ...item } of skipped) {
    const list = groups.get(path) ?? [];
    list.push(item);
    groups.set(path, list);
  }
  return [...groups].map(([path, items]) => ({ path, items }));
}
