/**
 * The English catalogue, the source of every string the interface shows. One file per feature
 * (`library.ts`, `reader.ts`, …), each a namespace of keys: `t('library.empty')`.
 */
import { common } from './common';
import { manage } from './manage';
import { tagGroups } from './tagGroups';
import { trash } from './trash';

export const en = { common, manage, trash, tagGroups };
