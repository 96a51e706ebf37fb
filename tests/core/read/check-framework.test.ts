import { expect } from '@open-wc/testing';
import { FrameworkSchema, type Framework } from '../../../src/core/index.js';
import { frameworkIssues, isOnStep } from '../../../src/core/read/check-framework.js';
import { parseFramework } from '../checked-core.js';
import { craftFramework } from '../other-framework.js';

describe('frameworkIssues, through parseFramework', () => {
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
});

/** `[path, code]` of every issue frameworkIssues finds in a framework as the schema reads it. */
const issuesOf = (input: unknown) =>
  frameworkIssues(FrameworkSchema.parse(input)).map((issue) => [issue.path.join('.'), issue.code]);

const label = { da: 'x' };
const item = (id: string, kind: 'rating' | 'text' = 'rating') => ({ id, label, kind });
const instrument = (id: string, cadence: string, scale: string, items: unknown[], extra = {}) => ({
  id,
  label,
  cadence,
  scale,
  raterRoles: ['boss'],
  items,
  ...extra,
});
const base = () => ({
  id: 'mine',
  label,
  roles: [{ id: 'boss', label }],
  scales: [
    { id: 'five', min: 1, max: 5, step: 1 },
    { id: 'ten', min: 0, max: 10, step: 0.5 },
  ],
  instruments: [
    instrument('weekly', 'week', 'five', [item('a'), item('b'), item('note', 'text')], {
      scoring: { label, method: 'mean' },
    }),
    instrument('monthly', 'month', 'five', [item('c')]),
    instrument('tenner', 'week', 'ten', [item('d')]),
  ],
});

describe('frameworkIssues(framework)', () => {
  it('finds nothing in a sound framework', () => {
    expect(issuesOf(base())).to.deep.equal([]);
  });

  it('checks the time zone, ids, scales and each instrument, in that order', () => {
    const framework = {
      ...base(),
      timeZone: 'Mars/Olympus',
      roles: [
        { id: 'boss', label },
        { id: 'boss', label },
      ],
      programme: {
        followUps: [
          { id: 'soon', after: 1, unit: 'week' },
          { id: 'soon', after: 2, unit: 'week' },
        ],
      },
      scales: [...base().scales, { id: 'upside-down', min: 5, max: 1, step: 1 }],
      instruments: [
        {
          ...instrument('weekly', 'week', 'five', [item('a'), item('b'), item('note', 'text'), item('a')]),
          raterRoles: ['boss', 'mentor'],
          // Three rated items (a, b and a again), a text item reversed, four answers asked, a band below 1.
          scoring: {
            label,
            method: 'mean',
            reverse: ['note'],
            minAnswered: 4,
            bands: [{ id: 'low', min: 0, max: 3, label }],
          },
        },
        instrument('lost', 'week', 'nine', [item('e')]),
      ],
    };
    expect(issuesOf(framework)).to.deep.equal([
      ['timeZone', 'badTimeZone'],
      ['roles.1.id', 'duplicateId'],
      ['programme.followUps.1.id', 'duplicateId'],
      ['scales.2', 'badScale'],
      ['instruments.0.raterRoles.1', 'unknownRole'],
      ['instruments.0.items.3.id', 'duplicateId'],
      ['instruments.0.scoring.reverse.0', 'unknownRef'],
      ['instruments.0.scoring.minAnswered', 'tooManyAnswered'],
      ['instruments.0.scoring.bands.0', 'badBand'],
      ['instruments.1.scale', 'unknownScale'],
    ]);
    const role = frameworkIssues(FrameworkSchema.parse(framework)).find(
      (issue) => issue.code === 'unknownRole',
    );
    expect(role?.params).to.deep.equal({ value: 'mentor' });
  });

  it('checks traits and dimensions: reserved and shared series ids, references, cadences and scales', () => {
    const framework = {
      ...base(),
      traits: [
        { id: 'constructor', label, items: ['weekly.a'] },
        { id: 'mixed', label, items: ['weekly.a', 'monthly.c'] }, // a week and a month
        { id: 'wide', label, items: ['weekly.a', 'tenner.d'] }, // 1–5 and 0–10
        { id: 'noted', label, items: ['weekly.note'] }, // a text item
      ],
      dimensions: [
        {
          id: 'mixed', // a trait's id already
          label,
          cadence: 'week',
          components: [
            { kind: 'score', ref: 'weekly' }, // 1–5
            { kind: 'item', ref: 'tenner.d' }, // 0–10
            { kind: 'trait', ref: 'ghost' },
            { kind: 'score', ref: 'monthly' }, // no scoring rule
          ],
          shows: ['ghost'],
        },
      ],
    };
    expect(issuesOf(framework)).to.deep.equal([
      ['traits.0.id', 'reservedKey'],
      ['traits.1.items', 'mixedCadence'],
      ['traits.2.items', 'mixedScales'],
      ['traits.3.items.0', 'notRated'],
      ['dimensions.0.id', 'duplicateId'],
      ['dimensions.0.components.2.ref', 'unknownRef'],
      ['dimensions.0.components.3.ref', 'noScoring'],
      ['dimensions.0.components', 'mixedScales'],
      ['dimensions.0.shows.0', 'unknownRef'],
    ]);
  });
});

describe('isOnStep(value, min, step)', () => {
  it('is true for a whole number of steps from min, within rounding', () => {
    expect(isOnStep(3.5, 1, 0.5)).to.equal(true); // (3.5 − 1) / 0.5 = 5 steps
    expect(isOnStep(3.5, 1, 1)).to.equal(false); // 2.5 steps
    expect(isOnStep(0.25, 0, 0.5)).to.equal(false); // half a step
    // 0.3 / 0.1 = 2.9999999999999996 in floating point: 3 steps, within 1e-6.
    expect(0.3 / 0.1).to.not.equal(3);
    expect(isOnStep(0.3, 0, 0.1)).to.equal(true);
    expect(isOnStep(-2, -4, 2)).to.equal(true); // 1 step
  });
});
