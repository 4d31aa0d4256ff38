import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/domain';
import { hexForWord, PALETTE, paletteCssVariables } from '../../../shared/palette';
import type { Library } from '../library';
import { tempDir } from '../../../../test/support/temp-library';
import { sampleLibrary } from '../../../../test/support/sample-library';
import { readZipText } from '../../../../test/support/zip-files';
import type { PrintRequest } from './pdf';

// One palette for the app and every export, and the user's colour names in every format.
let library: Library;
const out = tempDir('bulletin-palette-');
const NAMES: Record<HighlightColor, string> = {
  important: 'Important',
  revise: 'Revise',
  doubt: 'PYQ link',
  fact: 'Fact / figure',
};
/** The note written on the bullet of each colour. */
const noteOf = (color: HighlightColor) => `the ${color} note`;

beforeAll(() => {
  library = sampleLibrary({ now: () => new Date('2024-05-01T09:00:00Z') });
  // One bullet of each colour in one article, each with a note naming its colour.
  const article = library.articles.list({})[0]!;
  const bullets = library.getArticle(article.id)!.blocks.slice(0, 4);
  HIGHLIGHT_COLORS.forEach((color, i) =>
    library.saveAnnotation(bullets[i]!.id, { color, note: noteOf(color) }),
  );
  library.notes.updateSettings({ colorNames: { doubt: 'PYQ link' } });
});
afterAll(() => library.close());

describe('one palette', () => {
  it('gives the app its CSS variables: Important red, Revise amber, Doubt blue, Fact green', () => {
    const css = paletteCssVariables();
    expect(css).toContain('--important-strong: #c2413b;');
    expect(css).toContain('--revise-strong: #975f00;');
    expect(css).toContain('--doubt-strong: #2f67c9;');
    expect(css).toContain('--fact-strong: #1f7547;');
  });

  it('prints each colour in the PDF as the app shows it, under its name', async () => {
    const printed: PrintRequest[] = [];
    await library.exportTo({
      format: 'pdf',
      content: 'notes',
      out: join(out, 'notes.pdf'),
      printer: async (request) => {
        printed.push(request);
        return new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF'));
      },
    });
    const html = printed[0]!.html;
    for (const color of HIGHLIGHT_COLORS) {
      expect(html).toContain(`mark.${color} { background: ${PALETTE[color].tint}; }`);
      expect(html).toContain(`.note.${color} .note-label { color: ${PALETTE[color].strong}; }`);
      // The note of this colour carries its class and the user's name for it.
      expect(html).toContain(
        `<div class="note ${color}" style="--lvl:0"><span class="note-label">${NAMES[color]}</span>`,
      );
    }
    expect(html).not.toMatch(/>Doubt</);
  });

  it('colours each label in the DOCX with the palette, under its name', async () => {
    const file = join(out, 'notes.docx');
    await library.exportTo({ format: 'docx', content: 'notes', out: file });
    const xml = await readZipText(file, 'word/document.xml');
    for (const color of HIGHLIGHT_COLORS) {
      const label = NAMES[color].toUpperCase();
      const run = new RegExp(`<w:r>(?:(?!</w:r>).)*</w:r>`, 'gs');
      const labelRun = [...xml.matchAll(run)].map((m) => m[0]).find((r) => r.includes(`>${label}  <`));
      expect(labelRun, `the ${color} label`).toContain(`w:val="${hexForWord(PALETTE[color].strong)}"`);
      // The highlighted text is shaded with the colour's print tint.
      expect(xml).toContain(`w:fill="${hexForWord(PALETTE[color].tint)}"`);
    }
    expect(xml).not.toContain('>DOUBT  <');
  });

  it('marks each colour in Markdown with its square and name', async () => {
    const file = join(out, 'notes.md');
    await library.exportTo({ format: 'md', content: 'notes', out: file });
    const md = readFileSync(file, 'utf8');
    for (const color of HIGHLIGHT_COLORS)
      expect(md).toContain(`${PALETTE[color].emoji} **${NAMES[color]}** · ${noteOf(color)}`);
    expect(md).not.toContain('**Doubt**');

    // The notebook's own Markdown export too.
    const notes = library.notesMarkdown({}).markdown;
    expect(notes).toContain(`${PALETTE.doubt.emoji} **PYQ link**`);
    expect(notes).not.toContain('**Doubt**');
  });

  it('colours each label on the Anki cards, under its name', async () => {
    const file = join(out, 'notes.txt');
    await library.exportTo({ format: 'anki', content: 'notes', out: file });
    const text = readFileSync(file, 'utf8');
    for (const color of HIGHLIGHT_COLORS)
      expect(text).toContain(
        `<b style="color: ${PALETTE[color].strong}">${NAMES[color]}</b>: ${noteOf(color)}`,
      );
    expect(text).not.toContain('>Doubt<');
  });

  it('names each colour in the CSV as the user does', async () => {
    const file = join(out, 'notes.csv');
    await library.exportTo({ format: 'csv', content: 'notes', out: file });
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    for (const color of HIGHLIGHT_COLORS) {
      const row = rows.find((r) => r.note === noteOf(color));
      expect(row).toMatchObject({ colour: color, colour_name: NAMES[color] });
    }
  });
});
