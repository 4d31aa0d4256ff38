/** The Hindi catalogue: the same keys as English (the type checks it), one file per feature. */
import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { common } from './common';
import { story } from './story';
import { syllabus } from './syllabus';

export const hi: Catalogue<typeof en> = { common, syllabus, story };
