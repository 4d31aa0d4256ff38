import type { Catalogue } from '../catalogue';
import type { links as en } from '../en/links';

export const links: Catalogue<typeof en> = {
  heading: 'और पढ़ें',
  hint: 'जिन लेखों की ओर स्रोत इशारा करता है। जो लेख आपकी लाइब्रेरी में हैं वे यहीं खुलते हैं; बुलेटिन ऑनलाइन नहीं जाता।',
  open: 'अपनी लाइब्रेरी से “{{title}}” खोलें',
  notInLibrary: 'आपकी लाइब्रेरी में नहीं',
  copy: 'लिंक कॉपी करें',
  copied: 'कॉपी हो गया',
};
