/**
 * The English catalogue, the source of every string the interface shows. One file per feature
 * (`library.ts`, `reader.ts`, …), each a namespace of keys: `t('library.empty')`.
 */
import { common } from './common';
import { exportPreview } from './exportPreview';
import { revision } from './revision';

export const en = { common, revision, exportPreview };
