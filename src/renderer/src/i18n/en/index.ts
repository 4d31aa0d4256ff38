/**
 * The English catalogue, the source of every string the interface shows. One file per feature
 * (`library.ts`, `reader.ts`, …), each a namespace of keys: `t('library.empty')`.
 */
import { common } from './common';
import { story } from './story';
import { syllabus } from './syllabus';

export const en = { common, syllabus, story };
