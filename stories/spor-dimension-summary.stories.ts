import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { brokenData, fiveYears, liv, noRatings, rasmus, simon, singleRating } from './sample-data.js';

interface SummaryArgs {
  data: unknown;
  date: string;
  since: string;
  focus: string;
  audience: 'conversation' | 'company' | 'counsellor';
  resilienceConsent: boolean;
  locale: string;
}

const meta = {
  title: 'Charts/Dimension summary',
  component: 'spor-dimension-summary',
  args: {
    data: simon,
    date: '',
    since: '',
    focus: '',
    audience: 'conversation',
    resilienceConsent: false,
    locale: '',
  },
  argTypes: {
    audience: { control: 'inline-radio', options: ['conversation', 'company', 'counsellor'] },
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
  },
  render: (args) => html`<spor-dimension-summary
    .data=${args.data}
    date=${args.date}
    since=${args.since}
    focus=${args.focus}
    audience=${args.audience}
    ?resilience-consent=${args.resilienceConsent}
    locale=${args.locale}
  ></spor-dimension-summary>`,
} satisfies Meta<SummaryArgs>;

export default meta;
type Story = StoryObj<SummaryArgs>;

export const Simon: Story = {};
/** After the young person agreed to show resilience this time. */
export const WithResilienceConsent: Story = { args: { resilienceConsent: true } };
export const Liv: Story = { args: { data: liv } };
/** As the cards read on an earlier day (a conversation's printed summary shows them as of its date). */
export const AsOfAnEarlierDay: Story = { args: { date: '2026-10-14' } };
export const Rasmus: Story = { args: { data: rasmus } };
export const CompanyView: Story = { args: { audience: 'company' } };
export const English: Story = { args: { data: rasmus, locale: 'en' } };
export const LongHistory: Story = { args: { data: fiveYears } };
export const SingleRating: Story = { args: { data: singleRating } };
export const NoRatingsYet: Story = { args: { data: noRatings } };
export const InvalidData: Story = { args: { data: brokenData } };
