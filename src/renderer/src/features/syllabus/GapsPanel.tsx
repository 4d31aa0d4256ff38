import { formatDay } from '../../format';
import { useT } from '../../i18n';
import { useTopicWords } from './topic-name';
import { useSyllabusGaps } from './useSyllabus';

/** The topics read least in the last 90 days; a click shows their articles. */
export function GapsPanel({ onOpenTopic }: { onOpenTopic: (topic: { id: string; name: string }) => void }) {
  const { t } = useT();
  const words = useTopicWords();
  const gaps = useSyllabusGaps().data;
  return (
    <aside className="syllabus-gaps" aria-labelledby="syllabus-gaps-title" data-testid="syllabus-gaps">
      <h2 className="syllabus-gaps__title" id="syllabus-gaps-title">
        {t('syllabus.gaps.title')}
      </h2>
      <p className="syllabus-gaps__intro">{t('syllabus.gaps.intro')}</p>
      {gaps && gaps.length === 0 && <p>{t('syllabus.gaps.none')}</p>}
      <ol className="syllabus-gaps__list">
        {gaps?.map((gap) => (
          <li key={gap.topic} className="syllabus-gap">
            <button
              type="button"
              className="syllabus-gap__name"
              title={words.path(gap)}
              onClick={() => onOpenTopic({ id: gap.topic, name: words.name(gap) })}
            >
              {words.name(gap)}
            </button>
            <span className="syllabus-gap__path">{words.path(gap)}</span>
            <span className="syllabus-gap__counts">
              {t('syllabus.gaps.read', { count: gap.readRecently })} ·{' '}
              {t('syllabus.gaps.waiting', { count: gap.articles })}
              {gap.lastTouched ? ` · ${formatDay(gap.lastTouched.slice(0, 10))}` : ''}
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
