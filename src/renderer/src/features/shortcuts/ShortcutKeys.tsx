import { Fragment } from 'react';
import { useT } from '../../i18n';
import { specLabel } from './keys';
import { shortcutById } from './table';

/** Whether to write ⌘ rather than Ctrl. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Single keys in a row (1, 2, 3, 4): shown as a range. */
function isRun(keys: readonly string[]): boolean {
  return (
    keys.length > 2 &&
    keys.every((k, i) => /^\d$/.test(k) && (i === 0 || Number(k) === Number(keys[i - 1]) + 1))
  );
}

/** A shortcut's keys as `<kbd>`s: its first spec, or every one (`all`) joined by "or". */
export function ShortcutKeys({ id, all = false }: { id: string; all?: boolean }) {
  const { t } = useT();
  const def = shortcutById(id);
  if (!def) return null;
  if (isRun(def.keys))
    return (
      <span className="shortcut-keys">
        <kbd>{def.keys[0]}</kbd>–<kbd>{def.keys.at(-1)}</kbd>
      </span>
    );
  const specs = all ? def.keys : def.keys.slice(0, 1);
  return (
    <span className="shortcut-keys">
      {specs.map((spec, i) => (
        <Fragment key={spec}>
          {i > 0 && <span className="shortcut-keys__word">{t('shortcuts.help.or')}</span>}
          {specLabel(spec, IS_MAC).map((chord, j) => (
            <Fragment key={j}>
              {j > 0 && <span className="shortcut-keys__word">{t('shortcuts.help.then')}</span>}
              <kbd>{chord.join('+')}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </span>
  );
}
