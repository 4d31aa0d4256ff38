/** The first-run tour. */
export const tour = {
  title: 'Welcome to Bulletin',
  step: 'Step {{n}} of {{total}}',
  skip: 'Skip the tour',
  back: 'Back',
  next: 'Next',
  done: 'Start reading',
  welcome: {
    heading: 'Your current-affairs notebook',
    body: 'Bulletin keeps the articles you read for the civil-services exam in one library on this computer, with no internet needed. Highlight what matters, write notes beside the text, and revise them just before you would forget them.',
  },
  places: {
    heading: 'Where things are',
    import: 'Import, on the left: add files, a whole folder, pasted text or a news feed.',
    notes: 'Notes: every highlight and note, by date, tag or colour, ready to export.',
    review: 'Revise: cards made from your notes, paced towards your exam.',
  },
  keys: {
    heading: 'The keys worth knowing',
    more: 'Press ? at any time for every shortcut.',
  },
  exam: {
    heading: 'When is your exam?',
    body: 'Revision is paced so that every card is seen at least twice before it. You can change this later in Settings.',
    prelims: 'Prelims',
    mains: 'Mains',
    saved: 'Exam date saved',
  },
  samples: {
    heading: 'The sample articles',
    body: 'Your library starts with a few sample articles to try things on, each marked “Sample”. Remove them in one step now (they go to the Trash, so you can bring them back), or keep them until your own are in.',
    remove_one: 'Remove the sample article',
    remove_other: 'Remove the {{count}} sample articles',
    show: 'Show them in the Library',
  },
};
