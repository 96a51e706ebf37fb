/** English words of the young person's own page (the shape of `da.ts` beside it). */
import type { MovedWords } from '../charts/da.js';
import type { daOwn } from './da.js';

/** How the focus moved, in the own page's words: how far is core's `changeSizeOf`. */
const ownMoved: MovedWords = {
  rose: { little: 'gone up a little', large: 'gone up' },
  dipped: { little: 'gone down a little', large: 'gone down' },
  steady: 'hardly moved',
};

export const enOwn: typeof daOwn = {
  own: {
    title: 'My page',
    intro: 'Here you can see what went well. And how you are doing.',
    wentWell: {
      heading: 'What went well',
      intro: 'This is what your workplaces wrote about you.',
      empty: 'There is no praise yet.',
      showAll: (count: number) => `Show all ${count}`,
      showFewer: 'Show fewer',
    },
    focus: {
      heading: 'My focus',
      area: (label: string) => `My focus is ${label}.`,
      from: (date: string) => `We agreed on it at the talk on ${date}.`,
      none: 'You have not chosen a focus yet.',
      stepHeading: 'My next step',
      noStep: 'You have not written a step yet.',
      target: (value: string, max: string) => `My goal is ${value}\u00a0of\u00a0${max}.`,
      movedHeading: 'How it has moved',
    },
    traits: {
      heading: 'My traits now',
      line: (label: string, value: string, max: string, word: string) =>
        `${label}: ${value}\u00a0of\u00a0${max} — ${word}.`,
      steps: {
        1: 'it is still hard',
        2: 'it is going a little',
        3: 'it is going okay',
        4: 'it is going well',
        5: 'it is going very well',
      },
      none: (label: string) => `${label}: not measured yet.`,
      empty: 'There are no answers yet.',
    },
    self: {
      heading: 'My own answer',
      intro: 'Here your own answer stands beside your workplace’s.',
      you: (value: string, max: string) => `You: ${value}\u00a0of\u00a0${max}.`,
      company: (value: string, max: string) => `Workplace: ${value}\u00a0of\u00a0${max}.`,
      noCompany: 'Workplace: not measured yet.',
      empty: 'You have not given your own answer yet.',
    },
    change: (max: string) => ({
      title: 'How it has moved',
      moved: ownMoved,
      rose: (s, before, after, since, size) =>
        `${s} has ${ownMoved.rose[size]} since ${since}. Before: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      steady: (s, after, since) => `${s} has hardly moved since ${since}. Now: ${after}\u00a0of\u00a0${max}.`,
      dipped: (s, before, after, since, size) =>
        `${s} has ${ownMoved.dipped[size]} since ${since}. Before: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      new: (s, after) => `${s} is measured for the first time. Now: ${after}\u00a0of\u00a0${max}.`,
      none: (s, before, since) =>
        `${s} has not been measured since ${since}. Last time: ${before}\u00a0of\u00a0${max}.`,
      latest: (s, value) => `${s} is ${value}\u00a0of\u00a0${max}.`,
      noData: (s) => `${s} is not measured yet.`,
      roseOver: (s, before, after, since, _average, size) =>
        `${s} has ${ownMoved.rose[size]}. Before ${since}: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      steadyOver: (s, after) => `${s} has hardly moved. Now: ${after}\u00a0of\u00a0${max}.`,
      dippedOver: (s, before, after, since, _average, size) =>
        `${s} has ${ownMoved.dipped[size]}. Before ${since}: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      newOver: (s, after) => `${s} is measured for the first time. Now: ${after}\u00a0of\u00a0${max}.`,
      noneOver: (s, before, then, since) =>
        `${s} has not been measured since ${since}. ${then}: ${before}\u00a0of\u00a0${max}.`,
      latestOver: (s, value) => `${s} is ${value}\u00a0of\u00a0${max}.`,
      line: (s, moves) => `${s}: ${moves}`,
      moves: (moved, before, after) => `${moved}, from ${before} to ${after}\u00a0of\u00a0${max}`,
      steadyLine: (s, moved, after) => `${s}: ${moved}, ${after}\u00a0of\u00a0${max}`,
    }),
    window: {
      last: () => 'now',
      before: (_n, _cadence, since) => `Before ${since}`,
      thin: (reports) => (reports === 1 ? 'It rests on 1 answer.' : `It rests on ${reports} answers.`),
      average: () => '',
    },
  },
};
