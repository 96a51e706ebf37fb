import { expect } from '@open-wc/testing';
import {
  bandOf,
  isSelfReading,
  labelIn,
  labelOf,
  nextLevelPromptSet,
  nextworkFramework,
  nextworkPromptSet,
  resolveFramework,
  resolvePromptSet,
  roleLabel,
  seriesIdsOf,
  type Framework,
} from '../../../src/core/index.js';
import { parseFramework, parsePromptSet } from '../checked-core.js';
import { craftFramework } from '../other-framework.js';

const instrument = (id: string) => nextworkFramework.instruments.find((candidate) => candidate.id === id);

describe('nextworkFramework', () => {
  it('passes its own schema and checks', () => {
    const result = parseFramework(nextworkFramework);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.data).to.deep.equal(nextworkFramework);
  });

  it('has the four instruments of docs/design.md with their cadences, raters and items', () => {
    const summary = nextworkFramework.instruments.map((i) => [
      i.id,
      i.cadence,
      i.raterRoles,
      i.items.map((item) => `${item.id}:${item.kind}`),
    ]);
    expect(summary).to.deep.equal([
      [
        'weekly-company',
        'week',
        ['company'],
        [
          'initiative:rating',
          'persistence:rating',
          'curiosity:rating',
          'cooperation:rating',
          'social:rating',
          'responsibility:rating',
          'punctuality:rating',
          'productivity:rating',
          'done-well:text',
          'concerns:text',
        ],
      ],
      [
        'monthly-determination',
        'month',
        ['company', 'counsellor'],
        ['persistence:rating', 'independence:rating', 'direction:rating'],
      ],
      [
        'resilience-self-report',
        'half-year',
        ['self'],
        ['r1:rating', 'r2:rating', 'r3:rating', 'r4:rating', 'r5:rating', 'r6:rating'],
      ],
      [
        'self-weekly',
        'week',
        ['self'],
        [
          'initiative:rating',
          'persistence:rating',
          'curiosity:rating',
          'cooperation:rating',
          'social:rating',
          'responsibility:rating',
        ],
      ],
    ]);
    expect(instrument('weekly-company')?.items.find((item) => item.id === 'done-well')?.required).to.equal(
      true,
    );
    expect(instrument('weekly-company')?.items.find((item) => item.id === 'concerns')?.required).to.equal(
      false,
    );
  });

  it('rates on 1–5 in whole steps', () => {
    for (const scale of nextworkFramework.scales)
      expect([scale.min, scale.max, scale.step]).to.deep.equal([1, 5, 1]);
  });

  it('scores resilience as the mean with r2, r4, r6 reversed, in the bands of docs/design.md', () => {
    const scoring = instrument('resilience-self-report')?.scoring;
    expect(scoring?.reverse).to.deep.equal(['r2', 'r4', 'r6']);
    expect(scoring?.bands.map((band) => [band.id, band.min, band.max])).to.deep.equal([
      ['low', 1, 2.99],
      ['normal', 3, 4.3],
      ['high', 4.31, 5],
    ]);
    expect(labelOf(instrument('resilience-self-report')!.items[0]!.label, 'en')).to.contain('placeholder');
  });

  it('has the six traits with their Danish and English labels', () => {
    expect(
      nextworkFramework.traits.map((trait) => [trait.id, trait.label.da, trait.label.en, trait.items]),
    ).to.deep.equal([
      ['initiative', 'Initiativ', 'Initiative', ['weekly-company.initiative']],
      ['persistence', 'Vedholdenhed', 'Persistence', ['weekly-company.persistence']],
      ['curiosity', 'Nysgerrighed', 'Curiosity', ['weekly-company.curiosity']],
      ['cooperation', 'Samarbejdsevner', 'Cooperation', ['weekly-company.cooperation']],
      ['social', 'Sociale egenskaber', 'Social skills', ['weekly-company.social']],
      ['responsibility', 'Ansvarsbevidsthed', 'Responsibility', ['weekly-company.responsibility']],
    ]);
  });

  it('has the three dimensions with equal weights, minCoverage 0.5 and the traits shown under them', () => {
    const summary = nextworkFramework.dimensions.map((d) => ({
      id: d.id,
      label: [d.label.da, d.label.en],
      cadence: d.cadence,
      minCoverage: d.minCoverage,
      components: d.components.map((c) => `${c.kind}:${c.ref}:${c.weight}`),
      shows: d.shows,
    }));
    expect(summary).to.deep.equal([
      {
        id: 'work-readiness',
        label: ['Arbejdsegnethed', 'Work readiness'],
        cadence: 'week',
        minCoverage: 0.5,
        components: [
          'trait:responsibility:1',
          'trait:social:1',
          'trait:cooperation:1',
          'item:weekly-company.punctuality:1',
          'item:weekly-company.productivity:1',
        ],
        shows: ['responsibility', 'social', 'cooperation'],
      },
      {
        id: 'determination',
        label: ['Beslutsomhed', 'Determination'],
        cadence: 'month',
        minCoverage: 0.5,
        components: [
          'trait:persistence:1',
          'trait:initiative:1',
          'trait:curiosity:1',
          'item:monthly-determination.persistence:1',
          'item:monthly-determination.independence:1',
          'item:monthly-determination.direction:1',
        ],
        shows: ['persistence', 'initiative', 'curiosity'],
      },
      {
        id: 'resilience',
        label: ['Modstandskraft', 'Resilience'],
        cadence: 'half-year',
        minCoverage: 0.5,
        components: ['score:resilience-self-report:1'],
        shows: [],
      },
    ]);
    expect(nextworkFramework.timeZone).to.equal('Europe/Copenhagen');
  });

  it('has unique series ids: traits, dimensions and items as instrument.item', () => {
    const ids = seriesIdsOf(nextworkFramework);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include.members([
      'initiative',
      'work-readiness',
      'weekly-company.punctuality',
      'monthly-determination.persistence',
    ]);
  });
});

describe('framework helpers', () => {
  it('resolveFramework: by id, by object, nextwork by default', () => {
    expect(resolveFramework('nextwork')).to.equal(nextworkFramework);
    expect(resolveFramework(undefined)).to.equal(nextworkFramework);
    expect(resolveFramework('unknown')).to.equal(undefined);
  });

  it('bandOf: rounds the score to two decimals before it finds the band', () => {
    const band = (score: number) => bandOf(nextworkFramework, 'resilience-self-report', score)?.id;
    expect([band(1), band(2.99), band(2.994), band(3), band(4.3), band(4.3333), band(5)]).to.deep.equal([
      'low',
      'low',
      'low',
      'normal',
      'normal',
      'high',
      'high',
    ]);
  });

  it('labelOf and roleLabel: by locale, falling back to English, then Danish', () => {
    expect(labelOf({ da: 'Initiativ', en: 'Initiative' }, 'da-DK')).to.equal('Initiativ');
    expect(labelOf({ da: 'Initiativ', en: 'Initiative' }, 'de')).to.equal('Initiative');
    expect(labelOf({ da: 'Initiativ', en: 'Initiative', de: 'Initiative (de)' }, 'de-AT')).to.equal(
      'Initiative (de)',
    );
    expect(roleLabel(nextworkFramework, 'counsellor', 'da')).to.equal('Ungevejleder');
    expect(roleLabel(nextworkFramework, 'company', 'en')).to.equal('Company');
  });

  it("parseFramework accepts another programme's framework", () => {
    const result = parseFramework(craftFramework);
    expect(result.ok).to.equal(true);
    expect(result.ok && seriesIdsOf(result.data)).to.deep.equal([
      'teamwork',
      'readiness',
      'site-log.attendance',
      'site-log.teamwork',
      'site-log.craft',
    ]);
  });

  it('parseFramework finds broken references, duplicate ids, odd scales and weights', () => {
    const broken = structuredClone(craftFramework) as Framework;
    broken.scales[0]!.step = 3; // 0–10 is not whole steps of 3
    broken.dimensions[0]!.components.push(
      { kind: 'trait', ref: 'charm', weight: 1 },
      { kind: 'score', ref: 'site-log', weight: 1 },
    );
    broken.traits.push({ id: 'readiness', label: { da: 'x', en: 'x' }, items: ['site-log.remark'] });
    const result = parseFramework(broken, { locale: 'en' });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['scales.0', 'badScale'],
      ['traits.1.items.0', 'notRated'],
      ['dimensions.0.id', 'duplicateId'],
      ['dimensions.0.components.3.ref', 'unknownRef'],
      ['dimensions.0.components.4.ref', 'noScoring'],
    ]);
    const weightless = structuredClone(craftFramework) as Framework;
    weightless.dimensions[0]!.components[0]!.weight = 0;
    weightless.dimensions[0]!.minCoverage = 1.5;
    const second = parseFramework(weightless);
    expect(second.ok ? [] : second.issues.map((issue) => issue.code)).to.have.members([
      'positive',
      'coverage',
    ]);
  });

  it('parseFramework checks changeWindow: whole numbers of periods from 1 to 104, in plain words', () => {
    const windowed = {
      ...structuredClone(craftFramework),
      changeWindow: { week: 0, month: 2.5, 'half-year': 2 },
    };
    const result = parseFramework(windowed, { locale: 'da' });
    expect(!result.ok && result.issues.map((issue) => [issue.path.join('.'), issue.message])).to.deep.equal([
      ['changeWindow.week', 'Skal være et helt antal perioder fra 1 til 104.'],
      ['changeWindow.month', 'Skal være et helt antal perioder fra 1 til 104.'],
    ]);
    const fine = parseFramework({ ...structuredClone(craftFramework), changeWindow: { week: 6 } });
    expect(fine.ok && fine.data.changeWindow).to.deep.equal({ week: 6 });
  });
});

describe('prompt sets', () => {
  it('nextwork: the four prompts of docs/design.md, Danish first', () => {
    expect(nextworkPromptSet.prompts.map((p) => [p.id, p.purpose, p.text.da, p.text.en])).to.deep.equal([
      [
        'changes',
        'changes',
        'Hvordan er visualiseringen anderledes fra sidste gang?',
        'How is the visualization different from last time?',
      ],
      [
        'examples',
        'examples',
        'Hvordan er den anderledes? Giv et eller flere eksempler.',
        'How is it different? Give one or more examples.',
      ],
      [
        'appreciation',
        'appreciation',
        'Hvilke ting har I sat pris på ved jeres samarbejde?',
        'What have you appreciated about your collaboration?',
      ],
      [
        'focus',
        'focus',
        'Vælg et område, I i fællesskab vil arbejde på at forbedre til næste gang.',
        'Choose one area you will work on together to improve until next time.',
      ],
    ]);
  });

  it('next-level: the four personal development questions', () => {
    expect(nextLevelPromptSet.prompts.map((p) => [p.text.da, p.text.en])).to.deep.equal([
      ['Hvor er du?', 'Where are you?'],
      ['Hvem er du?', 'Who are you?'],
      ['Hvor vil du gerne hen?', 'Where do you want to go?'],
      ['Hvilke barrierer er der?', 'What barriers are there?'],
    ]);
  });

  it('are data: they pass PromptSetSchema, and a host set wins over nothing but its own id', () => {
    expect(parsePromptSet(nextworkPromptSet).ok).to.equal(true);
    expect(parsePromptSet(nextLevelPromptSet).ok).to.equal(true);
    expect(resolvePromptSet('next-level')).to.equal(nextLevelPromptSet);
    expect(resolvePromptSet('mine')).to.equal(undefined);
    expect(parsePromptSet({ id: 'x', label: { da: 'x', en: 'x' }, prompts: [] }).ok).to.equal(false);
  });
});

describe('labels in any language', () => {
  it('labelOf(text, locale): the language, else English, else Danish, else the first given', () => {
    expect(labelOf({ da: 'Initiativ', en: 'Initiative' }, 'da-DK')).to.equal('Initiativ');
    expect(labelOf({ da: 'Initiativ', en: 'Initiative' }, 'so')).to.equal('Initiative');
    expect(labelOf({ da: 'Initiativ', so: 'Hindise' }, 'pl')).to.equal('Initiativ');
    expect(labelOf({ so: 'Hindise' }, 'da')).to.equal('Hindise');
  });

  it('labelIn(text, locale): the language or nothing, so a second line is never a third language', () => {
    expect(labelIn({ da: 'Initiativ', ar: 'المبادرة' }, 'ar-SY')).to.equal('المبادرة');
    expect(labelIn({ da: 'Initiativ', en: 'Initiative' }, 'uk')).to.equal(undefined);
  });

  it('a prompt set or a label may be in any languages, but in one at least', () => {
    const set = {
      id: 'somali',
      label: { so: 'Wada-hadal' },
      prompts: [{ id: 'a', text: { so: 'Sidee tahay?' } }],
    };
    expect(parsePromptSet(set, { locale: 'da' }).ok).to.equal(true);
    const empty = parsePromptSet({ ...set, label: {} }, { locale: 'en' });
    expect(empty.ok ? [] : empty.issues.map((i) => [i.path, i.message])).to.deep.equal([
      [['label'], 'Should have the text in at least one language, e.g. { "en": "…" }.'],
    ]);
    const badKey = parsePromptSet({ ...set, label: { 'Somali!': 'x' } }, { locale: 'da' });
    expect(badKey.ok ? [] : badKey.issues.map((i) => [i.path, i.message])).to.deep.equal([
      [['label', 'Somali!'], 'Skal være en sprogkode som da, en, ar eller uk.'],
    ]);
  });

  it('the nextwork prompts and every area a conversation chooses are in Arabic and Ukrainian', () => {
    for (const prompt of nextworkPromptSet.prompts) {
      expect(labelIn(prompt.text, 'ar'), prompt.id).to.match(/[\u0600-\u06ff]/);
      expect(labelIn(prompt.text, 'uk'), prompt.id).to.match(/[\u0400-\u04ff]/);
    }
    const areas = [
      ...nextworkFramework.traits,
      ...nextworkFramework.dimensions,
      // The young person's own readings (self-weekly) are no area a conversation chooses.
      ...nextworkFramework.instruments.flatMap((i) =>
        i.items.filter(
          (item) =>
            item.kind === 'rating' &&
            !/^r\d$/.test(item.id) &&
            !isSelfReading(nextworkFramework, `${i.id}.${item.id}`),
        ),
      ),
    ];
    for (const area of areas) {
      expect(labelIn(area.label, 'ar'), area.id).to.match(/[\u0600-\u06ff]/);
      expect(labelIn(area.label, 'uk'), area.id).to.match(/[\u0400-\u04ff]/);
    }
  });
});
