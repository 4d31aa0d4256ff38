/** Shared components: banners, toasts, tags, broken parts. */
export const components = {
  dismiss: 'Dismiss',
  broken: {
    title: 'The {{where}} could not be displayed.',
    hint: 'The rest of the window still works. The details were written to the log.',
  },
  tag: {
    user: 'Your tag: {{name}}',
    source: 'Source tag: {{name}}',
  },
  toast: {
    undo: 'Undo',
    withUndo: '{{message}} — Undo',
    restored: 'Restored',
  },
};
