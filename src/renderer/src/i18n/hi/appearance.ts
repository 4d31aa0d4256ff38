import type { Catalogue } from '../catalogue';
import type { appearance as en } from '../en/appearance';

export const appearance: Catalogue<typeof en> = {
  heading: 'रूप-रंग',
  intro: 'बुलेटिन कैसा दिखे। बदलाव तुरंत लागू होते हैं और याद रखे जाते हैं।',
  theme: 'थीम',
  themeSystem: 'सिस्टम के अनुसार',
  themeLight: 'हल्की',
  themeDark: 'गहरी',
  themePaper: 'काग़ज़',
  zoom: 'इंटरफ़ेस ज़ूम',
  zoomHint: 'Ctrl/Cmd + और − से ज़ूम, Ctrl/Cmd 0 से पहले जैसा।',
  zoomOut: 'छोटा करें',
  zoomIn: 'बड़ा करें',
  zoomReset: 'ज़ूम पहले जैसा करें',
  zoomValue: '{{percent}}%',
  collapseSidebar: 'साइडबार छोटा करें',
  expandSidebar: 'साइडबार बड़ा करें',
  hideList: 'लेखों की सूची छिपाएँ',
  showList: 'लेखों की सूची दिखाएँ',
};
