import { expect } from '@open-wc/testing';
import {
  asksAboutOwnReading,
  ownExamplesOf,
  readingGapsOf,
} from '../../../src/core/progress/conversation-own-side.js';
import type { RollingSource } from '../../../src/core/progress/rolling.js';
import type { Experience } from '../../../src/core/index.js';

const entry = (id: string, date: string, shared: boolean): Experience => ({
  id,
  date,
  kind: 'work',
  text: `Text of ${id}`,
  shared,
});

/** ISO weeks of 2026 by their Monday: W10 starts 2 March, W11 9 March, W12 16 March. */
const weeks: Readonly<Record<string, readonly [string, string]>> = {
  '2026-W10': ['2026-03-02', '2026-03-08'],
  '2026-W11': ['2026-03-09', '2026-03-15'],
  '2026-W12': ['2026-03-16', '2026-03-22'],
};

/** A weekly series with a window of two weeks, its points by week key. */
const series = (values: Readonly<Record<string, number>>): RollingSource => ({
  cadence: 'week',
  window: 2,
  points: Object.entries(values).map(([period, value]) => {
    const [start, end] = weeks[period] ?? ['', ''];
    return { period, start, end, value, count: 1 };
  }),
});

describe('core/conversation-own-side: the young person in the conversation, by hand', () => {
  it('ownExamplesOf: the shared entries from the last conversation to this one, both days included, newest first', () => {
    const log = [
      entry('before', '2026-09-29', true),
      entry('on-last-day', '2026-09-30', true),
      entry('private', '2026-10-10', false),
      entry('early', '2026-10-07', true),
      entry('same-day-1', '2026-11-03', true),
      entry('same-day-2', '2026-11-03', true),
      entry('on-the-day', '2026-11-13', true),
      entry('after', '2026-11-14', true),
    ];
    const ids = ownExamplesOf(log, { from: '2026-09-30', to: '2026-11-13' }).map((e) => e.id);
    // By hand: 'before' and 'after' lie outside; 'private' is never one; on 3 November the later
    // in the list leads.
    expect(ids).to.deep.equal(['on-the-day', 'same-day-2', 'same-day-1', 'early', 'on-last-day']);
  });

  it('ownExamplesOf: a first conversation takes every shared entry up to its day; no log is no examples', () => {
    const log = [
      entry('a', '2026-01-05', true),
      entry('b', '2026-01-06', false),
      entry('c', '2026-02-01', true),
    ];
    expect(ownExamplesOf(log, { to: '2026-01-31' }).map((e) => e.id)).to.deep.equal(['a']);
    expect(ownExamplesOf(undefined, { to: '2026-01-31' })).to.deep.equal([]);
  });

  it('ownExamplesOf fails closed: anything but shared: true is private, however the data says it', () => {
    const odd = [
      { ...entry('string', '2026-10-01', true), shared: 'true' as unknown as boolean },
      { ...entry('missing', '2026-10-02', true), shared: undefined as unknown as boolean },
      { ...entry('one', '2026-10-03', true), shared: 1 as unknown as boolean },
      entry('yes', '2026-10-04', true),
    ];
    expect(ownExamplesOf(odd).map((e) => e.id)).to.deep.equal(['yes']);
  });

  it('readingGapsOf: the traits a whole step or more apart, as written, the largest first', () => {
    const own = {
      // (4 + 5) / 2 = 4.5 against the company's (4 + 3) / 2 = 3.5: exactly one step.
      a: series({ '2026-W10': 4, '2026-W11': 5 }),
      // 3 against 3.96, written 4.0: a whole step as the two numbers read (the exact gap is 0.96).
      b: series({ '2026-W11': 3 }),
      // 2 against 2.94, written 2.9: 0.9, not a whole step.
      c: series({ '2026-W11': 2 }),
      // 5 against 2: three steps, the largest, so first.
      d: series({ '2026-W11': 5 }),
      // Only W10 (ends 8 March), before the last conversation on 10 March: not "now".
      e: series({ '2026-W10': 5 }),
      // No company series to compare with.
      f: series({ '2026-W11': 1 }),
      // W12 starts after the conversation's day (13 March): "now" is W11's 2 against 4, two steps.
      g: series({ '2026-W11': 2, '2026-W12': 4 }),
    };
    const company = {
      a: series({ '2026-W10': 4, '2026-W11': 3 }),
      b: series({ '2026-W11': 3.96 }),
      c: series({ '2026-W11': 2.94 }),
      d: series({ '2026-W11': 2 }),
      e: series({ '2026-W10': 3 }),
      g: series({ '2026-W11': 4 }),
    };
    expect(readingGapsOf(own, company, { to: '2026-03-13', since: '2026-03-10' })).to.deep.equal([
      { id: 'd', own: 5, company: 2 },
      { id: 'g', own: 2, company: 4 },
      { id: 'a', own: 4.5, company: 3.5 },
      { id: 'b', own: 3, company: 4 },
    ]);
  });

  it('readingGapsOf: without a last conversation every reading counts; an empty series reads nothing', () => {
    const own = { e: series({ '2026-W10': 5 }), empty: series({}) };
    const company = { e: series({ '2026-W10': 3 }), empty: series({ '2026-W10': 1 }) };
    expect(readingGapsOf(own, company, { to: '2026-03-13' })).to.deep.equal([
      { id: 'e', own: 5, company: 3 },
    ]);
  });

  it('asksAboutOwnReading: in a conversation only; never a company, a counsellor alone, or an unknown audience', () => {
    expect(asksAboutOwnReading({ audience: 'conversation' })).to.equal(true);
    for (const audience of ['company', 'counsellor', 'young-person', 'Conversation'])
      expect(asksAboutOwnReading({ audience: audience as 'company' }), audience).to.equal(false);
  });
});
