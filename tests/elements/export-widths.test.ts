// Every element that offers an export exports at every width a portal gives it: a phone, a
// tablet's column, a desktop. Each export runs as a person starts it (the element's own button),
// and the file it saves is read back.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import {
  cohortOutcomes,
  nextworkFramework,
  samplePersonas,
  syntheticCohort,
  type ProgressData,
} from '../../src/core/index.js';
import { readCsv } from '../export/read-csv.js';
import { mountSized, type Updating } from './mount.js';

const [simon] = samplePersonas as [ProgressData];
const widths = [280, 320, 360, 768, 1280];

/** Simon with the first trait's label 80 characters long, without a space. */
function longLabel(): unknown {
  const framework = structuredClone(nextworkFramework) as unknown as {
    traits: Array<{ label: Record<string, string> }>;
  };
  framework.traits[0]!.label = { da: 'Initiativ'.repeat(9).slice(0, 80), en: 'Initiative'.repeat(8) };
  return { ...simon, framework };
}

interface Kind {
  readonly name: string;
  readonly tag: string;
  readonly attributes?: Record<string, string>;
  readonly data?: () => unknown;
  readonly properties?: () => Record<string, unknown>;
  /** What it must offer; an element without offers nothing yet, and is checked for what it may offer. */
  readonly offers?: ReadonlyArray<'svg' | 'png' | 'csv'>;
}

const all = ['svg', 'png', 'csv'] as const;

/** Every element a host can ask to export (`exportable`), in the ways it draws differently. */
const kinds: ReadonlyArray<Kind> = [
  { name: 'trend chart', tag: 'spor-trend-chart', offers: all },
  { name: 'trend chart, traits', tag: 'spor-trend-chart', attributes: { series: 'traits' }, offers: all },
  {
    name: 'trend chart, split raters',
    tag: 'spor-trend-chart',
    attributes: { 'split-raters': '' },
    offers: all,
  },
  { name: 'trait star', tag: 'spor-trait-star', offers: all },
  { name: 'trait star, slopes', tag: 'spor-trait-star', attributes: { variant: 'slopes' }, offers: all },
  { name: 'trait star, an 80-character label', tag: 'spor-trait-star', data: longLabel, offers: all },
  { name: 'week hours', tag: 'spor-week-hours', offers: all },
  { name: 'data table', tag: 'spor-data-table', offers: ['csv'] },
  { name: 'dimension summary', tag: 'spor-dimension-summary' },
  { name: 'follow-up plan', tag: 'spor-follow-up-plan', attributes: { today: '2026-04-30' } },
  {
    name: 'cohort outcomes',
    tag: 'spor-cohort-outcomes',
    data: () => null,
    properties: () => ({
      outcomes: cohortOutcomes(
        syntheticCohort({ size: 60, from: '2025-01-01', to: '2026-06-30', asOf: '2026-11-30' }),
        { period: '2026-H1', today: '2026-11-30' },
      ),
    }),
  },
];

/** The files the page saves, caught where it hands them to the browser as a download. */
const saved: Array<{ name: string; blob: Blob }> = [];
const createObjectURL = URL.createObjectURL.bind(URL);
const click = HTMLAnchorElement.prototype.click;
const blobs = new Map<string, Blob>();
const errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

before(() => {
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) saved.push({ name: this.download, blob });
    else click.call(this);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  URL.createObjectURL = createObjectURL;
  HTMLAnchorElement.prototype.click = click;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

async function mount(kind: Kind, width: number): Promise<Updating> {
  const data = kind.data ? kind.data() : simon;
  const el = await mountSized(kind.tag, data, width, { ...kind.attributes, exportable: '' });
  if (kind.properties) {
    Object.assign(el, kind.properties());
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions-toggle');
  if (toggle) {
    toggle.click();
    await el.updateComplete;
  }
  return el;
}

const formatOf: Record<string, 'svg' | 'png' | 'csv'> = {
  'Gem som SVG': 'svg',
  'Gem som PNG': 'png',
  'Gem tal som CSV': 'csv',
};

/** The file the button saves, within five seconds. */
async function savedBy(button: HTMLElement): Promise<{ name: string; blob: Blob }> {
  const count = saved.length;
  const events: Event[] = [];
  const host = (button.getRootNode() as ShadowRoot).host;
  const listen = (event: Event) => events.push(event);
  host.addEventListener('spor-export', listen);
  button.click();
  for (let waited = 0; saved.length === count && waited < 5000; waited += 20)
    await new Promise((resolve) => setTimeout(resolve, 20));
  host.removeEventListener('spor-export', listen);
  expect(saved.length, 'a file saved').to.equal(count + 1);
  expect(events, 'spor-export fired').to.have.length(1);
  return saved[count]!;
}

async function expectValid(format: 'svg' | 'png' | 'csv', file: { name: string; blob: Blob }, what: string) {
  expect(file.name, what).to.match(new RegExp(`\\.${format}$`));
  if (format === 'svg') {
    const text = await file.blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror'), `${what}: well-formed`).to.equal(null);
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(Number(root.getAttribute('width')), `${what}: width`).to.be.greaterThan(100);
    expect(Number(root.getAttribute('height')), `${what}: height`).to.be.greaterThan(50);
    expect(doc.querySelectorAll('text').length, `${what}: the words`).to.be.greaterThan(2);
    // No script, no active markup.
    expect(doc.querySelectorAll('script, foreignObject, a, iframe, use[href^="http"]').length, what).to.equal(
      0,
    );
    const attributes = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes]);
    expect(
      attributes.filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)),
      what,
    ).to.deep.equal([]);
  } else if (format === 'png') {
    expect(file.blob.type, what).to.equal('image/png');
    const bitmap = await createImageBitmap(file.blob);
    expect(bitmap.width, `${what}: width`).to.be.greaterThan(100);
    expect(bitmap.height, `${what}: height`).to.be.greaterThan(50);
  } else {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], `${what}: a byte order mark`).to.deep.equal([0xef, 0xbb, 0xbf]);
    // Decoding drops the byte order mark.
    const text = await file.blob.text();
    const [head, ...rows] = readCsv(text, ';');
    expect(head!.length, `${what}: columns`).to.be.at.least(2);
    expect(rows.length, `${what}: rows`).to.be.greaterThan(0);
    for (const row of rows) expect(row, `${what}: a whole row`).to.have.length(head!.length);
  }
}

describe('every export at every width', () => {
  expect(kinds.filter((kind) => kind.offers).length, 'the charts and the table').to.equal(8);

  for (const kind of kinds) {
    const offers = kind.offers ? kind.offers.join(', ').toUpperCase() : 'what it may offer';
    it(`${kind.name}: ${offers} at ${widths.join(', ')} px`, async () => {
      for (const width of widths) {
        const el = await mount(kind, width);
        const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.export')];
        const formats = buttons.map((button) => formatOf[button.textContent!.trim()]);
        if (kind.offers) expect(formats, `${kind.name} at ${width} px offers`).to.deep.equal(kind.offers);
        for (const [i, button] of buttons.entries()) {
          const format = formats[i];
          const what = `${kind.name} at ${width} px, ${format}`;
          expect(format, `${what}: a known export`).to.be.a('string');
          await expectValid(format!, await savedBy(button), what);
          expect(el.shadowRoot!.textContent, `${what}: no failure said`).not.to.contain(
            'Filen kunne ikke laves',
          );
        }
        expect(errors, `${kind.name} at ${width} px: no exception`).to.deep.equal([]);
        if (width === 360) await expect(el).to.be.accessible();
        el.parentElement!.remove();
      }
    });
  }
});
