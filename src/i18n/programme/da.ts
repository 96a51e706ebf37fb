/** Danish words of the programme views: the follow-up plan, the week hours and the cohort's outcomes. */
import { daCohort } from './da-cohort.js';
import { genitive } from '../common/da-grammar.js';

export const daProgramme = {
  /** Follow-up after a job starts (issue 12): voluntary check-ins, in gentle words. */
  followUp: {
    title: (name: string) => (name ? `${genitive(name)} opfølgning efter job` : 'Opfølgning efter job'),
    caption: (steps: string) => `Aftalte samtaler ${steps} efter jobstart. Opfølgning er frivillig.`,
    step: (after: number, unit: 'week' | 'month') =>
      `${after} ${unit === 'week' ? (after === 1 ? 'uge' : 'uger') : after === 1 ? 'måned' : 'måneder'}`,
    extra: 'Ekstra samtale',
    start: 'Start',
    empty: 'Der er ingen job endnu.',
    job: (employer: string) => `Job hos ${employer}`,
    kind: { ordinary: 'ordinært job', hourly: 'timelønnet job' },
    from: (from: string) => `fra ${from}`,
    span: (from: string, to: string) => `${from} til ${to}`,
    hours: (hours: string) => `${hours} timer om ugen`,
    status: {
      done: 'Holdt',
      declined: 'Sagt nej tak',
      overdue: 'Ikke holdt endnu',
      'due-soon': 'Snart',
      planned: 'Planlagt',
    },
    outcome: {
      'going-well': 'Det går godt',
      'needs-support': 'Lidt støtte vil hjælpe',
      declined: 'Den unge sagde nej tak. Det er helt i orden.',
      ended: 'Jobbet er slut',
    },
    with: { 'young-person': 'med den unge', employer: 'med arbejdsgiveren', both: 'med begge' },
    due: (date: string) => `Aftalt ${date}`,
    doneOn: (date: string) => `Holdt ${date}`,
    declinedNote: 'Opfølgning er frivillig.',
    stillEmployed: {
      yes: (months: number) => `I job efter ${months} måneder: ja`,
      no: (months: number) => `I job efter ${months} måneder: nej`,
      'not-yet': (months: number, date: string) => `I job efter ${months} måneder: vides ${date}`,
    },
    summary: (job: string, held: number, total: number, open: string) =>
      `${job}: ${held} af ${total} samtaler holdt${open ? ` (${open})` : ''}.`,
    open: (overdue: number, soon: number, declined: number) =>
      [
        overdue > 0 ? `${overdue} ikke holdt endnu` : '',
        soon > 0 ? `${soon} snart` : '',
        declined > 0 ? `${declined} sagt nej tak` : '',
      ]
        .filter(Boolean)
        .join(', '),
    hint: 'Brug piletasterne til at gå mellem samtalerne, Home og End til den første og sidste. Tryk Enter eller mellemrum for at åbne en.',
    showTable: 'Vis som tabel',
    showTimeline: 'Vis som tidslinje',
    /** A long history shows its latest part first. */
    shown: (shown: number, total: number) => `Viser de seneste ${shown} af ${total} samtaler.`,
    showEarlier: 'Vis tidligere samtaler',
    columns: { job: 'Job', checkIn: 'Samtale', date: 'Dato', with: 'Med', status: 'Status' },
    badToday: (value: string) => `Dagen "${value}" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).`,
  },
  /** Planned and attended hours a week (issue 12). */
  weekHours: {
    title: (name: string) => (name ? `${genitive(name)} timer pr. uge` : 'Timer pr. uge'),
    caption: (minimum: string) =>
      `Planlagte og mødte timer i hver uge. Linjen er minimum på ${minimum} timer.`,
    empty: 'Der er ingen timer endnu.',
    activity: { internship: 'Praktik', teaching: 'Undervisning', other: 'Andet' },
    planned: 'Planlagt',
    attended: 'Mødt',
    minimum: (hours: string) => `Minimum ${hours} t`,
    noPlan: 'ingen plan',
    week: (week: number) => `u. ${week}`,
    attendedOf: (attended: string, planned: string) => `Mødt ${attended} af ${planned} planlagte timer`,
    atMinimum: (minimum: string, reached: number, weeks: number) =>
      `på eller over minimum på ${minimum} timer i ${reached} af de sidste ${weeks} uger`,
    atMinimumGaps: (minimum: string, reached: number, planned: number, weeks: number) =>
      `på eller over minimum på ${minimum} timer i ${reached} af ${planned} planlagte uger blandt de sidste ${weeks}`,
    latest: (week: string, words: string) => `${week}: ${words}.`,
    line: (attendedOf: string, week: string, record: string) => `${attendedOf} i ${week}; ${record}.`,
    gaps: (count: number) => (count === 1 ? '1 uge uden plan.' : `${count} uger uden plan.`),
    point: (week: string, attendedOf: string, parts: string, minimum: string) =>
      `${week}: ${attendedOf}. ${parts} ${minimum}`,
    part: (activity: string, attended: string, planned: string) => `${activity} ${attended} af ${planned}.`,
    /** A week's attended hours against the minimum: exactly the minimum is reached, not over it. */
    standing: { below: 'Under minimum.', at: 'Minimum nået.', above: 'Over minimum.' },
    gapPoint: (week: string) => `${week}: ingen plan.`,
    showRecent: 'Vis de seneste 12 uger',
    hint: 'Brug pil venstre og højre (← →) til at gå mellem ugerne, Home og End til første og sidste uge. Tryk Escape for at gå ud.',
    columns: { week: 'Uge', total: 'I alt' },
    /** The CSV's headers of an activity's (or the total's) hours: `Praktik, planlagt`. */
    plannedColumn: (what: string) => `${what}, planlagt`,
    attendedColumn: (what: string) => `${what}, mødt`,
  },
  cohort: daCohort,
};
