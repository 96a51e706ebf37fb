/**
 * Danish words of the young person's log (`<spor-experience-log>`). The young person reads them
 * alone, on a phone: short sentences in common words (at most 15 words, LIX at most 25).
 */
export const daLog = {
  log: {
    title: 'Min log',
    lead: 'Skriv om det, du oplever på arbejdet og med andre.',
    writeTitle: 'Skriv noget nyt',
    editTitle: 'Ret det, du skrev',
    date: 'Dato',
    kind: 'Hvad handler det om?',
    kinds: { work: 'Arbejde', social: 'Socialt', other: 'Andet' },
    text: 'Hvad skete der?',
    share: 'Del med mentor og virksomhed',
    who: 'Hvem ser den?',
    whoPrivate: 'Kun dig.',
    whoShared: 'Din mentor og virksomheden ser den ved næste samtale.',
    save: 'Gem',
    cancel: 'Fortryd',
    saved: 'Den er gemt.',
    deleted: 'Den er slettet.',
    needsText: 'Skriv, hvad der skete.',
    fix: 'Ret det her:',
    listTitle: 'Det har du skrevet',
    empty: 'Du har ikke skrevet noget endnu.',
    isShared: 'Delt',
    isPrivate: 'Kun dig',
    edit: 'Ret',
    delete: 'Slet',
    /** What a button is about, heard after its word: "Ret: Arbejde, 7. oktober". */
    about: (kind: string, day: string) => `${kind}, ${day}`,
    confirm: 'Vil du slette den?',
    confirmYes: 'Ja, slet den',
    confirmNo: 'Nej',
    draftRestored: 'Det, du skrev sidst, er hentet frem.',
    storageFailed: 'Det kan ikke gemmes her. Det, du skrev, står her stadig.',
    invalid: {
      today: (value: string) => `Dagen "${value}" er ikke en gyldig dato (ÅÅÅÅ-MM-DD).`,
    },
  },
};
