import { isolateIfSensitive } from './bidi-text.js';

/**
 * Validation messages in Danish (the default) and English. Core stays self-contained, so these
 * live here rather than in `src/i18n`. Plain, short and kind: the reader is often not a developer.
 */

export type MessageLocale = 'da' | 'en';
export type MessageParams = Readonly<Record<string, string | number>>;

type Message = (p: MessageParams) => string;

/** The reporting grid's period lengths, as the messages name them. */
const gridNames: Readonly<Record<MessageLocale, Readonly<Record<string, string>>>> = {
  da: { 'half-year': 'et helt halvår', month: 'en hel måned', week: 'en hel uge' },
  en: { 'half-year': 'half-year', month: 'month', week: 'week' },
};

/** The kind of period a key names (`2026-W44` a week), as the "one self-rating per period" message says it. */
const periodNames: Readonly<Record<MessageLocale, readonly [week: string, halfYear: string, month: string]>> =
  {
    da: ['uge', 'halvår', 'måned'],
    en: ['week', 'half-year', 'month'],
  };
const periodNameOf = (key: unknown, locale: MessageLocale): string => {
  const [week, halfYear, month] = periodNames[locale];
  const text = String(key);
  return /-W\d{2}$/.test(text) ? week : /-H[12]$/.test(text) ? halfYear : month;
};

/**
 * Danish is the reference table: its keys are the message codes, and the English table must have
 * every one of them (a missing or extra key fails the type check, as in `src/i18n`).
 */
const da = {
  invalid: () => 'Værdien er ikke gyldig.',
  required: () => 'Mangler: skal udfyldes.',
  type: (p) => `Skal være ${expectedName(String(p['expected']), 'da')}.`,
  value: (p) => `Skal være en af: ${p['values']}.`,
  schemaVersion: (p) => `Denne version af dataformatet kendes ikke (${p['value']}). Brug schemaVersion 1.`,
  notObject: () => 'Data skal være et objekt med schemaVersion, participant og resten af forløbet.',
  unreadable: () => 'Data kunne ikke læses.',
  frameworkId: () => 'Skal være et id med små bogstaver, tal og bindestreger, fx weekly-company.',
  itemRef: () => 'Skal skrives som instrument.punkt, fx weekly-company.punctuality.',
  dateFormat: () =>
    'Skal være en dato som 2026-03-01 eller et tidspunkt med tidszone som 2026-03-01T09:00:00+01:00.',
  impossibleDate: (p) => `Datoen ${p['value']} findes ikke.`,
  empty: () => 'Må ikke være tom.',
  tooLong: (p) => `Teksten er for lang (højst ${p['max']} tegn).`,
  numberTooBig: (p) => `Tallet er for stort (højst ${p['max']}).`,
  numberTooSmall: (p) => `Tallet er for lille (mindst ${p['min']}).`,
  tooMany: (p) => `Listen er for lang (højst ${p['max']}).`,
  emptyList: () => 'Listen må ikke være tom.',
  positive: () => 'Skal være større end 0.',
  coverage: () => 'Skal være større end 0 og højst 1.',
  tooHeavy: (p) => `Vægten må højst være ${p['max']}.`,
  changeWindow: () => 'Skal være et helt antal perioder fra 1 til 104.',
  dateOutOfRange: (p) => `Datoen ${p['value']} ligger uden for kalenderen (0001-01-01 til 9999-12-31).`,
  schemaVersionMissing: () => 'Mangler schemaVersion. Brug schemaVersion 1.',
  reservedKey: (p) => `Navnet ${p['value']} kan ikke bruges her.`,
  duplicateId: (p) => `Id'et ${p['value']} er allerede brugt.`,
  unknownFramework: (p) => `Rammen ${p['value']} kendes ikke.`,
  unknownInstrument: (p) => `Instrumentet ${p['value']} findes ikke i rammen.`,
  unknownItem: (p) => `${p['value']} er ikke et punkt, der vurderes i ${p['instrument']}.`,
  unknownTextItem: (p) => `${p['value']} er ikke et tekstfelt i ${p['instrument']}.`,
  offScale: (p) => `${p['value']} ligger uden for skalaen ${p['min']}–${p['max']}.`,
  offStep: (p) => `${p['value']} passer ikke med skalaens trin på ${p['step']}.`,
  roleNotAllowed: (p) => `Rollen ${p['value']} kan ikke udfylde ${p['instrument']} (kun: ${p['roles']}).`,
  unknownPlacement: (p) => `Praktikforløbet ${p['value']} findes ikke.`,
  endBeforeStart: () => 'Slutdatoen ligger før startdatoen.',
  overlap: (p) => `Overlapper med praktikforløbet ${p['other']}.`,
  unknownFocus: (p) => `${p['value']} er ikke en serie i rammen.`,
  targetWithoutFocus: () => 'Et mål skal høre til et fokusområde. Vælg først fokus.',
  targetOffScale: (p) => `Målet ${p['value']} ligger uden for fokusområdets skala ${p['min']}–${p['max']}.`,
  secondSelfRating: (p) =>
    `Der er allerede en egen vurdering i ${p['value']}. Den unge vurderer sig selv højst én gang pr. ${periodNameOf(p['value'], 'da')}.`,
  unknownPromptSet: (p) => `Samtaleguiden ${p['value']} kendes ikke.`,
  unknownPrompt: (p) => `${p['value']} er ikke et spørgsmål i samtaleguiden ${p['set']}.`,
  badTimeZone: (p) => `Tidszonen ${p['value']} kendes ikke.`,
  unknownScale: (p) => `Skalaen ${p['value']} findes ikke i rammen.`,
  badScale: () => 'Skalaen skal gå fra et mindre til et større tal, i trin der går op.',
  unknownRole: (p) => `Rollen ${p['value']} findes ikke i rammen.`,
  unknownRef: (p) => `${p['value']} findes ikke i rammen.`,
  notRated: (p) => `${p['value']} er et tekstfelt og kan ikke indgå i en værdi.`,
  noScoring: (p) => `Instrumentet ${p['value']} har ingen scoreregel.`,
  mixedScales: () => 'Alle dele skal bruge skalaer med samme spænd.',
  mixedCadence: () => 'Alle punkter i et træk skal komme fra instrumenter med samme kadence.',
  badBand: () => 'Båndet skal ligge inden for skalaen.',
  tooManyAnswered: () => 'Der kan ikke kræves flere svar, end instrumentet har punkter.',
  weekKey: () => 'Skal være en ISO-uge fra år 0001 til 9999 som 2026-W09.',
  impossibleWeek: (p) => `Ugen ${p['value']} findes ikke.`,
  weekOutOfRange: (p) =>
    `Ugen ${p['value']} ligger uden for kalenderen: dens dage skal ligge fra 0001-01-01 til 9999-12-31.`,
  hoursSpan: (p) => `Timerne spænder over for mange uger (højst ${p['max']} fra den første til den sidste).`,
  negativeHours: () => 'Timer kan ikke være negative.',
  weekHours: (p) => `En uge kan højst have ${p['max']} timer.`,
  duplicateWeek: (p) => `Ugen ${p['value']} har allerede timer for den aktivitet.`,
  share: () => 'Skal være en andel fra 0 til 1, fx 0,15 for 15 %.',
  followUpAfter: () => 'Skal være et helt antal fra 1 til 60.',
  unknownJob: (p) => `Jobbet ${p['value']} findes ikke.`,
  beforeJobStart: (p) => `Datoen ligger før jobbet begynder (${p['value']}).`,
  outcomeWithoutDone: () => 'Et udfald skal have en dato i done.',
  moreIssues: (p) => `… og ${p['count']} fejl mere.`,
  unknownAudience: (p) =>
    `Målgruppen ${p['value']} kendes ikke (brug ${p['values']}). Der vises kun det, en virksomhed må se.`,
  localeCode: () => 'Skal være en sprogkode som da, en, ar eller uk.',
  noLanguage: () => 'Skal have teksten på mindst ét sprog, fx { "da": "…" }.',
  localDate: () => 'Skal være en dato som 2026-03-01.',
  notNegative: () => 'Må ikke være negativ.',
  percent: () => 'Skal være en hel procent fra 0 til 100.',
  cellSize: () => 'Skal være et helt tal fra 3 til 1000.',
  smallCell: (p) => `Tal under ${p['min']} må ikke vises. Skriv null, så er tallet skjult.`,
  countAboveTotal: () => 'Antallet er større end det samlede antal.',
  hiddenShare: () => 'En andel af et skjult tal må ikke vises. Skriv null.',
  hiddenChange: () => 'En ændring må ikke vises, når et af tallene bag den er skjult. Skriv null.',
  unknownField: (p) => `Feltet ${p['value']} hører ikke til her. Send kun tal, aldrig navne.`,
  offGrid: (p) => `Skal være ${gridNames.da[String(p['value'])] ?? p['value']} i den faste inddeling.`,
  notPreviousPeriod: () => 'Skal være perioden lige før, i samme inddeling.',
  notReadYet: (p) =>
    `Perioden kan først vises fra ${p['value']}: den skal være slut, og "stadig i job" skal være kendt.`,
  asOfNotFixed: (p) => `Tallene læses på en fast dag for perioden: ${p['value']}.`,
  notProgrammeMonths: (p) => `Skal være rammens tal: ${p['value']}.`,
  hiddenGoal: () => 'Der må ikke stå, om målet er nået, ved en skjult andel. Skriv null.',
  wrongGoal: () => 'Passer ikke med andelen og målet.',
  derivedCell: (p) =>
    `Forskellen til ${p['other']} er under ${p['min']}, så et lille tal kan regnes ud. Skriv null.`,
} satisfies Readonly<Record<string, Message>>;

export type MessageCode = keyof typeof da;

const en: Readonly<Record<MessageCode, Message>> = {
  invalid: () => 'This value is not valid.',
  required: () => 'Missing: this is required.',
  type: (p) => `Should be ${expectedName(String(p['expected']), 'en')}.`,
  value: (p) => `Should be one of: ${p['values']}.`,
  schemaVersion: (p) =>
    `This version of the data format is not supported (${p['value']}). Use schemaVersion 1.`,
  notObject: () =>
    'The data should be an object with schemaVersion, participant and the rest of the programme.',
  unreadable: () => 'The data could not be read.',
  frameworkId: () => 'Should be an id of lower-case letters, digits and hyphens, e.g. weekly-company.',
  itemRef: () => 'Should be written as instrument.item, e.g. weekly-company.punctuality.',
  dateFormat: () =>
    'Should be a date like 2026-03-01 or a date-time with a time zone like 2026-03-01T09:00:00+01:00.',
  impossibleDate: (p) => `The date ${p['value']} does not exist.`,
  empty: () => 'Must not be empty.',
  tooLong: (p) => `The text is too long (at most ${p['max']} characters).`,
  numberTooBig: (p) => `The number is too large (at most ${p['max']}).`,
  numberTooSmall: (p) => `The number is too small (at least ${p['min']}).`,
  tooMany: (p) => `The list is too long (at most ${p['max']}).`,
  emptyList: () => 'The list must not be empty.',
  positive: () => 'Should be greater than 0.',
  coverage: () => 'Should be greater than 0 and at most 1.',
  tooHeavy: (p) => `The weight can be at most ${p['max']}.`,
  changeWindow: () => 'Should be a whole number of periods from 1 to 104.',
  dateOutOfRange: (p) => `The date ${p['value']} is outside the calendar (0001-01-01 to 9999-12-31).`,
  schemaVersionMissing: () => 'schemaVersion is missing. Use schemaVersion 1.',
  reservedKey: (p) => `The name ${p['value']} cannot be used here.`,
  duplicateId: (p) => `The id ${p['value']} is already used.`,
  unknownFramework: (p) => `The framework ${p['value']} is not known.`,
  unknownInstrument: (p) => `The instrument ${p['value']} is not in the framework.`,
  unknownItem: (p) => `${p['value']} is not a rated item of ${p['instrument']}.`,
  unknownTextItem: (p) => `${p['value']} is not a text item of ${p['instrument']}.`,
  offScale: (p) => `${p['value']} is outside the scale ${p['min']}–${p['max']}.`,
  offStep: (p) => `${p['value']} does not fit the scale's steps of ${p['step']}.`,
  roleNotAllowed: (p) => `The role ${p['value']} cannot fill in ${p['instrument']} (only: ${p['roles']}).`,
  unknownPlacement: (p) => `The placement ${p['value']} does not exist.`,
  endBeforeStart: () => 'The end date is before the start date.',
  overlap: (p) => `Overlaps with the placement ${p['other']}.`,
  unknownFocus: (p) => `${p['value']} is not a series of the framework.`,
  targetWithoutFocus: () => 'A target belongs to a focus area. Choose the focus first.',
  targetOffScale: (p) =>
    `The target ${p['value']} is outside the focus area's scale ${p['min']}–${p['max']}.`,
  secondSelfRating: (p) =>
    `There is already a self-rating in ${p['value']}. The young person rates themselves at most once a ${periodNameOf(p['value'], 'en')}.`,
  unknownPromptSet: (p) => `The prompt set ${p['value']} is not known.`,
  unknownPrompt: (p) => `${p['value']} is not a prompt of the prompt set ${p['set']}.`,
  badTimeZone: (p) => `The time zone ${p['value']} is not known.`,
  unknownScale: (p) => `The scale ${p['value']} is not in the framework.`,
  badScale: () => 'The scale should go from a smaller to a larger number, in steps that fit.',
  unknownRole: (p) => `The role ${p['value']} is not in the framework.`,
  unknownRef: (p) => `${p['value']} is not in the framework.`,
  notRated: (p) => `${p['value']} is a text item and cannot be part of a value.`,
  noScoring: (p) => `The instrument ${p['value']} has no scoring rule.`,
  mixedScales: () => 'All parts should use scales with the same range.',
  mixedCadence: () => 'All items of a trait should come from instruments with the same cadence.',
  badBand: () => 'The band should lie within the scale.',
  tooManyAnswered: () => 'It cannot require more answers than the instrument has items.',
  weekKey: () => 'Should be an ISO week from the year 0001 to 9999 like 2026-W09.',
  impossibleWeek: (p) => `The week ${p['value']} does not exist.`,
  weekOutOfRange: (p) =>
    `The week ${p['value']} is outside the calendar: its days should lie from 0001-01-01 to 9999-12-31.`,
  hoursSpan: (p) => `The hours span too many weeks (at most ${p['max']} from the first to the last).`,
  negativeHours: () => 'Hours cannot be negative.',
  weekHours: (p) => `A week can hold at most ${p['max']} hours.`,
  duplicateWeek: (p) => `The week ${p['value']} already has hours for that activity.`,
  share: () => 'Should be a share from 0 to 1, e.g. 0.15 for 15 %.',
  followUpAfter: () => 'Should be a whole number from 1 to 60.',
  unknownJob: (p) => `The job ${p['value']} does not exist.`,
  beforeJobStart: (p) => `The date is before the job starts (${p['value']}).`,
  outcomeWithoutDone: () => 'An outcome needs a date in done.',
  moreIssues: (p) => `… and ${p['count']} more.`,
  unknownAudience: (p) =>
    `The audience ${p['value']} is not known (use ${p['values']}). Only what a company may see is shown.`,
  localeCode: () => 'Should be a language code such as da, en, ar or uk.',
  noLanguage: () => 'Should have the text in at least one language, e.g. { "en": "…" }.',
  localDate: () => 'Should be a date like 2026-03-01.',
  notNegative: () => 'Must not be negative.',
  percent: () => 'Should be a whole percent from 0 to 100.',
  cellSize: () => 'Should be a whole number from 3 to 1000.',
  smallCell: (p) => `Numbers below ${p['min']} must not be shown. Write null, and the number is hidden.`,
  countAboveTotal: () => 'The count is larger than the total.',
  hiddenShare: () => 'A share of a hidden number must not be shown. Write null.',
  hiddenChange: () => 'A change must not be shown when a number behind it is hidden. Write null.',
  unknownField: (p) => `The field ${p['value']} does not belong here. Send only numbers, never names.`,
  offGrid: (p) =>
    `Should be one whole ${gridNames.en[String(p['value'])] ?? p['value']} of the fixed reporting grid.`,
  notPreviousPeriod: () => 'Should be the period just before, on the same grid.',
  notReadYet: (p) =>
    `The period can be shown from ${p['value']} on: it must have ended, and "still employed" must be known.`,
  asOfNotFixed: (p) => `The numbers are read as of a day the period fixes: ${p['value']}.`,
  notProgrammeMonths: (p) => `Should be the framework's number: ${p['value']}.`,
  hiddenGoal: () => 'Whether the goal is met must not be said beside a hidden share. Write null.',
  wrongGoal: () => 'Does not agree with the share and the goal.',
  derivedCell: (p) =>
    `The difference from ${p['other']} is below ${p['min']}, so a small number could be worked out. Write null.`,
};

const expectedNames: Readonly<Record<MessageLocale, Readonly<Record<string, string>>>> = {
  da: {
    string: 'en tekst',
    number: 'et tal',
    int: 'et helt tal',
    boolean: 'sand eller falsk',
    object: 'et objekt',
    array: 'en liste',
    record: 'et objekt',
    nonoptional: 'udfyldt',
  },
  en: {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    record: 'an object',
    nonoptional: 'filled in',
  },
};

/** `messageLocaleOf('en-GB')` → `en`; everything else is Danish, the default. */
export function messageLocaleOf(locale: string | undefined): MessageLocale {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en' : 'da';
}

/** The name of an expected type ("et tal", "a number") for the `type` message. */
export function expectedName(expected: string, locale: MessageLocale): string {
  return expectedNames[locale][expected] ?? expected;
}

/** `messageFor('offScale', { value: 7, min: 1, max: 5 }, 'da')` → "7 ligger uden for skalaen 1–5." */
export function messageFor(code: string, params: MessageParams, locale: MessageLocale): string {
  const table: Readonly<Record<MessageCode, Message>> = locale === 'en' ? en : da;
  // Values come from the host's data: a right-to-left override in one must not reverse the message.
  const isolated: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    isolated[key] = typeof value === 'string' ? isolateIfSensitive(value) : value;
  }
  return (isMessageCode(code) ? table[code] : table.invalid)(isolated);
}

/** True for a code both tables say (`toString` is no message, whatever the prototype has). */
export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(da, code);
}

/** Every message code, for a test that both languages say every message. */
export const messageCodes: ReadonlyArray<string> = Object.keys(da);
export const englishMessageCodes: ReadonlyArray<string> = Object.keys(en);
