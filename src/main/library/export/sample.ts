/**
 * The export dialog's preview of a format: the first articles of the export written by the very writer
 * the export uses (Markdown text, the PDF's HTML, Anki's cards, the CSV's rows), so that the preview
 * shows what the file will hold. Small: a few articles, cut to a size the window renders at once.
 */
import Papa from 'papaparse';
import type { ExportFormat, ExportSample } from '../../../shared/domain';
import type { Db } from '../db/connection';
import { compilationToAnki } from './anki';
import { compileHead, type ScopeCounts } from './compilation';
import { compilationToCsv } from './csv';
import { compilationToHtml } from './html';
import type { ExportRequest } from './index';
import { compilationToMarkdown } from './markdown';

/** Articles written for a preview, and the most rows or cards shown. */
export const SAMPLE_ARTICLES = 3;
const SAMPLE_ITEMS = 30;
const MAX_TEXT = 60_000;

/** The first articles of an export of `request` as the format writes them. */
export function exportSample(
  db: Db,
  request: Omit<ExportRequest, 'out'>,
  today: string,
  articles = SAMPLE_ARTICLES,
  counts?: ScopeCounts,
): ExportSample {
  const c = compileHead(
    db,
    request,
    {
      content: request.content,
      grouping: request.grouping,
      title: request.title,
      exportedOn: today,
      language: request.language,
    },
    articles,
    counts,
  );
  const format: ExportFormat = request.format;
  const base = { format, articles: c.articles.length };
  switch (format) {
    case 'md':
      return { ...base, kind: 'markdown', text: cut(compilationToMarkdown(c)) };
    case 'pdf':
    case 'docx':
      // The DOCX is built from the same compilation and laid out like the PDF: its first pages.
      return { ...base, kind: 'page', html: compilationToHtml(c) };
    case 'anki': {
      const lines = compilationToAnki(c, { deck: request.deck }).text.split('\n');
      const rows = lines.filter((line) => line !== '' && !line.startsWith('#'));
      const cards = rows.slice(0, SAMPLE_ITEMS).map((line) => {
        const [, notetype = '', front = '', back = '', tags = ''] = line.split('\t');
        return { notetype, front, back, tags };
      });
      return { ...base, kind: 'cards', cards, more: rows.length - cards.length };
    }
    case 'csv': {
      const parsed = Papa.parse<string[]>(compilationToCsv(c).text.replace(/^\ufeff/, ''), {
        skipEmptyLines: true,
      });
      const [columns = [], ...rows] = parsed.data;
      return {
        ...base,
        kind: 'table',
        columns,
        rows: rows.slice(0, SAMPLE_ITEMS),
        more: Math.max(0, rows.length - SAMPLE_ITEMS),
      };
    }
  }
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n\n…` : text;
}
