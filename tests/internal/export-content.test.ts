import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import {
  exportContent,
  exportContentOf,
  type ExportContent,
  type SaysExportContent,
} from '../../src/internal/export-content.js';

const [simon] = samplePersonas as [ProgressData];

describe('exportContent, the key an element answers on', () => {
  it('is the symbol registered as spor.exportContent, so two copies of the kit ask alike', () => {
    expect(typeof exportContent).to.equal('symbol');
    expect(exportContent).to.equal(Symbol.for('spor.exportContent'));
  });
});

describe('exportContentOf(element)', () => {
  it('asks the element, as a method of that element', () => {
    const content: ExportContent = { series: ['internship', 'teaching'], includesSelfReport: false };
    const el = document.createElement('div') as HTMLDivElement & SaysExportContent;
    const askedOf: unknown[] = [];
    el[exportContent] = function (this: unknown) {
      askedOf.push(this);
      return content;
    };
    expect(exportContentOf(el)).to.equal(content);
    expect(askedOf).to.have.length(1);
    expect(askedOf[0]).to.equal(el);
  });

  it('is undefined for an element that says nothing, answers nothing, or holds no method under the key', () => {
    expect(exportContentOf(document.createElement('div'))).to.equal(undefined);
    const silent = document.createElement('div') as HTMLDivElement & SaysExportContent;
    silent[exportContent] = () => undefined;
    expect(exportContentOf(silent)).to.equal(undefined);
    const notAMethod = document.createElement('div');
    Object.assign(notAMethod, { [exportContent]: { series: ['x'], includesSelfReport: true } });
    expect(exportContentOf(notAMethod)).to.equal(undefined);
  });

  it('hears the week hours’ activities from that element, and nothing from a chart of ratings', async () => {
    const hours = await fixture(html`<spor-week-hours .data=${simon}></spor-week-hours>`);
    await (hours as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // Simon's week hours hold internship and teaching, no self-report (as its export test says).
    expect(exportContentOf(hours)).to.deep.equal({
      series: ['internship', 'teaching'],
      includesSelfReport: false,
    });
    const trend = await fixture(html`<spor-trend-chart .data=${simon}></spor-trend-chart>`);
    expect(exportContentOf(trend)).to.equal(undefined);
  });
});
