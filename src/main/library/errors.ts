/** Errors a user can cause: each carries a sentence we can show as is. */

export type LibraryErrorReason =
  'newer-version' | 'not-found' | 'invalid-input' | 'invalid-query' | 'io' | 'damaged';

export class LibraryError extends Error {
  constructor(
    readonly reason: LibraryErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export type ImportErrorReason =
  'empty' | 'too-large' | 'binary' | 'unreadable' | 'unsupported' | 'no-content' | 'unmapped-fields';

/** Why one file could not be imported; the message names the file. */
export class ImportError extends Error {
  constructor(
    readonly reason: ImportErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A data dump none of whose fields Bulletin recognises as article text: it names the fields to map. */
export class UnmappedFieldsError extends ImportError {
  constructor(
    message: string,
    /** The dump's field names, in the order they first appear. */
    readonly fields: string[],
  ) {
    super('unmapped-fields', message);
  }
}

/** What an import report's failure line carries beyond its sentence (the fields of an unmapped dump). */
export function failureDetail(error: unknown): { kind?: 'unmapped-fields'; fields?: string[] } {
  return error instanceof UnmappedFieldsError ? { kind: 'unmapped-fields', fields: error.fields } : {};
}
