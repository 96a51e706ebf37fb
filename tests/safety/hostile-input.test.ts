// The defects a reliability probe found (issue 9), each pinned by a test that failed before its fix.
import { expect } from '@open-wc/testing';
import {
  aggregate,
  changesSince,
  limits,
  localDateOf,
  nextworkFramework,
  type Framework,
  type FrameworkInput,
  type ProgressData,
  type ValidationIssue,
} from '../../src/core/index.js';
import { parseFramework, parseProgressData } from '../core/checked-core.js';
import { progress } from '../core/fixtures.js';
import { craftFramework } from '../core/other-framework.js';

const base = () => ({
  schemaVersion: 1,
  participant: { id: 'p1', displayName: 'Simon' },
  assessments: [
    {
      id: 'a1',
      instrument: 'weekly-company',
      date: '2026-01-09',
      rater: { role: 'company', id: 'jens' },
      ratings: { initiative: 3 },
    },
  ],
});

const issuesOf = (input: unknown, locale = 'da'): ReadonlyArray<ValidationIssue> => {
  const result = parseProgressData(input, { locale });
  return result.ok ? [] : result.issues;
};

/** A framework with `count` traits, each rated by its own item, and one dimension over all of them. */
function wideFramework(count: number): FrameworkInput {
  const ids = Array.from({ length: count }, (_, i) => `t${i}`);
  return {
    id: 'wide',
    label: { da: 'Bred', en: 'Wide' },
    roles: [{ id: 'company', label: { da: 'Virksomhed', en: 'Company' } }],
    scales: [{ id: 'five', min: 1, max: 5, step: 1 }],
    instruments: [
      {
        id: 'weekly',
        label: { da: 'Ugentlig', en: 'Weekly' },
        cadence: 'week',
        scale: 'five',
        raterRoles: ['company'],
        items: ids.map((id) => ({ id, label: { da: id, en: id } })),
      },
    ],
    traits: ids.map((id) => ({ id, label: { da: id, en: id }, items: [`weekly.${id}`] })),
    dimensions: [
      {
        id: 'all',
        label: { da: 'Alle', en: 'All' },
        cadence: 'week',
        components: ids.map((id) => ({ kind: 'trait' as const, ref: id })),
      },
    ],
  };
}

describe('defect 2: framework lists are bounded, and aggregation is linear in them', () => {
  it('refuses a framework with more traits than the limit, with a localized message', () => {
    const framework = wideFramework(limits.traits + 1);
    const da = issuesOf({ ...base(), framework, assessments: [] });
    expect(da.map((issue) => issue.code)).to.include('tooMany');
    const issue = da.find((i) => i.code === 'tooMany');
    expect(issue?.path).to.deep.equal(['framework', 'traits']);
    expect(issue?.message).to.equal(`Listen er for lang (højst ${limits.traits}).`);
    const en = issuesOf({ ...base(), framework, assessments: [] }, 'en');
    expect(en.find((i) => i.code === 'tooMany')?.message).to.equal(
      `The list is too long (at most ${limits.traits}).`,
    );
    const parsed = parseFramework(framework);
    expect(parsed.ok).to.equal(false);
  });

  it('bounds every list of the framework schema', () => {
    for (const key of [
      'roles',
      'scales',
      'scaleLabels',
      'instruments',
      'items',
      'raterRoles',
      'traits',
      'traitItems',
      'dimensions',
      'components',
      'shows',
      'reverse',
      'bands',
      'prompts',
    ] as const) {
      expect(limits[key], key).to.be.a('number').and.to.be.greaterThan(0);
    }
  });

  it('reads each framework list a number of times linear in its length', () => {
    // Counting reads makes "linear" a fact a test can check without a clock.
    const count = limits.traits;
    const parsed = parseFramework(wideFramework(count));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues[0]));
    let reads = 0;
    const counted = <T extends object>(list: T[]): T[] =>
      new Proxy(list, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const framework: Framework = {
      ...parsed.data,
      traits: counted(parsed.data.traits),
      dimensions: counted(parsed.data.dimensions.map((d) => ({ ...d, components: counted(d.components) }))),
      instruments: counted(
        parsed.data.instruments.map((instrument) => ({ ...instrument, items: counted(instrument.items) })),
      ),
    };
    const data: ProgressData = {
      ...progress([]),
      framework,
      assessments: [
        {
          id: 'a1',
          instrument: 'weekly',
          date: '2026-01-09',
          rater: { role: 'company', id: 'r' },
          ratings: Object.fromEntries(parsed.data.traits.map((t) => [t.id, 3])),
        },
      ],
    };
    const aggregation = aggregate(data);
    expect(aggregation.dimensions['all']?.points[0]?.value).to.equal(3);
    // A quadratic lookup would read about count² / 2 = 20,000 entries.
    expect(reads).to.be.below(30 * count);
  });
});

describe('defect 3: huge weights never make Infinity or NaN', () => {
  const heavy = (weight: number): FrameworkInput => ({
    ...craftFramework,
    dimensions: [
      {
        id: 'readiness',
        label: { da: 'Parathed', en: 'Readiness' },
        cadence: 'month',
        components: [
          { kind: 'item', ref: 'site-log.attendance', weight },
          { kind: 'item', ref: 'site-log.craft', weight },
          { kind: 'trait', ref: 'teamwork', weight: 1 },
        ],
      },
    ],
  });

  it('refuses a weight above the limit, with a localized message', () => {
    const issues = issuesOf({ ...base(), framework: heavy(1e308), assessments: [] });
    expect(issues[0]).to.deep.equal({
      path: ['framework', 'dimensions', 0, 'components', 0, 'weight'],
      code: 'tooHeavy',
      message: `Vægten må højst være ${limits.weight}.`,
    });
    const en = issuesOf({ ...base(), framework: heavy(1e308), assessments: [] }, 'en');
    expect(en[0]?.message).to.equal(`The weight can be at most ${limits.weight}.`);
    expect(issuesOf({ ...base(), framework: heavy(limits.weight), assessments: [] })).to.deep.equal([]);
  });

  it('aggregates and compares with finite values even from weights that were never validated', () => {
    const parsed = parseFramework(heavy(1));
    if (!parsed.ok) throw new Error('fixture');
    const framework: Framework = {
      ...parsed.data,
      dimensions: parsed.data.dimensions.map((d) => ({
        ...d,
        components: d.components.map((c) => ({ ...c, weight: c.kind === 'trait' ? 1 : 1e308 })),
      })),
    };
    const rate = (date: string, attendance: number, craft: number, teamwork: number) => ({
      id: `a-${date}`,
      instrument: 'site-log',
      date,
      rater: { role: 'master', id: 'm' },
      ratings: { attendance, craft, teamwork },
    });
    const data: ProgressData = {
      ...progress([]),
      framework,
      assessments: [rate('2026-01-09', 2, 4, 10), rate('2026-02-10', 6, 8, 0)],
    };
    const aggregation = aggregate(data);
    const values = [aggregation.dimensions, aggregation.traits, aggregation.items].flatMap((record) =>
      Object.values(record).flatMap((s) => s.points.flatMap((p) => [p.value, p.coverage])),
    );
    expect(values.length).to.be.greaterThan(0);
    expect(values.every(Number.isFinite)).to.equal(true);
    // January: (1e308·2 + 1e308·4 + 1·10) / (2e308 + 1) = 3 (the trait's weight is lost in the rounding).
    expect(aggregation.dimensions['readiness']?.points.map((p) => p.value)).to.deep.equal([3, 7]);
    const changes = changesSince(aggregation, { from: '2026-01-31' });
    for (const change of changes) {
      for (const value of [change.before, change.after, change.delta]) {
        expect(value === null || Number.isFinite(value), change.id).to.equal(true);
      }
    }
    expect(changes.find((c) => c.id === 'readiness')?.delta).to.equal(4);
  });
});

describe('defect 5: dates at the ends of the calendar', () => {
  it('reads no local date outside 0001-01-01 … 9999-12-31', () => {
    expect(localDateOf('9999-12-31T23:30:00-05:00', 'Europe/Copenhagen')).to.equal(undefined);
    expect(localDateOf('0000-01-01T12:00:00Z', 'Europe/Copenhagen')).to.equal(undefined);
    expect(localDateOf('0000-06-01', 'Europe/Copenhagen')).to.equal(undefined);
    expect(localDateOf('0001-01-01T12:00:00Z', 'Europe/Copenhagen')).to.equal('0001-01-01');
    expect(localDateOf('9999-12-31T12:00:00Z', 'Europe/Copenhagen')).to.equal('9999-12-31');
  });

  it('refuses them with a localized message, and stores only YYYY-MM-DD dates', () => {
    for (const date of ['9999-12-31T23:30:00-05:00', '0000-01-01T12:00:00Z']) {
      const input = base();
      input.assessments[0]!.date = date;
      expect(issuesOf(input)[0], date).to.deep.equal({
        path: ['assessments', 0, 'date'],
        code: 'dateOutOfRange',
        message: `Datoen ${date} ligger uden for kalenderen (0001-01-01 til 9999-12-31).`,
      });
      expect(issuesOf(input, 'en')[0]?.message).to.equal(
        `The date ${date} is outside the calendar (0001-01-01 to 9999-12-31).`,
      );
    }
    const conversation = {
      ...base(),
      conversations: [{ id: 'c1', date: '9999-12-31T23:30:00-05:00', promptSet: 'nextwork', answers: {} }],
    };
    expect(issuesOf(conversation)[0]?.code).to.equal('dateOutOfRange');
    const result = parseProgressData({
      ...base(),
      placements: [{ id: 'p', company: 'c', start: '9999-12-31' }],
    });
    expect(result.ok && result.data.placements[0]?.start).to.equal('9999-12-31');
  });
});

describe('defect 6: no message says "undefined", "NaN" or "[object"', () => {
  it('names a missing schemaVersion', () => {
    const input: Record<string, unknown> = base();
    delete input['schemaVersion'];
    expect(issuesOf(input)[0]).to.deep.equal({
      path: ['schemaVersion'],
      code: 'schemaVersionMissing',
      message: 'Mangler schemaVersion. Brug schemaVersion 1.',
    });
    expect(issuesOf(input, 'en')[0]?.message).to.equal('schemaVersion is missing. Use schemaVersion 1.');
  });

  it('says nothing of the sort for a set of broken inputs', () => {
    const broken: unknown[] = [
      {},
      { schemaVersion: undefined },
      { schemaVersion: Number.NaN },
      { schemaVersion: {} },
      { schemaVersion: [1] },
      { schemaVersion: null },
      { schemaVersion: 1 },
      { ...base(), participant: [] },
      { ...base(), participant: { id: {}, displayName: Number.NaN } },
      { ...base(), framework: {} },
      { ...base(), framework: 42 },
      { ...base(), framework: { ...nextworkFramework, scales: [{ id: 'x', min: 'a', max: {}, step: 0 }] } },
      { ...base(), assessments: [{}] },
      { ...base(), assessments: [{ ...base().assessments[0], ratings: { initiative: Number.NaN } }] },
      { ...base(), assessments: [{ ...base().assessments[0], ratings: [] }] },
      { ...base(), assessments: [{ ...base().assessments[0], date: {} }] },
      { ...base(), conversations: [{ date: undefined, answers: { a: {} } }] },
      { ...base(), placements: [{ id: 'p', company: 'c', start: 'NaN-NaN-NaN' }] },
      null,
      undefined,
      Number.NaN,
      [],
    ];
    for (const input of broken) {
      for (const locale of ['da', 'en']) {
        for (const issue of issuesOf(input, locale)) {
          expect(issue.message, `${JSON.stringify(input)} ${issue.code}`).not.to.match(
            /undefined|NaN|\[object/,
          );
        }
      }
    }
  });
});
