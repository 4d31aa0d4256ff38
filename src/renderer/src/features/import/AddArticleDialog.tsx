import { useState } from 'react';
import { errorMessage } from '../../components/errors';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
import { useFormat } from '../../i18n/useFormat';
import { nothingImported } from './progress';
import { ModalDialog } from './ModalDialog';
import type { ImportState } from './useImport';

interface Props {
  importText: ImportState['importText'];
  onClose: () => void;
}

/** The largest paste the contract accepts. */
const MAX_CHARS = 5_000_000;

/**
 * "Add article": paste copied text; it is read like a copied `.txt` (first line the title, a
 * `Date: … Tags: …` line, bullets and headings kept) and opens in the reader.
 */
export function AddArticleDialog({ importText, onClose }: Props) {
  const { t } = useT();
  const f = useFormat();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const blank = text.trim() === '';
  const tooLong = text.length > MAX_CHARS;

  const save = () => {
    if (blank || tooLong || saving) return;
    setSaving(true);
    setProblem(null);
    importText(text)
      .then((report) => {
        if (nothingImported(report)) {
          // Keep the text so nothing is lost; say why it was not added. The core's sentence is
          // English and names the paste by its stand-in file name.
          const reason = report.failed[0]?.error.replace(/^pasted\.txt/, 'The pasted text');
          setProblem(reason ? t('import.paste.failed', { reason }) : t('import.paste.nothingAdded'));
          setSaving(false);
        } else onClose();
      })
      .catch((error: unknown) => {
        setProblem(coreMessage(t, { fallback: errorMessage(error) }));
        setSaving(false);
      });
  };

  return (
    <ModalDialog
      testId="add-article-dialog"
      title={t('import.paste.title')}
      subtitle={t('import.paste.subtitle')}
      onClose={onClose}
      initialFocus="textarea"
      footer={
        <>
          <span className="import-dialog__hint">
            {tooLong
              ? t('import.paste.tooLong', { max: f.number(MAX_CHARS) })
              : text.length > 0
                ? t('import.paste.characters', { n: f.number(text.length) })
                : t('import.paste.firstLine')}
          </span>
          <button type="button" className="button" onClick={onClose}>
            {t('import.dialog.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="add-article-save"
            disabled={blank || tooLong || saving}
            onClick={save}
          >
            {saving ? t('import.paste.adding') : t('import.paste.add')}
          </button>
        </>
      }
    >
      <textarea
        className="input import-dialog__textarea"
        data-testid="add-article-text"
        aria-label={t('import.paste.textLabel')}
        aria-describedby="add-article-help"
        placeholder={t('import.paste.placeholder')}
        value={text}
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          }
        }}
      />
      <p className="import-dialog__help" id="add-article-help">
        {t('import.paste.helpBefore')} <code>{t('import.paste.helpExample')}</code>{' '}
        {t('import.paste.helpAfter')}
      </p>
      {problem && (
        <p className="import-dialog__problem" role="alert" data-testid="add-article-problem">
          {problem}
        </p>
      )}
    </ModalDialog>
  );
}
