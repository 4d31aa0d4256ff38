/** The revision words that depend on numbers: intervals ("3 d") and what is due next, translated. */
import { formatDay } from '../../format';
import type { useT } from '../../i18n';
import { intervalParts, type NextPart } from './intervals';

type T = ReturnType<typeof useT>['t'];

/** "10 min", "3 d": an interval in the interface's language. */
export function intervalLabel(t: T, ms: number): string {
  const { unit, count } = intervalParts(ms);
  return t(`revision.interval.${unit}`, { count });
}

/** "Next: 4 cards in 10 min, 12 tomorrow." (or that nothing is scheduled). */
export function nextMessage(t: T, parts: readonly NextPart[]): string {
  if (parts.length === 0) return t('revision.nothingNext');
  const words = parts.map((p) => {
    switch (p.kind) {
      case 'soon':
        return t('revision.nextSoon', { count: p.cards, interval: intervalLabel(t, p.inMs) });
      case 'laterToday':
        return t('revision.nextLaterToday', { count: p.cards });
      case 'tomorrow':
        return t('revision.nextTomorrow', { count: p.cards });
      case 'onDay':
        return t('revision.nextOnDay', { count: p.cards, day: formatDay(p.day) });
    }
  });
  return t('revision.next', { parts: words.join(', ') });
}
