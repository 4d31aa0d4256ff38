/**
 * The English catalogue, the source of every string the interface shows. One file per feature
 * (`library.ts`, `reader.ts`, …), each a namespace of keys: `t('library.empty')`.
 */
import { appearance } from './appearance';
import { common } from './common';
import { components } from './components';
import { core } from './core';
import { dates } from './dates';
import { exporting } from './export';
import { exportPreview } from './exportPreview';
import { feeds } from './feeds';
import { health } from './health';
import { importing } from './import';
import { library } from './library';
import { links } from './links';
import { manage } from './manage';
import { notes } from './notes';
import { palette } from './palette';
import { reader } from './reader';
import { reading } from './reading';
import { resume } from './resume';
import { review } from './review';
import { revision } from './revision';
import { search } from './search';
import { settings } from './settings';
import { shortcuts } from './shortcuts';
import { story } from './story';
import { syllabus } from './syllabus';
import { tagGroups } from './tagGroups';
import { tour } from './tour';
import { trash } from './trash';
import { triage } from './triage';
import { views } from './views';

export const en = {
  common,
  links,
  shortcuts,
  palette,
  tour,
  components,
  core,
  dates,
  feeds,
  health,
  import: importing,
  notes,
  views,
  triage,
  resume,
  appearance,
  reading,
  revision,
  exportPreview,
  manage,
  trash,
  tagGroups,
  syllabus,
  story,
  settings,
  search,
  review,
  export: exporting,
  library,
  reader,
};
