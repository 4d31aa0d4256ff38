import { describe, expect, it } from 'vitest';
import type { NotebookEntry } from '../../../../shared/domain';
import { EMPTY_NOTEBOOK_FILTER, exportScope, isFiltered, toNoteFilter } from './notebook-filter';
import { notebookRows } from './notebook-rows';

const entry = (id: number, group: string): NotebookEntry => ({
  id,
  articleId: 1,
  blockId: id,
  color: null,
  note: '',
  quote: 'q',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  articleTitle: 'A',
  articleDate: null,
  articleTags: [],
  articleSource: null,
  group,
  groupLabel: `Label ${group}`,
});

describe('notebookRows', () => {
  it('puts a heading wherever the group changes', () => {
    const rows = notebookRows([entry(1, 'x'), entry(2, 'x'), entry(3, 'y'), entry(1, 'y')]);
    expect(rows.map((r) => (r.kind === 'group' ? `# ${r.label}` : r.entry.id))).toEqual([
      '# Label x',
      1,
      2,
      '# Label y',
      3,
      1,
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('toNoteFilter', () => {
  it('leaves out what is empty', () => {
    expect(toNoteFilter(EMPTY_NOTEBOOK_FILTER)).toEqual({});
    expect(isFiltered(EMPTY_NOTEBOOK_FILTER)).toBe(false);
  });

  it('turns the day picked on the heat map into a written range', () => {
    const filter = toNoteFilter({
      ...EMPTY_NOTEBOOK_FILTER,
      query: '  lokpal  ',
      color: 'doubt',
      article: { id: 4, title: 'Lokpal' },
      writtenOn: '2025-03-02',
    });
    expect(filter).toEqual({
      query: 'lokpal',
      color: 'doubt',
      articleId: 4,
      writtenFrom: '2025-03-02',
      writtenTo: '2025-03-02',
    });
  });
});

describe('exportScope', () => {
  it('carries every notebook filter, the search words, source and day written included', () => {
    expect(exportScope({ color: 'fact', tag: 'GS-3' })).toEqual({
      scope: { color: 'fact', tag: 'GS-3' },
      complete: true,
    });
    expect(
      exportScope({
        color: 'fact',
        query: 'x',
        source: 'PIB',
        writtenFrom: '2025-03-02',
        writtenTo: '2025-03-02',
      }),
    ).toEqual({
      scope: { color: 'fact', query: 'x', source: 'PIB', writtenFrom: '2025-03-02', writtenTo: '2025-03-02' },
      complete: true,
    });
    // Only the orphaned-notes switch stays behind.
    expect(exportScope({ orphaned: true }).complete).toBe(false);
  });
});
