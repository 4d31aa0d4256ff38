import type { Catalogue } from '../catalogue';
import type { common as en } from '../en/common';

export const common: Catalogue<typeof en> = {
  appName: 'बुलेटिन',
  ok: 'ठीक है',
  cancel: 'रद्द करें',
  close: 'बंद करें',
  save: 'सहेजें',
  undated: 'बिना तारीख',
};
