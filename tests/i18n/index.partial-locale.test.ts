// A host's language table that is missing words (an area left undefined, a sentence gone, a word
// of the wrong kind) is not spoken: the element falls back to Danish as for an unknown language,
// and never throws mid-render into the host page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { samplePersonas } from '../../src/core/index.js';
import { da, en, registerLocale, resolveLocale, type Translation } from '../../src/i18n/index.js';
import { settle } from '../safety/inspect.js';

const simon = samplePersonas[0];

/** A copy of English with one word (at `path`) replaced by `value`. */
function englishWith(path: ReadonlyArray<string>, value: unknown): Translation {
  const copy = structuredCloneWords(en) as Record<string, unknown>;
  let area = copy;
  for (const key of path.slice(0, -1)) {
    area[key] = { ...(area[key] as Record<string, unknown>) };
    area = area[key] as Record<string, unknown>;
  }
  area[path.at(-1)!] = value;
  return copy as unknown as Translation;
}

/** A shallow copy of every area (functions cannot go through structuredClone). */
function structuredCloneWords(words: Translation): Record<string, unknown> {
  return Object.fromEntries(Object.entries(words).map(([area, table]) => [area, table]));
}

/** The first key of an area whose word is a function, found in the table rather than guessed. */
function firstSentenceOf(area: object): string {
  const key = Object.entries(area).find(([, word]) => typeof word === 'function')?.[0];
  expect(key, 'an area with a sentence').to.be.a('string');
  return key!;
}

async function mounted(markup: ReturnType<typeof html>): Promise<Element> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  try {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1024px">${markup}</div>`);
    const el = wrapper.firstElementChild!;
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve));
    await settle(el);
    expect(errors).to.deep.equal([]);
    return el;
  } finally {
    window.removeEventListener('error', onError);
  }
}

describe('a partial language table', () => {
  it('is not spoken: conversation undefined, a sentence missing, a word of the wrong kind', () => {
    registerLocale('x-partial-a', englishWith(['conversation'], undefined));
    registerLocale('x-partial-b', englishWith(['conversation', firstSentenceOf(en.conversation)], undefined));
    registerLocale('x-partial-c', englishWith(['chart'], { ...en.chart, empty: 42 }));
    registerLocale('x-partial-d', englishWith(['conversation', firstSentenceOf(en.conversation)], 'text'));
    registerLocale('x-whole', englishWith(['language'], 'Whole'));
    const everyArea = { da, en };
    for (const code of ['x-partial-a', 'x-partial-b', 'x-partial-c', 'x-partial-d']) {
      expect(resolveLocale(code, everyArea), code).to.equal('da');
    }
    expect(resolveLocale('x-whole', everyArea)).to.equal('x-whole');
  });

  it('a guide, a conversation view and a trend chart asked to speak one draw in Danish, with no exception', async () => {
    registerLocale('x-partial-e', englishWith(['conversation'], undefined));
    registerLocale('x-partial-f', englishWith(['trend', firstSentenceOf(en.trend)], undefined));
    const guide = await mounted(
      html`<spor-conversation-guide
        locale="x-partial-e"
        second-locale="x-partial-e"
        date="2026-11-06"
        .data=${simon}
      ></spor-conversation-guide>`,
    );
    expect(guide.shadowRoot!.textContent).to.contain(
      'Hvordan er visualiseringen anderledes fra sidste gang?',
    );
    await expect(guide).to.be.accessible();
    const view = await mounted(
      html`<spor-progress-conversation
        locale="x-partial-e"
        date="2026-11-06"
        .data=${simon}
      ></spor-progress-conversation>`,
    );
    expect(view.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    await expect(view).to.be.accessible();
    const chart = await mounted(
      html`<spor-trend-chart locale="x-partial-f" .data=${simon}></spor-trend-chart>`,
    );
    expect(chart.shadowRoot!.textContent).to.contain('Arbejdsegnethed');
    await expect(chart).to.be.accessible();
  });

  it('a complete table registered the same way is spoken', async () => {
    registerLocale('qaa', { ...en, language: 'Complete' });
    const chart = await mounted(html`<spor-trend-chart locale="qaa" .data=${simon}></spor-trend-chart>`);
    expect(chart.shadowRoot!.textContent).to.contain('Work readiness');
    await expect(chart).to.be.accessible();
  });

  it('a table registered under a code Intl refuses is spoken, its numbers written as in Danish, not thrown', async () => {
    registerLocale('x-complete', { ...en, language: 'Complete' });
    const chart = await mounted(
      html`<spor-trend-chart locale="x-complete" .data=${simon}></spor-trend-chart>`,
    );
    expect(chart.shadowRoot!.textContent).to.contain('Work readiness');
    expect(chart.shadowRoot!.textContent).to.match(/\d,\d/);
    // No axe check here: the host's own code is no valid `lang`, which axe rightly reports.
  });
});
