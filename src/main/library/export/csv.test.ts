import { HIGHLIGHT_LABELS } from '../../../shared/domain';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Compilation } from './compilation';
import { compilationToCsv } from './csv';

/** A compilation of one article whose one bullet carries the given notes. */
function compilationWithNotes(notes: string[]): Compilation {
  const now = '2024-05-01T09:00:00.000Z';
  return {
    title: 'Notes',
    description: 'All notes',
    content: 'notes',
    grouping: 'date',
    exportedOn: '2024-05-01',
    noteCount: notes.length,
    colorNames: HIGHLIGHT_LABELS,
    articles: [
      {
        id: 1,
        title: 'CSTO',
        date: '2022-01-10',
        dateText: null,
        source: null,
        url: null,
        tags: [],
        noteCount: notes.length,
        items: [
          {
            block: null,
            text: 'A bullet',
            color: null,
            spans: [],
            guid: 'g1',
            annotations: notes.map((note, i) => ({
              id: i + 1,
              articleId: 1,
              blockId: null,
              color: null,
              note,
              quote: 'A bullet',
              createdAt: now,
              updatedAt: now,
            })),
          },
        ],
      },
    ],
  } as Compilation;
}

describe('CSV formula injection', () => {
  const dangerous = [
    '=1+2\nsecond line',
    '+cmd|" /C calc"!A0\r\nmore',
    '-2+3\nx',
    '@SUM(A1:A2)\ny',
    '\t=1\nz',
    '\r=1\nz',
    '=HYPERLINK("http://x","click")',
  ];

  it('defuses a cell on its first character, also when the cell spans several lines', () => {
    const { text } = compilationToCsv(compilationWithNotes(dangerous));
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((r) => r.note)).toEqual(dangerous.map((note) => `'${note}`));
  });

  it('leaves ordinary notes alone', () => {
    const safe = ['Remember: 6 members', 'Article 51\n- a dash on line two', 'क्षेत्रीय सुरक्षा'];
    const { text } = compilationToCsv(compilationWithNotes(safe));
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.data.map((r) => r.note)).toEqual(safe);
  });
});
