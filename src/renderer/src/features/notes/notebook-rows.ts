import type { NotebookEntry } from '../../../../shared/domain';

/** A row of the notebook's virtual list: a group's heading, or a note. */
export type NotebookRow =
  | { kind: 'group'; key: string; group: string; label: string; entry: NotebookEntry }
  | { kind: 'note'; key: string; entry: NotebookEntry };

/** The notes as the list shows them: a heading wherever the group changes (entries come in group order). */
export function notebookRows(entries: readonly NotebookEntry[]): NotebookRow[] {
  const rows: NotebookRow[] = [];
  let current: string | null = null;
  for (const entry of entries) {
    if (entry.group !== current) {
      current = entry.group;
      rows.push({
        kind: 'group',
        key: `group:${entry.group}`,
        group: entry.group,
        label: entry.groupLabel,
        entry,
      });
    }
    // By tag a note is listed under each of its tags, so the key needs the group.
    rows.push({ kind: 'note', key: `note:${entry.group}:${entry.id}`, entry });
  }
  return rows;
}
