import type { Catalogue } from '../catalogue';
import type { tagGroups as en } from '../en/tagGroups';

export const tagGroups: Catalogue<typeof en> = {
  heading: 'टैग',
  search: 'टैग खोजें',
  syllabus: 'पाठ्यक्रम',
  user: 'आपके टैग',
  source: 'स्रोतों से',
  none: 'आपके लेखों के टैग यहाँ दिखेंगे।',
  noMatch: '“{{query}}” से कोई टैग मेल नहीं खाता।',
  show: '{{name}} टैग वाले लेख दिखाएँ',
  showAll: 'फिर से सभी टैग दिखाएँ',
  yours: 'आपका',
};
