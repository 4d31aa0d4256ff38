/** Related links (issue 11): the `Read more` lines of a source, shown apart from the text in the reader. */
import { describe, expect, it } from 'vitest';
import { tempDir, tempLibrary, writeFile } from '../../../../test/support/temp-library';

describe('an article’s related links', () => {
  it('come with the article, in order, each with the library article of that title when there is one', () => {
    const library = tempLibrary();
    const dir = tempDir();
    const dolphin = library.importFiles([
      writeFile(
        dir,
        'dolphin.md',
        '# Project Dolphin\n\nProject Dolphin protects river dolphins in the Ganga and the Indus.\n',
      ),
    ]).imported[0]!.id;
    const { imported } = library.importFiles([
      writeFile(
        dir,
        'census.html',
        '<!DOCTYPE html><html><head><title>River dolphin census</title></head><body><article>' +
          '<h1>River dolphin census</h1><p>The first river dolphin census counted dolphins in the Ganga.</p>' +
          '<p>Read more: <a href="https://example.org/project-dolphin">Project Dolphin</a></p>' +
          '<p>Read more: <a href="https://example.org/ganga-basin">Ganga basin</a></p></article></body></html>',
      ),
    ]);
    const census = library.articles.get(imported[0]!.id);
    expect(census.blocks.map((b) => b.text)).toEqual([
      'The first river dolphin census counted dolphins in the Ganga.',
    ]);
    expect(census.links).toEqual([
      { title: 'Project Dolphin', url: 'https://example.org/project-dolphin', articleId: dolphin },
      { title: 'Ganga basin', url: 'https://example.org/ganga-basin', articleId: null },
    ]);
    expect(library.articles.get(dolphin).links).toEqual([]);
    library.close();
  });
});
