/** Danish words of the assessment form (`<spor-assessment-form>`). */
export const daForm = {
  form: {
    notObserved: 'Ikke observeret',
    option: (value: string, label: string) => (label ? `${value} – ${label}` : value),
    dontKnow: 'Ved ikke',
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
      data: 'Personens data har ikke det rigtige format.',
      dataParticipant:
        'Data hører til en anden person end den viste. Giv data for den viste person, eller ingen.',
      alreadyRated: (period: string) =>
        `Du har allerede svaret for ${period}. Du kan svare igen i den næste.`,
      valueParticipant:
        'Den vurdering, der skal redigeres, blev givet for en anden person. Giv en for den viste person, eller ingen.',
    },
  },
};
