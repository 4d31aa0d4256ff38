import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Article } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { trapTab } from '../../components/useModalDialog';
import { useT } from '../../i18n';
import { useLayout } from '../library/layout';
import { ReadingControls } from '../settings/ReadingControls';
import { OUTLINE_MIN_HEADINGS, outlineOf } from './outline';
import { useReadingProgress } from './useReadingProgress';
import './reader-bar.css';

interface Props {
  article: Article;
  scroller: RefObject<HTMLDivElement | null>;
}

/**
 * The reader's slim bar, kept at the top while the article scrolls: the reading progress, the title
 * once the header is out of sight, the outline of the headings and the "Aa" reading settings.
 */
export function ReaderBar({ article, scroller }: Props) {
  const { t } = useT();
  const progress = useReadingProgress(scroller, article.id);
  const titleGone = useTitleScrolledAway(scroller, article.id);
  const outline = outlineOf(article.blocks);
  const percent = Math.round(progress * 100);
  const { listHidden, toggleList } = useLayout();

  const jump = (id: number) => {
    const row = scroller.current?.querySelector<HTMLElement>(`[data-heading-id="${id}"]`);
    if (!row) return;
    row.scrollIntoView({ block: 'start' });
    (row.querySelector<HTMLElement>('.block--heading') ?? row).focus({ preventScroll: true });
  };

  return (
    <div className="reader-bar" data-testid="reader-bar">
      <div
        className="reader-bar__progress"
        role="progressbar"
        aria-label={t('reading.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid="reading-progress"
      >
        <span className="reader-bar__fill" style={{ transform: `scaleX(${progress})` }} />
      </div>
      <div className="reader-bar__row">
        <button
          type="button"
          className="button button--small button--quiet reader-bar__button"
          aria-label={t(listHidden ? 'appearance.showList' : 'appearance.hideList')}
          title={t(listHidden ? 'appearance.showList' : 'appearance.hideList')}
          aria-pressed={listHidden}
          data-testid="toggle-list"
          onClick={toggleList}
        >
          <Icon name="list" size={15} />
        </button>
        <span
          className={titleGone ? 'reader-bar__title reader-bar__title--shown' : 'reader-bar__title'}
          title={article.title}
          aria-hidden={!titleGone}
        >
          {article.title}
        </span>
        {outline.length >= OUTLINE_MIN_HEADINGS && (
          <Popover
            label={t('reading.outline')}
            testId="outline-button"
            content={
              <nav aria-label={t('reading.outlineLabel')} className="outline" data-testid="outline">
                <ol className="outline__list">
                  {outline.map((entry) => (
                    <li key={entry.id} className={`outline__item outline__item--${entry.depth}`}>
                      <button
                        type="button"
                        className="outline__link"
                        title={entry.text}
                        data-popover-close=""
                        onClick={() => jump(entry.id)}
                      >
                        {entry.text}
                      </button>
                    </li>
                  ))}
                </ol>
              </nav>
            }
          >
            <Icon name="outline" size={15} />
            <span className="reader-bar__button-label">{t('reading.outline')}</span>
          </Popover>
        )}
        <Popover
          label={t('reading.quick')}
          testId="reading-quick"
          content={
            <div className="reading-popover" data-testid="reading-popover">
              <ReadingControls idPrefix="quick-reading" />
            </div>
          }
        >
          <span className="reader-bar__aa" aria-hidden="true">
            {t('reading.aaButton')}
          </span>
        </Popover>
      </div>
    </div>
  );
}

/** Whether the article's title (the header's h1) has scrolled out of sight. */
function useTitleScrolledAway(scroller: RefObject<HTMLDivElement | null>, articleKey: unknown): boolean {
  const [gone, setGone] = useState(false);
  useEffect(() => {
    const root = scroller.current;
    const title = root?.querySelector('#reader-title');
    if (!root || !title) return;
    const observer = new IntersectionObserver(
      ([entry]) => setGone(entry ? !entry.isIntersecting && entry.boundingClientRect.top < 0 : false),
      { root, rootMargin: '-40px 0px 0px 0px' },
    );
    observer.observe(title);
    return () => observer.disconnect();
  }, [scroller, articleKey]);
  return gone;
}

/**
 * A button that opens a small panel under it; Escape or a click elsewhere closes it. While it is open,
 * Tab and Shift+Tab wrap inside the panel, with the dialogs' own trap (`trapTab`).
 */
function Popover(props: {
  label: string;
  testId: string;
  children: ReactNode;
  /** The panel; a click on an element marked `data-popover-close` closes it. */
  content: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        setOpen(false);
        button.current?.focus();
      } else if (panel.current) trapTab(panel.current, event);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    // The panel's first control takes the focus, so the keyboard goes on from there.
    panel.current?.querySelector<HTMLElement>('button, input, [tabindex]')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);
  return (
    <span className="popover">
      <button
        ref={button}
        type="button"
        className="button button--small button--quiet reader-bar__button"
        aria-label={props.label}
        title={props.label}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        data-testid={props.testId}
        onClick={() => setOpen((was) => !was)}
      >
        {props.children}
      </button>
      {open && (
        <div
          ref={panel}
          id={id}
          className="popover__panel"
          role="dialog"
          aria-label={props.label}
          onClick={(event) => {
            if ((event.target as Element).closest('[data-popover-close]')) setOpen(false);
          }}
        >
          {props.content}
        </div>
      )}
    </span>
  );
}
