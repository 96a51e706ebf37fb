/**
 * Danish words of the young person's own page (`spor-my-progress`). The young person reads them
 * alone, so every sentence is short (at most 15 words) and common (LIX at most 25), and every
 * number comes with words ("4 af 5"), joined by no-break spaces (\u00a0) so a narrow line at large
 * text never leaves the number on one line and "af 5" on the next.
 */
import type { daCharts, MovedWords } from '../charts/da.js';

type ChangeWords = typeof daCharts.summary;
type WindowWords = typeof daCharts.window;

/** How the focus moved, in the own page's words: how far is core's `changeSizeOf`. */
const ownMoved: MovedWords = {
  rose: { little: 'gået lidt op', large: 'gået op' },
  dipped: { little: 'gået lidt ned', large: 'gået ned' },
  steady: 'næsten ikke flyttet sig',
};

export const daOwn = {
  own: {
    title: 'Min side',
    intro: 'Her kan du se, hvad der gik godt. Og hvordan det går med dig.',
    wentWell: {
      heading: 'Det gik godt',
      intro: 'Det her har dine praktiksteder skrevet om dig.',
      empty: 'Der er ingen ros endnu.',
      showAll: (count: number) => `Vis alle ${count}`,
      showFewer: 'Vis færre',
    },
    focus: {
      heading: 'Mit fokus',
      area: (label: string) => `Mit fokus er ${label}.`,
      from: (date: string) => `Det aftalte vi til samtalen ${date}.`,
      none: 'Du har ikke valgt et fokus endnu.',
      stepHeading: 'Mit næste skridt',
      noStep: 'Du har ikke skrevet et skridt endnu.',
      target: (value: string, max: string) => `Mit mål er ${value}\u00a0af\u00a0${max}.`,
      movedHeading: 'Sådan har det flyttet sig',
    },
    traits: {
      heading: 'Mine egenskaber nu',
      line: (label: string, value: string, max: string, word: string) =>
        `${label}: ${value}\u00a0af\u00a0${max} — ${word}.`,
      steps: {
        1: 'det er svært endnu',
        2: 'det går lidt',
        3: 'det går okay',
        4: 'det går godt',
        5: 'det går rigtig godt',
      },
      none: (label: string) => `${label}: ikke målt endnu.`,
      empty: 'Der er ingen svar endnu.',
    },
    self: {
      heading: 'Mit eget svar',
      intro: 'Her står dit eget svar ved siden af dit praktiksted.',
      you: (value: string, max: string) => `Dig: ${value}\u00a0af\u00a0${max}.`,
      company: (value: string, max: string) => `Praktiksted: ${value}\u00a0af\u00a0${max}.`,
      noCompany: 'Praktiksted: ikke målt endnu.',
      empty: 'Du har ikke givet dit eget svar endnu.',
    },
    /** How the focus moved, by the one rule of change, in plain words: core's numbers, "af 5" added. */
    change: (max: string): ChangeWords => ({
      title: 'Sådan har det flyttet sig',
      moved: ownMoved,
      rose: (s, before, after, since, size) =>
        `${s} er ${ownMoved.rose[size]} siden ${since}. Før: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      // Steady says its value now alone: two numbers under "næsten ikke flyttet" read as a move.
      steady: (s, after, since) =>
        `${s} har næsten ikke flyttet sig siden ${since}. Nu: ${after}\u00a0af\u00a0${max}.`,
      dipped: (s, before, after, since, size) =>
        `${s} er ${ownMoved.dipped[size]} siden ${since}. Før: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      new: (s, after) => `${s} er målt for første gang. Nu: ${after}\u00a0af\u00a0${max}.`,
      none: (s, before, since) => `${s} er ikke målt siden ${since}. Sidst: ${before}\u00a0af\u00a0${max}.`,
      latest: (s, value) => `${s} er ${value}\u00a0af\u00a0${max}.`,
      noData: (s) => `${s} er ikke målt endnu.`,
      roseOver: (s, before, after, since, _average, size) =>
        `${s} er ${ownMoved.rose[size]}. Før ${since}: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      steadyOver: (s, after) => `${s} har næsten ikke flyttet sig. Nu: ${after}\u00a0af\u00a0${max}.`,
      dippedOver: (s, before, after, since, _average, size) =>
        `${s} er ${ownMoved.dipped[size]}. Før ${since}: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      newOver: (s, after) => `${s} er målt for første gang. Nu: ${after}\u00a0af\u00a0${max}.`,
      noneOver: (s, before, then, since) =>
        `${s} er ikke målt siden ${since}. ${then}: ${before}\u00a0af\u00a0${max}.`,
      latestOver: (s, value) => `${s} er ${value}\u00a0af\u00a0${max}.`,
      line: (s, moves) => `${s}: ${moves}`,
      moves: (moved, before, after) => `${moved}, fra ${before} til ${after}\u00a0af\u00a0${max}`,
      steadyLine: (s, moved, after) => `${s}: ${moved}, ${after}\u00a0af\u00a0${max}`,
    }),
    /** The windows the change compares, said short: "Før 30. september". */
    window: {
      last: () => 'nu',
      before: (_n, _cadence, since) => `Før ${since}`,
      thin: (reports) => (reports === 1 ? 'Det bygger på 1 svar.' : `Det bygger på ${reports} svar.`),
      average: () => '',
    } satisfies WindowWords as WindowWords,
  },
};
