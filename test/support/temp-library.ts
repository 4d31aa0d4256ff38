import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library, type LibraryOptions } from '../../src/main/library/library';

/** A fresh folder in the system's temp directory. */
export function tempDir(prefix = 'bulletin-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A new, empty library in a temp folder. */
export function tempLibrary(options: LibraryOptions = {}): Library {
  return Library.open(tempDir(), options);
}

export const IMPORT_FIXTURES = join(__dirname, '..', '..', 'src', 'main', 'library', 'import', 'fixtures');
export const SAMPLES = join(__dirname, '..', '..', 'resources', 'samples');

/** Writes a file into `dir` and returns its path. */
export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export function readFixture(name: string): string {
  return readFileSync(join(IMPORT_FIXTURES, name), 'utf8');
}
