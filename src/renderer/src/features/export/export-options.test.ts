import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_LABELS } from '../../../../shared/domain';
import {
  availableScopes,
  describeFilter,
  exportFilterOf,
  exportRequest,
  initialOptions,
  previewRequest,
  savedSentence,
  type ExportOptions,
  type ExportOrigin,
} from './export-options';

const article: ExportOrigin = { article: { id: 7, title: 'Lokpal' } };
const colorName = (c: keyof typeof HIGHLIGHT_LABELS) => HIGHLIGHT_LABELS[c];

function options(origin: ExportOrigin, change: Partial<ExportOptions> = {}): ExportOptions {
  return { ...initialOptions(origin), ...change };
}

describe('where the export dialog starts', () => {
  it('starts on the article it was opened from, and offers it', () => {
    expect(initialOptions(article)).toMatchObject({ scope: 'article', content: 'notes', format: 'md' });
    expect(availableScopes(article)).toEqual(['article', 'dates', 'tag', 'color', 'library']);
  });

  it('starts on the view’s filter and fills every field from it', () => {
    const origin: ExportOrigin = { filter: { tag: 'GS-2', from: '2022-01-01', color: 'revise' } };
    expect(initialOptions(origin)).toMatchObject({
      scope: 'filter',
      tag: 'GS-2',
      from: '2022-01-01',
      to: '',
      color: 'revise',
    });
    expect(availableScopes(origin)).toEqual(['filter', 'dates', 'tag', 'color', 'library']);
  });

  it('starts on the articles selected in the list, offering the list’s filter too', () => {
    const origin: ExportOrigin = { selection: { ids: [3, 5, 8] }, filter: { tag: 'GS-2' } };
    expect(initialOptions(origin)).toMatchObject({ scope: 'selection', tag: 'GS-2' });
    expect(availableScopes(origin)).toEqual(['selection', 'filter', 'dates', 'tag', 'color', 'library']);
    expect(availableScopes({ selection: { ids: [] } })).toEqual(['dates', 'tag', 'color', 'library']);
  });

  it('starts on the whole library when nothing is filtered', () => {
    expect(initialOptions({ filter: {} }).scope).toBe('library');
    expect(availableScopes({ filter: {} })).toEqual(['dates', 'tag', 'color', 'library']);
  });

  it('carries the notebook’s search words, source and day written into the request', () => {
    const filter = exportFilterOf({
      query: ' quad ',
      source: 'PIB',
      writtenFrom: '2025-03-02',
      writtenTo: '2025-03-02',
    });
    expect(filter).toEqual({
      query: 'quad',
      source: 'PIB',
      writtenFrom: '2025-03-02',
      writtenTo: '2025-03-02',
    });
    const origin: ExportOrigin = { filter };
    const options = initialOptions(origin);
    expect(options.scope).toBe('filter');
    expect(exportRequest(options, origin)).toEqual({
      request: expect.objectContaining({ query: 'quad', source: 'PIB', writtenFrom: '2025-03-02' }),
    });
    expect(describeFilter(filter, (c) => c)).toBe('“quad” · PIB · written 2 Mar 2025');
  });

  it('drops what an export cannot take from the library filter', () => {
    expect(exportFilterOf({ undated: true })).toEqual({});
    expect(exportFilterOf({ from: '2022-01-01', to: '2022-01-31', tag: 'Economy' })).toEqual({
      from: '2022-01-01',
      to: '2022-01-31',
      tag: 'Economy',
    });
  });
});

describe('the request the choices make', () => {
  it('exports one article by id', () => {
    expect(exportRequest(options(article), article)).toEqual({
      request: { format: 'md', content: 'notes', articleIds: [7] },
    });
  });

  it('exports the selected articles by id, and nothing when none are', () => {
    const origin: ExportOrigin = { selection: { ids: [3, 5, 8] }, filter: { tag: 'GS-2' } };
    expect(exportRequest(options(origin, { format: 'csv' }), origin)).toEqual({
      request: { format: 'csv', content: 'notes', articleIds: [3, 5, 8] },
    });
    const none: ExportOrigin = {};
    expect(exportRequest(options(none, { scope: 'selection' }), none)).toEqual({
      problem: 'No articles are selected.',
    });
  });

  it('passes the filter, the title and, for PDF and Word only, the contents grouping', () => {
    const origin: ExportOrigin = { filter: { tag: 'GS-2', color: 'important' } };
    const pdf = exportRequest(
      options(origin, { format: 'pdf', title: '  Jan 2022 ', grouping: 'tag' }),
      origin,
    );
    expect(pdf).toEqual({
      request: {
        format: 'pdf',
        content: 'notes',
        tag: 'GS-2',
        color: 'important',
        title: 'Jan 2022',
        grouping: 'tag',
      },
    });
    const anki = exportRequest(options(origin, { format: 'anki', grouping: 'tag' }), origin);
    expect(anki).toEqual({ request: { format: 'anki', content: 'notes', tag: 'GS-2', color: 'important' } });
  });

  it('takes one field per narrower scope, whatever the others hold', () => {
    const origin: ExportOrigin = { filter: { tag: 'GS-2', from: '2022-01-01', color: 'doubt' } };
    expect(exportRequest(options(origin, { scope: 'tag', tag: 'Economy' }), origin)).toEqual({
      request: { format: 'md', content: 'notes', tag: 'Economy' },
    });
    expect(exportRequest(options(origin, { scope: 'color' }), origin)).toEqual({
      request: { format: 'md', content: 'notes', color: 'doubt' },
    });
    expect(exportRequest(options(origin, { scope: 'dates', to: '2022-01-31' }), origin)).toEqual({
      request: { format: 'md', content: 'notes', from: '2022-01-01', to: '2022-01-31' },
    });
    expect(exportRequest(options(origin, { scope: 'library', content: 'articles' }), origin)).toEqual({
      request: { format: 'md', content: 'articles' },
    });
  });

  it('says what is missing instead of exporting more than asked', () => {
    const none: ExportOrigin = {};
    expect(exportRequest(options(none, { scope: 'tag' }), none)).toEqual({ problem: 'Choose a tag.' });
    expect(exportRequest(options(none, { scope: 'dates' }), none)).toEqual({
      problem: 'Choose a start date, an end date or both.',
    });
    expect(
      exportRequest(options(none, { scope: 'dates', from: '2022-02-01', to: '2022-01-01' }), none),
    ).toEqual({ problem: 'The start date comes after the end date.' });
    expect(exportRequest(options(none, { scope: 'dates', from: '2022-02-30' }), none)).toEqual({
      problem: 'The start date is not a real day.',
    });
    expect(exportRequest(options(none, { scope: 'article' }), none)).toEqual({
      problem: 'No article is open.',
    });
  });

  it('previews the same request without its format', () => {
    expect(previewRequest({ format: 'pdf', content: 'notes', tag: 'GS-2', grouping: 'date' })).toEqual({
      content: 'notes',
      tag: 'GS-2',
      grouping: 'date',
    });
  });
});

describe('sentences', () => {
  it('describes the view’s filter in words', () => {
    expect(
      describeFilter({ color: 'important', tag: 'GS-2', from: '2022-01-01', to: '2022-01-31' }, colorName),
    ).toBe('Important · GS-2 · 1 Jan 2022 – 31 Jan 2022');
    expect(describeFilter({ from: '2022-01-05', to: '2022-01-05' }, colorName)).toBe('5 Jan 2022');
    expect(describeFilter({ to: '2022-01-05' }, colorName)).toBe('until 5 Jan 2022');
    expect(describeFilter({}, colorName)).toBe('Everything');
  });

  it('says what was saved, in the unit of the format', () => {
    const base = { path: '/tmp/x', files: ['/tmp/x'], articles: 2, notes: 3 };
    expect(savedSentence({ ...base, format: 'pdf' })).toBe('Saved 3 notes from 2 articles to');
    expect(savedSentence({ ...base, format: 'anki', items: 1 })).toBe('Saved 1 card to');
    expect(savedSentence({ ...base, format: 'csv', items: 3 })).toBe('Saved 3 rows to');
    expect(savedSentence({ ...base, format: 'md', files: ['a.md', 'b.md'] })).toBe(
      'Saved 3 notes from 2 articles in 2 files to',
    );
  });
});
