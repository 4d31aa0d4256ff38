/** The Hindi catalogue: the same keys as English (the type checks it), one file per feature. */
import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { appearance } from './appearance';
import { common } from './common';
import { reading } from './reading';

export const hi: Catalogue<typeof en> = { common, appearance, reading };
