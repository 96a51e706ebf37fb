// Property-based tests: rules that must hold for any data, not just the hand-made examples.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  aggregate,
  changesSince,
  nextworkFramework,
  parseProgressData,
  rollingMean,
  type Aggregation,
  type Change,
  type Assessment,
  type ProgressData,
} from '../../src/core/index.js';

const runs = { numRuns: 60 };

const dayMs = 86_400_000;
// 2025-12-01 … 2027-02-27: crosses week 53 of 2026, daylight saving changes and half-years.
const dateArb = fc
  .integer({ min: 0, max: 453 })
  .map((n) => new Date(Date.UTC(2025, 11, 1) + n * dayMs).toISOString().slice(0, 10));
const dateTimeArb = fc
  .tuple(dateArb, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+01:00', '+02:00', '-05:00'))
  .map(([date, hour, offset]) => `${date}T${String(hour).padStart(2, '0')}:30:00${offset}`);
const anyDateArb = fc.oneof({ weight: 4, arbitrary: dateArb }, { weight: 1, arbitrary: dateTimeArb });
const ratingArb = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });

const ratingsArb = (items: string[]): fc.Arbitrary<Record<string, number | null>> =>
  fc
    .record(
      Object.fromEntries(items.map((item) => [item, ratingArb])) as Record<
        string,
        fc.Arbitrary<number | null>
      >,
      {
        requiredKeys: [],
      },
    )
    .map((ratings) =>
      Object.fromEntries(
        Object.entries(ratings).filter((entry): entry is [string, number | null] => entry[1] !== undefined),
      ),
    );

const weeklyItems = [
  'initiative',
  'persistence',
  'curiosity',
  'cooperation',
  'social',
  'responsibility',
  'punctuality',
  'productivity',
];
const monthlyItems = ['persistence', 'independence', 'direction'];
const resilienceItems = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];

const assessmentArb: fc.Arbitrary<Omit<Assessment, 'id'>> = fc.oneof(
  fc.record({
    instrument: fc.constant('weekly-company'),
    date: anyDateArb,
    rater: fc.record({ role: fc.constant('company'), id: fc.constantFrom('a', 'b', 'c') }),
    ratings: ratingsArb(weeklyItems),
  }),
  fc.record({
    instrument: fc.constant('monthly-determination'),
    date: anyDateArb,
    rater: fc.record({ role: fc.constantFrom('company', 'counsellor'), id: fc.constantFrom('a', 'u') }),
    ratings: ratingsArb(monthlyItems),
  }),
  fc.record({
    instrument: fc.constant('resilience-self-report'),
    date: anyDateArb,
    rater: fc.record({ role: fc.constant('self') }),
    ratings: ratingsArb(resilienceItems),
  }),
);

const dataArb: fc.Arbitrary<ProgressData> = fc.array(assessmentArb, { maxLength: 40 }).map((assessments) => ({
  schemaVersion: 1,
  participant: { id: 'p', displayName: 'P' },
  framework: 'nextwork',
  placements: [],
  assessments: assessments.map((assessment, index) => ({ ...assessment, id: `a${index}` })),
  conversations: [],
}));

function allPoints(aggregation: Aggregation) {
  return [aggregation.traits, aggregation.dimensions, aggregation.items].flatMap((record) =>
    Object.values(record),
  );
}

describe('properties', () => {
  it('generated data passes parseProgressData', () => {
    fc.assert(
      fc.property(dataArb, (data) => parseProgressData(data).ok),
      runs,
    );
  });

  it('the order of assessments never changes the result', () => {
    fc.assert(
      fc.property(
        dataArb.chain((data) =>
          fc.tuple(
            fc.constant(data),
            fc.shuffledSubarray(data.assessments, {
              minLength: data.assessments.length,
              maxLength: data.assessments.length,
            }),
          ),
        ),
        ([data, shuffled]) => {
          expect(aggregate({ ...data, assessments: shuffled })).to.deep.equal(aggregate(data));
        },
      ),
      runs,
    );
  });

  it('adding null ratings changes nothing', () => {
    const nullsArb = fc.array(
      fc.record({
        instrument: fc.constantFrom('weekly-company', 'monthly-determination', 'resilience-self-report'),
        date: anyDateArb,
        rater: fc.record({ role: fc.constant('counsellor'), id: fc.constantFrom('x', 'y') }),
      }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(dataArb, nullsArb, (data, extra) => {
        const items: Record<string, string[]> = {
          'weekly-company': weeklyItems,
          'monthly-determination': monthlyItems,
          'resilience-self-report': resilienceItems,
        };
        const withNulls: ProgressData = {
          ...data,
          assessments: [
            // Existing assessments get "not observed" for every item they left out.
            ...data.assessments.map((assessment) => ({
              ...assessment,
              ratings: {
                ...Object.fromEntries((items[assessment.instrument] ?? []).map((item) => [item, null])),
                ...assessment.ratings,
              },
            })),
            ...extra.map((assessment, index) => ({
              ...assessment,
              id: `null-${index}`,
              ratings: Object.fromEntries((items[assessment.instrument] ?? []).map((item) => [item, null])),
            })),
          ],
        };
        expect(aggregate(withNulls)).to.deep.equal(aggregate(data));
      }),
      runs,
    );
  });

  it('every value lies on the scale, with at least one rating and rater behind it', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        for (const series of allPoints(aggregate(data))) {
          for (const point of series.points) {
            expect(point.value).to.be.within(series.scale.min, series.scale.max);
            expect(point.count).to.be.at.least(1);
            expect(point.raters).to.be.at.least(1);
            expect(point.coverage).to.be.within(0.5, 1);
            expect(point.start <= point.end).to.equal(true);
          }
        }
      }),
      runs,
    );
  });

  it('parseProgressData never throws, and what it accepts aggregates and compares without error', () => {
    const mutated = fc.tuple(
      dataArb,
      fc.array(
        fc.tuple(
          fc.constantFrom(
            'assessments',
            'participant',
            'placements',
            'conversations',
            'framework',
            'schemaVersion',
          ),
          fc.anything(),
        ),
        { maxLength: 2 },
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.jsonValue(),
          mutated.map(([data, changes]) => ({ ...data, ...Object.fromEntries(changes) })),
        ),
        (input) => {
          const result = parseProgressData(input);
          if (result.ok) {
            const aggregation = aggregate(result.data);
            changesSince(aggregation, { from: '2026-06-01' });
          } else {
            expect(result.issues.length).to.be.greaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  describe('one story of change (rolling means)', () => {
    const fromArb = dateArb;
    const toArb = fc.option(dateArb, { nil: undefined });
    const windowed = (data: ProgressData, week: number): ProgressData => ({
      ...data,
      framework: { ...nextworkFramework, changeWindow: { week, month: 1, 'half-year': 1 } },
    });

    /** The rule before rolling means, written out again: one period against one period. */
    function pointByPoint(series: ReturnType<typeof allPoints>[number], from: string, to?: string) {
      const before = series.points.filter((p) => p.end <= from).at(-1);
      const candidate = series.points.filter((p) => to === undefined || p.start <= to).at(-1);
      const after = candidate && (!before || candidate.start > before.start) ? candidate : undefined;
      return {
        before: before?.value ?? null,
        after: after?.value ?? null,
        beforePeriod: before?.period ?? null,
        afterPeriod: after?.period ?? null,
      };
    }

    it('with a window of 1 everywhere, the results equal the point-by-point rule exactly', () => {
      fc.assert(
        fc.property(dataArb, fromArb, toArb, (data, from, to) => {
          const aggregation = aggregate(windowed(data, 1));
          const changes = changesSince(aggregation, { from, to });
          for (const series of allPoints(aggregation)) {
            const change = changes.find((c) => c.id === series.id) as Change;
            expect(change).to.include(pointByPoint(series, from, to));
          }
        }),
        runs,
      );
    });

    it('the rolling mean of a constant series is that constant, and never leaves the scale', () => {
      fc.assert(
        fc.property(dataArb, fc.integer({ min: 1, max: 8 }), (data, week) => {
          for (const series of allPoints(aggregate(windowed(data, week)))) {
            const rolled = rollingMean(series);
            expect(rolled).to.have.length(series.points.length);
            for (const point of rolled) {
              expect(point.value).to.be.within(series.scale.min - 1e-9, series.scale.max + 1e-9);
              expect(point.points).to.be.within(1, week);
            }
            const constant = rollingMean({
              ...series,
              points: series.points.map((p) => ({ ...p, value: 3.7 })),
            });
            for (const point of constant) expect(point.value).to.be.closeTo(3.7, 1e-12);
          }
        }),
        runs,
      );
    });

    it('the order of assessments never changes the rolling means or the changes', () => {
      fc.assert(
        fc.property(
          dataArb.chain((data) =>
            fc.tuple(
              fc.constant(data),
              fc.shuffledSubarray(data.assessments, {
                minLength: data.assessments.length,
                maxLength: data.assessments.length,
              }),
              fromArb,
            ),
          ),
          ([data, shuffled, from]) => {
            const one = aggregate(data);
            const other = aggregate({ ...data, assessments: shuffled });
            expect(changesSince(other, { from })).to.deep.equal(changesSince(one, { from }));
            for (const series of allPoints(one)) {
              const twin = allPoints(other).find((s) => s.id === series.id);
              expect(rollingMean(twin ?? series)).to.deep.equal(rollingMean(series));
            }
          },
        ),
        runs,
      );
    });
  });

  it('changesSince reads at its two anchors exactly what the whole rolling mean holds there', () => {
    fc.assert(
      fc.property(dataArb, dateArb, fc.option(dateArb, { nil: undefined }), (data, from, to) => {
        const parsed = parseProgressData(data);
        if (!parsed.ok) return;
        const aggregation = aggregate(parsed.data);
        const changes = new Map(changesSince(aggregation, { from, to }).map((c) => [c.id, c]));
        for (const series of allPoints(aggregation)) {
          const rolled = rollingMean(series);
          const before = rolled.filter((p) => p.end <= from).at(-1);
          const afterCandidate = rolled.filter((p) => to === undefined || p.start <= to).at(-1);
          const after =
            afterCandidate && (!before || afterCandidate.start > before.start) ? afterCandidate : undefined;
          const change = changes.get(series.id);
          expect(change?.before ?? null, series.id).to.equal(before?.value ?? null);
          expect(change?.beforePeriod ?? null, series.id).to.equal(before?.period ?? null);
          if (before) expect(change?.after ?? null, series.id).to.equal(after?.value ?? null);
          if (before && after) expect(change?.afterWindow?.points, series.id).to.equal(after.points);
        }
      }),
      runs,
    );
  });
});
