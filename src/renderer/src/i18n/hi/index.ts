/** The Hindi catalogue: the same keys as English (the type checks it), one file per feature. */
import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { common } from './common';
import { manage } from './manage';
import { tagGroups } from './tagGroups';
import { trash } from './trash';

export const hi: Catalogue<typeof en> = { common, manage, trash, tagGroups };
