/**
 * Three sample young people, modelled on the young people NExTWORK is for (docs/design.md): Simon, Liv and
 * Rasmus. Synthetic and deterministic, with data through `sampleAsOf`; they feed the demo, the
 * stories and the tests, so their traits move the way the profiles describe. Names of people and
 * companies are made up.
 */
import type { Assessment, ConversationRecord, Experience, ProgressData } from '../format/schema.js';
import { syntheticProgressData, type SyntheticProfile } from './synthetic.js';

/** The last day with data in the sample personas (a Friday). Never the live clock. */
export const sampleAsOf = '2026-11-06';

const conversation = (
  id: string,
  date: string,
  focus: string,
  answers: readonly [string, string, string, string],
  next?: Pick<ConversationRecord, 'nextStep' | 'target'>,
): ConversationRecord => ({
  id,
  date,
  promptSet: 'nextwork',
  focus,
  answers: { changes: answers[0], examples: answers[1], appreciation: answers[2], focus: answers[3] },
  ...next,
});

/** The traits in the order `self-weekly` asks them. */
const ownTraits = [
  'initiative',
  'persistence',
  'curiosity',
  'cooperation',
  'social',
  'responsibility',
] as const;
type OwnRatings = readonly [
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
];

/**
 * The young person's own side: their weekly self-ratings (`self-weekly`, some weeks, not all; the
 * ratings in `ownTraits` order, null for "don't know"), their log and nothing else.
 */
interface OwnSide {
  readonly selfWeekly: ReadonlyArray<readonly [date: string, ratings: OwnRatings]>;
  readonly experiences: ReadonlyArray<Experience>;
}

const entry = (
  id: string,
  date: string,
  kind: Experience['kind'],
  text: string,
  shared: boolean,
): Experience => ({ id, date, kind, text, shared });

/** The persona's data with their own side added: self-ratings among the assessments, and the log. */
function withOwnSide(data: ProgressData, own: OwnSide): ProgressData {
  const { id, displayName } = data.participant;
  const selfRatings = own.selfWeekly.map(([date, ratings]): Assessment => ({
    id: `${id}-s-${date}`,
    instrument: 'self-weekly',
    date,
    rater: { role: 'self', id, name: displayName },
    ratings: Object.fromEntries(ownTraits.map((trait, index) => [trait, ratings[index] ?? null])),
  }));
  const assessments = [...data.assessments, ...selfRatings].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  );
  return { ...data, assessments, experiences: [...own.experiences] };
}

const simon: SyntheticProfile = {
  seed: 22,
  participant: { id: 'simon', displayName: 'Simon', locale: 'da' },
  start: '2025-11-03',
  end: sampleAsOf,
  counsellor: { id: 'uv-mette', name: 'Mette Dahl' },
  placements: [
    {
      id: 'simon-p1',
      company: 'Lager & Logistik Roskilde ApS',
      role: 'Lagermedhjælper',
      start: '2025-11-10',
      end: '2026-01-30',
      raters: [{ id: 'll-jens', name: 'Jens Mikkelsen' }],
    },
    {
      id: 'simon-p2',
      company: 'IT-Service Sjælland',
      role: 'IT-supporter i praktik',
      start: '2026-03-02',
      end: '2026-06-26',
      raters: [
        { id: 'its-ahmed', name: 'Ahmed Hassan' },
        { id: 'its-louise', name: 'Louise Bach' },
      ],
    },
    {
      id: 'simon-p3',
      company: 'Roskilde Kommune, IT-afdelingen',
      role: 'IT-supporter',
      start: '2026-08-10',
      raters: [{ id: 'rk-peter', name: 'Peter Winther' }],
    },
  ],
  pauses: [['2025-12-21', '2026-01-04']],
  // Short internships with weeks between them that have no plan; mornings cost him hours.
  hours: { planned: { internship: 25, teaching: 12 }, attended: [1, 0.9, 0.35, 1, 0.8, 0.95, 1, 0.4] },
  programme: {
    // Weekend hours at his first internship's warehouse, for two months.
    jobs: [
      {
        id: 'simon-j1',
        employer: 'Lager & Logistik Roskilde ApS',
        start: '2026-02-09',
        end: '2026-04-03',
        kind: 'hourly',
        hoursPerWeek: 8,
      },
    ],
    followUps: [
      {
        id: 'simon-f1',
        jobId: 'simon-j1',
        due: '2026-02-16',
        done: '2026-02-16',
        with: 'both',
        outcome: 'going-well',
        note: 'Jens siger, at han er god til at holde styr på pakkerne.',
      },
      {
        id: 'simon-f2',
        jobId: 'simon-j1',
        due: '2026-03-09',
        done: '2026-03-06',
        with: 'young-person',
        outcome: 'declined',
      },
    ],
  },
  curves: {
    'weekly-company.initiative': { from: 2.6, to: 3.5 },
    // Low persistence that slowly rises: the profile's main line.
    'weekly-company.persistence': { from: 1.7, to: 3.5 },
    'weekly-company.curiosity': { from: 3.4, to: 4.1 },
    'weekly-company.cooperation': { from: 3.0, to: 3.6 },
    'weekly-company.social': { from: 2.9, to: 3.4 },
    'weekly-company.responsibility': { from: 2.4, to: 3.6 },
    // Gaming at night costs him his mornings, worst in the dark months.
    'weekly-company.punctuality': {
      from: 2.0,
      to: 3.5,
      shifts: [{ from: '2025-11-24', to: '2025-12-19', by: -0.6 }],
    },
    'weekly-company.productivity': { from: 2.6, to: 3.6 },
    'monthly-determination.persistence': { from: 1.9, to: 3.4 },
    'monthly-determination.independence': { from: 2.4, to: 3.5 },
    'monthly-determination.direction': { from: 1.8, to: 3.8 },
  },
  resilience: { from: 2.4, to: 3.3 },
  selfReports: ['2025-11-05', '2026-05-06', '2026-11-04'],
  doneWell: [
    'Mødte til tiden alle dage i denne uge.',
    'Tog selv fat i en kunde, der ikke kunne logge på, og løste det.',
    'Gjorde pakkeopgaven færdig, selv om den var lang og ensformig.',
    'Hjalp en kollega med at sætte en ny printer op.',
    'Spurgte selv, hvad han kunne gå i gang med, da han var færdig.',
    'Skrev en god vejledning til nulstilling af adgangskoder.',
    'Holdt fast i fejlsøgningen en hel eftermiddag og fandt fejlen.',
    'Ringede i god tid, da han var forsinket.',
    'Var med til morgenmødet og fortalte om sin opgave.',
  ],
  concerns: [
    'Kom for sent mandag og tirsdag; sagde, at han havde spillet til sent.',
    'Virkede træt og gik tidligt torsdag.',
    'Gik i stå ved en opgave uden at sige til.',
  ],
  conversations: [
    conversation('simon-c1', '2026-01-14', 'weekly-company.punctuality', [
      'Der er kommet mange flere prikker, og de ligger lidt højere end i starten.',
      'Jeg har været der hver dag de sidste uger. Jens siger, at jeg er blevet bedre til at gøre en opgave færdig.',
      'At Jens er ærlig, men ikke sur, når jeg kommer for sent.',
      'At møde til tiden. Jeg slukker computeren kl. 24 på hverdage, og Jens ringer, hvis jeg ikke er der kl. 8.',
    ]),
    conversation('simon-c2', '2026-04-15', 'persistence', [
      'Mødestabiliteten er steget meget, og vedholdenheden går også lidt op.',
      'Jeg har kun været for sent én gang i marts. Jeg har lavet en vejledning til support, som de bruger nu.',
      'At Ahmed viser mig tingene og lader mig prøve selv bagefter.',
      'Vedholdenhed: at blive ved med en fejl i mindst en time, før jeg spørger, og skrive ned, hvad jeg har prøvet.',
    ]),
    conversation('simon-c3', '2026-06-24', 'persistence', [
      'Næsten alle linjer går op. Vedholdenhed er ikke længere den laveste.',
      'Jeg fandt selv fejlen i netværket på lageret. Det tog hele eftermiddagen.',
      'At Louise har taget mig med ud til kunderne, og at de stoler på mig.',
      'Vi bliver ved med vedholdenhed, for jeg skifter praktiksted efter sommerferien og vil holde fast i det.',
    ]),
    conversation(
      'simon-c4',
      '2026-09-30',
      'determination',
      [
        'Beslutsomhed er gået op siden sommer, og jeg har ikke haft en dårlig uge i september.',
        'Jeg har selv bedt om at få flere opgaver i kommunens IT-afdeling og har fået min egen kø af sager.',
        'At Peter spørger til, hvad jeg gerne vil, og at Mette hjælper med at finde en uddannelse.',
        'Beslutsomhed: at finde ud af, om jeg vil søge ind på datateknikeruddannelsen til januar.',
      ],
      {
        nextStep: 'Jeg skriver min ansøgning færdig og viser den til Mette før 1. december.',
        target: 4,
      },
    ),
  ],
};

const liv: SyntheticProfile = {
  seed: 24,
  participant: { id: 'liv', displayName: 'Liv', locale: 'da' },
  start: '2026-01-05',
  end: sampleAsOf,
  counsellor: { id: 'uv-anders', name: 'Anders Bro' },
  placements: [
    {
      id: 'liv-p1',
      company: 'Trykkeriet Himmelev',
      role: 'Kontorpraktikant',
      start: '2026-01-12',
      end: '2026-04-24',
      raters: [{ id: 'th-hanne', name: 'Hanne Kjær' }],
    },
    {
      id: 'liv-p2',
      company: 'Roskilde Bibliotekerne',
      role: 'Praktikant i udlånet',
      start: '2026-05-11',
      raters: [
        { id: 'rb-soeren', name: 'Søren Lund' },
        { id: 'rb-maja', name: 'Maja Holm' },
      ],
    },
  ],
  pauses: [['2026-07-13', '2026-08-02']],
  hours: { planned: { internship: 25, teaching: 12 }, attended: [1, 0.95, 1, 0.9, 1, 1] },
  // Two tries at education: a preparatory course she left, and single HF subjects since August.
  programme: {
    education: [
      { id: 'liv-e1', institution: 'FGU Roskilde', start: '2025-08-11', end: '2025-10-24' },
      { id: 'liv-e2', institution: 'VUC Roskilde, HF-enkeltfag', start: '2026-08-17' },
    ],
  },
  curves: {
    'weekly-company.initiative': { from: 2.1, to: 3.3 },
    'weekly-company.persistence': { from: 3.8, to: 4.3 },
    'weekly-company.curiosity': { from: 3.6, to: 4.3 },
    'weekly-company.cooperation': { from: 2.4, to: 3.9 },
    // Social skills that grow from a low start: the profile's main line.
    'weekly-company.social': { from: 1.5, to: 3.8 },
    'weekly-company.responsibility': { from: 4.4, to: 4.8 },
    'weekly-company.punctuality': { from: 4.5, to: 4.8 },
    'weekly-company.productivity': { from: 3.6, to: 4.4 },
    'monthly-determination.persistence': { from: 3.8, to: 4.4 },
    'monthly-determination.independence': { from: 3.0, to: 4.0 },
    'monthly-determination.direction': { from: 2.3, to: 3.7 },
  },
  resilience: { from: 2.2, to: 3.2 },
  selfReports: ['2026-01-07', '2026-07-01'],
  doneWell: [
    'Satte hele arkivet i system uden at blive bedt om det.',
    'Sagde godmorgen til alle og spiste frokost med holdet.',
    'Hjalp en ældre låner med at bestille bøger på nettet.',
    'Gennemgik fakturaerne grundigt og fandt to fejl.',
    'Tog telefonen selv, da der var travlt.',
    'Fortalte på personalemødet om sin idé til skiltningen.',
    'Tog ansvar for returkassen hele ugen.',
    'Stillede gode spørgsmål, da hun skulle lære det nye system.',
  ],
  concerns: [
    'Var meget stille og sad alene i frokostpausen.',
    'Virkede nedtrykt torsdag; tal gerne med hende om det.',
  ],
  conversations: [
    conversation('liv-c1', '2026-03-04', 'social', [
      'De fleste linjer ligger højt. Sociale egenskaber ligger lavest, men er gået lidt op.',
      'Hanne skriver, at jeg har sat arkivet i system. Jeg har spist frokost med de andre to gange.',
      'At Hanne giver mig opgaver, jeg kan gøre færdige i mit eget tempo.',
      'Sociale egenskaber: at sige noget på morgenmødet én gang om ugen.',
    ]),
    conversation('liv-c2', '2026-05-27', 'social', [
      'Samarbejde og sociale egenskaber er gået op. Jeg er lige startet på biblioteket.',
      'Jeg har hjulpet lånere ved skranken hver dag. Det var svært første uge, men nu går det.',
      'At Søren tager sig tid til at forklare og ikke presser mig.',
      'Stadig sociale egenskaber: at tage telefonen, når det ringer, og spørge kollegerne om hjælp.',
    ]),
    conversation('liv-c3', '2026-08-26', 'cooperation', [
      'Sociale egenskaber er næsten på højde med de andre nu. Initiativ er også steget.',
      'Jeg fortalte om min idé til skiltningen på personalemødet, og de vil bruge den.',
      'At Maja spørger mig om råd om systemet. Det gør mig glad.',
      'Samarbejde: at planlægge udstillingen sammen med Maja i stedet for at lave det hele alene.',
    ]),
    conversation(
      'liv-c4',
      '2026-10-21',
      'determination',
      [
        'Samarbejde og arbejdsegnethed er steget. Retning er det, der ligger lavest.',
        'Udstillingen blev færdig, og vi lavede den sammen. Jeg har sagt ja til at holde en lille rundvisning.',
        'At jeg får lov at prøve nye ting, og at Anders hjælper med at se på uddannelser.',
        'Beslutsomhed: at finde ud af, om bibliotekar eller kontoruddannelse passer mig bedst.',
      ],
      { nextStep: 'Jeg spørger Søren, om jeg må følge en bibliotekar en hel dag.' },
    ),
  ],
};

const rasmus: SyntheticProfile = {
  seed: 19,
  participant: { id: 'rasmus', displayName: 'Rasmus', locale: 'da' },
  start: '2026-02-02',
  end: sampleAsOf,
  counsellor: { id: 'uv-mette', name: 'Mette Dahl' },
  placements: [
    {
      id: 'rasmus-p1',
      company: 'Autoværkstedet Vest',
      role: 'Mekanikerpraktikant',
      start: '2026-02-09',
      end: '2026-05-01',
      raters: [{ id: 'av-kim', name: 'Kim Thomsen' }],
    },
    {
      id: 'rasmus-p2',
      company: 'Dæk & Fælge Roskilde',
      role: 'Dækmontør i praktik',
      start: '2026-05-18',
      raters: [
        { id: 'df-brian', name: 'Brian Nørgaard' },
        { id: 'df-lene', name: 'Lene Nørgaard' },
      ],
    },
  ],
  hours: { planned: { internship: 30 }, attended: [1, 1, 0.9, 1, 0.8, 1, 1, 0.95] },
  // Saturdays as a mechanic's helper at his first internship: the 1-month check-in is not held yet.
  programme: {
    jobs: [
      {
        id: 'rasmus-j1',
        employer: 'Autoværkstedet Vest',
        start: '2026-09-05',
        kind: 'hourly',
        hoursPerWeek: 7,
      },
    ],
    followUps: [
      {
        id: 'rasmus-f1',
        jobId: 'rasmus-j1',
        due: '2026-09-12',
        done: '2026-09-14',
        with: 'employer',
        outcome: 'going-well',
        note: 'Kim er glad for at have ham igen.',
      },
      { id: 'rasmus-f2', jobId: 'rasmus-j1', due: '2026-10-05', with: 'both' },
    ],
  },
  // The week he moved out from home; and the summer holiday.
  pauses: [
    ['2026-03-23', '2026-03-29'],
    ['2026-07-20', '2026-08-02'],
  ],
  curves: {
    'weekly-company.initiative': { from: 3.4, to: 4.2 },
    'weekly-company.persistence': { from: 2.8, to: 3.8 },
    'weekly-company.curiosity': { from: 3.8, to: 4.3 },
    'weekly-company.cooperation': { from: 4.0, to: 4.5 },
    'weekly-company.social': { from: 4.4, to: 4.8 },
    'weekly-company.responsibility': { from: 2.8, to: 3.9 },
    // An unstable home hurts his mornings; a room of his own from April helps.
    'weekly-company.punctuality': {
      from: 2.4,
      to: 4.0,
      shifts: [{ from: '2026-03-02', to: '2026-04-12', by: -0.9 }],
    },
    'weekly-company.productivity': { from: 3.2, to: 4.2 },
    'monthly-determination.persistence': { from: 2.8, to: 3.8 },
    'monthly-determination.independence': { from: 3.0, to: 4.0 },
    'monthly-determination.direction': { from: 3.5, to: 4.5 },
  },
  resilience: { from: 3.0, to: 4.1 },
  selfReports: ['2026-02-04', '2026-08-05'],
  doneWell: [
    'Fik en kunde til at grine, mens han ventede på sin bil.',
    'Skiftede bremseklodser selv, og de sad perfekt.',
    'Hjalp den nye lærling i gang uden at blive bedt om det.',
    'Ryddede værkstedet op inden fyraften.',
    'Fandt fejlen på en bil, som to andre havde opgivet.',
    'Mødte kl. 7 alle dage i dækskiftesæsonen.',
    'Tog imod kunderne i skranken og holdt styr på ventelisten.',
    'Spurgte, om han måtte lære at afbalancere hjul.',
  ],
  concerns: [
    'Kom en time for sent mandag; det var uroligt derhjemme.',
    'Meldte sig syg fredag uden at ringe.',
    'Var træt og uoplagt hele formiddagen.',
  ],
  conversations: [
    conversation('rasmus-c1', '2026-03-25', 'weekly-company.punctuality', [
      'Det sociale og samarbejdet ligger højt. Mødestabiliteten er faldet de sidste uger.',
      'Jeg har været for sent flere gange i marts, fordi det har været uroligt derhjemme. Kim siger, at kunderne kan lide mig.',
      'At Kim ringer og spørger, hvordan det går, i stedet for at skælde ud.',
      'Mødestabilitet: jeg flytter på værelse i april, og Mette hjælper med en plan for morgenerne.',
    ]),
    conversation('rasmus-c2', '2026-05-13', 'weekly-company.punctuality', [
      'Mødestabiliteten er steget igen, efter jeg flyttede. Ansvarsbevidsthed er også gået op.',
      'Jeg har mødt til tiden næsten hver dag i april. Jeg skiftede bremseklodser helt selv.',
      'At værkstedet gav mig en chance igen, og at jeg må prøve de svære opgaver.',
      'Vi holder fast i mødestabilitet, nu hvor jeg starter i dækfirmaet, hvor vi møder kl. 7.',
    ]),
    conversation('rasmus-c3', '2026-08-19', 'responsibility', [
      'Næsten alt er steget. Mødestabilitet er ikke længere det laveste.',
      'Jeg mødte kl. 7 hele dækskiftesæsonen og hjalp den nye lærling i gang.',
      'At Brian og Lene behandler mig som en af holdet.',
      'Ansvarsbevidsthed: at have styr på ventelisten selv to dage om ugen.',
    ]),
    conversation(
      'rasmus-c4',
      '2026-10-14',
      'determination',
      [
        'Ansvarsbevidsthed og beslutsomhed er gået op. Det er stabilt nu.',
        'Jeg har haft ventelisten alene i tre uger uden fejl, og Brian har spurgt, om jeg vil have timer.',
        'At de stoler på mig, og at jeg har fået en nøgle til værkstedet.',
        'Beslutsomhed: at sige ja til løntimer og lave en plan med Mette for, hvordan det skal gå.',
      ],
      { nextStep: 'Jeg siger ja til timerne og skriver mine vagter ind i kalenderen.' },
    ),
  ],
};

// Simon sees his initiative a whole step above the company's reading (4 against 3).
const simonOwn: OwnSide = {
  selfWeekly: [
    ['2026-04-17', [3, 2, 4, 3, 3, 3]],
    ['2026-04-24', [3, 2, 4, 3, null, 3]],
    ['2026-09-18', [3, 2, 4, 3, 3, 3]],
    ['2026-09-25', [4, 3, 4, 3, null, 3]],
    ['2026-10-09', [4, 3, 5, 4, 3, 4]],
    ['2026-10-16', [4, 3, 4, 4, 3, 4]],
    ['2026-10-30', [4, 4, 4, 4, 3, 4]],
    ['2026-11-06', [4, 3, 4, 4, 4, 4]],
  ],
  experiences: [
    entry(
      'simon-x1',
      '2026-10-07',
      'work',
      'Fik printeren til at virke for hele afdelingen. De blev glade.',
      true,
    ),
    entry(
      'simon-x2',
      '2026-10-14',
      'social',
      'Spiste frokost med Peter og de andre. Vi snakkede om spil.',
      true,
    ),
    entry(
      'simon-x3',
      '2026-10-22',
      'other',
      'Kunne ikke sove igen. Spillede til kl. 3, det var dumt.',
      false,
    ),
    entry('simon-x4', '2026-11-03', 'work', 'Lukkede fem sager i min kø på én dag. Ny rekord.', true),
    entry(
      'simon-x5',
      '2026-11-05',
      'other',
      'Har læst om datateknikeruddannelsen. Tror jeg tør søge.',
      false,
    ),
  ],
};

// Liv sees her social skills well below the company's reading (2 to 3 against 3.75).
const livOwn: OwnSide = {
  selfWeekly: [
    ['2026-09-11', [2, 4, 4, 3, 2, 5]],
    ['2026-09-18', [3, 4, 4, 3, 2, 5]],
    ['2026-10-02', [3, 4, null, 4, 2, 4]],
    ['2026-10-16', [3, 4, 4, 4, 3, 5]],
    ['2026-10-23', [2, 4, 4, 4, 2, 5]],
    ['2026-11-06', [3, 5, 4, 4, 2, 5]],
  ],
  experiences: [
    entry(
      'liv-x1',
      '2026-09-16',
      'social',
      'Sagde noget på morgenmødet. Mit hjerte bankede helt vildt.',
      true,
    ),
    entry(
      'liv-x2',
      '2026-10-01',
      'work',
      'Hjalp en dreng med at finde bøger om heste. Han blev så glad.',
      true,
    ),
    entry('liv-x3', '2026-10-08', 'other', 'Havde en dårlig dag og græd på toilettet. Ingen så det.', false),
    entry(
      'liv-x4',
      '2026-10-29',
      'social',
      'Maja spurgte, om jeg ville med i kantinen. Det ville jeg gerne.',
      false,
    ),
    entry(
      'liv-x5',
      '2026-11-04',
      'work',
      'Viste en skoleklasse rundt på biblioteket. Jeg var nervøs, men det gik.',
      true,
    ),
  ],
};

// Rasmus reads himself close to the company.
const rasmusOwn: OwnSide = {
  selfWeekly: [
    ['2026-09-04', [4, 3, 4, 5, 5, 3]],
    ['2026-09-25', [4, 4, 4, 4, 5, 4]],
    ['2026-10-09', [5, 4, null, 5, 5, 4]],
    ['2026-10-30', [4, 4, 4, 5, 5, 4]],
  ],
  experiences: [
    entry(
      'rasmus-x1',
      '2026-09-23',
      'work',
      'Skiftede dæk på en varevogn helt alene. Brian sagde, det var fint.',
      true,
    ),
    entry('rasmus-x2', '2026-10-02', 'other', 'Der var ballade derhjemme igen. Sov hos min bror.', false),
    entry(
      'rasmus-x3',
      '2026-10-20',
      'social',
      'Tog med holdet til fodbold efter arbejde. Det var sjovt.',
      true,
    ),
    entry('rasmus-x4', '2026-11-02', 'work', 'Fik min første løn for timerne. Købte nye arbejdssko.', false),
  ],
};

/**
 * `samplePersonas`: Simon, Liv and Rasmus as `ProgressData`, with data through `sampleAsOf`.
 * Frozen in spirit: treat them as read-only (copy before changing).
 */
export const samplePersonas: ReadonlyArray<ProgressData> = (
  [
    [simon, simonOwn],
    [liv, livOwn],
    [rasmus, rasmusOwn],
  ] as const
).map(([profile, own]) => withOwnSide(syntheticProgressData(profile), own));
