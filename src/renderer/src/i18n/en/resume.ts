/** Resuming reading where it was left. */
export const resume = {
  resumed: 'Resumed where you left off',
};
