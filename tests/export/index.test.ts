import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import * as exportEntry from '../../src/export/index.js';
import { toCSV } from '../../src/export/to-csv.js';
import { saveFile, toPNG, toSVG } from '../../src/export/to-svg.js';
import type { SporExportEvent } from '../../src/events/index.js';
import { mountSized } from '../elements/mount.js';

const [simon] = samplePersonas as [ProgressData];
const chart = (tag: string, attributes: Record<string, string> = {}, width = 640) =>
  mountSized(tag, simon, width, attributes);

describe('the export entry', () => {
  it('gives the very functions of to-csv.ts and to-svg.ts, and nothing else', () => {
    // Types are gone at run time: the entry's values are these four functions.
    expect(Object.keys(exportEntry).sort()).to.deep.equal(['saveFile', 'toCSV', 'toPNG', 'toSVG']);
    expect(exportEntry.toCSV).to.equal(toCSV);
    expect(exportEntry.toSVG).to.equal(toSVG);
    expect(exportEntry.toPNG).to.equal(toPNG);
    expect(exportEntry.saveFile).to.equal(saveFile);
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
