/**
 * Danish words of the young person's own page (`spor-my-progress`). The young person reads them
 * alone, so every sentence is short (at most 15 words) and common (LIX at most 25), and every
 * number comes with words ("4 af 5"), joined by no-break spaces (\u00a0) so a narrow line at large
 * text never leaves the number on one line and "af 5" on the next.
 */
import type { daCharts } from '../charts/da.js';

type ChangeWords = typeof daCharts.summary;
type WindowWords = typeof daCharts.window;

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
      rose: (s, before, after, since) =>
        `${s} er gået op siden ${since}. Før: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      steady: (s, before, after, since) =>
        `${s} har næsten ikke flyttet sig siden ${since}. Før: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      dipped: (s, before, after, since) =>
        `${s} er gået lidt ned siden ${since}. Før: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      new: (s, after) => `${s} er målt for første gang. Nu: ${after}\u00a0af\u00a0${max}.`,
      none: (s, before, since) => `${s} er ikke målt siden ${since}. Sidst: ${before}\u00a0af\u00a0${max}.`,
      latest: (s, value) => `${s} er ${value}\u00a0af\u00a0${max}.`,
      noData: (s) => `${s} er ikke målt endnu.`,
      roseOver: (s, before, then, after) =>
        `${s} er gået op. ${then}: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      steadyOver: (s, before, then, after) =>
        `${s} har næsten ikke flyttet sig. ${then}: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      dippedOver: (s, before, then, after) =>
        `${s} er gået lidt ned. ${then}: ${before}\u00a0af\u00a0${max}. Nu: ${after}\u00a0af\u00a0${max}.`,
      newOver: (s, after) => `${s} er målt for første gang. Nu: ${after}\u00a0af\u00a0${max}.`,
      noneOver: (s, before, then, since) =>
        `${s} er ikke målt siden ${since}. ${then}: ${before}\u00a0af\u00a0${max}.`,
      latestOver: (s, value) => `${s} er ${value}\u00a0af\u00a0${max}.`,
    }),
    /** The windows the change compares, said short: "Før 30. september". */
    window: {
      last: () => 'nu',
      before: (_n, _cadence, since) => `Før ${since}`,
      thin: (reports) => (reports === 1 ? 'Det bygger på 1 svar.' : `Det bygger på ${reports} svar.`),
    } satisfies WindowWords as WindowWords,
  },
};
