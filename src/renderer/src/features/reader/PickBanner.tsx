import { useT } from '../../i18n';
import type { Annotation } from '../../../../shared/domain';

/** Stays at the top of the reader while the user chooses where an orphaned note goes. */
export function PickBanner({ annotation, onCancel }: { annotation: Annotation; onCancel: () => void }) {
  const { t } = useT();
  const quote = annotation.quote.length > 90 ? `${annotation.quote.slice(0, 87)}…` : annotation.quote;
  return (
    <div className="pick-banner" data-testid="pick-banner" role="status">
      <p className="pick-banner__text">
        {t('reader.pick.before')} <q>{quote}</q> {t('reader.pick.press')}{' '}
        <strong>{t('reader.attachHere')}</strong> {t('reader.pick.or')} <kbd>{'Enter'}</kbd>{' '}
        {t('reader.pick.after')}
      </p>
      <button type="button" className="button button--small" data-testid="cancel-reattach" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
