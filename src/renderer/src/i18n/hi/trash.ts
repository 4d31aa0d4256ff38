import type { Catalogue } from '../catalogue';
import type { trash as en } from '../en/trash';

export const trash: Catalogue<typeof en> = {
  open: 'कचरा',
  openTitle: 'हटाए गए लेख, 30 दिन तक वापस लाए जा सकते हैं',
  heading: 'कचरा',
  subtitle: 'हटाए गए लेख अपने नोट्स के साथ 30 दिन यहाँ रहते हैं, फिर हमेशा के लिए चले जाते हैं।',
  empty: 'कचरा ख़ाली है।',
  restore: 'वापस लाएँ',
  restoreAll: 'सब वापस लाएँ',
  deleteForever: 'हमेशा के लिए हटाएँ',
  confirmForever: '“{{title}}” और उसके नोट्स हमेशा के लिए हटाएँ? यह वापस नहीं होगा।',
  confirmYes: 'हमेशा के लिए हटाएँ',
  restored_one: '{{count}} लेख वापस लाया गया',
  restored_other: '{{count}} लेख वापस लाए गए',
  purged: 'हमेशा के लिए हटाया गया',
  notes_one: '{{count}} नोट',
  notes_other: '{{count}} नोट्स',
  until: '{{day}} तक',
};
