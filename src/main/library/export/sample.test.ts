import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../library';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { CSV_COLUMNS } from './csv';

// The export dialog's preview per format: the same writers as the export, on the first articles.
let library: Library;
beforeAll(() => {
  library = sampleLibrary({ now: () => new Date('2024-05-01T09:00:00Z') });
  library.notes.updateSettings({ colorNames: { doubt: 'PYQ link' } });
});
afterAll(() => library.close());

describe('a format’s preview', () => {
  it('is the Markdown the export writes, for the first articles', () => {
    const sample = library.exports.sample({ format: 'md', content: 'notes' });
    if (sample.kind !== 'markdown') throw new Error(sample.kind);
    expect(sample.articles).toBeLessThanOrEqual(3);
    expect(sample.text).toMatch(/^---\ntitle: "Notes: whole library"/);
    expect(sample.text).toContain('🟥 **Important** · Remember for prelims');
    expect(sample.text).toContain('🟦 **PYQ link**');
  });

  it('is the HTML the PDF is printed from, for PDF and DOCX', () => {
    for (const format of ['pdf', 'docx'] as const) {
      const sample = library.exports.sample({ format, content: 'notes' });
      if (sample.kind !== 'page') throw new Error(sample.kind);
      expect(sample.html).toContain('<section class="cover">');
      expect(sample.html).toContain('<mark class="important">');
      expect(sample.html).not.toContain('<script');
    }
  });

  it('is the Anki cards, front and back', () => {
    const sample = library.exports.sample({ format: 'anki', content: 'notes' });
    if (sample.kind !== 'cards') throw new Error(sample.kind);
    expect(sample.cards.length).toBeGreaterThan(0);
    const card = sample.cards.find((c) => c.back.includes('Remember for prelims'))!;
    expect(card).toMatchObject({ notetype: 'Basic' });
    expect(card.back).toContain('<b style="color: #c2413b">Important</b>');
    expect(card.tags).toContain('bulletin::important');
  });

  it('is the CSV’s columns and first rows', () => {
    const sample = library.exports.sample({ format: 'csv', content: 'notes' });
    if (sample.kind !== 'table') throw new Error(sample.kind);
    expect(sample.columns).toEqual([...CSV_COLUMNS]);
    expect(sample.rows.length).toBeGreaterThan(0);
    expect(sample.rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
});

describe('the window’s previews, in turns of the event loop', () => {
  it('answer what the one-run previews answer, letting the event loop run in between', async () => {
    const scopes = [
      { content: 'notes' as const },
      { content: 'articles' as const },
      { color: 'important' as const },
    ];
    for (const scope of scopes) {
      // Work queued meanwhile (another IPC call) runs before the preview answers.
      let otherWorkRan = false;
      setImmediate(() => (otherWorkRan = true));
      const preview = await library.exports.previewInTurns(scope);
      expect(otherWorkRan).toBe(true);
      expect(preview).toEqual(library.exports.preview(scope));
      expect(preview.articleCount).toBeGreaterThan(0);
      for (const format of ['md', 'pdf', 'anki', 'csv'] as const)
        expect(await library.exports.sampleInTurns({ ...scope, format })).toEqual(
          library.exports.sample({ ...scope, format }),
        );
    }
  });
});
