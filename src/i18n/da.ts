/**
 * Danish, the kit's original language. Its shape is the `Translation` every other language must
 * match, so the compiler tells when a string is missing.
 */
import { daCohort } from './da-cohort.js';
/** Danish genitive: "Simons", but "Rasmus'" for names ending in s, x or z. */
function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

type Cadence = 'week' | 'month' | 'half-year';
/** One, many, and "the one" of each period. */
const units: Readonly<Record<Cadence, readonly [string, string, string]>> = {
  week: ['uge', 'uger', 'ugen'],
  month: ['måned', 'måneder', 'måneden'],
  'half-year': ['halvår', 'halvår', 'halvåret'],
};

export const da = {
  language: 'Dansk',
  invalidData: {
    title: 'Data kan ikke vises',
    lead: 'Der er fejl i de data, siden har givet:',
    more: (count: number) => `… og ${count} fejl mere.`,
    kept: 'Siden har lige nu data, der ikke kan bruges. Det, der er skrevet, er her stadig.',
  },
  cohort: daCohort,
  sparkline: {
    empty: 'Ingen data endnu',
    notNumbers: 'Værdierne skal være tal eller tomme (null).',
    notBound: 'Min og max skal være tal.',
    summary: (label: string, first: string, last: string, count: number) =>
      `${label}: fra ${first} til ${last} over ${count} målinger.`,
    single: (label: string, value: string) => `${label}: ${value}.`,
    defaultLabel: 'Udvikling',
  },
  chart: {
    titleDimensions: (name: string) => (name ? `${genitive(name)} udvikling` : 'Udvikling'),
    titleTraits: (name: string) => (name ? `${genitive(name)} egenskaber over tid` : 'Egenskaber over tid'),
    titleSeries: (name: string) => (name ? `${genitive(name)} udvikling` : 'Udvikling'),
    empty: 'Der er ingen vurderinger endnu.',
    hint: 'Brug piletasterne til at gå mellem punkterne. Tryk Escape for at gå ud.',
    scaleCaption: (min: string, minLabel: string, max: string, maxLabel: string) =>
      `Skala fra ${min} (${minLabel.toLowerCase()}) til ${max} (${maxLabel.toLowerCase()}). Højere er stærkere.`,
    cadence: {
      week: 'Et punkt pr. uge.',
      month: 'Et punkt pr. måned.',
      'half-year': 'Et punkt pr. halve år.',
    },
    showTable: 'Vis som tabel',
    showChart: 'Vis som diagram',
    showSummary: 'Vis opsummering',
    hideSummary: 'Skjul opsummering',
    skipToTable: 'Spring til tabellen',
    showAll: 'Vis hele forløbet',
    showRecent: 'Vis de seneste 6 måneder',
    roleDescription: 'diagram',
    legend: 'Vælg hvad der vises',
    focusArea: 'Fokusområde',
    focusSentence: (series: string) => `Fokusområdet er ${series}.`,
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
  /** The trend chart's own words (issue 10: smoothed lines, panels, the key, placements and conversations). */
  trend: {
    /** The callout: the week's ratings, then the rolling mean the line shows there. */
    ratingsOf: (values: string, count: number) =>
      count === 1 ? `Vurdering: ${values}` : `Vurderinger: ${values}`,
    meanOver: (value: string, n: number, cadence: Cadence) =>
      `Gennemsnit af ${n} ${units[cadence][n === 1 ? 0 : 1]}: ${value}`,
    /** A list of numbers or dates: "3, 4 og 5". */
    list: (items: ReadonlyArray<string>) =>
      items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1) ?? ''}`,
    pointAnnouncement: (series: string, period: string, ratings: string, mean: string) =>
      `${series}, ${period}: ${ratings}. ${mean}.`,
    keyPlacement: 'Praktik',
    keyConversation: 'Samtale',
    keyRatings: 'Vurdering',
    keyMean: (n: number, cadence: Cadence) => `Gennemsnit af ${n} ${units[cadence][n === 1 ? 0 : 1]}`,
    key: 'Sådan læses diagrammet',
    placementSpan: (company: string, from: string, to: string) =>
      `Praktik hos ${company} fra ${from} til ${to}.`,
    placementOpen: (company: string, from: string) => `Praktik hos ${company} fra ${from}.`,
    conversations: (dates: string) => `Samtaler: ${dates}.`,
    conversationOne: (date: string) => `Samtale: ${date}.`,
    actions: 'Vis mere',
    actionsLabel: 'Flere visninger',
  },
  star: {
    title: (name: string) => (name ? `${genitive(name)} egenskaber: nu og sidst` : 'Egenskaber: nu og sidst'),
    caption: (window: string, since: string) =>
      `Gennemsnit af ${window}. Den fulde linje er nu. Den stiplede er samtalen ${since}.`,
    captionNoConversation: (window: string) => `Gennemsnit af ${window}.`,
    now: 'Nu',
    before: 'Sidste samtale',
    hint: 'Brug piletasterne til at gå mellem egenskaberne. Tryk Escape for at gå ud.',
    readout: (trait: string, now: string, before: string) => `${trait}: nu ${now}, sidst ${before}.`,
    nowOnly: (trait: string, now: string) => `${trait} er ${now} nu.`,
    noRecent: (trait: string, before: string) =>
      `${trait} er ikke vurderet for nylig. Sidst var det ${before}.`,
  },
  dimensions: {
    of: (max: string) => `af ${max}`,
    noValue: 'Ingen værdi endnu',
    change: {
      rose: (since: string, delta: string) => `Steg ${delta} siden ${since}`,
      steady: (since: string) => `Stabil siden ${since}`,
      dipped: (since: string, delta: string) => `Lidt lavere (${delta}) siden ${since}`,
      new: () => 'Første måling',
      none: (since: string) => `Ikke målt siden ${since}`,
    },
    /** Says which two periods a change compares, so a one-week change is read as one. */
    compared: (before: string, after: string) => `Sammenligner ${before} med ${after}.`,
    lastAssessed: (period: string) => `Sidst vurderet ${period}.`,
    cadence: {
      week: 'Vurderes hver uge.',
      month: 'Vurderes hver måned.',
      'half-year': 'Vurderes hvert halve år.',
    },
    thin: 'Bygger på få vurderinger. Tallet er usikkert.',
    /** Resilience bands in gentle, strength-based words, by the framework's band id. */
    bands: {
      high: 'Stærk modstandskraft lige nu.',
      normal: 'God, stabil modstandskraft.',
      low: 'Meget fylder lige nu. Støtte kan gøre en forskel.',
    } as Partial<Record<string, string>>,
  },
  table: {
    period: 'Periode',
    noValue: 'ingen værdi',
    // What the chart draws on its time axis, in the table too: internships and conversations.
    placement: 'Praktik',
    noPlacement: 'ingen praktik',
    placementSpan: (from: string, to: string) => `${from}–${to}`,
    placementFrom: (from: string) => `fra ${from}`,
    conversation: (day: string) => `samtale ${day}`,
  },
  period: {
    week: (week: number, year: number) => `uge ${week}, ${year}`,
    halfYear: (half: number, year: number) => `${half}. halvår ${year}`,
  },
  summary: {
    title: 'Opsummering',
    rose: (series: string, before: string, after: string, since: string) =>
      `${series} steg fra ${before} til ${after} siden ${since}.`,
    steady: (series: string, before: string, after: string, since: string) =>
      `${series} holdt sig stabilt, fra ${before} til ${after} siden ${since}.`,
    dipped: (series: string, before: string, after: string, since: string) =>
      `${series} gik lidt ned, fra ${before} til ${after} siden ${since}.`,
    new: (series: string, after: string) => `${series} er målt for første gang: ${after}.`,
    none: (series: string, before: string, since: string) =>
      `${series} er ikke målt siden ${since}. Sidst var det ${before}.`,
    latest: (series: string, value: string, period: string) => `${series} er ${value} (${period}).`,
    noData: (series: string) => `${series} har ingen målinger endnu.`,
    // The same, where each value is a mean over a window of several periods, named in words.
    roseOver: (series: string, before: string, then: string, after: string, now: string) =>
      `${series} steg fra ${before} i ${then} til ${after} i ${now}.`,
    steadyOver: (series: string, before: string, then: string, after: string, now: string) =>
      `${series} holdt sig stabilt: ${before} i ${then} og ${after} i ${now}.`,
    dippedOver: (series: string, before: string, then: string, after: string, now: string) =>
      `${series} gik lidt ned, fra ${before} i ${then} til ${after} i ${now}.`,
    newOver: (series: string, after: string, now: string) =>
      `${series} er målt for første gang: ${after} i ${now}.`,
    noneOver: (series: string, before: string, then: string, since: string) =>
      `${series} er ikke målt siden ${since}. Sidst var det ${before} i ${then}.`,
    latestOver: (series: string, value: string, now: string) => `${series} er ${value} i ${now}.`,
  },
  window: {
    /** "de sidste 4 uger", "den sidste måned": the window "now" reads. */
    last: (n: number, cadence: Cadence) =>
      n === 1 ? `den sidste ${units[cadence][0]}` : `de sidste ${n} ${units[cadence][1]}`,
    /** "de 4 uger før 30. september": the window "last time" reads. */
    before: (n: number, cadence: Cadence, since: string) =>
      n === 1 ? `${units[cadence][2]} før ${since}` : `de ${n} ${units[cadence][1]} før ${since}`,
    /** Said when a mean rests on less than half its window. */
    thin: (reports: number, where: string) =>
      reports === 1 ? `Kun 1 rapport i ${where}.` : `Kun ${reports} rapporter i ${where}.`,
  },

  form: {
    notObserved: 'Ikke observeret',
    option: (value: string, label: string) => (label ? `${value} – ${label}` : value),
    optional: '(valgfrit)',
    submit: 'Send',
    submitting: 'Sender …',
    next: 'Næste',
    previous: 'Forrige',
    progress: (index: number, total: number) => `${index} af ${total}`,
    review: 'Klar til at sende',
    answered: (count: number, total: number) => `Du har svaret på ${count} af ${total}.`,
    missingChoice: 'Vælg et svar.',
    missingText: 'Skriv et par ord her.',
    missing: (count: number) => (count === 1 ? 'Der mangler 1 svar.' : `Der mangler ${count} svar.`),
    validity: 'Vurderingen mangler svar.',
    score: (label: string, value: string, band: string) =>
      band ? `${label}: ${value} (${band})` : `${label}: ${value}`,
    scoreIncomplete: 'Scoren vises, når alle spørgsmål er besvaret.',
    sent: (date: string) => `Tak. Vurderingen for ${date} er sendt.`,
    again: 'Udfyld en ny',
    draftRestored: 'Det, du udfyldte sidst, er hentet frem.',
    storageFailed: 'Kladden kunne ikke gemmes på denne enhed. Det, du har udfyldt, er her stadig.',
    about: (name: string, date: string) => (name ? `${name} · ${date}` : date),
    rater: (role: string, name: string) => (name ? `${role}: ${name}` : role),
    invalid: {
      unknownFramework: (id: string) => `Rammen "${id}" findes ikke.`,
      unknownInstrument: (id: string, ids: string) =>
        `Skemaet "${id}" findes ikke i rammen. Brug et af: ${ids}.`,
      noScale: (id: string) => `Skalaen "${id}" findes ikke i rammen.`,
      role: (role: string, roles: string) =>
        `Rollen "${role}" må ikke udfylde dette skema. Brug en af: ${roles}.`,
      rater: 'Bedømmeren skal være et objekt med mindst en rolle ({ role }).',
      participant: 'Deltageren skal være et objekt med et id ({ id, displayName }).',
      date: (value: string) => `Datoen "${value}" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).`,
      value: 'Den vurdering, der skal redigeres, har ikke det rigtige format.',
      valueInstrument: (id: string) => `Den vurdering, der skal redigeres, hører til skemaet "${id}".`,
    },
  },
  conversation: {
    label: 'Samtale',
    progress: (index: number, total: number) => `${index} af ${total}`,
    overview: 'Hele samtalen',
    overviewLead: 'Se det hele igennem, før I afslutter.',
    back: 'Tilbage',
    next: 'Næste',
    toOverview: 'Se det hele',
    finish: 'Afslut samtalen',
    edit: (step: number) => `Ret svar ${step}`,
    editText: 'Ret',
    answer: 'Jeres svar',
    notAnswered: 'Ikke besvaret endnu.',
    changesTitle: (since: string) => `Det har ændret sig siden ${since}`,
    firstTitle: 'Jeres første samtale',
    firstLead: 'Her er det, der er målt indtil nu.',
    steady: (names: string) => `Stabilt: ${names}.`,
    more: (count: number) => (count === 1 ? 'Og 1 ting mere.' : `Og ${count} ting mere.`),
    noChanges: 'Der er ingen nye målinger siden sidst.',
    noData: 'Der er ingen målinger endnu.',
    notesTitle: 'Det gik godt, skrev virksomheden',
    noteBy: (date: string, name: string) => (name ? `${date}, ${name}` : date),
    focusTitle: 'Vælg ét område',
    lastFocus: (label: string) => `Sidst valgte I: ${label}.`,
    whole: (label: string) => `${label}, samlet`,
    now: (value: string) => `Nu ${value}`,
    noValue: 'Ingen måling endnu',
    change: {
      rose: (delta: string) => `steg ${delta}`,
      dipped: (delta: string) => `gik ${delta} ned`,
      steady: 'stabilt',
      new: 'ny måling',
      none: 'ikke målt siden',
    },
    focus: (label: string) => `Fokus til næste gang: ${label}`,
    noFocus: 'Intet område valgt endnu.',
    consent: 'Vis modstandskraft',
    consentHint: 'Kun hvis den unge siger ja. Det gælder kun denne samtale.',
    done: 'Samtalen er afsluttet. Tak for i dag.',
    again: 'Start en ny samtale',
    draftRestored: 'Det, I skrev sidst, er hentet frem.',
    storageFailed: 'Kladden kunne ikke gemmes på denne enhed. Det, I har skrevet, er her stadig.',
    charts: 'Det, I ser på',
    starTitle: 'Nu og ved sidste samtale',
    summaryTitle: 'Sådan står det til nu',
    trendTitle: 'Udviklingen over tid',
    focusTrendTitle: (label: string) => `${label} over tid`,
    invalid: {
      promptSet: (id: string) => `Samtalen "${id}" findes ikke. Brug nextwork eller next-level.`,
      value: 'Kladden til samtalen har ikke det rigtige format.',
      valuePromptSet: (id: string) => `Kladden hører til samtalen "${id}".`,
      date: (value: string) => `Datoen "${value}" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).`,
    },
  },
  // The printable summary of one conversation, for the case file (issue 13).
  record: {
    title: (name: string) => (name ? `Samtale med ${name}` : 'Samtale'),
    date: 'Dato',
    promptSet: 'Samtaleguide',
    answers: 'Spørgsmål og svar',
    notAnswered: 'Ikke besvaret.',
    focusTitle: 'Fokusområde',
    focus: (label: string) => `Valgt til næste gang: ${label}.`,
    noFocus: 'Der blev ikke valgt et område.',
    lastFocus: (label: string, date: string) => `Ved samtalen ${date} valgte I: ${label}.`,
    changesTitle: (since: string) => `Det har ændret sig siden samtalen ${since}`,
    firstTitle: 'Det er målt indtil nu',
    chartsTitle: 'Graferne',
    empty: 'Der er ingen afsluttet samtale at vise.',
    print: 'Udskriv eller gem som PDF',
    invalid: 'Samtalen kan ikke vises.',
  },
  // Exporting a chart or a table, where the host allows it (issue 13).
  export: {
    action: 'Gem som fil',
    svg: 'Gem som SVG',
    png: 'Gem som PNG',
    csv: 'Gem tal som CSV',
    from: 'Fra',
    to: 'Til',
    /** How Danish spreadsheet programs read CSV. */
    failed: 'Filen kunne ikke laves.',
    csvFormat: { separator: ';', decimalMark: ',' } as {
      separator: ';' | ',' | '\t';
      decimalMark: ',' | '.';
    },
  },
  // The conversation guide's words for issue 10's hand audit (kept apart so blocks merge cleanly).
  guide: {
    /** Said before the prompt in its heading, where focus moves on every step. */
    stepHeading: (index: number, total: number) => `Trin ${index} af ${total}:`,
  },
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
    hint: 'Brug piletasterne til at gå mellem samtalerne. Tryk Enter for at åbne en.',
    showTable: 'Vis som tabel',
    showTimeline: 'Vis som tidslinje',
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
    reached: 'Over minimum.',
    below: 'Under minimum.',
    gapPoint: (week: string) => `${week}: ingen plan.`,
    showRecent: 'Vis de seneste 12 uger',
    hint: 'Brug piletasterne til at gå mellem ugerne. Tryk Escape for at gå ud.',
    columns: { week: 'Uge', total: 'I alt' },
  },
};
