/**
 * Danish words of `<spor-cohort-outcomes>` (kept in a file of their own so the big tables merge
 * cleanly); `en-cohort.ts` beside it must match this shape. Short sentences: counsellors read them aloud at
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
    `Andelen af de unge, der var med. Den lodrette streg er målet. Tal under ${min} er skjult, og det samme er tal, som de kan regnes ud fra.`,
  labels: {
    started: () => 'Startede i perioden',
    internship: () => 'I praktik',
    'hourly-work': () => 'I lønnet timejob',
    education: () => 'I uddannelse',
    'ordinary-employment': () => 'I ordinært job',
    'still-employed': (months: number) => `Stadig i job ${months} måneder efter start`,
  } as Readonly<Record<string, (months: number) => string>>,
  fewerThan: (min: string) => `færre end ${min}`,
  /** A hidden number, whether it is small or would give a small one away (the mark says not which). */
  hidden: 'skjult',
  hiddenCount: 'et skjult antal',
  /** "23 af 48 unge"; the still-employed measure counts the young people whose job is old enough. */
  of: (count: string, total: string) => `${count} af ${total} unge`,
  ofEmployed: (count: string, total: string) => `${count} af ${total} unge, der begyndte i et job i perioden`,
  asOf: (day: string, months: number) =>
    `Talt pr. ${day}, ${months} måneder efter periodens sidste dag, så alle job fra perioden er med.`,
  shareHidden: 'Andelen vises ikke, fordi tallet er skjult.',
  goal: (percent: string) => `Mål: ${percent}`,
  goalMet: 'Målet er nået',
  changeHigher: (points: string, before: string) =>
    `${points} procentpoint højere end perioden før (${before}).`,
  changeLower: (points: string, before: string) =>
    `${points} procentpoint lavere end perioden før (${before}).`,
  changeSame: (before: string) => `Samme andel som perioden før (${before}).`,
  changeHidden: 'Ændringen vises ikke, fordi et af tallene er skjult.',
  hint: 'Brug piletasterne (↑ ↓ eller ← →) til at gå mellem tallene, Home og End til det første og sidste. Tryk Escape for at gå ud.',
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
