/** The user's study settings: exam dates (Prelims, Mains) and the name of each highlight colour. */
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_LABELS,
  type ExamKind,
  type HighlightColor,
  type StudySettings,
} from '../../../shared/domain';
import type { Db } from '../db/connection';
import { getSetting, setSetting } from '../db/settings';

const EXAM_KEY: Record<ExamKind, string> = { prelims: 'exam.prelims', mains: 'exam.mains' };
const colorKey = (color: HighlightColor) => `color.${color}`;
const AUTO_CARDS_KEY = 'revision.autoCards';
const AUTO_COLORS_KEY = 'revision.autoCardColors';
/** The colours whose existing notes have all been given cards (see `Notes.fillAutoCards`). */
const FILLED_KEY = 'revision.autoCardsFilled';
const DEFAULT_AUTO_COLORS: HighlightColor[] = ['revise'];

/** A stored list of colours (JSON); unknown names are dropped, a broken value gives `fallback`. */
function colorList(value: string | undefined, fallback: HighlightColor[]): HighlightColor[] {
  if (!value) return fallback;
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return fallback;
    return HIGHLIGHT_COLORS.filter((c) => parsed.includes(c));
  } catch {
    return fallback;
  }
}

export function getStudySettings(db: Db): StudySettings {
  const colorNames = Object.fromEntries(
    HIGHLIGHT_COLORS.map((c) => [c, getSetting(db, colorKey(c)) || HIGHLIGHT_LABELS[c]]),
  ) as Record<HighlightColor, string>;
  return {
    prelimsDate: getSetting(db, EXAM_KEY.prelims) || null,
    mainsDate: getSetting(db, EXAM_KEY.mains) || null,
    colorNames,
    autoCards: getSetting(db, AUTO_CARDS_KEY) !== 'off',
    autoCardColors: colorList(getSetting(db, AUTO_COLORS_KEY), DEFAULT_AUTO_COLORS),
  };
}

/** The colours whose notes should get cards by themselves now: none while the setting is off. */
export function autoCardColors(db: Db): HighlightColor[] {
  const settings = getStudySettings(db);
  return settings.autoCards ? settings.autoCardColors : [];
}

/** The automatic colours whose existing notes still need cards (turned on, or added, since the last fill). */
export function unfilledAutoColors(db: Db): HighlightColor[] {
  const filled = colorList(getSetting(db, FILLED_KEY), []);
  return autoCardColors(db).filter((c) => !filled.includes(c));
}

/** Records that every existing note of these colours has its card. */
export function markAutoColorsFilled(db: Db, colors: readonly HighlightColor[]): void {
  const filled = colorList(getSetting(db, FILLED_KEY), []);
  setSetting(
    db,
    FILLED_KEY,
    JSON.stringify(HIGHLIGHT_COLORS.filter((c) => filled.includes(c) || colors.includes(c))),
  );
}

/** What a settings change may say: a day or null (to clear) per exam, and new colour names. */
export interface StudySettingsChange {
  prelimsDate?: string | null;
  mainsDate?: string | null;
  colorNames?: Partial<Record<HighlightColor, string>>;
  autoCards?: boolean;
  autoCardColors?: HighlightColor[];
}

/** Applies a change; fields left out keep their value, an empty colour name restores the default. */
export function updateStudySettings(db: Db, change: StudySettingsChange): StudySettings {
  if (change.prelimsDate !== undefined) setSetting(db, EXAM_KEY.prelims, change.prelimsDate ?? '');
  if (change.mainsDate !== undefined) setSetting(db, EXAM_KEY.mains, change.mainsDate ?? '');
  for (const [color, name] of Object.entries(change.colorNames ?? {})) {
    setSetting(db, colorKey(color as HighlightColor), (name ?? '').trim());
  }
  if (change.autoCards !== undefined) setSetting(db, AUTO_CARDS_KEY, change.autoCards ? 'on' : 'off');
  if (change.autoCardColors !== undefined)
    setSetting(db, AUTO_COLORS_KEY, JSON.stringify(colorList(JSON.stringify(change.autoCardColors), [])));
  // A colour turned off (or the whole setting) forgets its fill, so turning it on again fills anew.
  const active = autoCardColors(db);
  const filled = colorList(getSetting(db, FILLED_KEY), []);
  setSetting(db, FILLED_KEY, JSON.stringify(filled.filter((c) => active.includes(c))));
  return getStudySettings(db);
}

/** Local midnight starting a `YYYY-MM-DD` day. */
export function startOfLocalDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The next exam still ahead of `now` (its day has not begun), or null. */
export function nextExam(
  settings: StudySettings,
  now: Date,
): { kind: ExamKind; date: string; starts: Date } | null {
  const exams = (
    [
      ['prelims', settings.prelimsDate],
      ['mains', settings.mainsDate],
    ] as const
  )
    .filter((e): e is readonly [ExamKind, string] => e[1] !== null)
    .map(([kind, date]) => ({ kind, date, starts: startOfLocalDay(date) }))
    .filter((e) => e.starts.getTime() > now.getTime())
    .sort((a, b) => a.starts.getTime() - b.starts.getTime());
  return exams[0] ?? null;
}
