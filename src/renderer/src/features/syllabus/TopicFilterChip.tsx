import './syllabus.css';
import { useT } from '../../i18n';
import { useTopicWords } from './topic-name';
import { useSyllabusTree } from './useSyllabus';

/**
 * The topic the library list is filtered by, with a button that clears it. Given the topic's `id`,
 * the name follows the interface's language even when it changes while the filter is on.
 */
export function TopicFilterChip({ id, name, onClear }: { id?: string; name: string; onClear: () => void }) {
  const { t } = useT();
  const words = useTopicWords();
  const node = useSyllabusTree().data?.topics.find((topic) => topic.id === id);
  return (
    <p className="topic-filter" data-testid="topic-filter">
      <span>{t('syllabus.filter.label', { name: node ? words.name(node) : name })}</span>
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
