import { useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/domain';
import { Icon } from '../../components/Icon';
import { useColorName } from '../settings/study-settings';
import type { BlockSelection } from './useBlockSelection';

interface Props {
  selection: BlockSelection;
  onColor: (color: HighlightColor) => void;
  onNote: () => void;
}

/** The toolbar's width before it is measured: four colour names and "Note" at the usual font size. */
const ESTIMATED_WIDTH = 470;

/** Floats over selected words: highlight them in a colour (keys 1–4), or write a note on them. */
export function HighlightToolbar({ selection, onColor, onNote }: Props) {
  const colorName = useColorName();
  const { t } = useT();
  const { rect } = selection;
  // As wide as its labels (renamed colours can be longer), then placed from its measured width.
  const toolbar = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(ESTIMATED_WIDTH);
  useLayoutEffect(() => {
    const measured = toolbar.current?.offsetWidth;
    if (measured && measured !== width) setWidth(measured);
  }, [width, selection]);
  const above = rect.top > 70;
  const left = Math.max(8, Math.min(window.innerWidth - width - 8, rect.left + rect.width / 2 - width / 2));
  const top = above ? rect.top - 46 : rect.bottom + 8;
  return (
    <div
      className="highlight-toolbar"
      role="toolbar"
      aria-label={t('reader.toolbar.label')}
      data-testid="highlight-toolbar"
      ref={toolbar}
      style={{ left, top }}
      // Keep the selection: pressing a button must not clear it before the click.
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color, index) => (
        <button
          key={color}
          type="button"
          className={`highlight-toolbar__color color--${color}`}
          data-testid={`highlight-${color}`}
          title={`${colorName(color)} (${index + 1})`}
          aria-label={t('reader.toolbar.as', { color: colorName(color) })}
          onClick={() => onColor(color)}
        >
          <span className="highlight-toolbar__swatch" aria-hidden="true" />
          <span className="highlight-toolbar__name">{colorName(color)}</span>
        </button>
      ))}
      <span className="highlight-toolbar__sep" aria-hidden="true" />
      <button
        type="button"
        className="highlight-toolbar__note"
        data-testid="highlight-note"
        title={t('reader.toolbar.noteTitle')}
        onClick={onNote}
      >
        <Icon name="note" size={13} />
        {t('reader.toolbar.note')}
      </button>
    </div>
  );
}
