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
  'empty' | 'too-large' | 'binary' | 'unreadable' | 'unsupported' | 'no-content';

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
