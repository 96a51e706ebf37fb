/**
 * Danish words every element may show: the language's own name, the error state of bad data and
 * the names of periods. The other areas have rooms of their own
 * (`charts/`, `form/`, `conversation/`, `programme/`); `i18n/da.ts` puts them together.
 */
export const daCommon = {
  language: 'Dansk',
  invalidData: {
    title: 'Data kan ikke vises',
    lead: 'Der er fejl i de data, siden har givet:',
    more: (count: number) => `… og ${count} fejl mere.`,
    kept: 'Siden har lige nu data, der ikke kan bruges. Det, der er skrevet, er her stadig.',
  },
  period: {
    week: (week: number, year: number) => `uge ${week}, ${year}`,
    halfYear: (half: number, year: number) => `${half}. halvår ${year}`,
  },
};
