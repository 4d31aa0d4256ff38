import type { Catalogue } from '../catalogue';
import type { dates as en } from '../en/dates';

export const dates: Catalogue<typeof en> = {
  input: {
    hint: 'दिन-माह-वर्ष (DD-MM-YYYY)',
    unreadable: '“{{typed}}” को तारीख के रूप में पढ़ा नहीं जा सका। इसे DD-MM-YYYY रूप में लिखें, जैसे 10-01-2022।',
    noSuchDay: '“{{typed}}” नाम की कोई तारीख नहीं होती।',
    beforeMin: '{{min}} या उसके बाद की तारीख चुनें।',
    afterMax: '{{max}} या उससे पहले की तारीख चुनें।',
  },
  style: {
    short: 'महीने का छोटा नाम',
    numeric: 'केवल अंक',
  },
};
