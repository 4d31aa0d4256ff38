export { Library, DATABASE_FILE, type LibraryOptions, type SearchOutcome } from './library';
export { LibraryError, ImportError } from './errors';
