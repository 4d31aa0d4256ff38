import type { Catalogue } from '../catalogue';
import type { reading as en } from '../en/reading';

export const reading: Catalogue<typeof en> = {
  heading: 'पढ़ना',
  intro: 'लेख का पाठ: अक्षरों का आकार, पंक्तियों की दूरी, चौड़ाई और लिपि-शैली।',
  /** The popover button's face: the letters of the text, small and large. */
  aaButton: 'अआ',
  quick: 'पढ़ने की सेटिंग',
  fontSize: 'अक्षरों का आकार',
  fontSizeValue: '{{size}} px',
  smaller: 'छोटे अक्षर',
  larger: 'बड़े अक्षर',
  lineSpacing: 'पंक्तियों की दूरी',
  lineSpacingValue: '{{value}}×',
  readingWidth: 'पाठ की चौड़ाई',
  readingWidthValue: '{{count}} अक्षर',
  fontFace: 'टाइपफ़ेस',
  serif: 'सेरिफ़',
  sans: 'सान्स सेरिफ़',
  sample: 'अनुच्छेद 21 जीवन और व्यक्तिगत स्वतंत्रता की रक्षा करता है; सर्वोच्च न्यायालय ने इसमें निजता का अधिकार पढ़ा है।',
  progress: 'पढ़ने की प्रगति',
  outline: 'रूपरेखा',
  outlineShow: 'रूपरेखा दिखाएँ',
  outlineHide: 'रूपरेखा छिपाएँ',
  outlineLabel: 'इस लेख के शीर्षक',
};
