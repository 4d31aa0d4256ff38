import { describe, expect, it } from 'vitest';
import type { NoteEntry } from '../../../../shared/domain';
import { groupNotesByArticle } from './group-notes';

const entry = (id: number, articleId: number): NoteEntry => ({
  id,
  articleId,
  blockId: id * 10,
  color: null,
  note: `note ${id}`,
  quote: `quote ${id}`,
  createdAt: '2022-01-10T00:00:00.000Z',
  updatedAt: '2022-01-10T00:00:00.000Z',
  articleTitle: `Article ${articleId}`,
  articleDate: '2022-01-10',
  articleTags: ['Polity'],
});

describe('groupNotesByArticle', () => {
  it('keeps the order of articles and of notes within each', () => {
    const groups = groupNotesByArticle([entry(1, 7), entry(2, 7), entry(3, 3), entry(4, 7)]);
    expect(groups.map((g) => [g.articleId, g.notes.map((n) => n.id)])).toEqual([
      [7, [1, 2, 4]],
      [3, [3]],
    ]);
    expect(groups[0]).toMatchObject({ title: 'Article 7', date: '2022-01-10', tags: ['Polity'] });
  });
});
