import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { toCSV, toPNG, toSVG } from '../../src/export/index.js';
import {
  aggregate,
  parseProgressData,
  samplePersonas,
  seriesOf,
  type ProgressData,
} from '../../src/core/index.js';
import type { SporExportEvent } from '../../src/events/index.js';
import { mountSized } from '../elements/mount.js';
import { readCsv } from './read-csv.js';

const [simon] = samplePersonas as [ProgressData];
const chart = (tag: string, attributes: Record<string, string> = {}, width = 640) =>
  mountSized(tag, simon, width, attributes);

/** The `d` of every path a person sees in the element's drawings and its key. */
function drawnPaths(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.toolbar svg path, .plot svg path')]
    .filter((path) => {
      const svg = path.ownerSVGElement!;
      const box = svg.getBoundingClientRect();
      return box.width >= 2 && box.height >= 2 && getComputedStyle(path).display !== 'none';
    })
    .map((path) => path.getAttribute('d') ?? '')
    .sort();
}

function parsed(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc;
}

describe('toSVG(element)', () => {
  for (const [tag, attributes] of [
    ['spor-trend-chart', {}],
    ['spor-trend-chart', { series: 'traits' }],
    ['spor-trait-star', {}],
  ] as const) {
    it(`<${tag} ${JSON.stringify(attributes)}>: a standalone SVG with the same paths, every colour resolved, fonts named`, async () => {
      const el = await chart(tag, attributes);
      const events: SporExportEvent[] = [];
      el.addEventListener('spor-export', (e) => events.push(e));
      const text = toSVG(el);
      const doc = parsed(text);
      const root = doc.documentElement;
      expect(root.localName).to.equal('svg');
      expect(Number(root.getAttribute('width'))).to.be.greaterThan(200);
      expect(root.getAttribute('font-family')).to.match(/sans-serif/);
      const paths = [...doc.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '').sort();
      expect(paths.length).to.be.greaterThan(3);
      expect(paths).to.deep.equal(drawnPaths(el));
      expect(text, 'no custom property left').not.to.contain('var(');
      expect(text, 'no stylesheet needed').not.to.match(/<style|\sstyle="/);
      expect(text).not.to.contain('<!--');
      for (const path of doc.querySelectorAll('path'))
        expect(path.getAttribute('stroke') ?? path.getAttribute('fill'), 'a resolved paint').to.match(
          /^(rgb|none|#)/,
        );
      expect(doc.querySelector('text')?.textContent, 'the title on top').to.contain('Simon');
      const words = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(words, 'the words beside the drawing too').to.contain(
        tag === 'spor-trait-star' ? 'Nu' : 'Beslutsomhed',
      );
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.include({
        format: 'svg',
        audience: 'conversation',
        participantId: 'simon',
      });
      expect(events[0]!.detail.includesSelfReport).to.equal(false);
    });
  }

  it('throws a clear error for an element that shows no drawing', async () => {
    const el = await chart('spor-data-table');
    expect(() => toSVG(el)).to.throw('no drawing');
  });
});

describe('toPNG(element, { scale })', () => {
  it('decodes to the drawing’s size times the scale, and says so in spor-export', async () => {
    const el = await chart('spor-trait-star');
    const size = parsed(toSVG(el)).documentElement;
    const width = Number(size.getAttribute('width'));
    const height = Number(size.getAttribute('height'));
    setTimeout(() => void toPNG(el, { scale: 3 }).then(check));
    let blob: Blob | undefined;
    const check = (b: Blob) => (blob = b);
    const event = (await oneEvent(el, 'spor-export')) as SporExportEvent;
    expect(event.detail.format).to.equal('png');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blob?.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob!);
    expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(width * 3), Math.round(height * 3)]);
    const two = await createImageBitmap(await toPNG(el));
    expect(two.width, 'scale 2 by default').to.equal(Math.round(width * 2));
  });
});

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

describe('the exportable attribute', () => {
  const exportButtons = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.export')].map((b) => b.textContent?.trim());

  it('offers no export by default: the data is personal', async () => {
    for (const tag of ['spor-trend-chart', 'spor-trait-star', 'spor-data-table'])
      expect(exportButtons(await chart(tag)), tag).to.deep.equal([]);
  });

  it('offers SVG, PNG and CSV among a chart’s actions, 44 px targets, and a CSV export fires spor-export', async () => {
    const el = await chart('spor-trend-chart', { exportable: '', series: 'traits' });
    (el.shadowRoot!.querySelector('.actions-toggle') as HTMLElement).click();
    await el.updateComplete;
    expect(exportButtons(el)).to.deep.equal(['Gem som SVG', 'Gem som PNG', 'Gem tal som CSV']);
    for (const button of el.shadowRoot!.querySelectorAll('.export')) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(44);
    }
    await expect(el).to.be.accessible();
    setTimeout(() => el.shadowRoot!.querySelectorAll<HTMLElement>('.export')[2]!.click());
    const event = (await oneEvent(el, 'spor-export')) as SporExportEvent;
    expect(event.detail.format).to.equal('csv');
    expect(event.detail.series).to.deep.equal([
      'initiative',
      'persistence',
      'curiosity',
      'cooperation',
      'social',
      'responsibility',
    ]);
    setTimeout(() => el.shadowRoot!.querySelectorAll<HTMLElement>('.export')[0]!.click());
    expect(((await oneEvent(el, 'spor-export')) as SporExportEvent).detail.format).to.equal('svg');
  });

  it('offers the table’s numbers as CSV', async () => {
    const el = await chart('spor-data-table', { exportable: '' });
    expect(exportButtons(el)).to.deep.equal(['Gem tal som CSV']);
    await expect(el).to.be.accessible();
    setTimeout(() => el.shadowRoot!.querySelector<HTMLElement>('.export')!.click());
    const event = (await oneEvent(el, 'spor-export')) as SporExportEvent;
    expect(event.detail).to.deep.include({ format: 'csv', audience: 'conversation' });
  });
});
