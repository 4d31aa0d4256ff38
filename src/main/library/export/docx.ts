import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/domain';
import { hexForWord, PALETTE } from '../../../shared/palette';
import {
  articleAnchor,
  monthLabel,
  pieces,
  plural,
  tableOfContents,
  type CompiledArticle,
  type CompiledItem,
  type Compilation,
} from './compilation';

/** The same compilation as the PDF, as a Word document for those who edit before printing. */

/** The one palette's print tint and strong tone, as Word writes colours. */
const TINT = Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, hexForWord(PALETTE[c].tint)])) as Record<
  HighlightColor,
  string
>;
const STRONG = Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, hexForWord(PALETTE[c].strong)])) as Record<
  HighlightColor,
  string
>;
const GREY = '5B6470';
/** Word picks the `cs` font for Devanagari and other complex scripts. */
const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Nirmala UI', eastAsia: 'Calibri' };
const A4 = { width: 11906, height: 16838 };
const MARGIN = 907; // 16 mm in twentieths of a point

type RunStyle = { bold?: boolean; italics?: boolean; color?: string; size?: number; fill?: string };

/** One run of single-line text. */
function run(text: string, options: RunStyle = {}): TextRun {
  return textRuns(text.replace(/\n/g, ' '), options)[0]!;
}

function textRuns(text: string, options: RunStyle = {}): TextRun[] {
  // A TextRun cannot hold a break inside its text; split lines into runs joined by breaks.
  return text.split('\n').flatMap((line, i) => {
    const r = new TextRun({
      text: line,
      break: i === 0 ? undefined : 1,
      bold: options.bold,
      italics: options.italics,
      color: options.color,
      size: options.size,
      font: FONT,
      shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
    });
    return [r];
  });
}

function day(date: string | null, fallback: string | null): string {
  return date ? `${Number(date.slice(8, 10))} ${monthLabel(date)}` : (fallback ?? 'Undated');
}

function notes(item: CompiledItem, indentLevel: number, names: Record<HighlightColor, string>): Paragraph[] {
  return item.annotations
    .filter((n) => n.color || n.note.trim() || n.kind === 'span')
    .map(
      (n) =>
        new Paragraph({
          indent: { left: 360 + indentLevel * 360 },
          spacing: { before: 40, after: 120 },
          border: {
            left: {
              style: BorderStyle.SINGLE,
              size: 12,
              color: n.color ? STRONG[n.color] : '9AA3AD',
              space: 6,
            },
          },
          shading: { type: ShadingType.CLEAR, fill: 'F5F6F8', color: 'auto' },
          children: [
            ...(n.color
              ? [
                  run(`${names[n.color].toUpperCase()}  `, {
                    bold: true,
                    size: 16,
                    color: STRONG[n.color],
                  }),
                ]
              : []),
            // A row note's row is shown above it; other highlights quote their words.
            ...(n.kind === 'span' && (n.row === null || n.row === undefined)
              ? [run(`“${n.quote}”  `, { italics: true, size: 19, color: '3A424B' })]
              : []),
            ...textRuns(n.note.trim(), { size: 19 }),
          ],
        }),
    );
}

/** The item's text as runs, highlighted as a whole or in its highlighted words. */
function markedRuns(item: CompiledItem, style: RunStyle = {}): TextRun[] {
  if (item.color) return textRuns(item.text, { ...style, fill: TINT[item.color] });
  return pieces(item.text, item.spans).flatMap((p) =>
    textRuns(p.text, p.span ? { ...style, fill: p.span.color ? TINT[p.span.color] : 'ECE9E1' } : style),
  );
}

function itemParagraphs(
  item: CompiledItem,
  listInstance: number,
  names: Record<HighlightColor, string>,
): Array<Paragraph | Table> {
  const fill = item.color ? TINT[item.color] : undefined;
  const b = item.block;
  if (b === null) {
    return [
      new Paragraph({ indent: { left: 360 }, children: textRuns(`“${item.text}”`, { italics: true, fill }) }),
      ...notes(item, 0, names),
    ];
  }
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: b.level <= 1 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_4,
          children: markedRuns(item),
        }),
        ...notes(item, 0, names),
      ];
    case 'bullet': {
      const level = Math.max(0, Math.min(b.level, 5));
      return [
        new Paragraph({
          numbering: {
            reference: b.listStyle === 'numbered' ? 'numbered' : 'bullets',
            level,
            instance: listInstance,
          },
          spacing: { after: 60 },
          children: markedRuns(item),
        }),
        ...notes(item, level + 1, names),
      ];
    }
    case 'table': {
      // A noted row comes out alone under the table's header, its cells highlighted.
      const row = item.row;
      const rows = row
        ? [...(row.header ? [row.header] : []), row.cells]
        : (b.rows ?? b.text.split('\n').map((line) => line.split(' | ')));
      const rowFill = (r: string[]) => (row !== undefined && r === row.cells ? fill : undefined);
      const width = Math.max(1, ...rows.map((r) => r.length));
      const table = new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: rows.map(
          (r, i) =>
            new TableRow({
              tableHeader: i === 0,
              children: Array.from(
                { length: width },
                (_, c) =>
                  new TableCell({
                    children: [
                      new Paragraph({
                        children: textRuns(r[c] ?? '', { bold: i === 0, size: 18, fill: rowFill(r) }),
                      }),
                    ],
                  }),
              ),
            }),
        ),
      });
      return [table, ...notes(item, 0, names)];
    }
    case 'quote':
      return [
        new Paragraph({ indent: { left: 567 }, children: markedRuns(item, { italics: true }) }),
        ...notes(item, 0, names),
      ];
    case 'caption':
      return [
        new Paragraph({ children: markedRuns(item, { size: 18, color: GREY }) }),
        ...notes(item, 0, names),
      ];
    default:
      return [
        new Paragraph({ spacing: { after: 120 }, children: markedRuns(item) }),
        ...notes(item, 0, names),
      ];
  }
}

function articleBody(
  a: CompiledArticle,
  nextInstance: () => number,
  names: Record<HighlightColor, string>,
): Array<Paragraph | Table> {
  const kicker = [day(a.date, a.dateText), a.source].filter(Boolean).join(' · ');
  const out: Array<Paragraph | Table> = [
    new Paragraph({
      spacing: { before: 360 },
      children: [run(kicker.toUpperCase(), { size: 16, color: GREY })],
    }),
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      children: [new Bookmark({ id: articleAnchor(a), children: textRuns(a.title) })],
    }),
  ];
  if (a.tags.length)
    out.push(new Paragraph({ children: [run(a.tags.join(' · '), { size: 16, color: GREY })] }));
  let instance = nextInstance();
  let inList = false;
  for (const item of a.items) {
    const isBullet = item.block?.kind === 'bullet';
    if (isBullet && !inList) instance = nextInstance();
    inList = isBullet;
    out.push(...itemParagraphs(item, instance, names));
  }
  return out;
}

function cover(c: Compilation): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [run('BULLETIN', { size: 20, color: GREY })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(c.title) }),
    new Paragraph({ children: [run(c.description, { size: 24, color: '3A424B' })] }),
    new Paragraph({
      spacing: { before: 240 },
      children: [
        run(
          `${c.articles.length} ${plural(c.articles.length, 'article')} · ${c.noteCount} ${plural(c.noteCount, 'note')} · compiled on ${day(c.exportedOn, null)}`,
          { size: 22 },
        ),
      ],
    }),
    new Paragraph({
      spacing: { before: 480 },
      children: HIGHLIGHT_COLORS.flatMap((k) => [
        run(` ${c.colorNames[k]} `, { size: 18, fill: TINT[k] }),
        run('   '),
      ]),
    }),
  ];
}

function contents(c: Compilation): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('Contents')] })];
  for (const group of tableOfContents(c)) {
    out.push(
      new Paragraph({
        spacing: { before: 200 },
        keepNext: true,
        children: [run(group.heading.toUpperCase(), { bold: true, size: 18, color: GREY })],
      }),
    );
    for (const a of group.articles) {
      const children: ParagraphChild[] = [
        new InternalHyperlink({ anchor: articleAnchor(a), children: textRuns(a.title, { color: '1D2125' }) }),
        run(`  ${day(a.date, a.dateText)}`, { size: 16, color: GREY }),
      ];
      out.push(new Paragraph({ spacing: { after: 40 }, children }));
    }
  }
  return out;
}

const bulletLevels = Array.from({ length: 6 }, (_, level) => ({
  level,
  format: LevelFormat.BULLET,
  text: ['•', '◦', '▪'][level % 3]!,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
}));
const numberLevels = Array.from({ length: 6 }, (_, level) => ({
  level,
  format: LevelFormat.DECIMAL,
  text: `%${level + 1}.`,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 300 } } },
}));

/** The compilation as DOCX bytes: cover, contents with links, articles with notes under their bullets, page numbers. */
export async function compilationToDocx(c: Compilation): Promise<Uint8Array> {
  let instance = 0;
  const nextInstance = (): number => ++instance;
  const body: Array<Paragraph | Table> = [...cover(c), new Paragraph({ children: [new PageBreak()] })];
  if (c.articles.length) {
    body.push(...contents(c), new Paragraph({ children: [new PageBreak()] }));
    for (const a of c.articles) body.push(...articleBody(a, nextInstance, c.colorNames));
  } else {
    body.push(
      new Paragraph({ children: [run('Nothing in the library matches this export.', { color: GREY })] }),
    );
  }
  const doc = new Document({
    creator: 'Bulletin',
    title: c.title,
    description: c.description,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    numbering: {
      config: [
        { reference: 'bullets', levels: bulletLevels },
        { reference: 'numbered', levels: numberLevels },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [`${c.title}    Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    size: 15,
                    color: GREY,
                    font: FONT,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
