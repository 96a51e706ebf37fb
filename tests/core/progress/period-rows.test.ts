import { expect } from '@open-wc/testing';
import { aggregate, csvOf, periodRowsOf, seriesOf } from '../../../src/core/index.js';
import { readCsv } from '../../export/read-csv.js';
import { monthly, progress, weekly } from '../fixtures.js';

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

  it('writes Danish CSV: ; between cells, a decimal comma, a quoted cell where it holds either separator', () => {
    // "uge 10, 2026" and "3,5" hold a comma: quoted, so a program that splits on , reads them whole too.
    expect(csvOf(rows, { separator: ';', decimalMark: ',' })).to.equal(
      'Periode;Initiativ;Vedholdenhed\r\n"uge 10, 2026";"3,5";\r\n"uge 11, 2026";"3,333333333";4',
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
    expect(Number(readCsv(text, ';')[0]![0]!.replace(',', '.'))).to.equal(value);
  });

  it('keeps host text as text: quotes doubled, and a formula-like start defused', () => {
    const text = csvOf([['Say "hi"', '=HYPERLINK("x")', '-2+3', 'line\nbreak']], {
      separator: ',',
      decimalMark: '.',
    });
    expect(text).to.equal('"Say ""hi""","\'=HYPERLINK(""x"")",\'-2+3,"line\nbreak"');
  });

  // The probe's cases: a cell a spreadsheet reads as a formula when it splits on the other
  // separator (or at a line break), skips leading white space, or folds full-width forms to = + - @.
  const hostile = [
    'a,=1+1',
    'a;=1+1',
    'a, -1',
    '\t=1+1',
    ' =1+1',
    '\n=1+1',
    '\r\n@SUM(A1)',
    'x\n=1',
    '\u00a0\u3000+1',
    '\u200b-1',
    '\uff1d1+1',
    '\uff0b1',
    '\uff0d1',
    '\uff20SUM(A1)',
    ' \uff1d1',
    'x\ty',
    '\tplain',
    'Simon',
  ];

  it('quotes a cell that holds either separator, a quote, a line break or a tab, and defuses every start, in Danish', () => {
    expect(csvOf([hostile], { separator: ';', decimalMark: ',' })).to.equal(
      [
        `"a,'=1+1"`,
        `"a;'=1+1"`,
        `"a, '-1"`,
        `"\t'=1+1"`,
        ` '=1+1`,
        `"\n'=1+1"`,
        `"\r\n'@SUM(A1)"`,
        `"x\n'=1"`,
        `\u00a0\u3000'+1`,
        `\u200b'-1`,
        `'\uff1d1+1`,
        `'\uff0b1`,
        `'\uff0d1`,
        `'\uff20SUM(A1)`,
        ` '\uff1d1`,
        `"x\ty"`,
        `"\tplain"`,
        `Simon`,
      ].join(';'),
    );
  });

  it('quotes the same cells in English, where , is the separator and ; is not', () => {
    expect(csvOf([['a;=1+1', 'a,b', ' =1', 'Simon', 2.5]], { separator: ',', decimalMark: '.' })).to.equal(
      `"a;'=1+1","a,b", '=1,Simon,2.5`,
    );
    expect(csvOf([[2.5, -1.25]], { separator: ';', decimalMark: ',' }), 'a number is never guarded').to.equal(
      '"2,5";"-1,25"',
    );
  });

  it('reads back the same cells, and no cell starts a formula whichever separator a spreadsheet splits on', () => {
    const formula = /^[=+\-@\uff1d\uff0b\uff0d\uff20\ufe62\ufe63\ufe66\ufe6b\u2212]/u;
    const trimmed = (cell: string) => cell.replace(/^[\s\p{Cc}\p{Cf}]+/u, '');
    const spaces = [
      '',
      ' ',
      '\t',
      '\r',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u200b',
      '\u202e',
      '"',
    ];
    const starts = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\u2212'];
    const cells = spaces.flatMap((space) =>
      starts.flatMap((start) => [
        `${space}${start}1+1`,
        `a,${space}${start}1`,
        `a;${space}${start}1`,
        `a\n${space}${start}1`,
      ]),
    );
    expect(cells).to.have.length(spaces.length * starts.length * 4);
    for (const format of [
      { separator: ';', decimalMark: ',' },
      { separator: ',', decimalMark: '.' },
    ] as const) {
      const text = csvOf([cells, [1.5, ...cells]], format);
      const own = readCsv(text, format.separator);
      expect(own, `${format.separator}: two rows`).to.have.length(2);
      // The cells as they were, less the guard's apostrophes: nothing else changed.
      expect(own[0]!.map((cell) => cell.replaceAll("'", ''))).to.deep.equal(cells);
      expect(own[1]!.slice(1).map((cell) => cell.replaceAll("'", ''))).to.deep.equal(cells);
      // A spreadsheet that splits on the other separator, or at every line break.
      const lines = text.split(/\r\n|[\r\n]/);
      const readings = [';', ','].flatMap((separator) => [
        { how: `split on ${separator}`, cells: readCsv(text, separator).flat() },
        {
          how: `lines split on ${separator}`,
          cells: lines.flatMap((line) => readCsv(line, separator).flat()),
        },
      ]);
      for (const { how, cells: read } of readings) {
        expect(read.length, how).to.be.greaterThan(1);
        for (const cell of read)
          expect(
            formula.test(trimmed(cell)),
            `${format.separator} file, ${how}: ${JSON.stringify(cell)}`,
          ).to.equal(false);
      }
    }
  });
});
