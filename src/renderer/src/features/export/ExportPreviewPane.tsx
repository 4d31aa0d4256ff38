import type { ExportPreview, ExportSample, HighlightColor } from '../../../../shared/domain';
import { useT } from '../../i18n';
import { FormatSample } from './FormatSample';
import { TagChip } from '../../components/TagChip';
import { useFormat } from '../../i18n/useFormat';
import { useColorName } from '../settings/study-settings';
import '../notes/colors.css';

interface Props {
  preview: ExportPreview | undefined;
  loading: boolean;
  error: string | undefined;
  /** Why no preview can be asked for yet (a missing tag, a backward date range). */
  problem: string | null;
  /** Only annotated bullets of a selection: how many articles were selected, to say which were left out. */
  selected?: number;
  /** Switches to whole articles, which takes every selected article. */
  onWholeArticles?: () => void;
  /** The first articles as the chosen format writes them. */
  sample?: ExportSample;
}

type PreviewItem = ExportPreview['articles'][number]['items'][number];

function ColorChip({ color }: { color: HighlightColor }) {
  const colorName = useColorName();
  return (
    <span className={`color-label color--${color}`} data-color={color}>
      <span className="color-label__dot" aria-hidden="true" />
      {colorName(color)}
    </span>
  );
}

function Item({ item }: { item: PreviewItem }) {
  const notes = item.notes.filter((n) => n.note.trim() !== '');
  const classes = ['export-preview__item', `export-preview__item--${item.kind}`];
  if (item.color) classes.push('export-preview__item--marked', `color--${item.color}`);
  return (
    <li
      className={classes.join(' ')}
      // A bullet's level is its nesting; a heading's is its rank, which the preview does not indent.
      style={item.kind === 'bullet' ? { marginLeft: `${Math.min(item.level, 4) * 14}px` } : undefined}
      data-testid="export-preview-item"
    >
      <p className="export-preview__text">{item.text}</p>
      {notes.length > 0 && (
        <ul className="export-preview__notes">
          {notes.map((note, index) => (
            <li
              key={index}
              className={note.color ? `export-preview__note color--${note.color}` : 'export-preview__note'}
              data-testid="export-preview-note"
            >
              {note.color && <ColorChip color={note.color} />}
              <span className="export-preview__note-text">{note.note}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The right side of the export dialog: the counts and the first articles as they will come out. */
export function ExportPreviewPane({
  preview,
  loading,
  error,
  problem,
  selected,
  onWholeArticles,
  sample,
}: Props) {
  const { t } = useT();
  const f = useFormat();
  const hidden = preview ? preview.articleCount - preview.articles.length : 0;
  // Only annotated bullets: selected articles without notes are left out, and the preview says so.
  const withoutNotes =
    !problem && preview && selected !== undefined && preview.articleCount > 0
      ? selected - preview.articleCount
      : 0;
  return (
    <section
      className={loading ? 'export-preview export-preview--loading' : 'export-preview'}
      aria-labelledby="export-preview-heading"
      aria-busy={loading}
      data-testid="export-preview"
    >
      <header className="export-preview__header">
        <h3 className="export-preview__heading" id="export-preview-heading">
          {t('export.preview.heading')}
        </h3>
        {problem ? (
          <p className="export-preview__summary export-preview__summary--problem">{problem}</p>
        ) : preview ? (
          <>
            <p className="export-preview__count" data-testid="export-preview-count" aria-live="polite">
              {t('export.preview.articles', {
                count: preview.articleCount,
                n: f.number(preview.articleCount),
              })}
              , {t('export.preview.notes', { count: preview.noteCount, n: f.number(preview.noteCount) })}
            </p>
            <p className="export-preview__title">{preview.title}</p>
            {preview.description && <p className="export-preview__summary">{preview.description}</p>}
          </>
        ) : (
          <p className="export-preview__summary">{t('export.preview.gathering')}</p>
        )}
      </header>

      {error && (
        <p className="export-preview__error" role="alert">
          {error}
        </p>
      )}

      {/* It scrolls: a keyboard user reaches it with Tab and scrolls it with the arrows (axe:
          scrollable-region-focusable). */}
      <div
        className="export-preview__body"
        tabIndex={0}
        role="region"
        aria-labelledby="export-preview-heading"
        data-testid="export-preview-body"
      >
        {withoutNotes > 0 && preview && (
          <p className="export-preview__left-out" data-testid="export-preview-left-out">
            {t('export.preview.withNotes', {
              count: preview.articleCount,
              n: f.number(preview.articleCount),
              selected: f.number(selected ?? 0),
            })}{' '}
            {t('export.preview.leftOut', { count: withoutNotes, n: f.number(withoutNotes) })}{' '}
            {onWholeArticles && (
              <button type="button" className="link-button" onClick={onWholeArticles}>
                {t('export.preview.wholeInstead')}
              </button>
            )}
          </p>
        )}
        {!problem && preview?.articleCount === 0 && (
          <div className="export-preview__empty">
            <p className="export-preview__empty-title">{t('export.preview.emptyTitle')}</p>
            <p>{t('export.preview.emptyText')}</p>
          </div>
        )}
        {!problem && sample && preview && preview.articleCount > 0 && <FormatSample sample={sample} />}
        {!problem && preview && preview.articleCount > 0 && (
          <details className="export-preview__contents" data-testid="export-preview-contents">
            <summary>{t('exportPreview.contents')}</summary>
            {!problem &&
              preview?.articles.map((article) => (
                <article
                  key={article.id}
                  className="export-preview__article"
                  data-testid="export-preview-article"
                >
                  <header className="export-preview__article-header">
                    <h4 className="export-preview__article-title">{article.title}</h4>
                    <p className="export-preview__article-meta">
                      <time dateTime={article.date ?? undefined}>{f.day(article.date)}</time>
                      {article.tags.map((tag) => (
                        <TagChip key={tag} name={tag} />
                      ))}
                    </p>
                  </header>
                  {article.items.length > 0 ? (
                    <ul className="export-preview__items">
                      {article.items.map((item, index) => (
                        <Item key={index} item={item} />
                      ))}
                    </ul>
                  ) : (
                    <p className="export-preview__none">{t('export.preview.none')}</p>
                  )}
                </article>
              ))}
            {!problem && hidden > 0 && (
              <p className="export-preview__more">
                {t('export.preview.more', { count: hidden, n: f.number(hidden) })}
              </p>
            )}
          </details>
        )}
      </div>
    </section>
  );
}
