import { expect } from '@open-wc/testing';
import { aggregate, csvOf, periodRowsOf, seriesOf } from '../../src/core/index.js';
import { monthly, progress, weekly } from './fixtures.js';

const point = (period: string, start: string, end: string, value: number) => ({ period, start, end, value });

describe('periodRowsOf(columns)', () => {
  it('gives one row per period with a value in any column, oldest first, a gap as null', () => {
    const rows = periodRowsOf([
      {
        points: [
          point('2026-W10', '2026-03-02', '2026-03-08', 3.5),
          point('2026-W12', '2026-03-16', '2026-03-22', 4),
        ],
      },
      {
        points: [
          point('2026-W11', '2026-03-09', '2026-03-15', 2),
          point('2026-W10', '2026-03-02', '2026-03-08', 5),
        ],
      },
    ]);
    expect(rows).to.deep.equal([
      { period: '2026-W10', start: '2026-03-02', end: '2026-03-08', values: [3.5, 5] },
      { period: '2026-W11', start: '2026-03-09', end: '2026-03-15', values: [null, 2] },
      { period: '2026-W12', start: '2026-03-16', end: '2026-03-22', values: [4, null] },
    ]);
  });

  it('keeps periods of different cadences apart: a month is its own row, never copied into its weeks', () => {
    const rows = periodRowsOf([
      { points: [point('2026-W23', '2026-06-01', '2026-06-07', 3)] },
      { points: [point('2026-06', '2026-06-01', '2026-06-30', 4.25)] },
    ]);
    expect(rows.map((r) => [r.period, ...r.values])).to.deep.equal([
      ['2026-06', null, 4.25],
      ['2026-W23', 3, null],
    ]);
  });

  it("reads core's aggregation as it is: the weekly means and the monthly mean over raters", () => {
    const data = progress([
      weekly('2026-03-04', { initiative: 3 }, 'mentor-a'),
      weekly('2026-03-06', { initiative: 4 }, 'mentor-b'),
      weekly('2026-03-18', { initiative: 2 }, 'mentor-a'),
      monthly('2026-03-20', { persistence: 4, independence: 3, direction: 3 }),
      monthly('2026-03-25', { persistence: 5, independence: null, direction: 2 }, 'company'),
    ]);
    const aggregation = aggregate(data);
    const rows = periodRowsOf([
      seriesOf(aggregation, 'initiative')!,
      seriesOf(aggregation, 'monthly-determination.persistence')!,
    ]);
    // W10: (3 + 4) / 2 = 3.5; W12: 2. March: persistence (4 + 5) / 2 = 4.5, over both raters.
    expect(rows.map((r) => [r.period, ...r.values])).to.deep.equal([
      ['2026-03', null, 4.5],
      ['2026-W10', 3.5, null],
      ['2026-W12', 2, null],
    ]);
  });
});

describe('csvOf(rows, format)', () => {
  const rows = [
    ['Periode', 'Initiativ', 'Vedholdenhed'],
    ['uge 10, 2026', 3.5, null],
    ['uge 11, 2026', 10 / 3, 4],
  ];

  it('writes Danish CSV: ; between cells, a decimal comma, a quoted cell where it holds the separator', () => {
    expect(csvOf(rows, { separator: ';', decimalMark: ',' })).to.equal(
      'Periode;Initiativ;Vedholdenhed\r\nuge 10, 2026;3,5;\r\nuge 11, 2026;3,333333333;4',
    );
  });

  it('writes English CSV: , between cells and a decimal point, quoting the periods with a comma', () => {
    expect(csvOf(rows, { separator: ',', decimalMark: '.' })).to.equal(
      'Periode,Initiativ,Vedholdenhed\r\n"uge 10, 2026",3.5,\r\n"uge 11, 2026",3.333333333,4',
    );
  });

  it('keeps every digit core gave a value, so reading it back gives the same number', () => {
    const value = Math.round((11 / 3) * 1e9) / 1e9;
    const text = csvOf([[value]], { separator: ';', decimalMark: ',' });
    expect(Number(text.replace(',', '.'))).to.equal(value);
  });

  it('keeps host text as text: quotes doubled, and a formula-like start defused', () => {
    const text = csvOf([['Say "hi"', '=HYPERLINK("x")', '-2+3', 'line\nbreak']], {
      separator: ',',
      decimalMark: '.',
    });
    expect(text).to.equal('"Say ""hi""","\'=HYPERLINK(""x"")",\'-2+3,"line\nbreak"');
  });
});
