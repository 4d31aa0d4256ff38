import { useMemo, useState } from 'react';
import { api } from '../../api';
import { useReportError } from '../../components/errors';
import { useFeedback } from '../../components/feedback';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/useFormat';
import { isFiltered, toNoteFilter, type NotebookFilterState } from '../notes/notebook-filter';
import { useColorName } from '../settings/study-settings';

interface Props {
  notebookFilter: NotebookFilterState;
  onMade: () => void;
}

/** Turns annotated passages into review cards: all of them, or those the notebook's filter shows. */
export function MakeCards({ notebookFilter, onMade }: Props) {
  const reportError = useReportError();
  const { announce } = useFeedback();
  const colorName = useColorName();
  const { t } = useT();
  const fmt = useFormat();
  const filtered = isFiltered(notebookFilter);
  const [scope, setScope] = useState<'all' | 'filter'>('all');
  const [cloze, setCloze] = useState(true);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<string | null>(null);

  const filterWords = useMemo(() => {
    const f = notebookFilter;
    const words: string[] = [];
    if (f.query.trim()) words.push(`“${f.query.trim()}”`);
    if (f.color) words.push(colorName(f.color));
    if (f.tag) words.push(`#${f.tag}`);
    if (f.source.trim()) words.push(f.source.trim());
    if (f.article) words.push(f.article.title);
    if (f.from || f.to)
      words.push(
        t('review.make.articles', { from: f.from ? fmt.day(f.from) : '…', to: f.to ? fmt.day(f.to) : '…' }),
      );
    if (f.writtenOn) words.push(t('review.make.written', { day: fmt.day(f.writtenOn) }));
    return words.join(', ');
  }, [notebookFilter, colorName, t, fmt]);

  const make = () => {
    setBusy(true);
    setMade(null);
    const useFilter = scope === 'filter' && filtered;
    api
      .makeReviewCards({ ...(useFilter ? { filter: toNoteFilter(notebookFilter) } : { filter: {} }), cloze })
      .then(({ count }) => {
        const text =
          count === 0 ? t('review.make.none') : t('review.make.ready', { count, n: fmt.number(count) });
        setMade(text);
        announce(text);
        onMade();
      }, reportError)
      .finally(() => setBusy(false));
  };

  return (
    <section className="review-card-panel make-cards" aria-labelledby="make-cards-heading">
      <h2 className="review-panel__title" id="make-cards-heading">
        {t('review.make.heading')}
      </h2>
      <p className="review-panel__hint">{t('review.make.hint')}</p>
      <fieldset className="make-cards__scope">
        <legend className="visually-hidden">{t('review.make.which')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="card-scope"
            data-testid="make-cards-all"
            checked={scope === 'all' || !filtered}
            onChange={() => setScope('all')}
          />
          {t('review.make.all')}
        </label>
        <label className={`radio${filtered ? '' : ' radio--disabled'}`}>
          <input
            type="radio"
            name="card-scope"
            data-testid="make-cards-filter"
            disabled={!filtered}
            checked={scope === 'filter' && filtered}
            onChange={() => setScope('filter')}
          />
          {filtered ? t('review.make.filter', { words: filterWords }) : t('review.make.noFilter')}
        </label>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="make-cards-cloze"
          checked={cloze}
          onChange={(e) => setCloze(e.target.checked)}
        />
        {t('review.make.cloze')}
      </label>
      <div className="make-cards__bar">
        <button type="button" className="button" data-testid="make-cards" disabled={busy} onClick={make}>
          {busy ? t('review.make.making') : t('review.make.heading')}
        </button>
        {made && (
          <span className="make-cards__status" data-testid="make-cards-status">
            {made}
          </span>
        )}
      </div>
    </section>
  );
}
