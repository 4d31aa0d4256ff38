import './syllabus.css';
import { useT } from '../../i18n';

/** The topic the library list is filtered by, with a button that clears it. */
export function TopicFilterChip({ name, onClear }: { name: string; onClear: () => void }) {
  const { t } = useT();
  return (
    <p className="topic-filter" data-testid="topic-filter">
      <span>{t('syllabus.filter.label', { name })}</span>
      <button
        type="button"
        className="topic-filter__clear"
        aria-label={t('syllabus.filter.clear')}
        onClick={onClear}
      >
        ×
      </button>
    </p>
  );
}
