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
  chart: {
    empty: 'Der er ingen vurderinger endnu.',
    hint: 'Brug piletasterne til at gå mellem punkterne. Tryk Escape for at gå ud.',
    scaleCaption: (min: string, max: string) => `Skala ${min} til ${max}. Højere er stærkere.`,
    cadence: { week: 'Et punkt pr. uge.', month: 'Et punkt pr. måned.', 'half-year': 'Et punkt pr. halve år.' },
    showTable: 'Vis som tabel',
    showChart: 'Vis som diagram',
    showSummary: 'Vis opsummering',
    hideSummary: 'Skjul opsummering',
    skipToTable: 'Spring til tabellen',
    showAll: 'Vis hele forløbet',
    showRecent: 'Vis de seneste 6 måneder',
    legend: 'Vælg hvad der vises',
    close: 'Luk',
    valueOf: (value: string, max: string) => `${value} af ${max}`,
    ratings: (count: number, raters: number) =>
      `${count} ${count === 1 ? 'vurdering' : 'vurderinger'} fra ${raters} ${raters === 1 ? 'person' : 'personer'}`,
    coverage: 'For lidt data til et sikkert tal.',
    conversation: (date: string) => `Samtale ${date}`,
    placement: (company: string) => `Praktik hos ${company}`,
    raters: { company: 'virksomhed', counsellor: 'ungekonsulent', youth: 'den unge' },
    pointAnnouncement: (series: string, period: string, value: string, ratings: string) =>
      `${series}, ${period}: ${value}. ${ratings}.`,
  },
  period: {
    week: (week: number, year: number) => `uge ${week}, ${year}`,
    halfYear: (half: number, year: number) => `${half}. halvår ${year}`,
  },
  summary: {
    title: 'Opsummering',
    rose: (series: string, before: string, after: string, since: string) => `${series} steg fra ${before} til ${after} siden ${since}.`,
    steady: (series: string, before: string, after: string, since: string) =>
      `${series} holdt sig stabilt, fra ${before} til ${after} siden ${since}.`,
    dipped: (series: string, before: string, after: string, since: string) =>
      `${series} gik lidt ned, fra ${before} til ${after} siden ${since}.`,
    new: (series: string, after: string) => `${series} er målt for første gang: ${after}.`,
    none: (series: string, before: string, since: string) => `${series} er ikke målt siden ${since}. Sidst var det ${before}.`,
    latest: (series: string, value: string, period: string) => `${series} er ${value} (${period}).`,
    noData: (series: string) => `${series} har ingen målinger endnu.`,
  },
};
