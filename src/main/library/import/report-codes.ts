/**
 * Gives each sentence of an import report its code and parameters (`shared/message-codes.ts`), so
 * the window can say it in its own language. The English sentences stay as they are: the CLI prints
 * them and its JSON is a contract; `code`/`params` are only added.
 */
import type { CodedSentence, ImportReport } from '../../../shared/domain';
import { recogniseCoreMessage } from '../../../shared/message-codes';

/**
 * The groups of codes a report line carries in its JSON. Sentences of later groups (a dump's fields,
 * `map.*`) are recognised by the window from their words instead, so that the command line's JSON of
 * a report stays byte for byte what it was.
 */
const REPORTED_GROUPS = ['import.', 'skip.', 'warn.', 'feed.', 'backup.', 'export.'];

/** The code and parameters of one sentence, as fields to spread into its report line (none when unknown). */
export function codedSentence(sentence: string): CodedSentence {
  const known = recogniseCoreMessage(sentence);
  if (!known || !REPORTED_GROUPS.some((group) => known.code.startsWith(group))) return {};
  return { code: known.code, params: known.params };
}

/** Adds `code`/`params` to the report's failures, skipped items and warnings, in place. */
export function addMessageCodes(report: ImportReport): ImportReport {
  for (const line of report.failed) Object.assign(line, codedSentence(line.error));
  for (const line of report.skipped ?? []) Object.assign(line, codedSentence(line.reason));
  for (const line of report.warnings ?? []) Object.assign(line, codedSentence(line.warning));
  return report;
}
