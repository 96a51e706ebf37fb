import { expect } from '@open-wc/testing';
import {
  calloutPlacement,
  cursorAfterKey,
  endOfSeries,
  firstPoint,
  nearestInNextSeries,
  nearestPoint,
  nearestSpoke,
  panelAt,
  pointAMonthAway,
  ringCursorAfterKey,
  stepAround,
  stepInSeries,
} from '../../src/charts/interaction.js';

// Three series as drawn: weeks at x = 10, 20, 30, 40; an empty one; months at x = 12 and 38.
const weeks = {
  points: [
    { x: 10, y: 50, start: '2026-01-05', end: '2026-01-11' },
    { x: 20, y: 40, start: '2026-01-12', end: '2026-01-18' },
    { x: 30, y: 30, start: '2026-02-02', end: '2026-02-08' },
    { x: 40, y: 20, start: '2026-02-16', end: '2026-02-22' },
  ],
};
const empty = { points: [] };
const months = {
  points: [
    { x: 12, y: 60, start: '2026-01-01', end: '2026-01-31' },
    { x: 38, y: 10, start: '2026-02-01', end: '2026-02-28' },
  ],
};
const series = [weeks, empty, months];

describe('firstPoint(series)', () => {
  it('is the first point of the first series that has points', () => {
    expect(firstPoint([empty, months])).to.deep.equal({ series: 1, point: 0 });
    expect(firstPoint([empty])).to.equal(undefined);
  });
});

describe('nearestPoint(series, at, radius)', () => {
  it('finds the closest point within the radius', () => {
    // (31, 29) is √2 from (30, 30) and √(49+361) from (38, 10).
    expect(nearestPoint(series, { x: 31, y: 29 }, 24)).to.deep.equal({ series: 0, point: 2 });
    // (13, 58) is √(1+4) ≈ 2.24 from months' (12, 60) and √(9+64) ≈ 8.5 from weeks' (10, 50).
    expect(nearestPoint(series, { x: 13, y: 58 }, 24)).to.deep.equal({ series: 2, point: 0 });
  });

  it('finds nothing when every point is as far as the radius or further', () => {
    // (10, 74) is √(4+196) ≈ 14.14 from (12, 60) and 24 from (10, 50).
    expect(nearestPoint(series, { x: 10, y: 74 }, 14)).to.equal(undefined);
    expect(nearestPoint(series, { x: 10, y: 74 }, 15)).to.deep.equal({ series: 2, point: 0 });
  });

  it('keeps the earlier point on a tie', () => {
    // (15, 45) is √50 from both (10, 50) and (20, 40).
    expect(nearestPoint(series, { x: 15, y: 45 }, 24)).to.deep.equal({ series: 0, point: 0 });
  });
});

describe('stepInSeries(series, from, direction) and endOfSeries(series, from, direction)', () => {
  it('moves one point in time and stops at the ends', () => {
    expect(stepInSeries(series, { series: 0, point: 1 }, 1)).to.deep.equal({ series: 0, point: 2 });
    expect(stepInSeries(series, { series: 0, point: 3 }, 1)).to.deep.equal({ series: 0, point: 3 });
    expect(stepInSeries(series, { series: 0, point: 0 }, -1)).to.deep.equal({ series: 0, point: 0 });
  });

  it('jumps to the first and the last point of the series', () => {
    expect(endOfSeries(series, { series: 0, point: 2 }, -1)).to.deep.equal({ series: 0, point: 0 });
    expect(endOfSeries(series, { series: 0, point: 1 }, 1)).to.deep.equal({ series: 0, point: 3 });
    expect(endOfSeries(series, { series: 2, point: 0 }, 1)).to.deep.equal({ series: 2, point: 1 });
  });
});

describe('pointAMonthAway(series, from, direction)', () => {
  it('goes to the period that holds the date a month later, or the next one after it', () => {
    // From the week of 5 January: 5 February falls in the week 2–8 February.
    expect(pointAMonthAway(series, { series: 0, point: 0 }, 1)).to.deep.equal({ series: 0, point: 2 });
    // From 12 January: 12 February is in no week drawn; the next one ends 22 February.
    expect(pointAMonthAway(series, { series: 0, point: 1 }, 1)).to.deep.equal({ series: 0, point: 3 });
  });

  it('goes to the last period that starts on or before the date a month earlier', () => {
    // From 16 February: 16 January; the week of 12 January starts before it.
    expect(pointAMonthAway(series, { series: 0, point: 3 }, -1)).to.deep.equal({ series: 0, point: 1 });
  });

  it('stops at the ends when no period lies that far', () => {
    expect(pointAMonthAway(series, { series: 0, point: 3 }, 1)).to.deep.equal({ series: 0, point: 3 });
    expect(pointAMonthAway(series, { series: 0, point: 0 }, -1)).to.deep.equal({ series: 0, point: 0 });
  });

  it('runs past the end of a short month as the calendar does (31 January → 3 March)', () => {
    const long = {
      points: [
        { x: 0, y: 0, start: '2026-01-31', end: '2026-01-31' },
        { x: 1, y: 0, start: '2026-03-01', end: '2026-03-02' },
        { x: 2, y: 0, start: '2026-03-03', end: '2026-03-03' },
      ],
    };
    expect(pointAMonthAway([long], { series: 0, point: 0 }, 1)).to.deep.equal({ series: 0, point: 2 });
  });
});

describe('nearestInNextSeries(series, from, direction)', () => {
  it('goes to the point nearest in time in the next series with points, skipping empty ones', () => {
    // From weeks' x = 30: months at 12 (18 away) and 38 (8 away).
    expect(nearestInNextSeries(series, { series: 0, point: 2 }, 1)).to.deep.equal({ series: 2, point: 1 });
    // From months' x = 12: weeks at 10 (2 away).
    expect(nearestInNextSeries(series, { series: 2, point: 0 }, -1)).to.deep.equal({ series: 0, point: 0 });
  });

  it('stays put past the first and the last series', () => {
    expect(nearestInNextSeries(series, { series: 2, point: 1 }, 1)).to.deep.equal({ series: 2, point: 1 });
    expect(nearestInNextSeries(series, { series: 0, point: 1 }, -1)).to.deep.equal({ series: 0, point: 1 });
  });

  it('keeps the earlier point on a tie', () => {
    // From x = 25 (between 20 and 30), both 5 away.
    const between = { points: [{ x: 25, y: 0 }] };
    expect(nearestInNextSeries([between, weeks], { series: 0, point: 0 }, 1)).to.deep.equal({
      series: 1,
      point: 1,
    });
  });
});

describe('stepAround(current, count, direction)', () => {
  it('wraps around the ring', () => {
    expect(stepAround(5, 6, 1)).to.equal(0);
    expect(stepAround(0, 6, -1)).to.equal(5);
    expect(stepAround(2, 6, 1)).to.equal(3);
  });

  it('starts at the first going forward and at the last going back', () => {
    expect(stepAround(undefined, 6, 1)).to.equal(0);
    expect(stepAround(undefined, 6, -1)).to.equal(5);
  });
});

describe('nearestSpoke(dx, dy, count)', () => {
  it('counts spokes clockwise from 12 o’clock', () => {
    // Six spokes, 60° apart: up is 0, lower right (120°) is 2, left (270°, nearer 300°) is 5.
    expect(nearestSpoke(0, -10, 6)).to.equal(0);
    expect(nearestSpoke(10 * Math.sin(Math.PI * (2 / 3)), -10 * Math.cos(Math.PI * (2 / 3)), 6)).to.equal(2);
    expect(nearestSpoke(-10, -1, 6)).to.equal(5);
  });

  it('rounds to the nearer spoke and wraps back to the first past the last', () => {
    // 340° is 20° from 0° (360°) and 40° from 300°.
    const angle = (340 / 180) * Math.PI;
    expect(nearestSpoke(Math.sin(angle), -Math.cos(angle), 6)).to.equal(0);
  });
});

describe('panelAt(x, width, count)', () => {
  it('finds the panel under x and clamps to the ends', () => {
    // Four panels of 50 across 200.
    expect(panelAt(0, 200, 4)).to.equal(0);
    expect(panelAt(120, 200, 4)).to.equal(2);
    expect(panelAt(200, 200, 4)).to.equal(3);
    expect(panelAt(-5, 200, 4)).to.equal(0);
    expect(panelAt(10, 0, 4)).to.equal(0);
  });
});

describe('cursorAfterKey(series, cursor, key)', () => {
  it('shows the first point on the first arrow press, then steps, jumps and changes series', () => {
    expect(cursorAfterKey(series, undefined, 'ArrowRight')).to.deep.equal({ series: 0, point: 0 });
    expect(cursorAfterKey(series, undefined, 'ArrowLeft')).to.deep.equal({ series: 0, point: 0 });
    expect(cursorAfterKey(series, { series: 0, point: 1 }, 'ArrowRight')).to.deep.equal({
      series: 0,
      point: 2,
    });
    expect(cursorAfterKey(series, { series: 0, point: 1 }, 'ArrowLeft')).to.deep.equal({
      series: 0,
      point: 0,
    });
    expect(cursorAfterKey(series, undefined, 'End')).to.deep.equal({ series: 0, point: 3 });
    expect(cursorAfterKey(series, { series: 0, point: 3 }, 'Home')).to.deep.equal({ series: 0, point: 0 });
    // A month after 5 January is 5 February, in the week of 2–8 February (x = 30).
    expect(cursorAfterKey(series, { series: 0, point: 0 }, 'PageDown')).to.deep.equal({
      series: 0,
      point: 2,
    });
    // A month before 2 February is 2 January, before the first week: the first point.
    expect(cursorAfterKey(series, { series: 0, point: 2 }, 'PageUp')).to.deep.equal({ series: 0, point: 0 });
    // Down skips the empty series; from x = 40 the month at x = 38 is nearest.
    expect(cursorAfterKey(series, { series: 0, point: 3 }, 'ArrowDown')).to.deep.equal({
      series: 2,
      point: 1,
    });
    expect(cursorAfterKey(series, { series: 2, point: 1 }, 'ArrowUp')).to.deep.equal({ series: 0, point: 3 });
  });

  it('leaves other keys, and a chart with nothing drawn, alone', () => {
    expect(cursorAfterKey(series, { series: 0, point: 1 }, 'Enter')).to.equal(undefined);
    expect(cursorAfterKey(series, undefined, 'a')).to.equal(undefined);
    expect(cursorAfterKey([empty], undefined, 'ArrowRight')).to.equal(undefined);
  });
});

describe('calloutPlacement(at, box, within, dir)', () => {
  const box = { width: 100, height: 40 };
  const within = { width: 300, height: 200 };
  it('stands 14 px after the point and above it, on the side a reader comes from', () => {
    // After: 50 + 14; above: 100 − 40 − 14.
    expect(calloutPlacement({ x: 50, y: 100 }, box, within, 'ltr')).to.deep.equal({ left: 64, top: 46 });
    // Before in right-to-left: 150 − 14 − 100.
    expect(calloutPlacement({ x: 150, y: 100 }, box, within, 'rtl')).to.deep.equal({ left: 36, top: 46 });
  });

  it('flips where there is no room and stays inside', () => {
    // No room after 250 (264 + 100 > 300): before, 250 − 114 = 136; no room above 20: below, 34.
    expect(calloutPlacement({ x: 250, y: 20 }, box, within, 'ltr')).to.deep.equal({ left: 136, top: 34 });
    // No room before 50 in right-to-left: after, 64; near the bottom: clamped to 200 − 40.
    expect(calloutPlacement({ x: 50, y: 199 }, { width: 100, height: 190 }, within, 'rtl')).to.deep.equal({
      left: 64,
      top: 10,
    });
    // Wider than there is room for: at the start.
    expect(calloutPlacement({ x: 150, y: 100 }, { width: 400, height: 40 }, within, 'ltr').left).to.equal(0);
  });
});

describe('ringCursorAfterKey(current, count, key)', () => {
  it('steps around six axes, wrapping at the ends, and jumps to the first and last', () => {
    expect(ringCursorAfterKey(undefined, 6, 'ArrowRight')).to.equal(0);
    expect(ringCursorAfterKey(undefined, 6, 'ArrowUp')).to.equal(5);
    expect(ringCursorAfterKey(5, 6, 'ArrowDown')).to.equal(0);
    expect(ringCursorAfterKey(0, 6, 'ArrowLeft')).to.equal(5);
    expect(ringCursorAfterKey(2, 6, 'Home')).to.equal(0);
    expect(ringCursorAfterKey(2, 6, 'End')).to.equal(5);
  });

  it('leaves other keys, and a star without axes, alone', () => {
    expect(ringCursorAfterKey(2, 6, 'PageDown')).to.equal(undefined);
    expect(ringCursorAfterKey(undefined, 0, 'ArrowRight')).to.equal(undefined);
  });
});
