import { useState, type FormEvent } from 'react';
import type { SyllabusNode } from '../../../../shared/syllabus';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useChanges } from '../../data/changes';
import { formatCount, formatDay } from '../../format';
import { useT } from '../../i18n';
import { GapsPanel } from './GapsPanel';
import { heatOf } from './heat';
import { useTopicWords } from './topic-name';
import { useSyllabusTree } from './useSyllabus';
import './syllabus.css';

interface Props {
  /** Shows a topic's articles in the library list. */
  onOpenTopic: (topic: { id: string; name: string }) => void;
}

/** A topic id's parent: everything before the last dot. */
const parentOf = (id: string) => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null);

/** Papers folded at first: their words are the Mains papers' (see docs/syllabus.md). */
const FOLDED_AT_FIRST = ['prelims', 'essay'];

/** The syllabus tree with, per topic, its coverage and heat; the gaps beside it. */
export function SyllabusView({ onOpenTopic }: Props) {
  const { t } = useT();
  const words = useTopicWords();
  const tree = useSyllabusTree().data;
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set(FOLDED_AT_FIRST));
  const [editing, setEditing] = useState<{ id: string; kind: 'rename' | 'add' } | null>(null);

  const toggle = (id: string) =>
    setFolded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const hidden = (node: SyllabusNode) => {
    for (let parent = node.parent; parent !== null; parent = parentOf(parent))
      if (folded.has(parent)) return true;
    return false;
  };
  const parents = new Set(tree?.topics.map((n) => n.parent).filter((p) => p !== null));

  return (
    <div className="syllabus-view" data-testid="syllabus-view">
      <header className="syllabus-view__header">
        <div>
          <h1 className="syllabus-view__title">{t('syllabus.title')}</h1>
          <p className="syllabus-view__intro">{t('syllabus.intro')}</p>
        </div>
        {tree && <SyllabusSwitcher current={tree.id} syllabi={tree.syllabi} />}
      </header>
      {!tree ? (
        <p aria-busy="true">{t('syllabus.loading')}</p>
      ) : (
        <div className="syllabus-view__body">
          <section className="syllabus-tree" aria-label={words.name(tree)}>
            {tree.unplaced > 0 && (
              <p className="syllabus-tree__unplaced">{t('syllabus.unplaced', { count: tree.unplaced })}</p>
            )}
            <table className="syllabus-table">
              <thead>
                <tr>
                  <th scope="col">{t('syllabus.columns.topic')}</th>
                  <th scope="col">{t('syllabus.columns.articles')}</th>
                  <th scope="col">{t('syllabus.columns.read')}</th>
                  <th scope="col">{t('syllabus.columns.notes')}</th>
                  <th scope="col">{t('syllabus.columns.cards')}</th>
                  <th scope="col">{t('syllabus.columns.touched')}</th>
                </tr>
              </thead>
              <tbody>
                {tree.topics
                  .filter((node) => !hidden(node))
                  .map((node) => (
                    <TopicRow
                      key={node.id}
                      node={node}
                      hasChildren={parents.has(node.id)}
                      folded={folded.has(node.id)}
                      onToggle={() => toggle(node.id)}
                      onOpen={() => onOpenTopic({ id: node.id, name: words.name(node) })}
                      editing={editing?.id === node.id ? editing.kind : null}
                      onEdit={(kind) => setEditing(kind ? { id: node.id, kind } : null)}
                    />
                  ))}
              </tbody>
            </table>
          </section>
          <GapsPanel onOpenTopic={onOpenTopic} />
        </div>
      )}
    </div>
  );
}

interface RowProps {
  node: SyllabusNode;
  hasChildren: boolean;
  folded: boolean;
  onToggle: () => void;
  onOpen: () => void;
  editing: 'rename' | 'add' | null;
  onEdit: (kind: 'rename' | 'add' | null) => void;
}

function TopicRow({ node, hasChildren, folded, onToggle, onOpen, editing, onEdit }: RowProps) {
  const { t } = useT();
  const words = useTopicWords();
  const name = words.name(node);
  const depth = node.id.split('.').length - 1;
  const heat = heatOf(node);
  return (
    <>
      <tr className={`syllabus-row syllabus-row--depth-${Math.min(depth, 3)}`} data-topic={node.id}>
        <th scope="row" className="syllabus-row__topic" style={{ paddingLeft: `${8 + depth * 18}px` }}>
          {hasChildren ? (
            <button
              type="button"
              className="syllabus-row__fold"
              aria-expanded={!folded}
              aria-label={name}
              onClick={onToggle}
            >
              {folded ? '▸' : '▾'}
            </button>
          ) : (
            <span className="syllabus-row__fold" aria-hidden="true" />
          )}
          <span
            className={`syllabus-heat syllabus-heat--${heat}`}
            title={heat === 'empty' ? undefined : t(`syllabus.heat.${heat}`)}
            aria-hidden="true"
          />
          <button
            type="button"
            className="syllabus-row__name"
            title={words.description(node) || t('syllabus.openTopic', { name })}
            onClick={onOpen}
            data-testid={`syllabus-topic-${node.id}`}
          >
            {name}
          </button>
          {node.own && <span className="syllabus-row__own">{t('syllabus.edit.own')}</span>}
          <span className="syllabus-row__edits">
            <button type="button" className="link-button" onClick={() => onEdit('rename')}>
              {t('syllabus.edit.rename')}
            </button>
            <button type="button" className="link-button" onClick={() => onEdit('add')}>
              {t('syllabus.edit.addSub')}
            </button>
          </span>
        </th>
        <td>{formatCount(node.articles)}</td>
        <td>{formatCount(node.read)}</td>
        <td>{formatCount(node.withNotes)}</td>
        <td>{formatCount(node.cardsReviewed)}</td>
        <td className="syllabus-row__touched">
          {node.lastTouched ? formatDay(node.lastTouched.slice(0, 10)) : t('syllabus.never')}
        </td>
      </tr>
      {editing && (
        <tr className="syllabus-row syllabus-row--edit">
          <td colSpan={6} style={{ paddingLeft: `${34 + depth * 18}px` }}>
            <TopicEdit node={node} kind={editing} onDone={() => onEdit(null)} />
          </td>
        </tr>
      )}
    </>
  );
}

/** Renames a topic or adds the student's own sub-topic under it. */
function TopicEdit({
  node,
  kind,
  onDone,
}: {
  node: SyllabusNode;
  kind: 'rename' | 'add';
  onDone: () => void;
}) {
  const { t } = useT();
  const reportError = useReportError();
  const { changed } = useChanges();
  const words = useTopicWords();
  // A rename starts from the name the student sees, in the interface's language.
  const [name, setName] = useState(kind === 'rename' ? words.name(node) : '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done =
      kind === 'rename'
        ? api.renameSyllabusTopic({ topic: node.id, name })
        : api.addSyllabusTopic({ parent: node.id, name });
    done.then(() => {
      void changed('topics');
      onDone();
    }, reportError);
  };
  const label =
    kind === 'rename'
      ? t('syllabus.edit.renameLabel', { name: words.name(node) })
      : t('syllabus.edit.addLabel', { name: words.name(node) });
  return (
    <form className="syllabus-edit" onSubmit={submit}>
      <label className="syllabus-edit__label">
        {label}
        <input
          className="input"
          value={name}
          maxLength={120}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && onDone()}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={name.trim() === ''}>
        {t('common.save')}
      </button>
      <button type="button" className="button" onClick={onDone}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

/** The syllabus in use, another one the library holds, or a file to load. */
function SyllabusSwitcher({
  current,
  syllabi,
}: {
  current: string;
  syllabi: Array<{ id: string; name: string; nameHi?: string }>;
}) {
  const { t } = useT();
  const words = useTopicWords();
  const reportError = useReportError();
  const { notify } = useFeedback();
  const { changed } = useChanges();
  const [busy, setBusy] = useState(false);

  /** Places the library on the syllabus now in use, and says how many articles it placed. */
  const placeAll = async () => {
    const { jobId } = await api.startSyllabusRun({});
    for (;;) {
      const status = await api.syllabusRunStatus({ jobId });
      if (status.error) throw new Error(status.error);
      if (!status.running) return status.done;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  };
  const run = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .then(() => changed('topics'), reportError)
      .finally(() => setBusy(false));
  };
  const use = (id: string) =>
    run(async () => {
      await api.useSyllabus({ id });
      notify(t('syllabus.switcher.placed', { count: await placeAll() }));
    });
  const load = () =>
    run(async () => {
      const loaded = await api.loadSyllabusWithDialog({});
      if (!loaded) return;
      notify(t('syllabus.switcher.loaded', { name: loaded.name }));
      notify(t('syllabus.switcher.placed', { count: await placeAll() }));
    });

  return (
    <div className="syllabus-switcher">
      <label className="syllabus-switcher__label">
        {t('syllabus.switcher.label')}
        <select
          className="select"
          value={current}
          disabled={busy}
          onChange={(event) => use(event.target.value)}
          data-testid="syllabus-switcher"
        >
          {syllabi.map((s) => (
            <option key={s.id} value={s.id}>
              {words.name(s)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" disabled={busy} onClick={load}>
        {t('syllabus.switcher.load')}
      </button>
    </div>
  );
}
