import type { Catalogue } from '../catalogue';
import type { story as en } from '../en/story';

export const story: Catalogue<typeof en> = {
  related: 'इस ख़बर में पहले और बाद में',
  relatedNone: 'इस ख़बर का अभी कोई और लेख नहीं।',
  openStory: 'पूरी ख़बर खोलें',
  title: 'पूरी ख़बर',
  intro: 'इस ख़बर के लेख तारीख़ के क्रम में, हर लेख पर आपके नोट्स के साथ।',
  back: 'लेख पर वापस',
  current: 'आपका खोला हुआ लेख',
  noNotes: 'इस लेख पर कोई नोट नहीं।',
  articleNote: 'लेख पर आपका नोट',
  open: 'खोलें',
  similarity: '{{percent}}% मिलता-जुलता',
  loading: 'ख़बर खोजी जा रही है…',
};
