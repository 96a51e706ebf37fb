/** English words of the young person's own page (the shape of `da.ts` beside it). */
import type { daOwn } from './da.js';

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
      rose: (s, before, after, since) =>
        `${s} has gone up since ${since}. Before: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      steady: (s, before, after, since) =>
        `${s} has hardly moved since ${since}. Before: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      dipped: (s, before, after, since) =>
        `${s} has gone down a little since ${since}. Before: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      new: (s, after) => `${s} is measured for the first time. Now: ${after}\u00a0of\u00a0${max}.`,
      none: (s, before, since) =>
        `${s} has not been measured since ${since}. Last time: ${before}\u00a0of\u00a0${max}.`,
      latest: (s, value) => `${s} is ${value}\u00a0of\u00a0${max}.`,
      noData: (s) => `${s} is not measured yet.`,
      roseOver: (s, before, then, after) =>
        `${s} has gone up. ${then}: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      steadyOver: (s, before, then, after) =>
        `${s} has hardly moved. ${then}: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      dippedOver: (s, before, then, after) =>
        `${s} has gone down a little. ${then}: ${before}\u00a0of\u00a0${max}. Now: ${after}\u00a0of\u00a0${max}.`,
      newOver: (s, after) => `${s} is measured for the first time. Now: ${after}\u00a0of\u00a0${max}.`,
      noneOver: (s, before, then, since) =>
        `${s} has not been measured since ${since}. ${then}: ${before}\u00a0of\u00a0${max}.`,
      latestOver: (s, value) => `${s} is ${value}\u00a0of\u00a0${max}.`,
    }),
    window: {
      last: () => 'now',
      before: (_n, _cadence, since) => `Before ${since}`,
      thin: (reports) => (reports === 1 ? 'It rests on 1 answer.' : `It rests on ${reports} answers.`),
    },
  },
};
