import { closeSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import { isSupportedFile } from './index';

/** What a folder holds for import: the files to read, and what was passed over and why. */
export interface FolderListing {
  files: string[];
  passedOver: Array<{ path: string; reason: string }>;
}

export interface FolderOptions {
  /** Stop listing after this many files (a folder of a million files is a mistake). */
  maxFiles?: number;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Lists the importable files under a folder, recursively, in name order. Hidden files and the
 * `name_files` folders a browser saves beside `name.html` are skipped. A symbolic link is followed
 * only when it points inside the chosen folder, and each real folder is visited once (no loops).
 */
export function listFolder(folder: string, options: FolderOptions = {}): FolderListing {
  const maxFiles = options.maxFiles ?? 100_000;
  const root = realpathSync(folder);
  const listing: FolderListing = { files: [], passedOver: [] };
  const visited = new Set<string>([root]);
  const stack: string[] = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      listing.passedOver.push({
        path: dir,
        reason: `the folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      continue;
    }
    const names = new Set(entries.map((e) => e.name));
    const subdirs: string[] = [];
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let real = path;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          real = realpathSync(path);
          const stat = statSync(real);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          listing.passedOver.push({ path, reason: 'a broken link' });
          continue;
        }
        if (!inside(root, real)) {
          listing.passedOver.push({ path, reason: 'a link to outside the chosen folder (not followed)' });
          continue;
        }
      }
      if (isDir) {
        // "Save page as" puts images and scripts in `page_files` beside `page.html`.
        const savedAssets =
          /_files$/.test(entry.name) &&
          [...names].some(
            (n) => n === `${entry.name.slice(0, -6)}.html` || n === `${entry.name.slice(0, -6)}.htm`,
          );
        if (savedAssets || visited.has(real)) continue;
        visited.add(real);
        subdirs.push(real === path ? path : real);
      } else if (isFile) {
        if (!isSupportedFile(entry.name)) {
          if (!/\.(css|js|png|jpe?g|gif|svg|webp|ico|woff2?|ttf|map)$/i.test(entry.name)) {
            listing.passedOver.push({
              path,
              reason: `${extname(entry.name) || 'no extension'} files are not imported`,
            });
          }
          continue;
        }
        if (listing.files.length >= maxFiles) {
          listing.passedOver.push({
            path: dir,
            reason: `more than ${maxFiles.toLocaleString('en')} files; the rest were not listed`,
          });
          return listing;
        }
        const notArticle = notAnArticle(entry.name, real);
        if (notArticle) {
          listing.passedOver.push({ path, reason: notArticle });
          continue;
        }
        listing.files.push(path);
      }
    }
    // Depth-first in name order: push in reverse so the first name is visited first.
    for (const sub of subdirs.reverse()) stack.push(sub);
  }
  return listing;
}

/** A project's own documents, found beside data in a folder: never articles. */
const DOCUMENT_NAMES =
  /^(readme|license|licence|changelog|changes|history|sources|formats|contributing|authors|notice|copying|code_of_conduct|security)(\.[a-z0-9]+)?$/i;

/**
 * Why a file in a folder is clearly not an article, or null: a README, LICENSE, CHANGELOG or SOURCES
 * file, or a Markdown file with no date and no article text (only headings and links).
 */
export function notAnArticle(name: string, path: string): string | null {
  const doc = DOCUMENT_NAMES.exec(name);
  if (doc) return `${name} is the folder’s ${doc[1]!.toUpperCase()} file, not an article`;
  if (!/\.(md|markdown)$/i.test(name) || /\d{4}[-_.]\d{2}[-_.]\d{2}|\d{2}[-_.]\d{2}[-_.]\d{4}/.test(name))
    return null;
  const head = readHead(path, 65_536);
  // An empty or blank file keeps its own failure line (`… is empty`).
  if (head === null || head.trim() === '') return null;
  if (/^---[\s\S]*?^date\s*:/im.test(head.slice(0, 4_000))) return null;
  // Only headings, link lines and badges: an index or a stub, with nothing to read.
  const prose = head
    .replace(/^---[\s\S]*?^---$/m, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .some((l) => l !== '' && !/^#/.test(l) && !/^(?:[-*+]\s*)?(?:!?\[[^\]]*\]\([^)]*\)\s*)+$/.test(l));
  return prose ? null : `${name} has no date and no article text (a Markdown note, not an article)`;
}

function readHead(path: string, bytes: number): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
