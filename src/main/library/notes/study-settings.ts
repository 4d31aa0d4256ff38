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

export function getStudySettings(db: Db): StudySettings {
  const colorNames = Object.fromEntries(
    HIGHLIGHT_COLORS.map((c) => [c, getSetting(db, colorKey(c)) || HIGHLIGHT_LABELS[c]]),
  ) as Record<HighlightColor, string>;
  return {
    prelimsDate: getSetting(db, EXAM_KEY.prelims) || null,
    mainsDate: getSetting(db, EXAM_KEY.mains) || null,
    colorNames,
  };
}

/** What a settings change may say: a day or null (to clear) per exam, and new colour names. */
export interface StudySettingsChange {
  prelimsDate?: string | null;
  mainsDate?: string | null;
  colorNames?: Partial<Record<HighlightColor, string>>;
}

/** Applies a change; fields left out keep their value, an empty colour name restores the default. */
export function updateStudySettings(db: Db, change: StudySettingsChange): StudySettings {
  if (change.prelimsDate !== undefined) setSetting(db, EXAM_KEY.prelims, change.prelimsDate ?? '');
  if (change.mainsDate !== undefined) setSetting(db, EXAM_KEY.mains, change.mainsDate ?? '');
  for (const [color, name] of Object.entries(change.colorNames ?? {})) {
    setSetting(db, colorKey(color as HighlightColor), (name ?? '').trim());
  }
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
