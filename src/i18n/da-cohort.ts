/**
 * Danish words of `<spor-cohort-outcomes>` (kept in a file of their own so the big tables merge
 * cleanly); `en-cohort.ts` must match this shape. Short sentences: counsellors read them aloud at
 * network meetings, and the numbers are about people.
 */
export const daCohort = {
  title: 'Resultater for forløbet',
  period: (from: string, to: string) => `${from} – ${to}`,
  comparedWith: (from: string, to: string) => `Sammenlignet med perioden før: ${from} – ${to}.`,
  tookPart: (count: string) => `${count} unge var med i perioden.`,
  tookPartBefore: (count: string) => `I perioden før: ${count}.`,
  tookPartHidden: (min: string) => `Færre end ${min} unge var med i perioden. Tallene vises ikke.`,
  caption: (min: string) =>
    `Andelen af de unge, der var med. Den lodrette streg er målet. Tal under ${min} vises som "færre end ${min}".`,
  labels: {
    started: () => 'Startede i perioden',
    internship: () => 'I praktik',
    'hourly-work': () => 'I lønnet timejob',
    education: () => 'I uddannelse',
    'ordinary-employment': () => 'I ordinært job',
    'still-employed': (months: number) => `Stadig i job ${months} måneder efter start`,
  } as Readonly<Record<string, (months: number) => string>>,
  fewerThan: (min: string) => `færre end ${min}`,
  /** "23 af 48 unge"; the still-employed measure counts the young people whose job is old enough. */
  of: (count: string, total: string) => `${count} af ${total} unge`,
  ofEmployed: (count: string, total: string, months: number) =>
    `${count} af ${total} unge, hvis første job i perioden begyndte for mindst ${months} måneder siden`,
  notYetKnown: (months: number) =>
    `Job, der begyndte for under ${months} måneder siden, tælles ikke med endnu: det vides ikke endnu.`,
  shareHidden: 'Andelen vises ikke, fordi tallet er lille.',
  goal: (percent: string) => `Mål: ${percent}`,
  goalMet: 'Målet er nået',
  changeHigher: (points: string, before: string) =>
    `${points} procentpoint højere end perioden før (${before}).`,
  changeLower: (points: string, before: string) =>
    `${points} procentpoint lavere end perioden før (${before}).`,
  changeSame: (before: string) => `Samme andel som perioden før (${before}).`,
  changeHidden: 'Ændringen vises ikke, fordi et af tallene er lille.',
  hint: 'Brug pil op og pil ned for at gå mellem tallene. Tryk Escape for at gå ud.',
  roleDescription: 'resultater',
  empty: 'Der er ingen tal endnu.',
  table: {
    caption: (period: string) => `Resultater for ${period}`,
    measure: 'Resultat',
    count: 'Antal',
    share: 'Andel',
    before: 'Perioden før',
    change: 'Ændring',
    goal: 'Mål',
    none: '–',
    points: (points: string) => `${points} procentpoint`,
  },
};
