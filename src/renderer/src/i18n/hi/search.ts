import type { Catalogue } from '../catalogue';
import type { search as en } from '../en/search';

export const search: Catalogue<typeof en> = {
  box: {
    label: 'लेख और नोट्स खोजें',
    placeholder: 'खोजें — जैसे csto, +russia -belarus, title:treaty',
    clear: 'खोज साफ़ करें',
  },
  indexing: {
    building: 'खोज सूचकांक बन रहा है',
    updating: 'हाल के बदलाव खोज सूचकांक में जोड़े जा रहे हैं',
    articles: '{{total}} में से {{done}} लेख',
    newestFirst: ', सबसे नए पहले। अब तक के परिणाम दिख रहे हैं; आप पढ़ना जारी रख सकते हैं।',
    bar: 'खोज सूचकांक',
    line: 'खोज के लिए सूचीबद्ध हो रहे हैं: {{total}} में से {{done}}',
  },
  save: {
    title: 'इस खोज को साइडबार में सहेजें',
    button: 'खोज सहेजें',
    name: 'इस खोज का नाम',
    placeholder: 'नाम, जैसे इस महीने की GS-2 राजव्यवस्था',
  },
  saved: {
    heading: 'सहेजी गई खोजें',
    run: '“{{query}}” खोजें',
    delete: 'सहेजी गई खोज {{name}} हटाएँ',
  },
  sort: {
    label: 'परिणामों का क्रम',
    relevance: 'प्रासंगिकता',
    newest: 'सबसे नए',
  },
  facets: {
    label: 'परिणाम सीमित करें',
    tags: 'टैग',
    months: 'महीने',
    allTags: 'फिर से सभी टैग दिखाएँ',
    onlyTag: 'केवल {{tag}} टैग वाले परिणाम',
    onlyMonth: 'केवल {{month}} के परिणाम',
  },
  results: {
    searching: 'खोज हो रही है…',
    stillSearching: 'खोज जारी है…',
    count_one: '{{n}} परिणाम',
    count_other: '{{n}} परिणाम',
    showingFor: 'इनके परिणाम दिखाए जा रहे हैं:',
    nothing: '“{{query}}” से कुछ मेल नहीं खाता',
    try: 'वर्तनी जाँचें, कम शब्द आज़माएँ।',
    tryFiltered: 'वर्तनी जाँचें, कम शब्द आज़माएँ, या तारीख और टैग के फ़िल्टर हटाएँ।',
    label: 'खोज के परिणाम',
  },
};
