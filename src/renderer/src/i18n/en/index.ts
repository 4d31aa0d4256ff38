/**
 * The English catalogue, the source of every string the interface shows. One file per feature
 * (`library.ts`, `reader.ts`, …), each a namespace of keys: `t('library.empty')`.
 */
import { appearance } from './appearance';
import { common } from './common';
import { reading } from './reading';

export const en = { common, appearance, reading };
