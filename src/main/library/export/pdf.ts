import { compilationToHtml, fillPageNumbers, footerTemplate, PAGE_MARGINS_MM } from './html';
import type { Compilation } from './compilation';

/** What a PDF printer needs besides the HTML: A4, these margins, and a footer with page numbers. */
export interface PrintRequest {
  html: string;
  footerHtml: string;
  marginsMm: { top: number; right: number; bottom: number; left: number };
}

/**
 * Prints HTML to PDF bytes through Chromium. The CLI and the tests use playwright-core with the system's
 * Chromium (`chromium-printer.ts`); the app can use `webContents.printToPDF` with the same request.
 */
export type PdfPrinter = (request: PrintRequest) => Promise<Uint8Array>;

/**
 * A compilation's printable document, built where the compilation is (the export worker): its HTML with
 * a token for each page number in the table of contents, and the footer. Small enough to cross to the
 * main thread, which prints it.
 */
export interface PrintableDocument {
  template: string;
  footerHtml: string;
  /** False when the export is empty (then there is no table of contents to number). */
  hasArticles: boolean;
}

/** The printable document of a compilation (see `PrintableDocument`). */
export function printableDocument(c: Compilation): PrintableDocument {
  return {
    template: compilationToHtml(c, { pageTokens: true }),
    footerHtml: footerTemplate(c),
    hasArticles: c.articles.length > 0,
  };
}

/** Prints a compilation (see `printDocument`). */
export function compilationToPdf(c: Compilation, print: PdfPrinter): Promise<Uint8Array> {
  return printDocument(printableDocument(c), print);
}

/**
 * Prints a document. Chromium's print layout cannot number a table of contents, so it prints twice: the
 * first PDF tells on which page each article's anchor landed, the second shows those numbers.
 */
export async function printDocument(doc: PrintableDocument, print: PdfPrinter): Promise<Uint8Array> {
  const request = (pageNumbers?: ReadonlyMap<string, number>): PrintRequest => ({
    html: fillPageNumbers(doc.template, pageNumbers),
    footerHtml: doc.footerHtml,
    marginsMm: { ...PAGE_MARGINS_MM },
  });
  const first = await print(request());
  if (!doc.hasArticles) return first;
  const pages = destinationPages(first);
  if (pages.size === 0) return first;
  return print(request(pages));
}

/**
 * The 1-based page of each named destination in a PDF, as Chromium (Skia) writes it: a `/Dests` dictionary
 * in the catalog whose entries are `[pageRef /XYZ x y z]`, and a page tree of `/Kids`. Returns an empty map
 * for a PDF it cannot read that way (the table of contents then goes without numbers).
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const objects = new Map<number, string>();
  const objectRe = /(?:^|[\r\n\s])(\d+) 0 obj\b([\s\S]*?)\bendobj/g;
  for (let m = objectRe.exec(text); m; m = objectRe.exec(text)) {
    const body = m[2]!;
    const stream = body.indexOf('stream');
    objects.set(Number(m[1]), stream >= 0 ? body.slice(0, stream) : body);
  }
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  if (!catalog) return new Map();
  const destsRef = /\/Dests\s+(\d+)\s+0\s+R/.exec(catalog);
  const pagesRef = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog);
  if (!destsRef || !pagesRef) return new Map();

  const order = new Map<number, number>();
  const walk = (id: number, depth: number): void => {
    const node = objects.get(id);
    if (node === undefined || depth > 64) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
    if (/\/Type\s*\/Pages\b/.test(node) && kids) {
      for (const k of kids[1]!.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
    } else if (/\/Type\s*\/Page\b/.test(node)) {
      order.set(id, order.size + 1);
    }
  };
  walk(Number(pagesRef[1]), 0);

  const pages = new Map<string, number>();
  const dests = objects.get(Number(destsRef[1])) ?? '';
  for (const d of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
    const page = order.get(Number(d[2]));
    if (page !== undefined) pages.set(decodePdfName(d[1]!), page);
  }
  return pages;
}

function decodePdfName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
