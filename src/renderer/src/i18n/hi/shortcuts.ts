import type { Catalogue } from '../catalogue';
import type { shortcuts as en } from '../en/shortcuts';

export const shortcuts: Catalogue<typeof en> = {
  actions: {
    palette: 'कमांड पैलेट खोलें',
    help: 'कीबोर्ड शॉर्टकट दिखाएँ',
    search: 'लेख और नोट खोजें',
    import: 'फ़ाइलें आयात करें',
    export: 'नोट निर्यात करें',
    undo: 'पिछला हटाना वापस लें',
    goLibrary: 'लाइब्रेरी पर जाएँ',
    goNotes: 'नोट्स पर जाएँ',
    goReview: 'दोहराव पर जाएँ',
    goSettings: 'सेटिंग्स पर जाएँ',
    readerNext: 'अगला अंश',
    readerPrevious: 'पिछला अंश',
    readerNote: 'अंश पर, या चुने गए शब्दों पर नोट लिखें',
    readerOpen: 'अंश का नोट खोलें',
    readerColor: 'अंश को, या चुने गए शब्दों को रंग दें',
    readerSelectWords: 'अंश में शब्द चुनें, एक और (→) या एक कम (←)',
    readerSelectStart: 'चुने गए शब्दों की शुरुआत खिसकाएँ',
    readerDelete: 'अंश का नोट हटाएँ',
    readerClose: 'नोट बंद करें, या चयन हटाएँ',
    reviewReveal: 'उत्तर दिखाएँ',
    reviewGrade: 'कार्ड को अंक दें: फिर से, कठिन, अच्छा, आसान',
    reviewEnd: 'सत्र समाप्त करें',
  },
  scopes: {
    global: 'हर जगह',
    go: 'यहाँ जाएँ',
    library: 'लाइब्रेरी',
    reader: 'पाठक',
    review: 'दोहराव सत्र',
  },
  help: {
    title: 'कीबोर्ड शॉर्टकट',
    intro: 'अकेली कुंजियाँ तब काम करती हैं जब फ़ोकस किसी टेक्स्ट फ़ील्ड में न हो। Ctrl+K (⌘K) से कोई भी काम ढूँढें।',
    then: 'फिर',
    or: 'या',
  },
  skip: {
    label: 'सीधे जाने की कड़ियाँ',
    list: 'लेखों की सूची पर जाएँ',
    reader: 'पाठक पर जाएँ',
    search: 'खोज पर जाएँ',
    main: 'मुख्य दृश्य पर जाएँ',
  },
  landmarks: {
    reader: 'पाठक',
    view: 'वर्तमान दृश्य',
  },
};
