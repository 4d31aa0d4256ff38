import type { Catalogue } from '../catalogue';
import type { triage as en } from '../en/triage';

export const triage: Catalogue<typeof en> = {
  previousDay: 'पिछला दिन',
  nextDay: 'अगला दिन',
  previousDayKeys: 'पिछला दिन ([ या Alt+←)',
  nextDayKeys: 'अगला दिन (] या Alt+→)',
  dayHeader: '{{day}}',
  filters: 'फ़िल्टर ({{count}})',
  hideFilters: 'फ़िल्टर छिपाएँ',
  duplicate: 'पहले से आपकी लाइब्रेरी में है: {{title}}',
  duplicateMore_one: 'और {{count}} लेख पहले से आपकी लाइब्रेरी में है',
  duplicateMore_other: 'और {{count}} लेख पहले से आपकी लाइब्रेरी में हैं',
  open: 'खोलें',
};
