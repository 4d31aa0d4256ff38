/** "Earlier and later in this story" in the reader, and the Story view (issue 16). */
export const story = {
  related: 'Earlier and later in this story',
  relatedNone: 'No other article of this story yet.',
  openStory: 'Open the story',
  title: 'The story',
  intro: 'The articles of this story in date order, with your notes on each.',
  back: 'Back to the article',
  current: 'the article you opened',
  noNotes: 'No notes on this article.',
  articleNote: 'Your note on the article',
  open: 'Open',
  similarity: '{{percent}}% alike',
  loading: 'Finding the story…',
};
