/** Day-by-day stepping, search clean-ups and the small fixes of the triage work. */
export const triage = {
  previousDay: 'Previous day',
  nextDay: 'Next day',
  previousDayKeys: 'Previous day ([ or Alt+←)',
  nextDayKeys: 'Next day (] or Alt+→)',
  dayHeader: '{{day}}',
  filters: 'Filters ({{count}})',
  hideFilters: 'Hide filters',
  duplicate: 'Already in your library: {{title}}',
  duplicateMore_one: 'and {{count}} more already in your library',
  duplicateMore_other: 'and {{count}} more already in your library',
  open: 'Open',
};
