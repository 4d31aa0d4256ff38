import { useState } from 'react';
import { errorMessage } from '../../components/errors';
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
          // Keep the text so nothing is lost; say why it was not added.
          setProblem(
            report.failed[0]?.error.replace(/^pasted\.txt/, 'The pasted text') ?? 'Nothing was added.',
          );
          setSaving(false);
        } else onClose();
      })
      .catch((error: unknown) => {
        setProblem(errorMessage(error));
        setSaving(false);
      });
  };

  return (
    <ModalDialog
      testId="add-article-dialog"
      title="Add an article"
      subtitle="Paste an article copied from a website or your notes."
      onClose={onClose}
      initialFocus="textarea"
      footer={
        <>
          <span className="import-dialog__hint">
            {tooLong
              ? 'That is more text than one paste can hold (5,000,000 characters).'
              : text.length > 0
                ? `${text.length.toLocaleString('en-IN')} characters · Ctrl+Enter to add`
                : 'The first line becomes the title.'}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="add-article-save"
            disabled={blank || tooLong || saving}
            onClick={save}
          >
            {saving ? 'Adding…' : 'Add to library'}
          </button>
        </>
      }
    >
      <textarea
        className="input import-dialog__textarea"
        data-testid="add-article-text"
        aria-label="Article text"
        aria-describedby="add-article-help"
        placeholder={
          'The Quad Leaders’ Summit\n\nDate: 4 March 2022 Tags: International Relations\n\nThe leaders met to discuss…\n\n• Bullets, numbered points and short heading lines are kept.'
        }
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
        A line like <code>Date: 10 January 2022 Tags: Economy</code> sets the date and tags; without one the
        article is undated and you can filter it under “Undated”.
      </p>
      {problem && (
        <p className="import-dialog__problem" role="alert" data-testid="add-article-problem">
          {problem}
        </p>
      )}
    </ModalDialog>
  );
}
