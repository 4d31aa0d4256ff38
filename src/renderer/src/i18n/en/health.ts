/** The library's health: backup on demand, the integrity check, the startup notice. */
export const health = {
  heading: 'Library',
  backUp: 'Back up now…',
  backingUp: 'Backing up…',
  backUpTitle: 'Save the whole library, notes and review history as one .bulletin file',
  check: 'Check library',
  checking: 'Checking…',
  checkTitle: 'Check the library file for damage',
  backedUpTo: 'Backed up to',
  healthy: 'Library is healthy',
  problems_one: '{{n}} problem found. Back up now, then restart Bulletin to restore the last good backup.',
  problems_other: '{{n}} problems found. Back up now, then restart Bulletin to restore the last good backup.',
  notice: {
    title: 'About your library',
    dismiss: 'Dismiss this notice',
  },
};
