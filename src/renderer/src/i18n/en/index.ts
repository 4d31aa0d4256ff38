/**
 * The English catalogue, the source of every string the interface shows. One file per feature
 * (`library.ts`, `reader.ts`, …), each a namespace of keys: `t('library.empty')`.
 */
import { common } from './common';
import { resume } from './resume';
import { triage } from './triage';
import { views } from './views';

export const en = { common, views, triage, resume };
