/** English words of the conversation (the shape of `da.ts` beside it). */
import type { daConversation } from './da.js';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const enConversation: typeof daConversation = {
  conversation: {
    label: 'Conversation',
    progress: (index: number, total: number) => `${index} of ${total}`,
    overview: 'The whole conversation',
    overviewLead: 'Look it all through before you finish.',
    back: 'Back',
    next: 'Next',
    toOverview: 'See it all',
    finish: 'Finish the conversation',
    edit: (step: number) => `Edit answer ${step}`,
    editText: 'Edit',
    answer: 'Your answer',
    /** Beside the prompt about what you appreciated: each says one thing. */
    appreciationHint: 'Name one thing each. Write them down.',
    notAnswered: 'No answer yet.',
    changesTitle: (since: string, average: string) =>
      average ? `${capitalised(average)}: before ${since}, and now` : `Before ${since}, and now`,
    firstTitle: 'Your first conversation',
    firstLead: 'This is what has been measured so far.',
    steady: (names: string) => `Steady: ${names}.`,
    changesEvery: {
      week: 'rated every week',
      month: 'rated every month',
      'half-year': 'rated every half year',
    },
    showAll: (count: number) => `Show all (${count})`,
    noChanges: 'There are no new ratings since last time.',
    noData: 'There are no ratings yet.',
    notesTitle: 'Done well, the company wrote',
    noteBy: (date: string, name: string) => (name ? `${date}, ${name}` : date),
    focusTitle: 'Choose one area',
    lastFocus: (label: string) => `Last time you chose: ${label}.`,
    whole: (label: string) => `${label}, overall`,
    now: (value: string) => `Now ${value}`,
    noValue: 'No rating yet',
    change: {
      rose: (delta: string) => `rose ${delta}`,
      dipped: (delta: string) => `dipped ${delta}`,
      steady: 'steady',
      new: 'new rating',
      none: 'not rated since',
    },
    focus: (label: string) => `Focus until next time: ${label}`,
    noFocus: 'No area chosen yet.',
    consent: 'Show resilience',
    consentHint: 'Only if the young person says yes. It counts for this conversation only.',
    done: 'The conversation is finished. Thank you for today.',
    again: 'Start a new conversation',
    draftRestored: 'What you wrote last time is back.',
    storageFailed: 'The draft could not be saved on this device. What you wrote is still here.',
    charts: 'What you are looking at',
    stepShows: 'What this step shows',
    starTitle: 'Now and at the last conversation',
    summaryTitle: 'Where things stand',
    trendTitle: 'Development over time',
    focusTrendTitle: (label: string) => `${label} over time`,
    chartShown: (title: string) => `The chart now shows: ${title}`,
    invalid: {
      promptSet: (id: string) => `There is no conversation "${id}". Use nextwork or next-level.`,
      value: 'The conversation draft does not have the right format.',
      valuePromptSet: (id: string) => `The draft belongs to the conversation "${id}".`,
      valuePerson: "The draft belongs to another young person's conversation.",
      valueDate:
        'The draft is from a conversation on another date. Consent is asked each time, so start a new conversation.',
      date: (value: string) => `"${value}" is not a valid date (YYYY-MM-DD).`,
    },
  },
  // The young person's own side in the conversation (issue 21): their reading, examples and next step.
  conversationOwn: {
    readingTitle: 'Your own view',
    /** One gentle question where the two readings lie a whole step apart; never a verdict. */
    readingQuestion: (label: string, own: string, company: string) =>
      `${label}: You see yourself as ${own}, the company as ${company}. What do you think?`,
    examplesTitle: 'What you wrote yourself',
    kinds: { work: 'Work', social: 'Social', other: 'Other' },
    exampleBy: (date: string, kind: string) => `${date}, ${kind}`,
    nextStepLabel: 'Your next step, in your own words',
    nextStepHint: 'What will you try until next time?',
    targetLegend: (label: string) => `Your target for ${label}, if you want one`,
    noTarget: 'No target',
    targetValue: (value: string, label: string) => (label ? `${value}: ${label}` : value),
    nextStep: (text: string) => `Next step: ${text}`,
    noNextStep: 'No next step yet.',
    target: (value: string, max: string) => `Target: ${value} of ${max}.`,
    // The printable summary's words.
    recordNextStep: "Next step, in the young person's own words",
    recordTarget: (value: string, max: string, label: string) =>
      label ? `The target is ${value} of ${max}: ${label}.` : `The target is ${value} of ${max}.`,
  },
  // The conversation guide's words for issue 10's hand audit (kept apart so blocks merge cleanly).
  record: {
    title: (name: string) => (name ? `Conversation with ${name}` : 'Conversation'),
    date: 'Date',
    promptSet: 'Conversation guide',
    answers: 'Questions and answers',
    notAnswered: 'Not answered.',
    focusTitle: 'Focus area',
    focus: (label: string) => `Chosen for next time: ${label}.`,
    noFocus: 'No area was chosen.',
    lastFocus: (label: string, date: string) => `At the conversation on ${date} you chose: ${label}.`,
    changesTitle: (since: string) => `What has changed since the conversation on ${since}`,
    firstTitle: 'What has been measured so far',
    chartsTitle: 'The charts',
    empty: 'There is no finished conversation to show.',
    print: 'Print or save as PDF',
    invalid: 'The conversation cannot be shown.',
    otherPerson: "The conversation belongs to another young person's case.",
  },
  guide: {
    stepHeading: (index: number, total: number) => `Step ${index} of ${total}:`,
  },
};
