/**
 * Danish words of the charts: the sparkline, the trend chart, the trait star, the dimension
 * summary, the data table, the sentences that say a change, and the export of a chart. A value and
 * its "af 5" are joined by no-break spaces (\u00a0): a narrow line never parts them.
 */
import { genitive } from '../common/da-grammar.js';

import type { Cadence, ChangeSize } from '../../core/index.js';

/** How a change moved, as every element says it: how far is core's `changeSizeOf`. */
export interface MovedWords {
  readonly rose: Readonly<Record<ChangeSize, string>>;
  readonly dipped: Readonly<Record<ChangeSize, string>>;
  readonly steady: string;
}

const moved: MovedWords = {
  rose: { little: 'lidt højere', large: 'højere' },
  dipped: { little: 'lidt lavere', large: 'lavere' },
  steady: 'stabil',
};

/** The words at the start of a line: "Lidt lavere (0,3) siden …". */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** One, many, and "the one" of each period, and its article ("den sidste uge", "det sidste halvår"). */
const units: Readonly<Record<Cadence, readonly [string, string, string, string]>> = {
  week: ['uge', 'uger', 'ugen', 'den'],
  month: ['måned', 'måneder', 'måneden', 'den'],
  'half-year': ['halvår', 'halvår', 'halvåret', 'det'],
};

export const daCharts = {
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
    hint: 'Brug piletasterne: ← og → går mellem punkterne, ↑ og ↓ mellem linjerne. Page Up og Page Down går en måned, Home og End til første og sidste punkt. Tryk Escape for at gå ud.',
    scaleCaption: (min: string, minLabel: string, max: string, maxLabel: string) =>
      `Skala fra ${min} (${minLabel.toLowerCase()}) til ${max} (${maxLabel.toLowerCase()}). Højere er stærkere.`,
    cadence: {
      week: 'Et punkt pr. uge.',
      month: 'Et punkt pr. måned.',
      'half-year': 'Et punkt pr. halve år.',
    },
    showTable: 'Vis som tabel',
    showChart: 'Vis som diagram',
    /** The summary is always read out; this toggle shows it on screen too. */
    summaryOnScreen: 'Vis opsummering på skærmen',
    skipToTable: 'Spring til tabellen',
    showAll: 'Vis hele forløbet',
    showRecent: 'Vis de seneste 6 måneder',
    roleDescription: 'diagram',
    legend: 'Vælg hvad der vises',
    focusArea: 'Fokusområde',
    focusSentence: (series: string) => `Fokusområdet er ${series}.`,
    close: 'Luk',
    valueOf: (value: string, max: string) => `${value}\u00a0af\u00a0${max}`,
    ratings: (count: number, raters: number) =>
      `${count} ${count === 1 ? 'vurdering' : 'vurderinger'} fra ${raters} ${raters === 1 ? 'person' : 'personer'}`,
    coverage: 'For lidt data til et sikkert tal.',
    conversation: (date: string) => `Samtale ${date}`,
    placement: (company: string) => `Praktik hos ${company}`,
    raters: { company: 'virksomhed', counsellor: 'ungekonsulent', youth: 'den unge' },
    pointAnnouncement: (series: string, period: string, value: string, ratings: string) =>
      `${series}, ${period}: ${value}. ${ratings}.`,
    /** The young person's own reading, drawn as a second mark (`show-self`). */
    own: 'Din egen vurdering',
    ownReading: (trait: string, company: string, self: string) =>
      `${trait}: virksomheden ${company}, din egen ${self}.`,
    /** The own reading in the period under the cursor, in the callout (`show-self`). */
    ownAt: (value: string, max: string) => `Din egen vurdering: ${value}\u00a0af\u00a0${max}`,
    /** A point's announcement with the own reading of its period after it. */
    withOwn: (point: string, own: string) => `${point} ${own}.`,
    /** The cursor on one of the own reading's marks. */
    ownAnnouncement: (series: string, period: string, own: string) => `${series}, ${period}: ${own}.`,
    /** The target set at the last conversation, on the focus series. */
    targetMark: (value: string) => `Mål ${value}`,
    targetSentence: (series: string, value: string, max: string, date: string) =>
      `Målet for ${series} er ${value}\u00a0af\u00a0${max}. Det blev sat ${date}.`,
  },
  /** The trend chart's own words (issue 10: smoothed lines, panels, the key, placements and conversations). */
  trend: {
    /** The callout: the week's ratings, then the rolling mean the line shows there. */
    ratingsOf: (values: string, count: number) =>
      count === 1 ? `Vurdering: ${values}` : `Vurderinger: ${values}`,
    meanOver: (value: string, n: number, cadence: Cadence) =>
      `I snit over ${n} ${units[cadence][n === 1 ? 0 : 1]}: ${value}`,
    pointAnnouncement: (series: string, period: string, ratings: string, mean: string) =>
      `${series}, ${period}: ${ratings}. ${mean}.`,
    keyPlacement: 'Praktik',
    keyConversation: 'Samtale',
    keyRatings: 'Vurdering',
    keyMean: (n: number, cadence: Cadence) => `I snit over ${n} ${units[cadence][n === 1 ? 0 : 1]}`,
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
      `I snit over ${window}. Den fulde linje er nu. Den stiplede er samtalen ${since}.`,
    captionNoConversation: (window: string) => `I snit over ${window}.`,
    now: 'Nu',
    before: 'Sidste samtale',
    hint: 'Brug piletasterne til at gå rundt mellem egenskaberne, Home og End til den første og sidste. Tryk Escape for at gå ud.',
    readout: (trait: string, now: string, before: string) => `${trait}: nu ${now}, sidst ${before}.`,
    readoutSelf: (trait: string, now: string, self: string, before: string) =>
      `${trait}: virksomheden ${now}, din egen ${self}, sidst ${before}.`,
    nowOnly: (trait: string, now: string) => `${trait} er ${now} nu.`,
    noRecent: (trait: string, before: string) =>
      `${trait} er ikke vurderet for nylig. Sidst var det ${before}.`,
  },
  dimensions: {
    of: (max: string) => `af ${max}`,
    noValue: 'Ingen værdi endnu',
    change: {
      rose: (since: string, delta: string, size: ChangeSize) =>
        `${capitalised(moved.rose[size])} (${delta}) siden ${since}`,
      steady: (since: string) => `Stabil siden ${since}`,
      dipped: (since: string, delta: string, size: ChangeSize) =>
        `${capitalised(moved.dipped[size])} (${delta}) siden ${since}`,
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
    target: (series: string, value: string) => `mål for ${series}: ${value}`,
  },
  summary: {
    title: 'Opsummering',
    rose: (series: string, before: string, after: string, since: string, size: ChangeSize) =>
      `${series}: ${moved.rose[size]}, fra ${before} før ${since} til ${after} nu.`,
    // After the name, how it moved: no verb to agree with the name ("Initiativ", "Sociale evner").
    // Steady says its value now, not two numbers: "fra 3,5 til 3,4" beside "stabil" reads as a fall.
    steady: (series: string, after: string, since: string) =>
      `${series}: ${moved.steady} siden ${since}, ${after} nu.`,
    dipped: (series: string, before: string, after: string, since: string, size: ChangeSize) =>
      `${series}: ${moved.dipped[size]}, fra ${before} før ${since} til ${after} nu.`,
    new: (series: string, after: string) => `${series} er målt for første gang: ${after}.`,
    none: (series: string, before: string, since: string) =>
      `${series} er ikke målt siden ${since}. Sidst var det ${before}.`,
    latest: (series: string, value: string, period: string) => `${series} er ${value} (${period}).`,
    noData: (series: string) => `${series} har ingen målinger endnu.`,
    // The same, where each value is a mean over a window of several periods, named in words.
    roseOver: (
      series: string,
      before: string,
      after: string,
      since: string,
      average: string,
      size: ChangeSize,
    ) => `${series}: ${moved.rose[size]}, fra ${before} før ${since} til ${after} nu (${average}).`,
    steadyOver: (series: string, after: string, since: string, average: string) =>
      `${series}: ${moved.steady} siden ${since}, ${after} nu (${average}).`,
    dippedOver: (
      series: string,
      before: string,
      after: string,
      since: string,
      average: string,
      size: ChangeSize,
    ) => `${series}: ${moved.dipped[size]}, fra ${before} før ${since} til ${after} nu (${average}).`,
    newOver: (series: string, after: string, now: string) =>
      `${series} er målt for første gang: ${after} i ${now}.`,
    noneOver: (series: string, before: string, then: string, since: string) =>
      `${series} er ikke målt siden ${since}. Sidst var det ${before} i ${then}.`,
    latestOver: (series: string, value: string, now: string) => `${series} er ${value} i ${now}.`,
    /** How a change moved, in the words every element says it with (core's `changeSizeOf`). */
    moved,
    /** One short line of a list of changes, where the list's heading names the window. */
    line: (series: string, moves: string) => `${series}: ${moves}`,
    /** How one moved, in words for a screen reader (the line shows "3,0 → 3,8"). */
    moves: (moved: string, before: string, after: string) => `${moved}, fra ${before} til ${after}`,
    /** A steady one says its value now alone. */
    steadyLine: (series: string, moved: string, after: string) => `${series}: ${moved}, ${after}`,
  },
  window: {
    /** "de sidste 4 uger", "den sidste måned": the window "now" reads. */
    last: (n: number, cadence: Cadence) =>
      n === 1 ? `${units[cadence][3]} sidste ${units[cadence][0]}` : `de sidste ${n} ${units[cadence][1]}`,
    /** "de 4 uger før 30. september": the window "last time" reads. */
    before: (n: number, cadence: Cadence, since: string) =>
      n === 1 ? `${units[cadence][2]} før ${since}` : `de ${n} ${units[cadence][1]} før ${since}`,
    /** Said when a mean rests on less than half its window. */
    thin: (reports: number, where: string) =>
      reports === 1 ? `Kun 1 rapport i ${where}.` : `Kun ${reports} rapporter i ${where}.`,
    /** "i snit over 4 uger": what each value of a change over a window is (plain words: "snit"). */
    average: (n: number, cadence: Cadence) => `i snit over ${n} ${units[cadence][n === 1 ? 0 : 1]}`,
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
};
