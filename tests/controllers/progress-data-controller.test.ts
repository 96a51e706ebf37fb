// ProgressDataController: an element's data validated, the audience applied and aggregated once per
// change of input; invalid data never reaches a chart, and the host hears of it once per input.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ProgressDataController, progressResultOf } from '../../src/controllers/progress-data-controller.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import type { InvalidDataIssue } from '../../src/events/index.js';

const [simon] = samplePersonas as [ProgressData];

/** A throwaway host: data, locale and audience as properties, and the events it fired. */
class DataHost extends LitElement {
  static override properties = { data: { attribute: false }, locale: {}, audience: {} };
  data: unknown = undefined;
  locale = 'en';
  audience: unknown = 'counsellor';
  readonly reports: Array<ReadonlyArray<InvalidDataIssue>> = [];
  readonly progress = new ProgressDataController(this, {
    data: () => this.data,
    locale: () => this.locale,
    audience: () => this.audience,
  });
  constructor() {
    super();
    this.addEventListener('spor-invalid-data', (event) =>
      this.reports.push((event as CustomEvent<{ issues: ReadonlyArray<InvalidDataIssue> }>).detail.issues),
    );
  }
}
customElements.define('data-host', DataHost);

const host = () => fixture<DataHost>(html`<data-host></data-host>`);

describe('ProgressDataController', () => {
  it('without data: ready, with an empty model, and nothing reported', async () => {
    const el = await host();
    const result = el.progress.result;
    expect(result.status).to.equal('ready');
    expect(result.status === 'ready' && result.model.aggregation).to.equal(undefined);
    expect(el.reports).to.deep.equal([]);
  });

  it('with invalid data: the issues, and one spor-invalid-data per new data object, not per render', async () => {
    const el = await host();
    el.data = { schemaVersion: 1, participant: { id: 'p' } };
    await el.updateComplete;
    const result = el.progress.result;
    expect(result.status).to.equal('invalid');
    const paths = result.status === 'invalid' ? result.issues.map((issue) => issue.path.join('.')) : [];
    expect(paths).to.include('participant.displayName');
    expect(el.reports).to.have.length(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.reports, 'the same data, drawn again').to.have.length(1);
    el.data = { schemaVersion: 1, participant: { id: 'p' } };
    await el.updateComplete;
    expect(el.reports, 'a new object that is as wrong').to.have.length(2);
  });

  it('with valid data: the model of what this audience may see, the same for every element that shows it', async () => {
    const el = await host();
    el.data = simon;
    await el.updateComplete;
    const result = el.progress.result;
    expect(result.status).to.equal('ready');
    const model = result.status === 'ready' ? result.model : undefined;
    expect(model?.participantName).to.equal('Simon');
    expect(model?.audience).to.equal('counsellor');
    // Another element with the same inputs gets the very same model (validated and aggregated once).
    expect(progressResultOf(simon, 'en', 'counsellor', false)).to.equal(result);
    expect(progressResultOf(simon, 'da', 'counsellor', false)).not.to.equal(result);
    expect(el.reports).to.deep.equal([]);
  });

  it('reads an unknown audience as a company (fails closed) and reports it once', async () => {
    const el = await host();
    el.data = simon;
    el.audience = 'everyone';
    await el.updateComplete;
    expect(el.progress.audience).to.equal('company');
    const result = el.progress.result;
    expect(result.status === 'ready' && result.model.audience).to.equal('company');
    expect(el.progress.audienceIssue?.path).to.deep.equal(['audience']);
    expect(el.reports).to.have.length(1);
    expect(el.reports[0]!.map((issue) => issue.path)).to.deep.equal([['audience']]);
    el.locale = 'da';
    await el.updateComplete;
    expect(el.reports, 'the same audience in another language').to.have.length(1);
  });
});
