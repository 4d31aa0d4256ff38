/** The Hindi catalogue: the same keys as English (the type checks it), one file per feature. */
import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { common } from './common';
import { resume } from './resume';
import { triage } from './triage';
import { views } from './views';

export const hi: Catalogue<typeof en> = { common, views, triage, resume };
