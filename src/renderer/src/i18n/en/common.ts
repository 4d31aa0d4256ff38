/** Words every screen uses. */
export const common = {
  appName: 'Bulletin',
  ok: 'OK',
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  undated: 'Undated',
  noConnection: 'Bulletin could not connect to its library. Please restart the app.',
  languageSettings: {
    heading: 'Language and dates',
    hint: 'The language of the interface, the digits it writes numbers with, and how it writes days. Days are always written day first.',
    language: 'Language',
    system: 'Follow the system ({{name}})',
    english: 'English',
    hindi: 'हिन्दी',
    numerals: 'Numerals',
    latin: 'Latin (0 1 2 3)',
    devanagari: 'Devanagari (० १ २ ३)',
    dateStyle: 'Dates',
    example: 'Example: {{day}} · {{count}} articles',
    saved: 'Language settings saved',
  },
};
