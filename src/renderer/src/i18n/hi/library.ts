import type { Catalogue } from '../catalogue';
import type { library as en } from '../en/library';

export const library: Catalogue<typeof en> = {
  heading: 'लाइब्रेरी',
  logo: 'बु',
  loading: 'लोड हो रहा है…',
  nav: {
    library: 'लाइब्रेरी',
    notes: 'नोट्स',
    review: 'पुनरावृत्ति',
    syllabus: 'पाठ्यक्रम',
    settings: 'सेटिंग',
  },
  count_one: '{{n}} लेख',
  count_other: '{{n}} लेख',
  unread: '{{n}} अपठित',
  articles: 'लेख',
  more: '{{total}} में से {{n}} और दिखाएँ',
  emptyFiltered: {
    title: 'इन फ़िल्टरों से कोई लेख मेल नहीं खाता',
    text: 'कोई और तारीख या टैग आज़माएँ।',
    clear: 'फ़िल्टर हटाएँ',
  },
  empty: {
    title: 'आपकी लाइब्रेरी खाली है',
    text: '“आयात करें…” से लेख आयात करें, या फ़ाइलें इस खिड़की में कहीं भी छोड़ दें।',
  },
  item: {
    unread: 'अपठित',
    notes_one: '{{n}} नोट',
    notes_other: '{{n}} नोट्स',
    select: 'चयन में जोड़ें',
    unselect: 'चयन से हटाएँ',
  },
  selection: {
    label: 'चुने गए लेख',
    count_one: '{{n}} लेख चुना गया',
    count_other: '{{n}} लेख चुने गए',
    exportTitle: 'इन लेखों को Markdown, PDF, Word, Anki या CSV में निर्यात करें, पूर्वावलोकन के साथ',
    markRead: 'पढ़ा हुआ चिह्नित करें',
    markUnread: 'अपठित चिह्नित करें',
    clearTitle: 'चयन हटाएँ (Esc)',
    clear: 'हटाएँ',
  },
  tags: {
    heading: 'टैग',
    none: 'आपके लेखों के टैग यहाँ दिखेंगे।',
    all: 'फिर से सभी टैग दिखाएँ',
    only: '{{tag}} टैग वाले लेख दिखाएँ',
  },
  dates: {
    heading: 'तारीख',
    all: 'सभी तारीखें',
    last7: 'पिछले 7 दिन',
    last30: 'पिछले 30 दिन',
    undated: 'बिना तारीख',
    day: 'किसी दिन',
    month: 'किसी महीने में',
    between: 'इनके बीच',
    from: 'से',
    to: 'तक',
    backward: '“से” की तारीख “तक” के बाद है, इसलिए कोई लेख मेल नहीं खा सकता।',
  },
  month: {
    hint: 'MM-YYYY या जनवरी 2022',
    unreadable: '“{{typed}}” को बुलेटिन महीने के रूप में नहीं पढ़ सका। इसे MM-YYYY में लिखें, जैसे 01-2022।',
  },
};
