import { useQueries } from '@tanstack/react-query';
import type { ImportReport } from '../../../../shared/domain';
import { api } from '../../api';
import { keys } from '../../data/keys';
import { useT } from '../../i18n';
import './triage.css';

/** How many duplicates are named; the rest are counted. */
const NAMED = 3;

interface Props {
  duplicates: ImportReport['duplicates'];
  onOpen: (id: number) => void;
}

/**
 * The articles an import found already in the library, by name, each with an Open button: "1
 * already in the library" alone left the user to hunt for it.
 */
export function DuplicateList({ duplicates, onOpen }: Props) {
  const { t } = useT();
  // One article may be pasted twice: name it once.
  const ids = [...new Set(duplicates.map((d) => d.id))];
  const named = ids.slice(0, NAMED);
  const articles = useQueries({
    queries: named.map((id) => ({ queryKey: keys.article(id), queryFn: () => api.getArticle({ id }) })),
  });
  if (ids.length === 0) return null;
  return (
    <ul className="duplicate-list" data-testid="import-duplicate-list">
      {named.map((id, index) => {
        const title = articles[index]?.data?.title;
        return (
          <li key={id} className="duplicate-list__item" data-testid="import-duplicate" data-id={id}>
            <span className="duplicate-list__text">{t('triage.duplicate', { title: title ?? '…' })}</span>
            <button
              type="button"
              className="button button--small"
              data-testid="import-duplicate-open"
              onClick={() => onOpen(id)}
            >
              {t('triage.open')}
            </button>
          </li>
        );
      })}
      {ids.length > NAMED && (
        <li className="duplicate-list__more">{t('triage.duplicateMore', { count: ids.length - NAMED })}</li>
      )}
    </ul>
  );
}
