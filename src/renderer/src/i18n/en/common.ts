/** Words every screen uses. */
export const common = {
  appName: 'Bulletin',
  ok: 'OK',
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  undated: 'Undated',
};
