import type { Catalogue } from '../catalogue';
import type { palette as en } from '../en/palette';

export const palette: Catalogue<typeof en> = {
  title: 'कमांड पैलेट',
  placeholder: 'कोई कमांड, तारीख (10-01-2022) या लेख का शीर्षक लिखें',
  inputLabel: 'कमांड, तारीख या लेख',
  empty: '“{{query}}” से कुछ नहीं मिला।',
  hint: '↑ ↓ चुनें · Enter चलाएँ · Esc बंद करें',
  searching: 'लेख खोजे जा रहे हैं…',
  kinds: {
    action: 'काम',
    date: 'तारीख',
    article: 'लेख',
  },
  actions: {
    import: 'फ़ाइलें आयात करें…',
    importFolder: 'फ़ोल्डर आयात करें…',
    export: 'नोट निर्यात करें…',
    backup: 'लाइब्रेरी का अभी बैकअप लें…',
    goLibrary: 'लाइब्रेरी पर जाएँ',
    goNotes: 'नोट्स पर जाएँ',
    goReview: 'दोहराव पर जाएँ',
    goSettings: 'सेटिंग्स पर जाएँ',
    theme: 'थीम: {{theme}} पर बदलें',
    search: 'लेख और नोट खोजें',
    help: 'कीबोर्ड शॉर्टकट दिखाएँ',
    tour: 'परिचय फिर से देखें',
    allArticles: 'सभी लेख दिखाएँ (तारीख और टैग हटाएँ)',
  },
  themes: {
    light: 'हल्की',
    dark: 'गहरी',
    paper: 'काग़ज़',
    system: 'सिस्टम की थीम',
  },
  jumpToDay: '{{day}} के लेख',
  jumpToMonth: '{{month}} के लेख',
  backedUp: 'बैकअप यहाँ सहेजा गया: {{path}}',
  themeChanged: 'थीम बदलकर {{theme}} की गई',
};
