/** The article trash: deleted articles, restorable for 30 days. */
export const trash = {
  open: 'Trash',
  openTitle: 'Deleted articles, restorable for 30 days',
  heading: 'Trash',
  subtitle: 'Deleted articles stay here for 30 days with their notes, then go for good.',
  empty: 'The trash is empty.',
  restore: 'Restore',
  restoreAll: 'Restore all',
  deleteForever: 'Delete forever',
  confirmForever: 'Delete “{{title}}” and its notes for good? This cannot be undone.',
  confirmYes: 'Delete forever',
  restored_one: 'Restored {{count}} article',
  restored_other: 'Restored {{count}} articles',
  purged: 'Deleted for good',
  notes_one: '{{count}} note',
  notes_other: '{{count}} notes',
  until: 'until {{day}}',
};
