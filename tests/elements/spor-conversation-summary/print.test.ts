import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/elements/spor-conversation-summary/spor-conversation-summary.js';
import type { SporConversationSummary } from '../../../src/elements/spor-conversation-summary/spor-conversation-summary.component.js';
import {
  sampleAsOf,
  samplePersonas,
  type ConversationRecord,
  type ProgressData,
} from '../../../src/core/index.js';

const [simon] = samplePersonas as [ProgressData];

interface Printed {
  readonly pages: number;
  readonly text: string;
  /** The page size in points (A4 portrait: 595 × 842). */
  readonly width: number;
  readonly height: number;
  /** The summary that was printed, still on the page. */
  readonly el: SporConversationSummary;
}

const record: ConversationRecord = {
  id: 'simon-c5',
  date: sampleAsOf,
  promptSet: 'nextwork',
  answers: {
    changes: 'Initiativ og vedholdenhed er gået op. Jeg kommer til tiden næsten hver dag, også om mandagen.',
    examples:
      'Jeg har selv sat den nye printer op på kontoret og skrevet en vejledning til de andre. ' +
      'Da serveren gik ned tirsdag, fandt jeg fejlen sammen med Peter og skrev ned, hvad vi gjorde.',
    appreciation: 'At Peter tager sig tid til at forklare, og at Mette hjælper med ansøgningen.',
    focus: 'Samarbejde: at spørge en kollega, før jeg går i stå, og sige det, når jeg er færdig.',
  },
  focus: 'cooperation',
};

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Chromium's "save as PDF" of the summary alone, on A4 portrait, read back as text. */
async function print(rec: ConversationRecord, locale = 'da', save?: string): Promise<Printed> {
  const el = await fixture<SporConversationSummary>(
    html`<spor-conversation-summary .data=${simon} .record=${rec} locale=${locale}></spor-conversation-summary>`,
  );
  await el.updateComplete;
  for (const child of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
    '*',
  ))
    await child.updateComplete;
  const printed = (await executeServerCommand('print-pdf', save ? { save } : {})) as Omit<Printed, 'el'>;
  return { ...printed, el };
}

describe('<spor-conversation-summary> on paper', function () {
  this.timeout(30_000);

  it('prints on two A4 portrait pages with every answer, the focus and the changes in the text', async () => {
    const printed = await print(record, 'da', 'screenshots/summary-da.pdf');
    expect(printed.width, 'A4 portrait: 210 mm wide').to.be.closeTo(595.3, 1);
    expect(printed.height, 'A4 portrait: 297 mm tall').to.be.closeTo(841.9, 1);
    // The answers, the focus and the changes on the first page; the star and the cards on the second.
    expect(printed.pages).to.equal(2);
    const text = words(printed.text);
    for (const answer of Object.values(record.answers)) expect(text).to.contain(words(answer));
    expect(text).to.contain('Samtale med Simon');
    expect(text).to.contain('Valgt til næste gang: Samarbejdsevner.');
    expect(text).to.contain('Det har ændret sig siden samtalen 30. september');
    expect(text).to.contain('Simons egenskaber: nu og sidst');
    // Page breaks between sections: the charts begin the second page.
    const [first = '', second = ''] = printed.text.split('\f');
    expect(words(first)).to.contain(words(record.answers['focus'] ?? ''));
    expect(words(second)).to.match(/^Graferne/);
    // No interactive chrome on paper.
    for (const control of ['Vis mere', 'Vis som tabel', 'Vis opsummering', 'Spring til tabellen'])
      expect(text).not.to.contain(control);
    await expect(printed.el).to.be.accessible();
  });

  it('keeps resilience off the paper unless the record says the young person agreed', async () => {
    expect(words((await print(record)).text)).not.to.contain('Modstandskraft');
    const agreed = await print({ ...record, resilienceConsent: true });
    expect(words(agreed.text)).to.contain('Modstandskraft');
    await expect(agreed.el).to.be.accessible();
  });

  it('prints in English too', async () => {
    const printed = await print(record, 'en', 'screenshots/summary-en.pdf');
    const text = words(printed.text);
    expect(text).to.contain('Conversation with Simon');
    for (const answer of Object.values(record.answers)) expect(text).to.contain(words(answer));
    await expect(printed.el).to.be.accessible();
  });

  it("prints the young person's next step in their own words and the target on the focus scale", async () => {
    const nextStep = 'Jeg spørger en kollega, før jeg går i stå, og siger til, når jeg er færdig.';
    const printed = await print(
      { ...record, nextStep, target: 4 },
      'da',
      'screenshots/summary-next-step-da.pdf',
    );
    // Still two pages: the step fits under the focus on the first.
    expect(printed.pages).to.equal(2);
    const [first = ''] = printed.text.split('\f');
    expect(words(first)).to.contain('Næste skridt, med den unges egne ord');
    expect(words(first)).to.contain(nextStep);
    // Cooperation is rated on the frequency scale (1–5); 4 is "Næsten altid".
    expect(words(first)).to.contain('Målet er 4 af 5: Næsten altid.');
    await expect(printed.el).to.be.accessible();
    const english = words((await print({ ...record, nextStep, target: 4 }, 'en')).text);
    expect(english).to.contain("Next step, in the young person's own words");
    expect(english).to.contain('The target is 4 of 5: Almost always.');
  });
});
