/** The Hindi catalogue: the same keys as English (the type checks it), one file per feature. */
import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { common } from './common';
import { components } from './components';
import { dates } from './dates';
import { feeds } from './feeds';
import { health } from './health';
import { importing } from './import';
import { library } from './library';
import { links } from './links';
import { notes } from './notes';
import { exporting } from './export';
import { reader } from './reader';
import { review } from './review';
import { search } from './search';
import { settings } from './settings';
import { palette } from './palette';
import { shortcuts } from './shortcuts';
import { tour } from './tour';

export const hi: Catalogue<typeof en> = {
  common,
  links,
  shortcuts,
  palette,
  tour,
  components,
  dates,
  feeds,
  health,
  import: importing,
  notes,
  settings,
  search,
  review,
  export: exporting,
  library,
  reader,
};
