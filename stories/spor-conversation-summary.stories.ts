import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleAsOf, type ConversationRecord } from '../src/index.js';
import '../src/index.js';
import { brokenData, liv, simon } from './sample-data.js';

interface SummaryArgs {
  data: unknown;
  record: unknown;
  audience: 'conversation' | 'company' | 'counsellor';
  locale: string;
}

/** Simon's conversation of 6 November, as the guide hands it over when it is finished. */
const simonRecord: ConversationRecord = {
  id: 'simon-c5',
  date: sampleAsOf,
  promptSet: 'nextwork',
  answers: {
    changes: 'Initiativ og vedholdenhed er gået op. Jeg kommer til tiden næsten hver dag.',
    examples: 'Jeg har selv sat den nye printer op på kontoret og skrevet en vejledning til de andre.',
    appreciation: 'At Peter tager sig tid til at forklare, og at Mette hjælper med ansøgningen.',
    focus: 'Samarbejde: at spørge en kollega, før jeg går i stå, og sige det, når jeg er færdig.',
  },
  focus: 'cooperation',
};

const meta = {
  title: 'Conversation/Conversation summary',
  component: 'spor-conversation-summary',
  args: { data: simon, record: simonRecord, audience: 'conversation', locale: '' },
  argTypes: {
    audience: { control: 'inline-radio', options: ['conversation', 'company', 'counsellor'] },
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
  },
  render: (args) => html`<spor-conversation-summary
    .data=${args.data}
    .record=${args.record}
    audience=${args.audience}
    locale=${args.locale}
  ></spor-conversation-summary>`,
} satisfies Meta<SummaryArgs>;

export default meta;
type Story = StoryObj<SummaryArgs>;

export const Simon: Story = {};
/** The young person agreed in this conversation to show resilience: the record says so. */
export const WithResilienceConsent: Story = { args: { record: { ...simonRecord, resilienceConsent: true } } };
/** The young person's next step in their own words and the target they chose, under the focus. */
export const NextStepAndTarget: Story = {
  args: {
    record: {
      ...simonRecord,
      nextStep: 'Jeg spørger en kollega, før jeg går i stå, og siger til, når jeg er færdig.',
      target: 4,
    },
  },
};
export const English: Story = { args: { locale: 'en' } };
export const Liv: Story = {
  args: {
    data: liv,
    record: { ...simonRecord, id: 'liv-c9', focus: 'initiative', answers: { changes: 'Mere initiativ.' } },
  },
};
export const CompanyView: Story = {
  args: { audience: 'company', record: { ...simonRecord, resilienceConsent: true } },
};
export const NoRecord: Story = { args: { record: undefined } };
export const InvalidRecord: Story = { args: { record: { ...simonRecord, answers: { nope: 'x' } } } };
export const InvalidData: Story = { args: { data: brokenData } };
