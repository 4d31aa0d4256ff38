import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DATABASE_FILE, type Library } from '../library';
import { tempDir } from '../../../../test/support/temp-library';
import { chromiumPath, openChromiumPrinter } from './chromium-printer';
import { compile } from './compilation';
import { compilationToHtml, escapeHtml, fillPageNumbers, pageToken } from './html';
import { destinationPages, type PdfPrinter } from './pdf';
import { HINDI_NOTE, sampleLibrary } from '../../../../test/support/sample-library';

// These tests print with the system's Chromium and read the PDF back with poppler's pdftotext. Both are
// installed by .ci/run (Debian: chromium, poppler-utils, fonts-noto-core); missing, they fail rather than skip.
const CHROMIUM = chromiumPath();

function pdfText(file: string): string[] {
  if (!existsSync('/usr/bin/pdftotext'))
    throw new Error('pdftotext is missing: apt-get install poppler-utils');
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}

let library: Library;
let chromium: { print: PdfPrinter; close: () => Promise<void> };
const out = tempDir('bulletin-pdf-');

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `Chromium at ${CHROMIUM}`).toBe(true);
  library = sampleLibrary({ now: () => new Date('2024-05-01T09:00:00Z') });
  chromium = await openChromiumPrinter(CHROMIUM);
}, 60_000);
afterAll(async () => {
  library.close();
  await chromium.close();
});

describe('the PDF compilation', () => {
  it('prints a cover, numbered contents, every article with its notes, Hindi text and page numbers on A4', async () => {
    const file = join(out, 'compilation.pdf');
    const result = await library.exportTo({
      format: 'pdf',
      out: file,
      title: 'January–March 2022, GS-2',
      printer: chromium.print,
    });
    expect(result).toMatchObject({ articles: 5, notes: 14, files: [file] });
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-8).toString()).toContain('%%EOF');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /Page size:\s+595\.9\d* x 842\.\d+ pts \(A4\)/,
    );

    const pages = pdfText(file).filter((p) => p.trim() !== '');
    const all = pages.join('\n');
    expect(pages[0]).toContain('January–March 2022, GS-2');
    expect(pages[0]).toMatch(/5 articles · 14 notes/);
    expect(pages[1]).toContain('Contents');
    expect(all).toContain('The leaders agreed to hold the summit every two years.');
    expect(all).toContain('Remember for prelims: India–Central Asia Summit');
    expect(all).toContain('संसद ने डेटा संरक्षण विधेयक पारित किया');
    expect(all).toContain(HINDI_NOTE);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));

    // Each contents line ends with the page on which its article's title is printed.
    const titles = [
      'संसद ने डेटा संरक्षण विधेयक पारित किया',
      'India–Central Asia Summit',
      'Ramsar Sites in India',
      'Lokpal and Lokayuktas',
    ];
    for (const title of titles) {
      const line = pages[1]!.split('\n').find((l) => l.includes(title))!;
      const listed = Number(/(\d+)\s*$/.exec(line)![1]);
      const printedOn = pages.findIndex((p, i) => i > 1 && p.includes(title)) + 1;
      expect(listed, title).toBe(printedOn);
    }
  });

  it('groups the contents by tag when asked, an article under each of its tags', async () => {
    const file = join(out, 'by-tag.pdf');
    await library.exportTo({
      format: 'pdf',
      out: file,
      grouping: 'tag',
      content: 'notes',
      color: 'important',
      printer: chromium.print,
    });
    const contents = pdfText(file)[1]!;
    expect(contents).toMatch(/ECONOMY[\s\S]*Capital Expenditure in the Union Budget/);
    expect(contents).toMatch(/GS-2[\s\S]*India–Central Asia Summit/);
  });

  it('uses the system Chromium by default, and says clearly when it is missing', async () => {
    const file = join(out, 'default.pdf');
    await library.exportTo({ format: 'pdf', out: file, articleIds: [1], content: 'notes' });
    expect(pdfText(file).join('')).toContain('India–Central Asia Summit');
    const error = await library
      .exportTo({ format: 'pdf', out: join(out, 'x.pdf'), chromium: '/nonexistent/chromium' })
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/Chromium was not found at \/nonexistent\/chromium/);
    expect(existsSync(join(out, 'x.pdf'))).toBe(false);
  }, 60_000);
});

describe('the printable HTML', () => {
  it('is self-contained and escapes the library text', () => {
    const db = new Database(join(library.dir, DATABASE_FILE), { readonly: true });
    const c = compile(
      db,
      { articleIds: [1] },
      { exportedOn: '2024-05-01', title: '<script>alert(1)</script><img src=x onerror=alert(2)>' },
    );
    db.close();
    const html = compilationToHtml(c);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/)/);
  });

  it('finds the page of each named destination in a Chromium PDF', () => {
    const pdf = Buffer.from(
      [
        '%PDF-1.4',
        '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 6 0 R>>\nendobj',
        '2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [3 0 R 7 0 R]>>\nendobj',
        '3 0 obj\n<</Type /Page\n/Parent 2 0 R>>\nendobj',
        '7 0 obj\n<</Type /Pages\n/Count 2\n/Kids [4 0 R 5 0 R]\n/Parent 2 0 R>>\nendobj',
        '4 0 obj\n<</Type /Page\n/Parent 7 0 R>>\nendobj',
        '5 0 obj\n<</Type /Page\n/Parent 7 0 R>>\nendobj',
        '6 0 obj\n<</article-1 [4 0 R /XYZ 6 827.13 0]\n/article-2 [5 0 R /XYZ 6 400 0]\n/a#2Db [3 0 R /XYZ 0 0 0]>>\nendobj',
        '%%EOF',
      ].join('\n'),
    );
    expect(destinationPages(pdf)).toEqual(
      new Map([
        ['article-1', 2],
        ['article-2', 3],
        ['a-b', 1],
      ]),
    );
    expect(destinationPages(Buffer.from('not a pdf'))).toEqual(new Map());
  });
});

describe('page-number tokens', () => {
  it('fills each article’s token, and no text can pose as one', () => {
    const template = `<p>${escapeHtml('\uE000article-1\uE001')}</p><a>${pageToken('article-1')}</a><a>${pageToken('article-2')}</a>`;
    expect(fillPageNumbers(template)).toBe('<p>&#57344;article-1&#57345;</p><a>000</a><a>000</a>');
    expect(fillPageNumbers(template, new Map([['article-1', 3]]))).toBe(
      '<p>&#57344;article-1&#57345;</p><a>3</a><a></a>',
    );
  });
});
