import type { Catalogue } from '../catalogue';
import type { feeds as en } from '../en/feeds';

export const feeds: Catalogue<typeof en> = {
  heading: 'फ़ीड',
  refreshAll: 'सब रीफ़्रेश करें',
  refreshingAll: 'रीफ़्रेश हो रहा है…',
  refreshAllTitle: 'हर फ़ीड अभी लाएँ',
  add: 'फ़ीड जोड़ें…',
  addTitle: 'किसी RSS या Atom फ़ीड की सदस्यता लें',
  offline: {
    title: 'आप ऑफ़लाइन हैं',
    text: 'ऑनलाइन होते ही फ़ीड रीफ़्रेश होंगी; पहले से लाए गए लेख पढ़े जा सकते हैं।',
  },
  empty: 'किसी साइट की RSS या Atom फ़ीड से जुड़ें; ऑनलाइन होने पर उसके लेख लाए जाते हैं।',
  refreshOne: '{{name}} रीफ़्रेश करें',
  refreshOneTitle: 'यह फ़ीड अभी लाएँ',
  remove: '{{name}} की सदस्यता छोड़ें…',
  removeTitle: 'सदस्यता छोड़ें (इसके लेख बने रहेंगे)',
  yesterday: 'कल',
  new: '{{n}} नए',
  updated: '{{n}} अद्यतन',
  listSeparator: ', ',
  nothingNew: 'कुछ नया नहीं',
  refreshing: 'रीफ़्रेश हो रही है…',
  theFeed: 'यह फ़ीड',
  line: {
    pending: 'अभी तक नहीं लाई गई',
    fetched: '{{when}} पर लाई गई · {{change}}',
    unreachable: '{{when}} पर नहीं पहुँच सके · फिर कोशिश होगी',
    failed: '{{when}} पर विफल',
  },
  status: {
    pending: 'अभी तक नहीं लाई गई',
    ok: 'अद्यतन है',
    failed: 'विफल',
    unreachable: 'पहुँचा नहीं जा सका',
    refreshing: 'रीफ़्रेश हो रही है',
  },
  unsubscribe: {
    title: '{{name}} की सदस्यता छोड़ें?',
    keep: 'बनी रहने दें',
    working: 'सदस्यता छोड़ी जा रही है…',
    confirm: 'सदस्यता छोड़ें',
    textBefore: 'बुलेटिन इसे लाना बंद कर देगा:',
    textAfter: '। इससे पहले लाए गए लेख आपके नोट्स और टैग के साथ आपकी लाइब्रेरी में बने रहेंगे।',
  },
};
