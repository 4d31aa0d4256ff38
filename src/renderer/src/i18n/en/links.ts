/** The reader's "Read more" links: other articles the source pointed to, shown apart from the text. */
export const links = {
  heading: 'Read more',
  hint: 'Articles the source points to. Those in your library open here; Bulletin does not go online.',
  open: 'Open “{{title}}” from your library',
  notInLibrary: 'Not in your library',
  copy: 'Copy link',
  copied: 'Copied',
};
