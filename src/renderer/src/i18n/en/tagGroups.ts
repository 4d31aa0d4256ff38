/** The sidebar's tags in groups: the syllabus's, the user's own, the sources'. */
export const tagGroups = {
  heading: 'Tags',
  search: 'Find a tag',
  syllabus: 'Syllabus',
  user: 'Your tags',
  source: 'From sources',
  none: 'Tags from your articles will show here.',
  noMatch: 'No tag matches “{{query}}”.',
  show: 'Show articles tagged {{name}}',
  showAll: 'Show all tags again',
  yours: 'yours',
};
