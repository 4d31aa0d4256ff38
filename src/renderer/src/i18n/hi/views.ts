import type { Catalogue } from '../catalogue';
import type { views as en } from '../en/views';

export const views: Catalogue<typeof en> = {
  heading: 'दृश्य',
  today: 'आज',
  unread: 'अपठित',
  starred: 'तारांकित',
  countLabel_one: '{{count}} लेख',
  countLabel_other: '{{count}} लेख',
  todayHeader: 'आज, {{day}}',
  todayFallback: 'आज की तारीख का कुछ नहीं है: {{day}} दिखाया जा रहा है, आपकी लाइब्रेरी का सबसे नया दिन।',
  unreadHeader: 'अपठित लेख',
  starredHeader: 'तारांकित लेख',
  starredEmpty: 'अभी कुछ तारांकित नहीं है। रीडर में किसी लेख पर तारा लगाएँ, वह यहाँ मिलेगा।',
  unreadEmpty: 'सब कुछ पढ़ लिया गया है।',
  lastFallback:
    'पिछले {{days}} दिनों में कुछ नहीं: {{to}} तक के {{days}} दिन दिखाए जा रहे हैं, जो आपकी लाइब्रेरी का सबसे नया लेख है।',
  starredRow: 'तारांकित',
};
