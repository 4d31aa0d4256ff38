import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { tempDir } from '../../../../test/support/temp-library';
import { chromiumPath, openChromiumPrinter } from '../export/chromium-printer';
import type { PdfPrinter } from '../export/pdf';
import type { Library } from '../library';

let library: Library;
let chromium: { print: PdfPrinter; close: () => Promise<void> };
const out = tempDir('bulletin-syllabus-export-');

beforeAll(async () => {
  library = sampleLibrary({ now: () => new Date('2024-05-01T09:00:00Z') });
  chromium = await openChromiumPrinter(chromiumPath());
}, 60_000);
afterAll(async () => {
  library.close();
  await chromium.close();
});

/** Each article's main topic path, as the export should print it. */
function headingOf(title: string): string {
  const article = library.listArticles().find((a) => a.title === title)!;
  return library.syllabus.topicsOf(article.id)[0]!.path;
}

describe('the Mains revision compilation (notes under their syllabus headings)', () => {
  it('writes Markdown with a heading per topic, in the syllabus’s order, and filters by topic', async () => {
    const file = join(out, 'revision.md');
    await library.exportTo({ format: 'md', content: 'notes', grouping: 'syllabus', out: file });
    const text = readFileSync(file, 'utf8');
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(1);
    expect(headings).toContain(headingOf('Ramsar Sites in India'));
    // Each article is a level-3 heading right under its topic's heading.
    const ramsarAt = text.indexOf('### Ramsar Sites in India');
    const before = text.slice(0, ramsarAt);
    expect(before.lastIndexOf('## ')).toBe(before.lastIndexOf(`## ${headingOf('Ramsar Sites in India')}`));
    // The headings follow the syllabus (GS-1 before GS-2 before GS-3…), not the dates.
    const papers = headings.map((h) => h.split(' › ')[0]!);
    expect([...papers].sort()).toEqual(papers);

    const topic = library.syllabus.topicsOf(
      library.listArticles().find((a) => a.title === 'Ramsar Sites in India')!.id,
    )[0]!.topic;
    const only = join(out, 'only.md');
    const result = await library.exportTo({
      format: 'md',
      content: 'notes',
      grouping: 'syllabus',
      syllabus: topic,
      out: only,
    });
    expect(result.articles).toBeGreaterThanOrEqual(1);
    const onlyText = readFileSync(only, 'utf8');
    expect(onlyText).toContain('### Ramsar Sites in India');
    // Only the topic and those under it, each article under the one it has there.
    const onlyHeadings = [...onlyText.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(onlyHeadings[0]).toBe(headingOf('Ramsar Sites in India'));
    for (const h of onlyHeadings) expect(h.startsWith(headingOf('Ramsar Sites in India'))).toBe(true);
    expect(onlyText).not.toContain('Lokpal');
  });

  it('puts the headings in Hindi when the Hindi window asks, and in English otherwise', async () => {
    const file = join(out, 'revision-hi.md');
    await library.exportTo({
      format: 'md',
      content: 'notes',
      grouping: 'syllabus',
      language: 'hi',
      out: file,
    });
    const headings = [...readFileSync(file, 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    const article = library.listArticles().find((a) => a.title === 'Ramsar Sites in India')!;
    const hindi = library.syllabus.topicsOf(article.id)[0]!.pathHi!;
    expect(hindi).toMatch(/^सामान्य अध्ययन प्रश्नपत्र-\d › /);
    expect(headings).toContain(hindi);
    expect(headings.every((h) => /^[\u0900-\u097F]/.test(h))).toBe(true);
    // The same syllabus order as the English headings.
    const english = join(out, 'revision-en.md');
    await library.exportTo({ format: 'md', content: 'notes', grouping: 'syllabus', out: english });
    const englishHeadings = [...readFileSync(english, 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(englishHeadings).toContain(headingOf('Ramsar Sites in India'));
    expect(headings).toHaveLength(englishHeadings.length);
  });

  it('prints a PDF whose contents and body are grouped by topic', async () => {
    const file = join(out, 'revision.pdf');
    await library.exportTo({
      format: 'pdf',
      content: 'notes',
      grouping: 'syllabus',
      out: file,
      title: 'Mains revision',
      printer: chromium.print,
    });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).toLowerCase();
    const heading = headingOf('Ramsar Sites in India').toLowerCase();
    expect(text).toContain('2022-01-10 to 2022-03-08');
    // Once in the contents, once over its articles.
    expect(text.split(heading).length - 1).toBeGreaterThanOrEqual(2);
    expect(text.indexOf(heading, text.indexOf('Contents') + heading.length + 1)).toBeLessThan(
      text.lastIndexOf('ramsar sites in india'),
    );
  }, 60_000);
});
