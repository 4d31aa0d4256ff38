import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import './triage.css';

/** The star on a starred article's row in the library list. */
export function StarMark() {
  const { t } = useT();
  return (
    <span className="article-item__star" data-testid="row-star" role="img" aria-label={t('views.starredRow')}>
      <Icon name="star" size={12} />
    </span>
  );
}
