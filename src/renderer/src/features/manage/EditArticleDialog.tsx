import { useState } from 'react';
import type { Article } from '../../../../shared/domain';
import { api } from '../../api';
import { errorMessage } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useChanges } from '../../data/changes';
import { formatDay } from '../../format';
import { useT } from '../../i18n';
import { ModalDialog } from '../import/ModalDialog';
import { dayForField, parseDay } from './parse-day';
import './manage.css';

interface Props {
  article: Pick<Article, 'id' | 'title' | 'date' | 'source'>;
  onClose: () => void;
}

/** The user's own title, date (typed day first, or none) and source for an article. */
export function EditArticleDialog({ article, onClose }: Props) {
  const { t } = useT();
  const { changed } = useChanges();
  const { announce } = useFeedback();
  const [title, setTitle] = useState(article.title);
  const [dateText, setDateText] = useState(dayForField(article.date));
  const [source, setSource] = useState(article.source ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const day = parseDay(dateText);
  const titleProblem = title.trim() === '' ? t('manage.titleEmpty') : null;
  const dateProblem = day === undefined ? t('manage.dateInvalid', { value: dateText.trim() }) : null;

  const save = () => {
    if (titleProblem || day === undefined) return;
    setSaving(true);
    api
      .editArticle({
        id: article.id,
        ...(title.trim() !== article.title ? { title: title.trim() } : {}),
        ...(day !== article.date ? { date: day } : {}),
        ...(source.trim() !== (article.source ?? '') ? { source: source.trim() || null } : {}),
      })
      .then(() => {
        void changed('library');
        announce(t('manage.saved'));
        onClose();
      })
      .catch((error: unknown) => {
        setProblem(errorMessage(error));
        setSaving(false);
      });
  };

  return (
    <ModalDialog
      testId="edit-article-dialog"
      title={t('manage.editHeading')}
      subtitle={t('manage.editSubtitle')}
      onClose={onClose}
      initialFocus="input"
      footer={
        <>
          <span className="import-dialog__hint" />
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="edit-article-save"
            disabled={saving || titleProblem !== null || dateProblem !== null}
            onClick={save}
          >
            {t('common.save')}
          </button>
        </>
      }
    >
      <form
        className="edit-article"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label className="edit-article__field">
          <span className="edit-article__label">{t('manage.titleLabel')}</span>
          <input
            className="input"
            data-testid="edit-title"
            value={title}
            maxLength={1000}
            onChange={(event) => setTitle(event.target.value)}
          />
          {titleProblem && <span className="edit-article__problem">{titleProblem}</span>}
        </label>
        <label className="edit-article__field">
          <span className="edit-article__label">{t('manage.dateLabel')}</span>
          <input
            className="input"
            data-testid="edit-date"
            value={dateText}
            placeholder="10-01-2022"
            aria-describedby="edit-date-hint"
            aria-invalid={dateProblem !== null}
            onChange={(event) => setDateText(event.target.value)}
          />
          <span className="edit-article__hint" id="edit-date-hint" data-testid="edit-date-hint">
            {dateProblem ?? (day ? t('manage.dateReads', { day: formatDay(day) }) : t('manage.dateHint'))}
          </span>
        </label>
        <label className="edit-article__field">
          <span className="edit-article__label">{t('manage.sourceLabel')}</span>
          <input
            className="input"
            data-testid="edit-source"
            value={source}
            maxLength={300}
            onChange={(event) => setSource(event.target.value)}
          />
        </label>
        {/* Enter in a field saves. */}
        <button type="submit" hidden />
        {problem && (
          <p className="import-dialog__problem" role="alert" data-testid="edit-article-problem">
            {problem}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
