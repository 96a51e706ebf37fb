// The rules the data controller used to hold, now pure functions in core, with hand-computed cases.
import { expect } from '@open-wc/testing';
import {
  addMonths,
  chartScaleOf,
  frameworkIndex,
  isThinPoint,
  readLocalDate,
  nextworkFramework,
  parseFramework,
  recentDomainOf,
  selectedSeriesIds,
  seriesScaleOf,
  wholeDomainOf,
} from '../../src/core/index.js';
import { craftFramework } from './other-framework.js';

describe('addMonths(date, months)', () => {
  it('moves by calendar months, across years both ways', () => {
    expect(addMonths('2026-03-15', 1)).to.equal('2026-04-15');
    expect(addMonths('2026-03-15', -1)).to.equal('2026-02-15');
    expect(addMonths('2026-01-10', -1)).to.equal('2025-12-10');
    expect(addMonths('2026-12-10', 1)).to.equal('2027-01-10');
    expect(addMonths('2026-03-15', -15)).to.equal('2024-12-15');
    expect(addMonths('2026-03-15', 0)).to.equal('2026-03-15');
  });

  it('runs a day the target month lacks on into the next month, as Date.UTC does', () => {
    // 31 February 2026 is 28 February + 3 days.
    expect(addMonths('2026-03-31', -1)).to.equal('2026-03-03');
    // 2024 is a leap year: 31 February is 29 February + 2 days.
    expect(addMonths('2024-01-31', 1)).to.equal('2024-03-02');
    expect(addMonths('2026-05-31', 1)).to.equal('2026-07-01');
  });
});

describe('wholeDomainOf({ series, placements, conversations }) and recentDomainOf(whole, months)', () => {
  const week = (start: string, end: string) => ({ start, end });
  it('runs from the first point, placement or conversation to the latest week, month or conversation', () => {
    expect(
      wholeDomainOf({
        series: [
          { cadence: 'week', points: [week('2026-01-05', '2026-01-11'), week('2026-03-02', '2026-03-08')] },
          { cadence: 'month', points: [week('2026-02-01', '2026-02-28')] },
          // A half-year's end would stretch the axis to 30 June.
          { cadence: 'half-year', points: [week('2026-01-01', '2026-06-30')] },
        ],
        placements: [{ start: '2025-12-15' }],
        conversations: [{ date: '2026-03-20' }, { date: '2026-02-01' }],
      }),
    ).to.deep.equal(['2025-12-15', '2026-03-20']);
  });

  it('ends at a half-year only when nothing else ends, then at the latest placement start', () => {
    const halfYear = { cadence: 'half-year' as const, points: [week('2026-01-01', '2026-06-30')] };
    expect(wholeDomainOf({ series: [halfYear], placements: [], conversations: [] })).to.deep.equal([
      '2026-01-01',
      '2026-06-30',
    ]);
    expect(
      wholeDomainOf({
        series: [],
        placements: [{ start: '2026-04-01' }, { start: '2026-02-01' }],
        conversations: [],
      }),
    ).to.deep.equal(['2026-02-01', '2026-04-01']);
    expect(
      wholeDomainOf({ series: [], placements: [], conversations: [{ date: '2026-05-05' }] }),
    ).to.deep.equal(['2026-05-05', '2026-05-05']);
    expect(wholeDomainOf({ series: [], placements: [], conversations: [] })).to.equal(undefined);
  });

  it('takes the last months, from the day after the same day that many months earlier', () => {
    expect(recentDomainOf(['2025-01-10', '2026-03-15'], 6)).to.deep.equal(['2025-09-16', '2026-03-15']);
    // 31 September is 1 October; the day after is 2 October.
    expect(recentDomainOf(['2025-01-10', '2026-03-31'], 6)).to.deep.equal(['2025-10-02', '2026-03-31']);
    // Never before the domain's start.
    expect(recentDomainOf(['2026-01-10', '2026-03-15'], 6)).to.deep.equal(['2026-01-10', '2026-03-15']);
    expect(recentDomainOf(undefined, 6)).to.equal(undefined);
  });
});

describe('selectedSeriesIds(framework, selection)', () => {
  it('turns the series attribute into a list of ids once', () => {
    expect(selectedSeriesIds(nextworkFramework, 'dimensions')).to.deep.equal([
      'work-readiness',
      'determination',
      'resilience',
    ]);
    expect(selectedSeriesIds(nextworkFramework, '  ')).to.deep.equal(
      selectedSeriesIds(nextworkFramework, 'dimensions'),
    );
    expect(selectedSeriesIds(nextworkFramework, 'traits')).to.deep.equal([
      'initiative',
      'persistence',
      'curiosity',
      'cooperation',
      'social',
      'responsibility',
    ]);
    expect(
      selectedSeriesIds(nextworkFramework, ' initiative, ,weekly-company.punctuality,nope,determination'),
    ).to.deep.equal(['initiative', 'weekly-company.punctuality', 'determination']);
  });
});

describe('seriesScaleOf(framework, id) and chartScaleOf(framework, ids)', () => {
  it('finds the scale of an item, a trait, a dimension and a score', () => {
    const parsed = parseFramework(craftFramework);
    if (!parsed.ok) throw new Error('fixture');
    const craft = parsed.data;
    expect(seriesScaleOf(craft, 'site-log.craft')?.id).to.equal('ten');
    expect(seriesScaleOf(craft, 'teamwork')?.id).to.equal('ten');
    expect(seriesScaleOf(craft, 'readiness')?.id).to.equal('ten');
    expect(seriesScaleOf(craft, 'nope')).to.equal(undefined);
    const nextworkScale = (id: string) => seriesScaleOf(nextworkFramework, id)?.id;
    const first = nextworkFramework.scales[0]?.id;
    expect(nextworkScale('resilience')).to.equal(
      nextworkFramework.instruments.find((i) => i.id === 'resilience-self-report')?.scale,
    );
    expect(chartScaleOf(craft, ['nope', 'teamwork'])?.id).to.equal('ten');
    expect(chartScaleOf(nextworkFramework, ['nope'])?.id).to.equal(first);
  });
});

describe('isThinPoint(point)', () => {
  it('is thin when part of the weight had no value, or one rating stands behind it', () => {
    expect(isThinPoint({ coverage: 1, count: 2 })).to.equal(false);
    expect(isThinPoint({ coverage: 0.6, count: 5 })).to.equal(true);
    expect(isThinPoint({ coverage: 1, count: 1 })).to.equal(true);
  });
});

describe('frameworkIndex(framework)', () => {
  it('finds traits, dimensions, instruments, scales and items by id, the first of duplicates, once', () => {
    const index = frameworkIndex(nextworkFramework);
    expect(index).to.equal(frameworkIndex(nextworkFramework));
    expect(index.traits.get('initiative')?.items).to.deep.equal(['weekly-company.initiative']);
    expect(index.dimensions.get('determination')?.cadence).to.equal('month');
    expect(index.items.get('weekly-company.done-well')?.item.kind).to.equal('text');
    expect(index.items.get('weekly-company.nope')).to.equal(undefined);
    const first = { id: 'a', label: { da: '1', en: '1' }, items: ['x.y'] };
    const second = { id: 'a', label: { da: '2', en: '2' }, items: ['x.z'] };
    const doubled = { ...nextworkFramework, traits: [first, second] };
    expect(frameworkIndex(doubled).traits.get('a')).to.equal(first);
  });
});

describe('readLocalDate(value, timeZone)', () => {
  it('gives the local date, or says whether the date is impossible or outside the calendar', () => {
    expect(readLocalDate('2026-03-01T23:30:00Z', 'Europe/Copenhagen')).to.deep.equal({ date: '2026-03-02' });
    expect(readLocalDate('2026-02-30', 'Europe/Copenhagen')).to.deep.equal({ problem: 'impossible' });
    expect(readLocalDate('2026-03-01T25:00:00Z', 'Europe/Copenhagen')).to.deep.equal({
      problem: 'impossible',
    });
    expect(readLocalDate('0000-12-31', 'Europe/Copenhagen')).to.deep.equal({ problem: 'outOfRange' });
    expect(readLocalDate('9999-12-31T23:30:00-05:00', 'Europe/Copenhagen')).to.deep.equal({
      problem: 'outOfRange',
    });
    // 00:30 UTC on 1 January 0001 is still 31 December of the year 0 in New York.
    expect(readLocalDate('0001-01-01T00:30:00Z', 'America/New_York')).to.deep.equal({
      problem: 'outOfRange',
    });
  });
});
