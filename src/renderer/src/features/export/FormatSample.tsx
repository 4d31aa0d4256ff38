import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ExportSample } from '../../../../shared/domain';
import { useT } from '../../i18n';
import { parseNote, type MdNode } from '../notes/markdown';
import { renderInShadow } from './safe-html';

/** A printed page on screen: white A4 with the PDF's margins, a grey band where a page ends. */
const PAGE_CSS = `
:host { display: block; width: 210mm; padding: 16mm; background: #fff; box-sizing: border-box;
  box-shadow: 0 1px 4px rgb(20 30 50 / 0.18); }
.cover { position: relative; margin-bottom: 32mm; }
.cover::after { content: ''; position: absolute; left: -16mm; right: -16mm; bottom: -24mm; height: 16mm;
  background: #e4e7ec; }
a { color: inherit; text-decoration: none; pointer-events: none; }
`;

/** Anki's card look: its default card template's centred text, a cloze in blue. */
const CARD_CSS = `
:host { display: block; font-family: Arial, sans-serif; font-size: 15px; line-height: 1.45; color: #1d2330;
  text-align: center; }
.cloze { font-weight: bold; color: #2f67c9; }
small { color: #5c6677; }
`;

/** Shows writer-made HTML in a shadow root (see `safe-html.ts`). */
function ShadowHtml({
  html,
  css,
  className,
  testId,
}: {
  html: string;
  css: string;
  className?: string;
  testId?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (host.current) renderInShadow(host.current, html, css);
  }, [html, css]);
  return <div ref={host} className={className} data-testid={testId} />;
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** `==highlight==` (Obsidian's) as marks; everything else stays text. */
function withMarks(text: string, key: string): ReactNode[] {
  return text
    .split(/(==[^=\n]+==)/g)
    .map((part, i) =>
      /^==[^=\n]+==$/.test(part) ? <mark key={`${key}-${i}`}>{part.slice(2, -2)}</mark> : part,
    );
}

function renderMarkdown(nodes: readonly MdNode[], prefix = 'm'): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${prefix}-${index}`;
    switch (node.kind) {
      case 'text':
        return withMarks(node.text, key);
      case 'wikilink':
        return (
          <span key={key} className="export-sample__wikilink">
            {node.title}
          </span>
        );
      case 'external':
        return (
          <span key={key} className="export-sample__link" title={node.href}>
            {renderMarkdown(node.children, key)}
          </span>
        );
      case 'element': {
        const children = renderMarkdown(node.children, key);
        if (node.heading) {
          const Heading = `h${Math.min(6, Math.max(1, node.heading))}` as 'h1';
          return <Heading key={key}>{children}</Heading>;
        }
        const Tag = node.tag;
        if (Tag === 'br' || Tag === 'hr') return <Tag key={key} />;
        return <Tag key={key}>{children}</Tag>;
      }
    }
  });
}

/** The Markdown as Obsidian would show it: front matter as a block of properties, then the rendered text. */
function MarkdownSample({ text }: { text: string }) {
  const { frontMatter, body } = useMemo(() => {
    const match = FRONT_MATTER.exec(text);
    return match
      ? { frontMatter: match[1]!, body: text.slice(match[0].length) }
      : { frontMatter: null, body: text };
  }, [text]);
  const nodes = useMemo(() => parseNote(body), [body]);
  return (
    <div className="export-sample__markdown" data-testid="export-sample-markdown">
      {frontMatter && <pre className="export-sample__front-matter">{frontMatter}</pre>}
      {renderMarkdown(nodes)}
    </div>
  );
}

/** Anki's `{{c1::words}}`: hidden on the front, shown on the back. */
function cloze(html: string, side: 'front' | 'back'): string {
  return html.replace(/\{\{c\d+::([\s\S]*?)\}\}/g, (_, words: string) =>
    side === 'front' ? '<span class="cloze">[…]</span>' : `<span class="cloze">${words}</span>`,
  );
}

function CardsSample({ sample }: { sample: Extract<ExportSample, { kind: 'cards' }> }) {
  const { t } = useT();
  if (sample.cards.length === 0) return <p className="export-sample__none">{t('exportPreview.noCards')}</p>;
  return (
    <ol className="export-sample__cards" data-testid="export-sample-cards">
      {sample.cards.map((card, i) => (
        <li key={i} className="export-sample__card" data-testid="export-sample-card">
          <p className="export-sample__card-kind">{t('exportPreview.cardKind', { kind: card.notetype })}</p>
          <div className="export-sample__card-side">
            <span className="export-sample__side-label">{t('exportPreview.cardFront')}</span>
            <ShadowHtml html={cloze(card.front, 'front')} css={CARD_CSS} testId="export-sample-card-front" />
          </div>
          <div className="export-sample__card-side export-sample__card-side--back">
            <span className="export-sample__side-label">{t('exportPreview.cardBack')}</span>
            <ShadowHtml
              html={card.notetype === 'Cloze' ? `${cloze(card.front, 'back')}<hr>${card.back}` : card.back}
              css={CARD_CSS}
              testId="export-sample-card-back"
            />
          </div>
        </li>
      ))}
    </ol>
  );
}

function TableSample({ sample }: { sample: Extract<ExportSample, { kind: 'table' }> }) {
  const { t } = useT();
  if (sample.rows.length === 0) return <p className="export-sample__none">{t('exportPreview.noRows')}</p>;
  return (
    <div className="export-sample__table-wrap">
      <table className="export-sample__table" data-testid="export-sample-table">
        <thead>
          <tr>
            {sample.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sample.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} title={cell.length > 80 ? cell : undefined}>
                  {cell.length > 80 ? `${cell.slice(0, 79)}…` : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {sample.more > 0 && (
        <p className="export-sample__more">{t('exportPreview.moreRows', { count: sample.more })}</p>
      )}
    </div>
  );
}

const LABELS = {
  md: 'exportPreview.markdownLabel',
  pdf: 'exportPreview.pdfLabel',
  docx: 'exportPreview.docxLabel',
  anki: 'exportPreview.ankiLabel',
  csv: 'exportPreview.csvLabel',
} as const;

/** The export as its format will look: rendered Markdown, the PDF's first page, Anki's cards, the CSV's table. */
export function FormatSample({ sample }: { sample: ExportSample }) {
  const { t } = useT();
  return (
    <section
      className={`export-sample export-sample--${sample.kind}`}
      data-testid="export-sample"
      data-format={sample.format}
    >
      <p className="export-sample__label">
        {t(LABELS[sample.format])} · {t('exportPreview.firstArticles', { count: sample.articles })}
      </p>
      {sample.kind === 'markdown' && <MarkdownSample text={sample.text} />}
      {sample.kind === 'page' && (
        <div className="export-sample__paper">
          <ShadowHtml
            html={sample.html}
            css={PAGE_CSS}
            className="export-sample__page"
            testId="export-sample-page"
          />
        </div>
      )}
      {sample.kind === 'cards' && <CardsSample sample={sample} />}
      {sample.kind === 'table' && <TableSample sample={sample} />}
    </section>
  );
}
