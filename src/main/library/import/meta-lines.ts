import { findDateIn } from './dates';
import { findSyllabusTags, splitTags } from './tags';

/** What a metadata line said. */
export interface MetaLine {
  date: string | null;
  dateText: string | null;
  tags: string[];
}

const DATE_LABEL =
  /^(?:date|dated|posted on|published(?: on)?|updated(?: on)?|प्रविष्टि तिथि|दिनांक)\s*[:：]\s*(.*)$/i;
const TAG_LABEL =
  /^(?:tags?|category|categories|topics covered|filed under|टैग|टैग्स|श्रेणी|विषय)\s*[:：]\s*(.+)$/iu;
// `\b` does not see Devanagari letters as word characters: the Hindi labels are matched on a space.
const TAG_INSIDE = /(?:\b(?:tags?|category|categories)|(?:^|\s)(?:टैग|टैग्स|श्रेणी))\s*[:：]/iu;

/**
 * Reads a line that carries an article's metadata rather than its text:
 * `Date: 10 January 2022 Tags: Miscellaneous` (StudyIQ), `Posted On: 31 DEC 2019 6:48PM by PIB Delhi`
 * and its Hindi label `प्रविष्टि तिथि:` (PIB), `Tags: …`, `Category: …` (GKToday), `Topics Covered: …`
 * and a bare `GS Paper 2` or `Syllabus : GS 2 : Governance` (InsightsIAS, Raos). Null for any other line.
 */
export function readMetaLine(text: string): MetaLine | null {
  if (text.length > 400) return null;
  const labelled = DATE_LABEL.exec(text);
  if (labelled) {
    const rest = labelled[1]!;
    const tagsAt = rest.search(TAG_INSIDE);
    const datePart = tagsAt >= 0 ? rest.slice(0, tagsAt) : rest;
    const found = findDateIn(datePart);
    const tagPart = tagsAt >= 0 ? rest.slice(tagsAt).replace(/^[^:：]*[:：]/, '') : '';
    // A sentence that merely starts with `Date:` is text: what is left beside the date must be short.
    const leftover = (found ? datePart.replace(found.text, ' ') : datePart).trim();
    if (leftover.split(/\s+/).filter(Boolean).length > 6) return null;
    return {
      date: found?.date ?? null,
      dateText: found?.text ?? (datePart.trim() || null),
      tags: splitTags(tagPart),
    };
  }
  const tagLine = TAG_LABEL.exec(text);
  if (tagLine) return { date: null, dateText: null, tags: splitTags(tagLine[1]!) };
  if (
    /^(?:syllabus\s*[:：]\s*)?(?:GS|General Studies)\s*(?:Paper)?\s*[-–:]?\s*(?:IV|III|II|I|[1-4])\b.{0,120}$/i.test(
      text,
    )
  ) {
    return { date: null, dateText: null, tags: findSyllabusTags(text) };
  }
  if (/^(?:prelims|mains)\s+level\s*:/i.test(text))
    return { date: null, dateText: null, tags: findSyllabusTags(text) };
  return null;
}
