/** Reading settings, the reader's "Aa" popover, its progress bar and outline. */
export const reading = {
  heading: 'Reading',
  intro: 'The article text: its size, spacing, width and face.',
  /** The popover button's face: the letters of the text, small and large. */
  aaButton: 'Aa',
  quick: 'Reading settings',
  fontSize: 'Font size',
  fontSizeValue: '{{size}} px',
  smaller: 'Smaller text',
  larger: 'Larger text',
  lineSpacing: 'Line spacing',
  lineSpacingValue: '{{value}}×',
  readingWidth: 'Reading width',
  readingWidthValue: '{{count}} characters',
  fontFace: 'Typeface',
  serif: 'Serif',
  sans: 'Sans serif',
  sample:
    'Article 21 protects life and personal liberty; the Supreme Court has read into it the right to privacy.',
  progress: 'Reading progress',
  outline: 'Outline',
  outlineShow: 'Show the outline',
  outlineHide: 'Hide the outline',
  outlineLabel: 'Headings of this article',
};
