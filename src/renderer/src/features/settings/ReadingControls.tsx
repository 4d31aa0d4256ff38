import { useId } from 'react';
import { FONT_FACES, PREFERENCE_LIMITS } from '../../../../shared/preferences';
import { useT } from '../../i18n';
import { usePreferences } from './preferences';
import { useSetPreference } from './useSetPreference';
import './appearance.css';

/** A labelled slider with its value written beside it. */
function Slider(props: {
  label: string;
  value: number;
  shown: string;
  min: number;
  max: number;
  step: number;
  testId: string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="reading-control">
      <label className="reading-control__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        type="range"
        className="reading-control__range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-valuetext={props.shown}
        data-testid={props.testId}
        onChange={(event) => props.onChange(Number(event.target.value))}
      />
      <output className="reading-control__value" htmlFor={id} data-testid={`${props.testId}-value`}>
        {props.shown}
      </output>
    </div>
  );
}

/** Font size, line spacing, reading width and typeface: used by Settings and the reader's "Aa" popover. */
export function ReadingControls({ idPrefix }: { idPrefix: string }) {
  const { t } = useT();
  const { preferences } = usePreferences();
  const set = useSetPreference();
  const { fontSize, lineSpacing, readingWidth } = PREFERENCE_LIMITS;
  return (
    <div className="reading-controls">
      <Slider
        label={t('reading.fontSize')}
        value={preferences.fontSize}
        shown={t('reading.fontSizeValue', { size: preferences.fontSize })}
        min={fontSize.min}
        max={fontSize.max}
        step={1}
        testId={`${idPrefix}-font-size`}
        onChange={(value) => set({ fontSize: value })}
      />
      <Slider
        label={t('reading.lineSpacing')}
        value={preferences.lineSpacing}
        shown={t('reading.lineSpacingValue', { value: preferences.lineSpacing.toFixed(1) })}
        min={lineSpacing.min}
        max={lineSpacing.max}
        step={0.1}
        testId={`${idPrefix}-line-spacing`}
        onChange={(value) => set({ lineSpacing: Math.round(value * 10) / 10 })}
      />
      <Slider
        label={t('reading.readingWidth')}
        value={preferences.readingWidth}
        shown={t('reading.readingWidthValue', { count: preferences.readingWidth })}
        min={readingWidth.min}
        max={readingWidth.max}
        step={2}
        testId={`${idPrefix}-reading-width`}
        onChange={(value) => set({ readingWidth: value })}
      />
      <div className="reading-control">
        <span className="reading-control__label" id={`${idPrefix}-face-label`}>
          {t('reading.fontFace')}
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby={`${idPrefix}-face-label`}>
          {FONT_FACES.map((face) => (
            <button
              key={face}
              type="button"
              role="radio"
              aria-checked={preferences.fontFace === face}
              className={`segmented__option reading-face--${face}`}
              data-testid={`${idPrefix}-face-${face}`}
              onClick={() => set({ fontFace: face })}
            >
              {t(face === 'serif' ? 'reading.serif' : 'reading.sans')}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
