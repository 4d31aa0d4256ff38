/** The sidebar's triage views: Today, Unread, Starred. */
export const views = {
  heading: 'Views',
  today: 'Today',
  unread: 'Unread',
  starred: 'Starred',
  countLabel_one: '{{count}} article',
  countLabel_other: '{{count}} articles',
  todayHeader: 'Today, {{day}}',
  todayFallback: 'Nothing is dated today: showing {{day}}, the newest day in your library.',
  unreadHeader: 'Unread articles',
  starredHeader: 'Starred articles',
  starredEmpty: 'Nothing starred yet. Star an article in the reader to find it here again.',
  unreadEmpty: 'Everything is read.',
  lastFallback:
    'Nothing in the last {{days}} days: showing the {{days}} days up to {{to}}, the newest article in your library.',
  starredRow: 'Starred',
};
