import { expect, fixture, html } from '@open-wc/testing';
import * as chartsBundle from '../../src/charts-bundle.js';
import type { ChartsTranslation } from '../../src/charts-bundle.js';
import { samplePersonas, type ProgressData } from '../../src/core/index.js';
import '../../src/elements/spor-assessment-form/spor-assessment-form.js';
import '../../src/elements/spor-conversation-guide/spor-conversation-guide.js';
import { chartsWords } from '../../src/i18n/charts/words.js';
import { conversationWords } from '../../src/i18n/conversation/words.js';
import { formWords } from '../../src/i18n/form/words.js';
import { da, en, registerLocale, translationFor, type Translation } from '../../src/i18n/index.js';
import { ownWords } from '../../src/i18n/own/words.js';
import { programmeWords } from '../../src/i18n/programme/words.js';

const [simon] = samplePersonas as [ProgressData];

/** The text a person sees in an element's shadow root, and the language its content is marked with. */
async function shown(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<[string, string]> {
  await el.updateComplete;
  const base = el.shadowRoot!.querySelector('[part~="base"], [part~="error"]')!;
  return [el.shadowRoot!.textContent ?? '', base.getAttribute('lang') ?? ''];
}

describe('the words of an element come from its areas', () => {
  it('puts da and en together from the areas: an element’s words are the very tables of da and en', () => {
    for (const [words, areas] of [
      [chartsWords, ['language', 'invalidData', 'period', 'chart', 'trend', 'star', 'summary', 'window']],
      [formWords, ['language', 'invalidData', 'period', 'form']],
      [conversationWords, ['chart', 'summary', 'conversation', 'record', 'guide']],
      [programmeWords, ['chart', 'followUp', 'weekHours', 'cohort']],
      [ownWords, ['chart', 'summary', 'window', 'own']],
    ] as const) {
      for (const area of areas) {
        expect((words.da as Partial<Translation>)[area], `da ${area}`).to.equal(da[area]);
        expect((words.en as Partial<Translation>)[area], `en ${area}`).to.equal(en[area]);
      }
    }
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(da).sort());
  });

  it('lets a chart and the conversation speak a language registered complete (the main entry’s registerLocale)', async () => {
    registerLocale('so', {
      ...en,
      language: 'Soomaali',
      chart: { ...en.chart, titleTraits: () => 'Astaamaha waqti ka dib' },
      conversation: { ...en.conversation, finish: 'Dhammee wadahadalka' },
    });
    const chart = await fixture<HTMLElementTagNameMap['spor-trend-chart']>(
      html`<spor-trend-chart locale="so" series="traits" .data=${simon}></spor-trend-chart>`,
    );
    const [chartText, chartLang] = await shown(chart);
    expect(chartText).to.contain('Astaamaha waqti ka dib');
    expect(chartLang).to.equal('so');
    const guide = await fixture<HTMLElementTagNameMap['spor-conversation-guide']>(
      html`<spor-conversation-guide locale="so-SO" date="2026-11-13" .data=${simon}></spor-conversation-guide>`,
    );
    expect((await shown(guide))[1]).to.equal('so');
    expect(translationFor('so-SO').language).to.equal('Soomaali');
  });

  it('lets a host add a language for the charts through the charts bundle, from its en', async () => {
    chartsBundle.registerLocale('sw', {
      ...chartsBundle.en,
      language: 'Kiswahili',
      chart: { ...chartsBundle.en.chart, titleTraits: () => 'Sifa kwa muda' },
      sparkline: { ...chartsBundle.en.sparkline, empty: 'Hakuna data bado' },
    });
    const chart = await fixture<HTMLElementTagNameMap['spor-trend-chart']>(
      html`<div lang="sw"><spor-trend-chart series="traits" .data=${simon}></spor-trend-chart></div>`,
    ).then((wrapper) => wrapper.firstElementChild as HTMLElementTagNameMap['spor-trend-chart']);
    const [chartText, chartLang] = await shown(chart);
    expect([chartText.includes('Sifa kwa muda'), chartLang]).to.deep.equal([true, 'sw']);
    const sparkline = await fixture<HTMLElementTagNameMap['spor-sparkline']>(
      html`<spor-sparkline locale="sw" label="Mahudhurio"></spor-sparkline>`,
    );
    await sparkline.updateComplete;
    expect(sparkline.shadowRoot!.textContent).to.contain('Hakuna data bado');
  });

  it('keeps an element that needs more than a registered language has in Danish, and says so with lang="da"', async () => {
    // `sw` has the charts' words only: the guide and the form have none of theirs in it.
    const guide = await fixture<HTMLElementTagNameMap['spor-conversation-guide']>(
      html`<spor-conversation-guide locale="sw" date="2026-11-13" .data=${simon}></spor-conversation-guide>`,
    );
    const [guideText, guideLang] = await shown(guide);
    expect(guideLang).to.equal('da');
    expect(guideText).to.contain(da.conversation.next);
    const form = await fixture<HTMLElementTagNameMap['spor-assessment-form']>(
      html`<spor-assessment-form locale="sw" instrument="weekly-company"
        .participant=${{ id: simon.participant.id, displayName: simon.participant.displayName }}></spor-assessment-form>`,
    );
    const [formText, formLang] = await shown(form);
    expect(formLang).to.equal('da');
    expect(formText).to.contain(da.form.notObserved);
  });

  it('replaces the charts’ Danish with a da registered through the charts bundle, and leaves the form’s', async () => {
    try {
      chartsBundle.registerLocale('da', {
        ...chartsBundle.da,
        chart: { ...chartsBundle.da.chart, titleTraits: () => 'Egenskaber, som portalen siger det' },
      });
      const chart = await fixture<HTMLElementTagNameMap['spor-trend-chart']>(
        html`<spor-trend-chart locale="da" series="traits" .data=${simon}></spor-trend-chart>`,
      );
      expect((await shown(chart))[0]).to.contain('Egenskaber, som portalen siger det');
      const form = await fixture<HTMLElementTagNameMap['spor-assessment-form']>(
        html`<spor-assessment-form locale="da" instrument="weekly-company"
          .participant=${{ id: simon.participant.id, displayName: simon.participant.displayName }}></spor-assessment-form>`,
      );
      expect((await shown(form))[0]).to.contain(da.form.notObserved);
    } finally {
      registerLocale('da', da);
    }
  });

  it('says a language registered after the first draw on the next update, the model’s words too (title, summary)', async () => {
    const chart = await fixture<HTMLElementTagNameMap['spor-trend-chart']>(
      html`<spor-trend-chart locale="en" series="traits" .data=${simon}></spor-trend-chart>`,
    );
    expect((await shown(chart))[0]).to.contain(en.chart.titleTraits(simon.participant.displayName));
    try {
      registerLocale('en', {
        ...en,
        chart: { ...en.chart, titleTraits: () => 'Traits, as the portal says it' },
        summary: { ...en.summary, title: 'In short' },
      });
      chart.requestUpdate();
      const [text] = await shown(chart);
      expect([text.includes('Traits, as the portal says it'), text.includes('In short')]).to.deep.equal([
        true,
        true,
      ]);
    } finally {
      registerLocale('en', en);
    }
  });

  it('types the charts bundle’s registerLocale: the charts’ words, or a complete translation (the compiler checks)', () => {
    const withoutChart: Omit<ChartsTranslation, 'chart'> = chartsBundle.en;
    // Never called: the check is the compiler's. A table without the charts' `chart` fails `tsc`.
    const missingChart = () =>
      // @ts-expect-error `chart` is missing
      chartsBundle.registerLocale('xx', withoutChart);
    const complete = () => chartsBundle.registerLocale('xx', { ...en, language: 'Complete' });
    expect([missingChart, complete].every((f) => typeof f === 'function')).to.equal(true);
    expect(Object.keys(chartsBundle.da)).to.not.include('form');
  });
});
