import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Library, type LibraryOptions } from '../../src/main/library/library';
import { SAMPLES, tempDir } from './temp-library';

/** The Hindi article used to check that every script survives every format. */
export const HINDI_FIXTURE = join(
  __dirname,
  '..',
  '..',
  'src',
  'main',
  'library',
  'export',
  'fixtures',
  '2022-01-10-data-protection-hindi.txt',
);
export const HINDI_NOTE = 'लोकसभा में विधेयक पारित: बोर्ड स्वतंत्र होगा';

/** Every file a sample library is made from: the bundled samples and one Hindi article. */
export function sampleFiles(): string[] {
  return [
    ...readdirSync(SAMPLES)
      .filter((f) => !f.startsWith('.'))
      .sort()
      .map((f) => join(SAMPLES, f)),
    HINDI_FIXTURE,
  ];
}

/**
 * A library with the samples, a Hindi article, user tags and notes of every colour (one note per article on
 * its first bullet, another on its third, a colour only on its fourth), in a fresh temp folder.
 */
export function sampleLibrary(options: LibraryOptions = {}, dir = tempDir('bulletin-export-')): Library {
  const library = Library.open(dir, options);
  const report = library.importFiles(sampleFiles());
  if (report.failed.length) throw new Error(`sample import failed: ${JSON.stringify(report.failed)}`);
  for (const summary of library.listArticles()) {
    const article = library.getArticle(summary.id);
    const bullets = article.blocks.filter((b) => b.kind === 'bullet');
    const hindi = /[\u0900-\u097f]/.test(article.title);
    library.saveAnnotation(bullets[0]!.id, {
      note: hindi ? HINDI_NOTE : `Remember for prelims: ${article.title}\nSecond line of the note`,
      color: 'important',
    });
    if (bullets[2]) library.saveAnnotation(bullets[2].id, { note: 'Check the numbers', color: 'doubt' });
    if (bullets[3]) library.saveAnnotation(bullets[3].id, { color: 'fact' });
    library.addUserTag(summary.id, 'Revision 1');
  }
  return library;
}
