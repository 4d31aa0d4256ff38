import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError } from '../errors';
import type { DecodeLimits } from './decode';
import { listFolder } from './folder';
import { DEFAULT_LIMITS } from './index';

/**
 * The file side of an import, shared by the runner (main thread) and the parse worker: listing what
 * to import, reading a file within the limits, and the sentence for a file that failed. Nothing here
 * touches the database, so the worker bundle stays free of it.
 */

/** The files to import, in order, and what a folder walk passed over (with the reason). */
export interface ExpandedPaths {
  files: string[];
  skipped: Array<{ path: string; title: string; reason: string }>;
}

/**
 * Expands folders (with `folders`, recursively; see `listFolder`) into their importable files; other
 * paths are kept as they are and reported when read.
 */
export function expandPaths(paths: readonly string[], folders: boolean): ExpandedPaths {
  const expanded: ExpandedPaths = { files: [], skipped: [] };
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = folders && statSync(path).isDirectory();
    } catch {
      // reported when read
    }
    if (!isFolder) {
      expanded.files.push(path);
      continue;
    }
    const listing = listFolder(path);
    expanded.files.push(...listing.files);
    for (const passed of listing.passedOver)
      expanded.skipped.push({ path: passed.path, title: basename(passed.path), reason: passed.reason });
  }
  return expanded;
}

/** Reads a file to import, refusing folders and oversized files before reading them. */
export function readImportFile(path: string, limits: DecodeLimits = DEFAULT_LIMITS): Uint8Array {
  const name = basename(path);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ImportError('unreadable', `${name} could not be found (${path}).`);
  }
  if (stat.isDirectory()) throw new ImportError('unsupported', `${name} is a folder, not a file.`);
  if (stat.size > limits.maxBytes) {
    throw new ImportError(
      'too-large',
      `${name} is too large to import (${(stat.size / 1_000_000).toFixed(1)} MB; the limit is ${(limits.maxBytes / 1_000_000).toFixed(1)} MB).`,
    );
  }
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ImportError(
      'unreadable',
      `${name} could not be read: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`,
    );
  }
}

/** The report line for a file that could not be imported. */
export function describeImportFailure(path: string, error: unknown): string {
  if (error instanceof ImportError) return error.message;
  return `${basename(path)} could not be imported: ${(error as Error).message}`;
}
