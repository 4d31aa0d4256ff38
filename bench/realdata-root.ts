import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The real articles: the folder given, or ../shared/realdata beside this checkout (or beside its worktrees' folder). */
export function realdataRoot(given?: string): string {
  const beside = [
    join(__dirname, '..', '..', 'shared', 'realdata'),
    join(__dirname, '..', '..', '..', 'shared', 'realdata'),
  ];
  return resolve(given ?? beside.find(existsSync) ?? beside[0]!);
}
