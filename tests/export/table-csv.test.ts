import { expect } from '@open-wc/testing';
import { announceContent, chartTableCSV, type ChartTable } from '../../src/export/table-csv.js';
import type { SporExportEvent } from '../../src/events/index.js';

/** Every `spor-export` that `target` hears from now on. */
function listen(target: EventTarget): SporExportEvent[] {
  const events: SporExportEvent[] = [];
  target.addEventListener('spor-export', (e) => events.push(e as SporExportEvent));
  return events;
}

/** A tiny table: host text that looks like formulas, a separator, a quote, and the kit's numbers. */
const rows: ChartTable['rows'] = [
  ['Aktivitet', 'Timer'],
  ['Praktik', 12.5],
  ['=SUM(1)', 3],
  ['+a', null],
  ['-1', -1],
  ['@c', 0.1],
  ['a;b', 1],
  ['x;=2', 2],
  ['sagde "hej"', 2],
];

describe('chartTableCSV(table, { audience, data, target })', () => {
  it('writes the Danish table as CSV: ; between cells, decimal commas quoted, every formula start guarded', () => {
    const table: ChartTable = {
      rows,
      series: ['Praktik', 'Skole'],
      format: { separator: ';', decimalMark: ',' },
      includesSelfReport: false,
    };
    const text = chartTableCSV(table, { audience: 'counsellor', data: {}, target: new EventTarget() });
    // By hand: 12.5 is "12,5", which holds a comma, so it is quoted (a spreadsheet guessing `,`
    // reads it whole); the text -1 gets a ' and the number -1 (the kit's) does not; "x;=2" is
    // quoted for its ; and guarded after it; quotes are doubled; null is an empty cell.
    expect(text).to.equal(
      [
        'Aktivitet;Timer',
        'Praktik;"12,5"',
        "'=SUM(1);3",
        "'+a;",
        "'-1;-1",
        `'@c;"0,1"`,
        '"a;b";1',
        `"x;'=2";2`,
        '"sagde ""hej""";2',
      ].join('\r\n'),
    );
    expect(text.charCodeAt(0), 'no byte order mark').to.equal('A'.charCodeAt(0));
    expect(text.endsWith('\r\n'), 'no line break after the last row').to.equal(false);
  });

  it('writes the English table with , between cells and a decimal point', () => {
    const table: ChartTable = {
      rows: rows.slice(0, 7),
      series: ['Praktik'],
      format: { separator: ',', decimalMark: '.' },
      includesSelfReport: false,
    };
    const text = chartTableCSV(table, { audience: undefined, data: null, target: new EventTarget() });
    expect(text).to.equal(
      ['Aktivitet,Timer', 'Praktik,12.5', "'=SUM(1),3", "'+a,", "'-1,-1", "'@c,0.1", '"a;b",1'].join('\r\n'),
    );
  });

  it('fires spor-export on the target with the table’s series, the audience read by core and the person', () => {
    const target = document.createElement('div');
    const events = listen(target);
    const series = ['Praktik', 'Skole'];
    chartTableCSV(
      { rows, series, format: { separator: ';', decimalMark: ',' }, includesSelfReport: true },
      { audience: 'counsellor', data: { participant: { id: 'simon' } }, target },
    );
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({
      format: 'csv',
      series: ['Praktik', 'Skole'],
      audience: 'counsellor',
      includesSelfReport: true,
      participantId: 'simon',
    });
    expect(events[0]!.detail.series, 'a copy, not the table’s own list').not.to.equal(series);
    expect([events[0]!.bubbles, events[0]!.composed]).to.deep.equal([true, true]);
  });
});

describe('announceContent(target, format, content, { audience, data })', () => {
  it('reads an unknown audience as company and data without a person as no one', () => {
    const target = new EventTarget();
    const events = listen(target);
    announceContent(
      target,
      'png',
      { series: ['Skole'], includesSelfReport: false },
      {
        audience: 'Counsellor',
        data: { participant: { id: 7 } },
      },
    );
    announceContent(target, 'svg', { series: [], includesSelfReport: false }, { audience: null, data: null });
    expect(events.map((e) => e.detail)).to.deep.equal([
      { format: 'png', series: ['Skole'], audience: 'company', includesSelfReport: false, participantId: '' },
      { format: 'svg', series: [], audience: 'conversation', includesSelfReport: false, participantId: '' },
    ]);
  });
});
