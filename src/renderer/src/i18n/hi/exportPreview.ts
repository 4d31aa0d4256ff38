import type { Catalogue } from '../catalogue';
import type { exportPreview as en } from '../en/exportPreview';

export const exportPreview: Catalogue<typeof en> = {
  title: 'पूर्वावलोकन',
  loading: 'पूर्वावलोकन तैयार हो रहा है…',
  firstArticles_one: 'पहला लेख, जैसा वह लिखा जाएगा।',
  firstArticles_other: 'पहले {{count}} लेख, जैसे वे लिखे जाएँगे।',
  markdownLabel: 'मार्कडाउन, प्रदर्शित रूप में',
  pdfLabel: 'PDF का पहला पृष्ठ',
  docxLabel: 'Word दस्तावेज़ PDF जैसा ही बनता है: उसका पहला पृष्ठ',
  ankiLabel: 'कार्ड, जैसे Anki उन्हें दिखाएगा',
  csvLabel: 'स्प्रेडशीट की पहली पंक्तियाँ',
  cardFront: 'आगे',
  cardBack: 'पीछे',
  cardKind: '{{kind}} कार्ड',
  noCards: 'इस निर्यात से कोई कार्ड नहीं बनता।',
  noRows: 'इस निर्यात से कोई पंक्ति नहीं बनती।',
  moreRows_one: '… और {{count}} पंक्ति।',
  moreRows_other: '… और {{count}} पंक्तियाँ।',
  contents: 'इसमें शामिल लेख और नोट',
  filtersCarried: 'नोटबुक से: {{filters}}',
};
