import type { TFunction } from 'i18next';
import type { ImportReport } from '../../../../shared/domain';
import { bytesToBase64 } from './base64';

/** The contract's limit on one dropped file's bytes. */
export const MAX_DROPPED_BYTES = 50_000_000;

export interface PreparedDrop {
  /** Files that are on disk: the main process reads them itself, so no bytes cross IPC. */
  paths: string[];
  /** Files with no path (made in the page, or dragged from another app): their bytes. */
  files: Array<{ name: string; dataBase64: string }>;
  /** Files refused before sending, reported like the core's own failures. */
  failed: ImportReport['failed'];
}

/**
 * Sorts dropped files into paths on disk (`pathOf`, the preload's webUtils) and, for those without one,
 * bytes as base64, refusing the ones the contract would reject whole.
 */
export async function prepareDroppedFiles(
  files: readonly File[],
  pathOf: (file: File) => string,
  /** Words the refusals are written in (the window's language). */
  t: TFunction,
): Promise<PreparedDrop> {
  const prepared: PreparedDrop = { paths: [], files: [], failed: [] };
  for (const file of files) {
    const path = pathOf(file);
    if (path !== '') {
      prepared.paths.push(path);
      continue;
    }
    const name = file.name.slice(-255) || t('import.drop.unnamed');
    if (file.size > MAX_DROPPED_BYTES) {
      const mb = (file.size / 1_000_000).toFixed(1);
      prepared.failed.push({
        path: name,
        error: t('import.drop.tooLarge', { name, mb }),
      });
      continue;
    }
    try {
      prepared.files.push({ name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
    } catch {
      // A folder, or a file that went away: the browser cannot read it.
      prepared.failed.push({
        path: name,
        error: t('import.drop.unreadable', { name }),
      });
    }
  }
  return prepared;
}

const MAX_FILES_PER_CALL = 200;
/** The contract's cap on paths in one `importDroppedPaths` call. */
export const MAX_PATHS_PER_CALL = 1000;

/** Splits dropped paths into calls of at most the contract's cap. */
export function batchPaths(paths: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += MAX_PATHS_PER_CALL)
    batches.push(paths.slice(i, i + MAX_PATHS_PER_CALL));
  return batches;
}
const MAX_CHARS_PER_CALL = 64_000_000;

/** Splits prepared files into calls that stay inside the contract's limits and a sane message size. */
export function batchFiles<T extends { dataBase64: string }>(files: readonly T[]): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let chars = 0;
  for (const file of files) {
    if (
      batch.length > 0 &&
      (batch.length >= MAX_FILES_PER_CALL || chars + file.dataBase64.length > MAX_CHARS_PER_CALL)
    ) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(file);
    chars += file.dataBase64.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Adds up the reports of several calls; the optional parts are present only when they say something. */
export function combineReports(reports: readonly ImportReport[]): ImportReport {
  const combined: ImportReport = {
    imported: reports.flatMap((r) => r.imported),
    duplicates: reports.flatMap((r) => r.duplicates),
    failed: reports.flatMap((r) => r.failed),
  };
  const updated = reports.flatMap((r) => r.updated ?? []);
  const skipped = reports.flatMap((r) => r.skipped ?? []);
  const warnings = reports.flatMap((r) => r.warnings ?? []);
  if (updated.length > 0) combined.updated = updated;
  if (skipped.length > 0) combined.skipped = skipped;
  if (warnings.length > 0) combined.warnings = warnings;
  if (reports.some((r) => r.cancelled)) combined.cancelled = true;
  return combined;
}
