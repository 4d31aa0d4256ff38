import { useT } from '../../i18n';
import { useTopicWords } from './topic-name';
import { useSyllabusTree } from './useSyllabus';

/** A syllabus topic to filter by ('' = any), indented by level: the notebook's topic filter. */
export function TopicSelect({ value, onChange }: { value: string; onChange: (topic: string) => void }) {
  const { t } = useT();
  const words = useTopicWords();
  const tree = useSyllabusTree().data;
  return (
    <label className="field">
      <span className="field__label">{t('syllabus.notebook.label')}</span>
      <select
        className="input input--small"
        data-testid="notes-syllabus"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('syllabus.notebook.any')}</option>
        {tree?.topics.map((node) => (
          <option key={node.id} value={node.id}>
            {`${'\u00a0\u00a0'.repeat(node.id.split('.').length - 1)}${words.name(node)}`}
          </option>
        ))}
      </select>
    </label>
  );
}
