import { useState } from 'react';
import type { Article } from '../../../../shared/domain';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { TagChip } from '../../components/TagChip';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { ExportButton } from '../export/ExportButton';
import { OpenExportDialogButton } from '../export/ExportDialogProvider';
import { ArticleNoteBox } from './ArticleNoteBox';
import { settleReadOnOpen } from './read-on-open';
import { StarButton } from './StarButton';
import { UserTags } from './UserTags';
import { useChanges } from '../../data/changes';
import { ArticleManageActions } from '../manage/ArticleManageActions';
import { TopicChips } from '../syllabus/TopicChips';

interface Props {
  article: Article;
}

/** Title, date, source, tags and the article's actions. */
export function ReaderHeader({ article }: Props) {
  const reportError = useReportError();
  const { t } = useT();
  const f = useFormat();
  const { markRead } = useChanges();
  const [busy, setBusy] = useState(false);
  // The first reply may hold only the first screen's notes: the count is of them all.
  const noteCount = article.moreAnnotations?.total ?? article.annotations.length;

  const toggleRead = () => {
    settleReadOnOpen(article.id);
    setBusy(true);
    api
      .setRead({ id: article.id, read: !article.read })
      .then(() => markRead([article.id], !article.read), reportError)
      .finally(() => setBusy(false));
  };

  return (
    <header className="reader__header">
      <div className="reader__toolbar">
        <p className="reader__meta">
          <time
            className={article.date ? 'reader__date' : 'reader__date reader__date--none'}
            dateTime={article.date ?? undefined}
            data-testid="reader-date"
          >
            {f.day(article.date)}
          </time>
          {!article.date && article.dateText && (
            <span className="reader__date-text" title={t('reader.header.dateTitle')}>
              {t('reader.header.sourceSays', { text: article.dateText })}
            </span>
          )}
          {article.source && (
            <>
              <span className="reader__meta-sep" aria-hidden="true">
                ·
              </span>
              <span className="reader__source" data-testid="reader-source">
                {article.source}
              </span>
            </>
          )}
          {noteCount > 0 && (
            <>
              <span className="reader__meta-sep" aria-hidden="true">
                ·
              </span>
              <span>{t('reader.header.notes', { count: noteCount, n: f.number(noteCount) })}</span>
            </>
          )}
        </p>
        <div className="reader__actions">
          <StarButton articleId={article.id} starred={article.starred === true} />
          <button
            type="button"
            className="button"
            data-testid="toggle-read"
            onClick={toggleRead}
            disabled={busy}
          >
            {article.read ? t('reader.header.markUnread') : t('reader.header.markRead')}
          </button>
          <ExportButton
            key={article.id}
            scope={{ articleId: article.id }}
            label={t('export.dialog.title')}
            testId="export-article-notes"
          />
          <OpenExportDialogButton
            origin={{ article: { id: article.id, title: article.title } }}
            testId="open-export-dialog-article"
          />
          <ArticleManageActions article={article} />
        </div>
      </div>

      <h1 className="reader__title" id="reader-title" data-testid="reader-title" title={article.title}>
        {article.title}
      </h1>

      <TopicChips key={`topics-${article.id}`} articleId={article.id} topics={article.syllabus ?? []} />

      <div className="reader__tags">
        {article.tags.length > 0 && (
          <div className="reader__source-tags" data-testid="reader-tags">
            {article.tags.map((tag) => (
              <TagChip key={tag} name={tag} />
            ))}
          </div>
        )}
        <UserTags key={article.id} articleId={article.id} tags={article.userTags} />
      </div>

      <ArticleNoteBox key={article.id} articleId={article.id} note={article.articleNote ?? ''} />
    </header>
  );
}
