/** The Hindi catalogue: the same keys as English (the type checks it), one file per feature. */
import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { common } from './common';
import { links } from './links';
import { palette } from './palette';
import { shortcuts } from './shortcuts';
import { tour } from './tour';

export const hi: Catalogue<typeof en> = { common, links, shortcuts, palette, tour };
