/** Search: the box, results, facets, saved searches and the index's progress. */
export const search = {
  box: {
    label: 'Search articles and notes',
    placeholder: 'Search — try csto, +russia -belarus, title:treaty',
    clear: 'Clear the search',
  },
  indexing: {
    building: 'Building the search index',
    updating: 'Adding recent changes to the search index',
    articles: '{{done}} of {{total}} articles',
    newestFirst: ', newest first. Results so far are shown; you can keep reading.',
    bar: 'Search index',
    line: 'Indexing for search: {{done}} of {{total}}',
  },
  save: {
    title: 'Save this search in the sidebar',
    button: 'Save search',
    name: 'Name for this search',
    placeholder: 'Name, e.g. GS-2 polity this month',
  },
  saved: {
    heading: 'Saved searches',
    run: 'Search “{{query}}”',
    delete: 'Delete the saved search {{name}}',
  },
  sort: {
    label: 'Sort results',
    relevance: 'Relevance',
    newest: 'Newest',
  },
  facets: {
    label: 'Narrow the results',
    tags: 'Tags',
    months: 'Months',
    allTags: 'Show every tag again',
    onlyTag: 'Only results tagged {{tag}}',
    onlyMonth: 'Only results from {{month}}',
  },
  results: {
    searching: 'Searching…',
    stillSearching: 'searching…',
    count_one: '{{n}} result',
    count_other: '{{n}} results',
    showingFor: 'Showing results for',
    nothing: 'Nothing matches “{{query}}”',
    try: 'Check the spelling, try fewer words.',
    tryFiltered: 'Check the spelling, try fewer words, or clear the date and tag filters.',
    label: 'Search results',
  },
};
