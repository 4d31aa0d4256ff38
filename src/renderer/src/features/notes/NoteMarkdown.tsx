import { useContext, useMemo, type ReactNode } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { useT } from '../../i18n';
import { linkTitles, parseNote, type MdNode } from './markdown';
import { useOpenLinkedArticle, useResolvedLinks } from './note-links';
import { Matched, MatchWordsContext } from './notebook-matches';
import './markdown.css';

interface Props {
  source: string;
  className?: string;
  testId?: string;
}

/**
 * A note's Markdown as React elements (never as HTML), with `[[links]]` that open their article. A note
 * that cannot be rendered shows a sentence in its place; the card around it (Edit, Delete) still works.
 */
export function NoteMarkdown(props: Props) {
  const { t } = useT();
  return (
    <ErrorBoundary
      where="note"
      resetKey={props.source}
      fallback={
        <p className={`note-broken ${props.className ?? ''}`} data-testid="note-broken">
          {t('notes.markdown.broken')}
        </p>
      }
    >
      <RenderedNote {...props} />
    </ErrorBoundary>
  );
}

const NO_LINKS: ReadonlyMap<string, number | null> = new Map();

function RenderedNote({ source, className, testId }: Props) {
  const nodes = useMemo(() => parseNote(source), [source]);
  const titles = useMemo(() => linkTitles(nodes), [nodes]);
  // Only a note with [[links]] asks the query cache for them: a query observer per card, mounted and
  // unmounted as a long notebook scrolls, was most of each row's cost (issue 17).
  return titles.length > 0 ? (
    <LinkedNote nodes={nodes} titles={titles} className={className} testId={testId} />
  ) : (
    <NoteNodes nodes={nodes} links={NO_LINKS} className={className} testId={testId} />
  );
}

function LinkedNote(props: {
  nodes: readonly MdNode[];
  titles: readonly string[];
  className?: string;
  testId?: string;
}) {
  const links = useResolvedLinks(props.titles);
  return <NoteNodes {...props} links={links} />;
}

function NoteNodes({
  nodes,
  links,
  className,
  testId,
}: {
  nodes: readonly MdNode[];
  /** Undefined while the links resolve. */
  links: ReadonlyMap<string, number | null> | undefined;
  className?: string;
  testId?: string;
}) {
  const { t } = useT();
  const open = useOpenLinkedArticle();
  // In the notebook's search, what it matched is marked in the note too.
  const searching = useContext(MatchWordsContext).length > 0;

  const render = (list: readonly MdNode[]): ReactNode[] =>
    list.map((node, index) => {
      switch (node.kind) {
        case 'text':
          return searching ? <Matched key={index} text={node.text} /> : node.text;
        case 'wikilink': {
          const id = links?.get(node.title.toLowerCase());
          if (id === undefined || id === null) {
            return (
              <span
                key={index}
                className={id === null ? 'note-link note-link--missing' : 'note-link'}
                data-testid="note-link-missing"
                title={id === null ? t('notes.markdown.missing', { title: node.title }) : undefined}
              >
                {node.title}
              </span>
            );
          }
          return (
            <button
              key={index}
              type="button"
              className="note-link"
              data-testid="note-link"
              title={t('notes.markdown.open', { title: node.title })}
              onClick={(event) => {
                event.stopPropagation();
                open(id);
              }}
            >
              {node.title}
            </button>
          );
        }
        case 'external':
          return (
            <span key={index} className="md-external" title={node.href}>
              {render(node.children)}
            </span>
          );
        default: {
          if (node.tag === 'br' || node.tag === 'hr') {
            const Tag = node.tag;
            return <Tag key={index} />;
          }
          if (node.heading) {
            return (
              <p key={index} className={`md-heading md-heading--${Math.min(node.heading, 3)}`}>
                {render(node.children)}
              </p>
            );
          }
          const Tag = node.tag;
          return (
            <Tag key={index} start={Tag === 'ol' ? node.start : undefined}>
              {render(node.children)}
            </Tag>
          );
        }
      }
    });

  return (
    <div className={className ? `markdown ${className}` : 'markdown'} data-testid={testId}>
      {render(nodes)}
    </div>
  );
}
