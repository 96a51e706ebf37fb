/** English words of the assessment form (the shape of `da.ts` beside it). */
import type { daForm } from './da.js';

export const enForm: typeof daForm = {
  form: {
    notObserved: 'Not observed',
    option: (value: string, label: string) => (label ? `${value} – ${label}` : value),
    dontKnow: "Don't know",
    optional: '(optional)',
    submit: 'Send',
    submitting: 'Sending …',
    next: 'Next',
    previous: 'Back',
    progress: (index: number, total: number) => `${index} of ${total}`,
    review: 'Ready to send',
    answered: (count: number, total: number) => `You have answered ${count} of ${total}.`,
    missingChoice: 'Choose an answer.',
    missingText: 'Write a few words here.',
    missing: (count: number) => (count === 1 ? '1 answer is missing.' : `${count} answers are missing.`),
    validity: 'The assessment has missing answers.',
    score: (label: string, value: string, band: string) =>
      band ? `${label}: ${value} (${band})` : `${label}: ${value}`,
    scoreIncomplete: 'The score shows when every question is answered.',
    sent: (date: string) => `Thank you. The assessment for ${date} has been sent.`,
    again: 'Fill in a new one',
    draftRestored: 'What you filled in last time is back.',
    storageFailed: 'The draft could not be saved on this device. What you filled in is still here.',
    about: (name: string, date: string) => (name ? `${name} · ${date}` : date),
    rater: (role: string, name: string) => (name ? `${role}: ${name}` : role),
    invalid: {
      unknownFramework: (id: string) => `There is no framework "${id}".`,
      unknownInstrument: (id: string, ids: string) =>
        `The framework has no instrument "${id}". Use one of: ${ids}.`,
      noScale: (id: string) => `The framework has no scale "${id}".`,
      role: (role: string, roles: string) =>
        `The role "${role}" may not fill in this instrument. Use one of: ${roles}.`,
      rater: 'The rater must be an object with at least a role ({ role }).',
      participant: 'The participant must be an object with an id ({ id, displayName }).',
      date: (value: string) => `"${value}" is not a valid date (YYYY-MM-DD).`,
      value: 'The assessment to edit does not have the right format.',
      valueInstrument: (id: string) => `The assessment to edit belongs to the instrument "${id}".`,
      data: "The person's data is not in the right format.",
      dataParticipant:
        'The data belongs to another person than the one shown. Give data for the person shown, or none.',
      alreadyRated: (period: string) =>
        `You have already answered for ${period}. You can answer again in the next one.`,
      valueParticipant:
        'The assessment to edit was given for another person. Give one for the person shown, or none.',
    },
  },
};
