import { useT } from '../i18n';
import { memoText } from './memo-text';
import './TagChip.css';

interface Props {
  name: string;
  /** Tags the user added look different from the source's. */
  user?: boolean;
}

/** A small read-only tag label. */
export function TagChip({ name, user = false }: Props) {
  const { t } = useT();
  return (
    <span
      className={user ? 'tag-chip tag-chip--user' : 'tag-chip'}
      data-testid={user ? 'user-tag-chip' : 'source-tag-chip'}
      title={
        user
          ? memoText(t, `tag.user:${name}`, () => t('components.tag.user', { name }))
          : memoText(t, `tag.source:${name}`, () => t('components.tag.source', { name }))
      }
    >
      {user && (
        <span className="tag-chip__hash" aria-hidden="true">
          #
        </span>
      )}
      {name}
    </span>
  );
}
