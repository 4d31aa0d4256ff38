import { useT } from '../../i18n';
import './manage.css';

/** Marks one of the first-run sample articles in the list. */
export function SampleBadge() {
  const { t } = useT();
  return (
    <span className="sample-badge" data-testid="sample-badge" title={t('manage.sampleTitle')}>
      {t('manage.sample')}
    </span>
  );
}
