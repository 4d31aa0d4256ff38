/** Typed days and how days are written. */
export const dates = {
  input: {
    hint: 'DD-MM-YYYY',
    unreadable: '“{{typed}}” is not a day Bulletin can read. Write it as DD-MM-YYYY, for example 10-01-2022.',
    noSuchDay: 'There is no such day as “{{typed}}”.',
    beforeMin: 'Choose a day on or after {{min}}.',
    afterMax: 'Choose a day on or before {{max}}.',
  },
  style: {
    short: 'Short month name',
    numeric: 'Numbers only',
  },
};
