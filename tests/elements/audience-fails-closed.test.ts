// An attack on the audience: a host that spells `audience` any way but the three exact values
// (`Company`, `virksomhed`, `employer`, a stray space) must never see more than a company does, and
// is told (`spor-invalid-data`, in the element's language). Each element is mounted with a wrong
// value and its whole text (nested shadow roots and labels too) is compared with what the same
// element shows to `company`, which differs from what it shows to a counsellor.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import type { SporInvalidDataEvent } from '../../src/events/index.js';
import { toCSV } from '../../src/export/index.js';
import { deepElements, settle } from '../safety/inspect.js';

const simon = samplePersonas[0] as ProgressData;

/**
 * Everything a person can read or a screen reader can say, through every shadow root, but for the
 * notice that names the unknown audience (looked at on its own).
 */
function deepText(el: Element): string {
  const parts: string[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node instanceof Element && !node.matches('[part~="input-notice"]')) {
        for (const name of ['aria-label', 'title', 'alt', 'aria-description']) {
          const value = node.getAttribute(name);
          if (value) parts.push(value);
        }
        if (node.shadowRoot) visit(node.shadowRoot);
        visit(node);
      }
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const seriesIds = (el: Element) =>
  [...deepElements(el)].map((node) => node.getAttribute('data-series')).filter((id) => id !== null);

interface Case {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Something only a counsellor (or a conversation) may see, looked for by name. */
  readonly secret?: (el: Element) => boolean;
}

const counsellorLines = (el: Element) => seriesIds(el).some((id) => id.endsWith('@counsellor'));

// Each shows the counsellors' monthly ratings to a counsellor (in its lines, means or words), so
// what a company sees differs from what a counsellor sees.
const cases: ReadonlyArray<Case> = [
  {
    tag: 'spor-trend-chart',
    attributes: { series: 'determination', 'split-raters': '' },
    secret: counsellorLines,
  },
  { tag: 'spor-data-table', attributes: { series: 'determination' } },
  { tag: 'spor-dimension-summary', attributes: {} },
  { tag: 'spor-conversation-guide', attributes: { date: '2026-11-06' } },
];

async function mount(tag: string, attributes: Readonly<Record<string, string>>, audience: unknown) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px"></div>`);
  const issues: SporInvalidDataEvent[] = [];
  wrapper.addEventListener('spor-invalid-data', (event) => issues.push(event as SporInvalidDataEvent));
  const el = document.createElement(tag) as HTMLElement & {
    audience: unknown;
    data: unknown;
    locale: string;
  };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.locale = 'da';
  el.data = simon;
  el.audience = audience;
  wrapper.append(el);
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle(el);
  return { el, issues };
}

const wrongValues: ReadonlyArray<unknown> = [
  'Company',
  'virksomhed',
  'employer',
  'Counsellor',
  'COUNSELLOR',
  ' counsellor',
  'counsellor ',
  '',
  'constructor',
  42,
  { toString: () => 'counsellor' },
];

describe('audience fails closed', () => {
  for (const { tag, attributes, secret } of cases) {
    const name = `<${tag}${Object.keys(attributes)
      .map((a) => ` ${a}`)
      .join('')}>`;

    it(`${name}: a counsellor sees more than a company`, async () => {
      const counsellor = await mount(tag, attributes, 'counsellor');
      const company = await mount(tag, attributes, 'company');
      expect(deepText(counsellor.el)).not.to.equal(deepText(company.el));
      if (secret) {
        expect(secret(counsellor.el), 'counsellor').to.equal(true);
        expect(secret(company.el), 'company').to.equal(false);
      }
      expect(company.issues).to.have.length(0);
      await expect(company.el).to.be.accessible();
    });

    it(`${name}: an unknown audience shows exactly what a company sees, and is reported`, async () => {
      const company = deepText((await mount(tag, attributes, 'company')).el);
      for (const audience of wrongValues) {
        const { el, issues } = await mount(tag, attributes, audience);
        const label = JSON.stringify(String(audience));
        if (secret) expect(secret(el), label).to.equal(false);
        expect(deepText(el), label).to.equal(company);
        expect(issues.length, label).to.be.greaterThan(0);
        const issue = issues[0]!.detail.issues[0]!;
        expect(issue.path, label).to.deep.equal(['audience']);
        expect(issue.message, label).to.contain('kendes ikke');
        expect(issue.message, label).to.contain('Der vises kun det, en virksomhed må se.');
        // Said on the element too, once (its charts and guide are given the company's view).
        const notices = [...deepElements(el)].filter((node) => node.matches('[part~="input-notice"]'));
        expect(
          notices.map((notice) => notice.textContent),
          label,
        ).to.deep.equal([issue.message]);
        if (audience === wrongValues[0]) await expect(el).to.be.accessible();
      }
    });
  }

  it('the message is in the element’s language, and is said once per value set', async () => {
    const { el, issues } = await mount('spor-dimension-summary', {}, 'Company');
    expect(issues).to.have.length(1);
    expect(issues[0]!.detail.issues[0]!.message).to.contain('Målgruppen');
    (el as HTMLElement & { locale: string }).locale = 'en';
    (el as HTMLElement & { data: unknown }).data = structuredClone(simon);
    await settle(el);
    // New data, same wrong audience: nothing new to say about the audience.
    expect(issues).to.have.length(1);
    (el as HTMLElement & { audience: unknown }).audience = 'Employer';
    await settle(el);
    expect(issues).to.have.length(2);
    expect(issues[1]!.detail.issues[0]!.message).to.equal(
      'The audience Employer is not known (use conversation, company, counsellor, young-person). Only what a company may see is shown.',
    );
    (el as HTMLElement & { audience: unknown }).audience = 'counsellor';
    await settle(el);
    expect(issues).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('a conversation view with an unknown audience gives its charts and guide the company’s view', async () => {
    const { el } = await mount('spor-progress-conversation', { date: '2026-11-06' }, 'Counsellor');
    const children = [...deepElements(el)].filter((node) => node.localName.startsWith('spor-'));
    expect(children.length).to.be.greaterThan(1);
    for (const child of children) {
      expect(child.getAttribute('audience'), child.localName).to.be.oneOf([null, 'company']);
    }
    await expect(el).to.be.accessible();
  });

  it('an export for an unknown audience holds what a company may see', () => {
    const csv = (audience: unknown) =>
      toCSV(simon, { series: 'determination', locale: 'da', audience: audience as 'company' });
    expect(csv('counsellor')).not.to.equal(csv('company'));
    for (const audience of wrongValues) expect(csv(audience), String(audience)).to.equal(csv('company'));
  });
});
