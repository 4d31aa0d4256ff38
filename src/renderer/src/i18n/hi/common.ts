import type { Catalogue } from '../catalogue';
import type { common as en } from '../en/common';

export const common: Catalogue<typeof en> = {
  appName: 'बुलेटिन',
  ok: 'ठीक है',
  cancel: 'रद्द करें',
  close: 'बंद करें',
  save: 'सहेजें',
  undated: 'बिना तारीख',
  noConnection: 'बुलेटिन अपनी लाइब्रेरी से नहीं जुड़ सका। कृपया ऐप को दोबारा शुरू करें।',
  languageSettings: {
    heading: 'भाषा और तारीखें',
    hint: 'इंटरफ़ेस की भाषा, संख्याएँ लिखने के अंक, और तारीख लिखने का तरीका। तारीख में दिन हमेशा पहले लिखा जाता है।',
    language: 'भाषा',
    system: 'सिस्टम के अनुसार ({{name}})',
    english: 'English',
    hindi: 'हिन्दी',
    numerals: 'अंक',
    latin: 'अंतरराष्ट्रीय (0 1 2 3)',
    devanagari: 'देवनागरी (० १ २ ३)',
    dateStyle: 'तारीखें',
    example: 'उदाहरण: {{day}} · {{count}} लेख',
    saved: 'भाषा की सेटिंग सहेजी गई',
  },
};
