import { expect } from '@open-wc/testing';
import { toCSV } from '../../src/export/to-csv.js';
import {
  aggregate,
  parseProgressData,
  samplePersonas,
  seriesOf,
  type ProgressData,
} from '../../src/core/index.js';
import type { SporExportEvent } from '../../src/events/index.js';
import { readCsv } from './read-csv.js';

const [simon] = samplePersonas as [ProgressData];

describe('toCSV(data, { series, locale })', () => {
  const aggregation = aggregate((parseProgressData(simon) as { ok: true; data: ProgressData }).data);

  it('gives the aggregation’s numbers back, one row per period, in Danish ; and , with Danish headers', () => {
    const text = toCSV(simon, { series: 'traits', locale: 'da' });
    const [head, ...rows] = readCsv(text, ';');
    expect(head).to.deep.equal([
      'Periode',
      'Fra',
      'Til',
      'Initiativ',
      'Vedholdenhed',
      'Nysgerrighed',
      'Samarbejdsevner',
      'Sociale egenskaber',
      'Ansvarsbevidsthed',
    ]);
    const traits = ['initiative', 'persistence', 'curiosity', 'cooperation', 'social', 'responsibility'];
    const periods = new Set(traits.flatMap((id) => seriesOf(aggregation, id)!.points.map((p) => p.period)));
    expect(rows, 'one row per period with a value in any trait').to.have.length(periods.size);
    traits.forEach((id, column) => {
      for (const point of seriesOf(aggregation, id)!.points) {
        const row = rows.find((r) => r[1] === point.start && r[2] === point.end);
        expect(Number(row?.[3 + column]?.replace(',', '.')), `${id} ${point.period}`).to.equal(point.value);
      }
    });
    expect(rows[0]![0]).to.match(/^uge \d+, \d{4}$/);
    expect(text).to.contain(',');
  });

  it('writes English with , and a decimal point, and takes a list of ids', () => {
    const text = toCSV(simon, {
      series: ['punctuality', 'weekly-company.punctuality', 'determination'],
      locale: 'en',
    });
    const [head, ...rows] = readCsv(text, ',');
    expect(head).to.deep.equal(['Period', 'From', 'To', 'Punctuality', 'Determination']);
    const monthly = seriesOf(aggregation, 'determination')!.points;
    const months = rows.filter((row) => /^\d{4}-\d{2}-01$/.test(row[1]!) && row[4] !== '');
    expect(months.map((row) => Number(row[4]))).to.deep.equal(monthly.map((p) => p.value));
  });

  it('leaves out what the audience may not see, and fires spor-export with what was exported', async () => {
    const target = new EventTarget();
    const events: SporExportEvent[] = [];
    target.addEventListener('spor-export', (e) => events.push(e as SporExportEvent));
    const [conversation] = readCsv(toCSV(simon, { target }), ';');
    expect(conversation).to.deep.equal(['Periode', 'Fra', 'Til', 'Arbejdsegnethed', 'Beslutsomhed']);
    const [counsellor] = readCsv(toCSV(simon, { audience: 'counsellor', target }), ';');
    expect(counsellor).to.include('Modstandskraft');
    expect(
      events.map((e) => [e.detail.format, e.detail.includesSelfReport, e.detail.series.length]),
    ).to.deep.equal([
      ['csv', false, 2],
      ['csv', true, 3],
    ]);
  });

  it('throws the data’s issues, in the chosen language, for invalid data', () => {
    expect(() => toCSV({ schemaVersion: 2 }, { locale: 'en' })).to.throw(/schemaVersion/);
  });
});
