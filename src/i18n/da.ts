/**
 * Danish, the kit's original language. Its shape is the `Translation` every other language must
 * match, so the compiler tells when a string is missing.
 */
export const da = {
  language: 'Dansk',
  invalidData: {
    title: 'Data kan ikke vises',
    lead: 'Der er fejl i de data, siden har givet:',
    more: (count: number) => `… og ${count} fejl mere.`,
  },
  sparkline: {
    empty: 'Ingen data endnu',
    notNumbers: 'Værdierne skal være tal eller tomme (null).',
    summary: (label: string, first: string, last: string, count: number) =>
      `${label}: fra ${first} til ${last} over ${count} målinger.`,
    single: (label: string, value: string) => `${label}: ${value}.`,
    defaultLabel: 'Udvikling',
  },
};
