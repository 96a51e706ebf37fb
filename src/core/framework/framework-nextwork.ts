/**
 * The built-in framework `nextwork`: the NExTWORK programme model of docs/design.md, as data. Another
 * programme writes its own framework in the same shape; nothing in the code knows these ids.
 *
 * The areas a conversation chooses between (traits, dimensions and the items under them) are also
 * in Arabic (`ar`) and Ukrainian (`uk`), for a conversation's second line (`second-locale`): DRAFTS
 * waiting for a native speaker's review.
 */
import type { Framework, InstrumentItem, LocalizedText, Trait } from '../format/schema.js';

/** A label in Danish, English, Arabic and Ukrainian, in that order. */
type Words = readonly [da: string, en: string, ar: string, uk: string];
const words = ([da, en, ar, uk]: Words): LocalizedText => ({ da, en, ar, uk });

const rating = (id: string, label: LocalizedText): InstrumentItem => ({
  id,
  label,
  kind: 'rating',
  required: false,
});

const traitLabels: ReadonlyArray<readonly [string, Words]> = [
  ['initiative', ['Initiativ', 'Initiative', 'المبادرة', 'Ініціативність']],
  ['persistence', ['Vedholdenhed', 'Persistence', 'المثابرة', 'Наполегливість']],
  ['curiosity', ['Nysgerrighed', 'Curiosity', 'الفضول', 'Допитливість']],
  ['cooperation', ['Samarbejdsevner', 'Cooperation', 'القدرة على التعاون', 'Уміння співпрацювати']],
  ['social', ['Sociale egenskaber', 'Social skills', 'المهارات الاجتماعية', 'Соціальні навички']],
  ['responsibility', ['Ansvarsbevidsthed', 'Responsibility', 'الشعور بالمسؤولية', 'Відповідальність']],
];

const traits: Trait[] = traitLabels.map(([id, label]) => ({
  id,
  label: words(label),
  items: [`weekly-company.${id}`],
}));

/**
 * The young person's own weekly reading: each trait asked in plain words. An item that bears a
 * trait's id in an instrument only the young person fills in is their own reading of that trait
 * (`selfReadingsOf`), kept apart from the companies' series.
 */
const selfWeeklyWords: Readonly<Record<string, readonly [da: string, en: string]>> = {
  initiative: ['at tage initiativ', 'taking the initiative'],
  persistence: ['at blive ved, når noget var svært', 'keeping at it when something was hard'],
  curiosity: ['at være nysgerrig og spørge om ting', 'being curious and asking about things'],
  cooperation: ['at samarbejde med de andre', 'working together with the others'],
  social: ['at snakke og være sammen med de andre', 'talking and being with the others'],
  responsibility: ['at tage ansvar for dine opgaver', 'taking responsibility for your tasks'],
};

const selfWeeklyItem = (id: string): InstrumentItem => {
  const [da, en] = selfWeeklyWords[id] ?? [id, id];
  return rating(id, {
    da: `Hvordan gik det med ${da} i denne uge?`,
    en: `How did it go with ${en} this week?`,
  });
};

const resilienceStatement = (n: number): InstrumentItem => ({
  id: `r${n}`,
  label: {
    da: `Udsagn ${n} (pladsholder: kommunen indlæser sin licenserede, validerede oversættelse)`,
    en: `Statement ${n} (placeholder: the municipality loads its licensed, validated translation)`,
  },
  kind: 'rating',
  required: false,
});

const scaleLabels = (
  texts: ReadonlyArray<readonly [string, string]>,
): { value: number; label: LocalizedText }[] =>
  texts.map(([da, en], index) => ({ value: index + 1, label: { da, en } }));

export const nextworkFramework: Framework = {
  id: 'nextwork',
  label: { da: 'NExTWORK', en: 'NExTWORK' },
  timeZone: 'Europe/Copenhagen',
  roles: [
    { id: 'company', label: { da: 'Virksomhed', en: 'Company' } },
    { id: 'counsellor', label: { da: 'Ungevejleder', en: 'Youth counsellor' } },
    { id: 'self', label: { da: 'Den unge selv', en: 'The young person' } },
  ],
  scales: [
    {
      id: 'frequency-5',
      min: 1,
      max: 5,
      step: 1,
      labels: scaleLabels([
        ['Sjældent eller slet ikke', 'Rarely or not at all'],
        ['Nogle gange', 'Sometimes'],
        ['Ofte', 'Often'],
        ['Næsten altid', 'Almost always'],
        ['Altid, fuldt ud', 'Always, fully'],
      ]),
    },
    {
      id: 'agree-5',
      min: 1,
      max: 5,
      step: 1,
      labels: scaleLabels([
        ['Helt uenig', 'Strongly disagree'],
        ['Uenig', 'Disagree'],
        ['Hverken enig eller uenig', 'Neither agree nor disagree'],
        ['Enig', 'Agree'],
        ['Helt enig', 'Strongly agree'],
      ]),
    },
    {
      id: 'went-5',
      min: 1,
      max: 5,
      step: 1,
      labels: scaleLabels([
        ['Slet ikke godt', 'Not well at all'],
        ['Ikke så godt', 'Not so well'],
        ['Nogenlunde', 'So-so'],
        ['Godt', 'Well'],
        ['Rigtig godt', 'Very well'],
      ]),
    },
  ],
  instruments: [
    {
      id: 'weekly-company',
      label: { da: 'Ugentlig vurdering fra virksomheden', en: 'Weekly rating from the company' },
      cadence: 'week',
      scale: 'frequency-5',
      raterRoles: ['company'],
      items: [
        ...traitLabels.map(([id, label]) => rating(id, words(label))),
        rating(
          'punctuality',
          words([
            'Mødestabilitet og punktlighed',
            'Punctuality',
            'الالتزام بالحضور والمواعيد',
            'Стабільна присутність і пунктуальність',
          ]),
        ),
        rating('productivity', words(['Produktivitet', 'Productivity', 'الإنتاجية', 'Продуктивність'])),
        {
          id: 'done-well',
          label: { da: 'Noget, der gik godt i denne uge', en: 'Something done well this week' },
          kind: 'text',
          required: true,
        },
        {
          id: 'concerns',
          label: { da: 'Opmærksomhedspunkter', en: 'Concerns' },
          kind: 'text',
          required: false,
        },
      ],
    },
    {
      id: 'monthly-determination',
      label: { da: 'Månedlig vurdering af beslutsomhed', en: 'Monthly determination rating' },
      cadence: 'month',
      scale: 'frequency-5',
      raterRoles: ['company', 'counsellor'],
      items: [
        rating('persistence', words(['Vedholdenhed', 'Persistence', 'المثابرة', 'Наполегливість'])),
        rating('independence', words(['Selvstændighed', 'Independence', 'الاستقلالية', 'Самостійність'])),
        rating(
          'direction',
          words([
            'Retning mod et realistisk mål',
            'Direction toward a realistic goal',
            'التوجه نحو هدف واقعي',
            'Рух до реалістичної мети',
          ]),
        ),
      ],
    },
    {
      id: 'resilience-self-report',
      label: { da: 'Modstandskraft (selvrapport)', en: 'Resilience (self-report)' },
      cadence: 'half-year',
      scale: 'agree-5',
      raterRoles: ['self'],
      items: [1, 2, 3, 4, 5, 6].map(resilienceStatement),
      scoring: {
        label: { da: 'Modstandskraft, score', en: 'Resilience score' },
        method: 'mean',
        reverse: ['r2', 'r4', 'r6'],
        bands: [
          { id: 'low', min: 1, max: 2.99, label: { da: 'Lav', en: 'Low' } },
          { id: 'normal', min: 3, max: 4.3, label: { da: 'Normal', en: 'Normal' } },
          { id: 'high', min: 4.31, max: 5, label: { da: 'Høj', en: 'High' } },
        ],
      },
    },
    {
      id: 'self-weekly',
      label: { da: 'Min egen uge', en: 'My own week' },
      cadence: 'week',
      scale: 'went-5',
      raterRoles: ['self'],
      items: traitLabels.map(([id]) => selfWeeklyItem(id)),
    },
  ],
  traits,
  dimensions: [
    {
      id: 'work-readiness',
      label: words(['Arbejdsegnethed', 'Work readiness', 'الجاهزية للعمل', 'Готовність до роботи']),
      cadence: 'week',
      minCoverage: 0.5,
      components: [
        { kind: 'trait', ref: 'responsibility', weight: 1 },
        { kind: 'trait', ref: 'social', weight: 1 },
        { kind: 'trait', ref: 'cooperation', weight: 1 },
        { kind: 'item', ref: 'weekly-company.punctuality', weight: 1 },
        { kind: 'item', ref: 'weekly-company.productivity', weight: 1 },
      ],
      shows: ['responsibility', 'social', 'cooperation'],
    },
    {
      id: 'determination',
      label: words(['Beslutsomhed', 'Determination', 'العزيمة', 'Рішучість']),
      cadence: 'month',
      minCoverage: 0.5,
      components: [
        { kind: 'trait', ref: 'persistence', weight: 1 },
        { kind: 'trait', ref: 'initiative', weight: 1 },
        { kind: 'trait', ref: 'curiosity', weight: 1 },
        { kind: 'item', ref: 'monthly-determination.persistence', weight: 1 },
        { kind: 'item', ref: 'monthly-determination.independence', weight: 1 },
        { kind: 'item', ref: 'monthly-determination.direction', weight: 1 },
      ],
      shows: ['persistence', 'initiative', 'curiosity'],
    },
    {
      id: 'resilience',
      label: words(['Modstandskraft', 'Resilience', 'المرونة النفسية', 'Психологічна стійкість']),
      cadence: 'half-year',
      minCoverage: 0.5,
      components: [{ kind: 'score', ref: 'resilience-self-report', weight: 1 }],
      shows: [],
    },
  ],
};
