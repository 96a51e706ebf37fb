/** Danish words of the conversation: the guide, the whole conversation and its printable record. */
import type { Cadence } from '../../core/index.js';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const daConversation = {
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
    /** Beside the prompt about what you appreciated: each says one thing. */
    appreciationHint: 'Sig én ting hver. Skriv dem ned.',
    notAnswered: 'Intet svar endnu.',
    /** The window of every change in the list, said once: "I snit over 4 uger: før 30. september og nu". */
    changesTitle: (since: string, average: string) =>
      average ? `${capitalised(average)}: før ${since} og nu` : `Før ${since} og nu`,
    firstTitle: 'Jeres første samtale',
    firstLead: 'Her er det, der er målt indtil nu.',
    steady: (names: string) => `Stabilt: ${names}.`,
    /** After a line measured more seldom than the list's heading says: "(målt hver måned)". */
    changesEvery: {
      week: 'målt hver uge',
      month: 'målt hver måned',
      'half-year': 'målt hvert halve år',
    } as Readonly<Record<Cadence, string>>,
    /** The one button that opens the whole list of changes; the count is of them all. */
    showAll: (count: number) => `Vis alle (${count})`,
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
      // The same word as a steady line of the changes: "Beslutsomhed: stabil, 3,4".
      steady: 'stabil',
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
    stepShows: 'Det, trinnet viser',
    starTitle: 'Nu og ved sidste samtale',
    summaryTitle: 'Sådan står det til nu',
    trendTitle: 'Udviklingen over tid',
    focusTrendTitle: (label: string) => `${label} over tid`,
    // Said politely when the chart beside the guide changes (the title of the chart now shown).
    chartShown: (title: string) => `Grafen viser nu: ${title}`,
    invalid: {
      promptSet: (id: string) => `Samtalen "${id}" findes ikke. Brug nextwork eller next-level.`,
      value: 'Kladden til samtalen har ikke det rigtige format.',
      valuePromptSet: (id: string) => `Kladden hører til samtalen "${id}".`,
      // A person is a boundary: never a name here, the draft may be someone else's.
      valuePerson: 'Kladden hører til en anden ungs samtale.',
      valueDate:
        'Kladden er fra en samtale på en anden dato. Samtykke gives på ny hver gang, så start en ny samtale.',
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
    // A person is a boundary: never a name here, the record is someone else's.
    otherPerson: 'Samtalen hører til en anden ungs sag.',
  },
  // The young person's own side in the conversation (issue 21): their reading, examples and next step.
  conversationOwn: {
    readingTitle: 'Dit eget blik',
    /** One gentle question where the two readings lie a whole step apart; never a verdict. */
    readingQuestion: (label: string, own: string, company: string) =>
      `${label}: Du ser dig selv som ${own}, virksomheden som ${company}. Hvad tænker du?`,
    examplesTitle: 'Det har du selv skrevet',
    kinds: { work: 'Arbejde', social: 'Socialt', other: 'Andet' },
    exampleBy: (date: string, kind: string) => `${date}, ${kind}`,
    nextStepLabel: 'Dit næste skridt, med dine egne ord',
    nextStepHint: 'Hvad vil du prøve til næste gang?',
    targetLegend: (label: string) => `Dit mål for ${label}, hvis du vil`,
    noTarget: 'Intet mål',
    targetValue: (value: string, label: string) => (label ? `${value}: ${label}` : value),
    nextStep: (text: string) => `Næste skridt: ${text}`,
    noNextStep: 'Intet næste skridt endnu.',
    target: (value: string, max: string) => `Mål: ${value} af ${max}.`,
    // The printable summary's words.
    recordNextStep: 'Næste skridt, med den unges egne ord',
    recordTarget: (value: string, max: string, label: string) =>
      label ? `Målet er ${value} af ${max}: ${label}.` : `Målet er ${value} af ${max}.`,
  },
  // The conversation guide's words for issue 10's hand audit (kept apart so blocks merge cleanly).
  guide: {
    /** Said before the prompt in its heading, where focus moves on every step. */
    stepHeading: (index: number, total: number) => `Trin ${index} af ${total}:`,
  },
};
