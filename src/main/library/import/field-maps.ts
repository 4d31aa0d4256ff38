/**
 * Field mappings remembered per field set: once the user has mapped a dump's fields, the next dump with
 * the same field names imports with that mapping without asking. Kept in the `settings` table under
 * `import.fieldMap.<hash of the sorted field names>`, as `{"fields": [...], "map": {...}}`.
 */
import { createHash } from 'node:crypto';
import type { ImportReport } from '../../../shared/domain';
import type { Db } from '../db/connection';
import * as settings from '../db/settings';
import { FIELD_ROLES } from './dump';
import type { FieldMap } from './model';

const PREFIX = 'import.fieldMap.';

function keyOf(fields: readonly string[]): string {
  const sorted = [...new Set(fields)].sort();
  return PREFIX + createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 24);
}

/** Only the roles a map may hold, each a field name or `''` (none). */
function cleanMap(value: unknown): FieldMap | null {
  if (value === null || typeof value !== 'object') return null;
  const map: FieldMap = {};
  for (const role of FIELD_ROLES) {
    const field = (value as Record<string, unknown>)[role];
    if (typeof field === 'string') map[role] = field;
  }
  return map.body ? map : null;
}

/** Remembers `map` for dumps with exactly these field names. */
export function rememberFieldMap(db: Db, fields: readonly string[], map: FieldMap): void {
  if (fields.length === 0 || !map.body) return;
  const kept = cleanMap(map);
  if (kept) settings.setSetting(db, keyOf(fields), JSON.stringify({ fields: [...fields].sort(), map: kept }));
}

/** The mapping remembered for dumps with these field names, if any. */
export function rememberedFieldMap(db: Db, fields: readonly string[]): FieldMap | null {
  const stored = settings.getSetting(db, keyOf(fields));
  if (stored === undefined) return null;
  try {
    return cleanMap((JSON.parse(stored) as { map?: unknown }).map);
  } catch {
    return null;
  }
}

/**
 * Imports again, each with its remembered mapping, the dumps of a report that failed for want of a
 * mapping, and puts what that gave in place of their failure lines. `reimport` imports one file with
 * a map (the same way the report's import did).
 */
export function applyRememberedFieldMaps(
  db: Db,
  report: ImportReport,
  reimport: (path: string, map: FieldMap) => ImportReport,
): ImportReport {
  const retried = report.failed.flatMap((failure) => {
    if (failure.kind !== 'unmapped-fields' || !failure.fields) return [];
    const map = rememberedFieldMap(db, failure.fields);
    return map ? [{ path: failure.path, map }] : [];
  });
  if (retried.length === 0) return report;
  for (const { path, map } of retried) {
    const again = reimport(path, map);
    const index = report.failed.findIndex((f) => f.path === path && f.kind === 'unmapped-fields');
    report.failed.splice(index, 1, ...again.failed);
    report.imported.push(...again.imported);
    report.duplicates.push(...again.duplicates);
    if (again.updated?.length) (report.updated ??= []).push(...again.updated);
    if (again.skipped?.length) (report.skipped ??= []).push(...again.skipped);
    if (again.warnings?.length) (report.warnings ??= []).push(...again.warnings);
  }
  return report;
}
