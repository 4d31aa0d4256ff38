/**
 * What the main process itself says: the application menu, the system's file dialogs, the About box
 * and the few error boxes shown before or without the window. The window's own catalogue lives in
 * the renderer (`src/renderer/src/i18n`); these follow the same `language` preference.
 */
import type { Language } from '../shared/preferences';

const en = {
  menu: {
    file: 'File',
    import: 'Import…',
    exportNotes: 'Export Notes…',
    restoreBackup: 'Restore from Backup…',
    quit: 'Quit',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    help: 'Help',
    about: 'About Bulletin',
  },
  dialogs: {
    importTitle: 'Import articles',
    importFilter: 'Articles',
    opmlTitle: 'Subscribe to the feeds of an OPML file',
    opmlButton: 'Subscribe',
    opmlFilter: 'OPML subscription lists',
    syllabusTitle: 'Load a syllabus file',
    syllabusButton: 'Load syllabus',
    syllabusFilter: 'Syllabus files',
    folderTitle: 'Import a folder of articles',
    folderButton: 'Import folder',
    backupFolderTitle: 'Choose a folder for backups',
    exportFolderTitle: 'Export one Markdown file per article into…',
    backupTitle: 'Back up the library',
    exportTitle: 'Export',
    fileTypes: {
      md: 'Markdown',
      pdf: 'PDF',
      docx: 'Word document',
      txt: 'Anki notes (tab-separated)',
      csv: 'CSV spreadsheet',
      bulletin: 'Bulletin backup',
    } as Record<string, string>,
  },
  restore: {
    chooseTitle: 'Restore from backup',
    question: 'Replace the library with this backup?',
    detail: (file: string) =>
      `Bulletin will restart with the library from ${file}. The current library is kept beside it, not deleted.`,
    confirm: 'Restore',
    cancel: 'Cancel',
    failedTitle: 'The backup could not be restored',
  },
  start: {
    failedTitle: 'Bulletin could not start',
    failedDetail: (dir: string, reason: string) => `The library in ${dir} could not be opened: ${reason}`,
  },
  about: {
    title: 'About Bulletin',
    version: 'Version',
    licence: 'Licence',
    unknown: 'unknown',
  },
};

/** The main process's sentences in one language. */
export type NativeText = typeof en;

const hi: NativeText = {
  menu: {
    file: 'फ़ाइल',
    import: 'आयात करें…',
    exportNotes: 'नोट्स निर्यात करें…',
    restoreBackup: 'बैकअप से बहाल करें…',
    quit: 'बाहर निकलें',
    close: 'विंडो बंद करें',
    edit: 'संपादन',
    undo: 'पूर्ववत करें',
    redo: 'फिर से करें',
    cut: 'काटें',
    copy: 'कॉपी करें',
    paste: 'चिपकाएँ',
    selectAll: 'सब चुनें',
    view: 'दृश्य',
    actualSize: 'वास्तविक आकार',
    zoomIn: 'ज़ूम बढ़ाएँ',
    zoomOut: 'ज़ूम घटाएँ',
    fullScreen: 'पूर्ण स्क्रीन चालू/बंद',
    window: 'विंडो',
    minimize: 'न्यूनतम करें',
    help: 'सहायता',
    about: 'Bulletin के बारे में',
  },
  dialogs: {
    importTitle: 'लेख आयात करें',
    importFilter: 'लेख',
    opmlTitle: 'किसी OPML फ़ाइल की फ़ीड की सदस्यता लें',
    opmlButton: 'सदस्यता लें',
    opmlFilter: 'OPML सदस्यता सूचियाँ',
    syllabusTitle: 'पाठ्यक्रम फ़ाइल लोड करें',
    syllabusButton: 'पाठ्यक्रम लोड करें',
    syllabusFilter: 'पाठ्यक्रम फ़ाइलें',
    folderTitle: 'लेखों का फ़ोल्डर आयात करें',
    folderButton: 'फ़ोल्डर आयात करें',
    backupFolderTitle: 'बैकअप के लिए फ़ोल्डर चुनें',
    exportFolderTitle: 'हर लेख की एक Markdown फ़ाइल इस फ़ोल्डर में निर्यात करें…',
    backupTitle: 'लाइब्रेरी का बैकअप लें',
    exportTitle: 'निर्यात करें',
    fileTypes: {
      md: 'Markdown',
      pdf: 'PDF',
      docx: 'Word दस्तावेज़',
      txt: 'Anki नोट्स (टैब से अलग)',
      csv: 'CSV स्प्रेडशीट',
      bulletin: 'Bulletin बैकअप',
    },
  },
  restore: {
    chooseTitle: 'बैकअप से बहाल करें',
    question: 'लाइब्रेरी को इस बैकअप से बदलें?',
    detail: (file) =>
      `Bulletin ${file} की लाइब्रेरी के साथ फिर से शुरू होगा। अभी की लाइब्रेरी उसके पास रखी जाती है, मिटाई नहीं जाती।`,
    confirm: 'बहाल करें',
    cancel: 'रद्द करें',
    failedTitle: 'बैकअप बहाल नहीं हो सका',
  },
  start: {
    failedTitle: 'Bulletin शुरू नहीं हो सका',
    failedDetail: (dir, reason) => `${dir} की लाइब्रेरी खोली नहीं जा सकी: ${reason}`,
  },
  about: {
    title: 'Bulletin के बारे में',
    version: 'संस्करण',
    licence: 'लाइसेंस',
    unknown: 'अज्ञात',
  },
};

const TEXT: Record<Language, NativeText> = { en, hi };

/** The main process's sentences in a language. */
export const nativeText = (language: Language): NativeText => TEXT[language];
