/** The import summary after one of its files was imported again with a field map; pure. */
import type { DumpFieldMap, DumpFieldRole, DumpPreview, ImportReport } from '../../../../shared/domain';

type Failure = ImportReport['failed'][number];

/** True when a failure is a data dump whose fields can be mapped in the dialog. */
export function isMappable(failure: Failure): boolean {
  return failure.kind === 'unmapped-fields' && (failure.fields?.length ?? 0) > 0;
}

/** A failure's sentence without the command-line hint (`— map them with --map …`), for the app. */
export function failureText(failure: Failure): string {
  return isMappable(failure)
    ? failure.error.replace(/ — map (?:them|it) with --map .*$/, '.')
    : failure.error;
}

/**
 * Puts what importing `path` again gave in place of its lines in `report`: its failure goes (or is
 * replaced by the new one), its articles, skipped records and warnings join the others.
 */
export function replaceFileInReport(report: ImportReport, path: string, again: ImportReport): ImportReport {
  const others = <T extends { path: string }>(items: readonly T[] | undefined): T[] =>
    (items ?? []).filter((item) => item.path !== path);
  const next: ImportReport = {
    imported: [...report.imported, ...again.imported],
    duplicates: [...report.duplicates, ...again.duplicates],
    failed: [],
  };
  // The file's failure keeps its place in the list when it failed again.
  for (const failure of report.failed) {
    if (failure.path !== path) next.failed.push(failure);
    else next.failed.push(...again.failed.filter((f) => f.path === path));
  }
  next.failed.push(...again.failed.filter((f) => f.path !== path));
  const updated = [...(report.updated ?? []), ...(again.updated ?? [])];
  const skipped = [...others(report.skipped), ...(again.skipped ?? [])];
  const warnings = [...others(report.warnings), ...(again.warnings ?? [])];
  if (updated.length > 0) next.updated = updated;
  if (skipped.length > 0) next.skipped = skipped;
  if (warnings.length > 0) next.warnings = warnings;
  if (report.cancelled) next.cancelled = true;
  return next;
}

/** The roles the dialog names; their labels are `import.map.role.<role>` in the catalogues. */
export type MappedRole = Exclude<DumpFieldRole, 'source'>;

/** The roles the dialog offers, in order. */
export const MAPPED_ROLES: ReadonlyArray<{ role: MappedRole }> = [
  { role: 'title' },
  { role: 'body' },
  { role: 'date' },
  { role: 'tags' },
  { role: 'url' },
];

/** The map the dialog sends: every offered role, `''` where the user chose none. */
export function fullMap(map: DumpFieldMap, fields: DumpPreview['fields']): DumpFieldMap {
  const names = new Set(fields.map((f) => f.name));
  const full: DumpFieldMap = {};
  for (const { role } of MAPPED_ROLES) {
    const field = map[role];
    full[role] = field !== undefined && names.has(field) ? field : '';
  }
  return full;
}
