import './syllabus.css';
import { useState } from 'react';
import type { ArticleTopic } from '../../../../shared/syllabus';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useChanges } from '../../data/changes';
import { useT } from '../../i18n';
import { coreMessage } from '../../i18n/core-message';
import { useTopicWords } from './topic-name';
import { useSyllabusTree } from './useSyllabus';

interface Props {
  articleId: number;
  topics: readonly ArticleTopic[];
}

/**
 * An article's syllabus topics under its title: each chip says on hover where it came from, how sure
 * the suggestion is and why; one click keeps, removes or changes it.
 */
export function TopicChips({ articleId, topics }: Props) {
  const { t } = useT();
  const words = useTopicWords();
  const reportError = useReportError();
  const { changed } = useChanges();
  const [picking, setPicking] = useState<{ replacing: ArticleTopic | null } | null>(null);
  const [busy, setBusy] = useState(false);

  const act = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .then(() => changed('topics'), reportError)
      .finally(() => {
        setBusy(false);
        setPicking(null);
      });
  };
  const accept = (topic: string) => act(() => api.setArticleTopics({ id: articleId, topics: [topic] }));
  const remove = (topic: string) => act(() => api.removeArticleTopic({ id: articleId, topic }));
  const choose = (topic: string) => {
    const replacing = picking?.replacing ?? null;
    act(async () => {
      if (replacing) await api.removeArticleTopic({ id: articleId, topic: replacing.topic });
      await api.setArticleTopics({ id: articleId, topics: [topic] });
    });
  };

  return (
    <div
      className="topic-chips"
      role="group"
      aria-label={t('syllabus.chips.label')}
      data-testid="topic-chips"
    >
      {topics.length === 0 && <span className="topic-chips__none">{t('syllabus.chips.none')}</span>}
      {topics.map((topic) => (
        <span
          key={topic.topic}
          className={`topic-chip topic-chip--${topic.origin}`}
          data-topic={topic.topic}
          data-origin={topic.origin}
        >
          <span
            className="topic-chip__name"
            title={[
              words.path(topic),
              `${t(`syllabus.chips.origin.${topic.origin}`)} · ${t('syllabus.chips.confidence', {
                percent: Math.round(topic.confidence * 100),
              })}`,
              coreMessage(t, { fallback: topic.reason }),
            ].join('\n')}
          >
            {words.name(topic)}
            {topic.origin !== 'user' && (
              <span className="topic-chip__confidence">{Math.round(topic.confidence * 100)}%</span>
            )}
          </span>
          {topic.origin !== 'user' && (
            <button
              type="button"
              className="topic-chip__action"
              title={t('syllabus.chips.accept')}
              aria-label={`${t('syllabus.chips.accept')}: ${words.name(topic)}`}
              disabled={busy}
              onClick={() => accept(topic.topic)}
            >
              ✓
            </button>
          )}
          <button
            type="button"
            className="topic-chip__action"
            title={t('syllabus.chips.change')}
            aria-label={t('syllabus.chips.changeLabel', { name: words.name(topic) })}
            disabled={busy}
            onClick={() => setPicking({ replacing: topic })}
          >
            ⇄
          </button>
          <button
            type="button"
            className="topic-chip__action"
            title={t('syllabus.chips.remove')}
            aria-label={`${t('syllabus.chips.remove')}: ${words.name(topic)}`}
            disabled={busy}
            onClick={() => remove(topic.topic)}
          >
            ×
          </button>
        </span>
      ))}
      {picking ? (
        <TopicPicker
          label={
            picking.replacing
              ? t('syllabus.chips.changeLabel', { name: words.name(picking.replacing) })
              : t('syllabus.chips.addLabel')
          }
          onPick={choose}
          onCancel={() => setPicking(null)}
        />
      ) : (
        <button
          type="button"
          className="link-button topic-chips__add"
          disabled={busy}
          onClick={() => setPicking({ replacing: null })}
        >
          {t('syllabus.chips.add')}
        </button>
      )}
    </div>
  );
}

/** A list of every topic of the syllabus, indented by level, to pick one from. */
function TopicPicker({
  label,
  onPick,
  onCancel,
}: {
  label: string;
  onPick: (topic: string) => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const words = useTopicWords();
  const tree = useSyllabusTree().data;
  return (
    <span className="topic-picker">
      <select
        className="select"
        aria-label={label}
        autoFocus
        defaultValue=""
        data-testid="topic-picker"
        onChange={(event) => event.target.value && onPick(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      >
        <option value="" disabled>
          {label}
        </option>
        {tree?.topics.map((node) => (
          <option key={node.id} value={node.id}>
            {`${'\u00a0\u00a0'.repeat(node.id.split('.').length - 1)}${words.name(node)}`}
          </option>
        ))}
      </select>
      <button type="button" className="link-button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
