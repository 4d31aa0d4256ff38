import { useRef, useState } from 'react';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { Icon } from '../../components/Icon';
import { useModalDialog } from '../../components/useModalDialog';
import { useT } from '../../i18n';
import { api } from '../../api';
import { useDeleteArticles, useSamples } from '../manage/useManage';
import { useStudySettings } from '../settings/study-settings';
import { ShortcutKeys } from '../shortcuts/ShortcutKeys';
import { shortcutById } from '../shortcuts/table';
import '../../components/modal.css';
import './tour.css';

const STEPS = ['welcome', 'places', 'keys', 'exam', 'samples'] as const;
type Step = (typeof STEPS)[number];

/** The keys the tour shows, from the shortcut table. */
const USEFUL_KEYS = ['palette.open', 'help.open', 'search.focus', 'go.notes', 'reader.next', 'reader.color'];

interface Props {
  /** Finished or skipped: the caller remembers it (`tourDone`). */
  onDone: () => void;
  /** The samples step's offer: show the library, unfiltered, with the samples in it. */
  onShowSamples: () => void;
}

/**
 * The first-run tour, in five short steps: what Bulletin is for, where Import, Notes and Revise are,
 * the most useful keys, the exam date, and the sample articles. Skippable at every step.
 */
export function Tour({ onDone, onShowSamples }: Props) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState(0);
  useModalDialog(dialog, { initialFocus: '[data-testid="tour-next"]' });
  const step: Step = STEPS[index]!;
  const last = index === STEPS.length - 1;

  return (
    <dialog
      ref={dialog}
      className="modal tour"
      data-testid="tour"
      data-step={step}
      aria-labelledby="tour-title"
      aria-describedby="tour-step-heading"
      onCancel={(event) => {
        event.preventDefault();
        onDone();
      }}
    >
      <header className="modal__header">
        <div>
          <h2 className="modal__title" id="tour-title">
            {t('tour.title')}
          </h2>
          <p className="modal__subtitle" data-testid="tour-progress">
            {t('tour.step', { n: index + 1, total: STEPS.length })}
          </p>
        </div>
        <button type="button" className="button button--quiet" data-testid="tour-skip" onClick={onDone}>
          {t('tour.skip')}
        </button>
      </header>
      <div className="tour__body" aria-live="polite">
        <TourStep step={step} onShowSamples={onShowSamples} onDone={onDone} />
      </div>
      <footer className="tour__footer">
        <div className="tour__dots" aria-hidden="true">
          {STEPS.map((s, i) => (
            <span key={s} className={i === index ? 'tour__dot tour__dot--on' : 'tour__dot'} />
          ))}
        </div>
        {index > 0 && (
          <button
            type="button"
            className="button"
            data-testid="tour-back"
            onClick={() => setIndex(index - 1)}
          >
            {t('tour.back')}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          data-testid="tour-next"
          onClick={() => {
            if (last) onDone();
            else setIndex(index + 1);
            // Stay on the button that moves on: Enter, Enter, Enter goes through the tour.
            dialog.current?.querySelector<HTMLElement>('[data-testid="tour-next"]')?.focus();
          }}
        >
          {last ? t('tour.done') : t('tour.next')}
        </button>
      </footer>
    </dialog>
  );
}

function TourStep({
  step,
  onShowSamples,
  onDone,
}: {
  step: Step;
  onShowSamples: () => void;
  onDone: () => void;
}) {
  const { t } = useT();
  const samples = useSamples();
  const deleteArticles = useDeleteArticles();
  switch (step) {
    case 'welcome':
      return (
        <>
          <h3 className="tour__heading" id="tour-step-heading">
            {t('tour.welcome.heading')}
          </h3>
          <p>{t('tour.welcome.body')}</p>
        </>
      );
    case 'places':
      return (
        <>
          <h3 className="tour__heading" id="tour-step-heading">
            {t('tour.places.heading')}
          </h3>
          <ul className="tour__places">
            <li>
              <Icon name="plus" size={16} /> {t('tour.places.import')}
            </li>
            <li>
              <Icon name="note" size={16} /> {t('tour.places.notes')}
            </li>
            <li>
              <Icon name="cards" size={16} /> {t('tour.places.review')}
            </li>
          </ul>
        </>
      );
    case 'keys':
      return (
        <>
          <h3 className="tour__heading" id="tour-step-heading">
            {t('tour.keys.heading')}
          </h3>
          <dl className="tour__keys">
            {USEFUL_KEYS.map((id) => {
              const def = shortcutById(id);
              return def ? (
                <div key={id} className="tour__key">
                  <dt>
                    <ShortcutKeys id={id} />
                  </dt>
                  <dd>{t(def.label)}</dd>
                </div>
              ) : null;
            })}
          </dl>
          <p className="tour__more">{t('tour.keys.more')}</p>
        </>
      );
    case 'exam':
      return <ExamStep />;
    case 'samples':
      return (
        <>
          <h3 className="tour__heading" id="tour-step-heading">
            {t('tour.samples.heading')}
          </h3>
          <p>{t('tour.samples.body')}</p>
          <div className="tour__actions">
            {samples.length > 0 && (
              <button
                type="button"
                className="button button--primary"
                data-testid="tour-remove-samples"
                onClick={() => {
                  void deleteArticles(() => api.removeSamples({}), 'samplesRemoved');
                  onDone();
                }}
              >
                {t('tour.samples.remove', { count: samples.length })}
              </button>
            )}
            <button
              type="button"
              className="button"
              data-testid="tour-show-samples"
              onClick={() => {
                onShowSamples();
                onDone();
              }}
            >
              {t('tour.samples.show')}
            </button>
          </div>
        </>
      );
  }
}

/** The exam dates, saved as they are chosen (the same settings as Settings → Exam dates). */
function ExamStep() {
  const { t } = useT();
  const reportError = useReportError();
  const { announce } = useFeedback();
  const { settings, update } = useStudySettings();
  const fields = [
    { field: 'prelimsDate', label: t('tour.exam.prelims'), testId: 'tour-prelims' },
    { field: 'mainsDate', label: t('tour.exam.mains'), testId: 'tour-mains' },
  ] as const;
  return (
    <>
      <h3 className="tour__heading" id="tour-step-heading">
        {t('tour.exam.heading')}
      </h3>
      <p>{t('tour.exam.body')}</p>
      <div className="tour__exam">
        {fields.map(({ field, label, testId }) => (
          <label key={field} className="field">
            <span className="field__label">{label}</span>
            <input
              type="date"
              className="input"
              data-testid={testId}
              defaultValue={settings?.[field] ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                update({ [field]: value === '' ? null : value }).then(
                  () => announce(t('tour.exam.saved')),
                  reportError,
                );
              }}
            />
          </label>
        ))}
      </div>
    </>
  );
}
