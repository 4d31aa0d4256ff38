import type { Catalogue } from '../catalogue';
import type { components as en } from '../en/components';

export const components: Catalogue<typeof en> = {
  dismiss: 'हटाएँ',
  broken: {
    title: 'इस हिस्से को दिखाया नहीं जा सका।',
    hint: 'विंडो का बाकी हिस्सा ठीक काम कर रहा है। पूरा विवरण लॉग में लिख दिया गया है।',
  },
  tag: {
    user: 'आपका टैग: {{name}}',
    source: 'स्रोत का टैग: {{name}}',
  },
  toast: {
    undo: 'पूर्ववत करें',
    withUndo: '{{message}} — पूर्ववत करें',
    restored: 'वापस लाया गया',
  },
};
