import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DATABASE_FILE, type Library } from '../library';
import { tempDir } from '../../../../test/support/temp-library';
import { sampleLibrary } from '../../../../test/support/sample-library';

// The notebook's Export takes its search words, source and days written, like its list does.
let library: Library;
const out = tempDir('bulletin-export-filters-');
const SOURCE = 'PIB';
beforeAll(() => {
  const dir = tempDir('bulletin-export-filters-lib-');
  library = sampleLibrary({ now: () => new Date('2024-05-01T09:00:00Z') }, dir);
  // The samples have no source: give the first annotated article one, as a site's import would.
  const articleId = library.notes.listNotes({})[0]!.articleId;
  const db = new Database(join(dir, DATABASE_FILE));
  db.prepare('UPDATE articles SET source = ? WHERE id = ?').run(SOURCE, articleId);
  db.close();
});
afterAll(() => library.close());

async function csvNotes(scope: Record<string, string>): Promise<string[]> {
  const file = join(out, `${Object.values(scope).join('-') || 'all'}.csv`);
  await library.exportTo({ format: 'csv', content: 'notes', out: file, ...scope });
  return Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data.map((r) => r.note_id!);
}

const ids = (filter: Parameters<Library['notes']['listNotes']>[0]) =>
  library.notes
    .listNotes(filter)
    .map((n) => String(n.id))
    .sort();

describe('exports from the notebook', () => {
  it('take its search words: the notes the notebook lists, no others', async () => {
    const listed = ids({ query: 'prelims' });
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(ids({}).length);
    expect((await csvNotes({ query: 'prelims' })).sort()).toEqual(listed);
    const preview = library.exports.preview({ content: 'notes', query: 'prelims' });
    expect(preview.noteCount).toBe(listed.length);
    expect(preview.description).toContain('notes with “prelims”');
  });

  it('take its source', async () => {
    const source = library.notes
      .listNotes({})
      .map((n) => library.getArticle(n.articleId).source)
      .find(Boolean)!;
    const listed = ids({ source });
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(ids({}).length);
    expect((await csvNotes({ source })).sort()).toEqual(listed);
    const md = library.exports.sample({ format: 'md', content: 'notes', source });
    expect(md.kind === 'markdown' && md.text).toContain(`source ${source}`);
  });

  it('take the days notes were written, and the quick Markdown export takes them all', () => {
    expect(ids({ writtenFrom: '2024-05-02' })).toEqual([]);
    expect(library.exports.preview({ content: 'notes', writtenFrom: '2024-05-02' }).noteCount).toBe(0);
    expect(library.notesMarkdown({ query: 'prelims' }).count).toBe(ids({ query: 'prelims' }).length);
  });
});
