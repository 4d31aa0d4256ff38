import type { TFunction } from 'i18next';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { api } from '../../api';
import { errorMessage } from '../../components/errors';
import './UserTags.css';
import { Icon } from '../../components/Icon';
import { useChanges } from '../../data/changes';

interface Props {
  articleId: number;
  tags: string[];
}

/**
 * The same check the main process makes, as a sentence in the window's language (the contract's reason
 * through the `core` catalogue); null when the tag is fine.
 */
function tagProblem(t: TFunction, articleId: number, tag: string, existing: string[]): string | null {
  const parsed = contract.addUserTag.input.safeParse({ id: articleId, tag });
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message;
    if (!reason) return t('reader.tags.unusable');
    const said = coreMessage(t, { fallback: reason });
    return t('reader.tags.problem', { problem: said.charAt(0).toUpperCase() + said.slice(1) });
  }
  if (existing.some((name) => name.toLowerCase() === parsed.data.tag.toLowerCase()))
    return t('reader.tags.duplicate');
  return null;
}

/** The user's own tags on an article: remove with ×, add by typing and pressing Enter. */
export function UserTags({ articleId, tags }: Props) {
  const { changed } = useChanges();
  const { t } = useT();
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (work: Promise<unknown>, after?: () => void) => {
    setBusy(true);
    work
      .then(() => {
        after?.();
        void changed('userTags');
      })
      .catch((error: unknown) => setProblem(coreMessage(t, { fallback: errorMessage(error) })))
      .finally(() => setBusy(false));
  };

  const add = () => {
    const found = tagProblem(t, articleId, draft, tags);
    setProblem(found);
    if (found) return;
    change(api.addUserTag({ id: articleId, tag: draft.trim() }), () => setDraft(''));
  };

  return (
    <div className="user-tags">
      <span className="user-tags__label" id="user-tags-label">
        {t('reader.tags.yours')}
      </span>
      <ul className="user-tags__list" aria-labelledby="user-tags-label">
        {tags.map((tag) => (
          <li key={tag} className="user-tag" data-testid="user-tag" data-tag={tag}>
            <span className="user-tag__name">
              <span aria-hidden="true" className="user-tag__hash">
                #
              </span>
              {tag}
            </span>
            <button
              type="button"
              className="user-tag__remove"
              data-testid="remove-tag"
              aria-label={t('reader.tags.remove', { tag })}
              disabled={busy}
              onClick={() => change(api.removeUserTag({ id: articleId, tag }))}
            >
              <Icon name="close" size={11} />
            </button>
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor="user-tag-input">
        {t('reader.tags.add')}
      </label>
      <input
        id="user-tag-input"
        className="input input--small user-tags__input"
        data-testid="user-tag-input"
        placeholder={t('reader.tags.placeholder')}
        value={draft}
        maxLength={200}
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'user-tag-problem' : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          } else if (event.key === 'Escape') {
            setDraft('');
            setProblem(null);
          }
        }}
      />
      {problem && (
        <p className="user-tags__problem" id="user-tag-problem" role="alert" data-testid="user-tag-error">
          {problem}
        </p>
      )}
    </div>
  );
}
