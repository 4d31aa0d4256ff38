import type { Catalogue } from '../catalogue';
import type { health as en } from '../en/health';

export const health: Catalogue<typeof en> = {
  heading: 'लाइब्रेरी',
  backUp: 'अभी बैकअप लें…',
  backingUp: 'बैकअप लिया जा रहा है…',
  backUpTitle: 'पूरी लाइब्रेरी, नोट्स और पुनरावृत्ति का इतिहास एक .bulletin फ़ाइल में सहेजें',
  check: 'लाइब्रेरी जाँचें',
  checking: 'जाँच हो रही है…',
  checkTitle: 'लाइब्रेरी फ़ाइल में खराबी की जाँच करें',
  backedUpTo: 'बैकअप यहाँ सहेजा गया:',
  healthy: 'लाइब्रेरी ठीक है',
  problems_one: '{{n}} समस्या मिली। अभी बैकअप लें, फिर पिछला ठीक बैकअप वापस लाने के लिए बुलेटिन को दोबारा शुरू करें।',
  problems_other: '{{n}} समस्याएँ मिलीं। अभी बैकअप लें, फिर पिछला ठीक बैकअप वापस लाने के लिए बुलेटिन को दोबारा शुरू करें।',
  notice: {
    title: 'आपकी लाइब्रेरी के बारे में',
    dismiss: 'यह सूचना हटाएँ',
  },
};
