export { Library, DATABASE_FILE, type LibraryOptions, type SearchOutcome } from './library';
export { LibraryError, ImportError } from './errors';
export type { StartupReport } from './backup/recovery';
export type { ExportRequest, ExportResult } from './export';
