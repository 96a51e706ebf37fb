import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { brokenData, fiveYears, liv, noRatings, rasmus, simon, singleRating } from './sample-data.js';

interface TrendArgs {
  data: unknown;
  series: string;
  focus: string;
  since: string;
  audience: 'conversation' | 'company' | 'counsellor';
  resilienceConsent: boolean;
  splitRaters: boolean;
  locale: string;
}

const meta = {
  title: 'Charts/Trend chart',
  component: 'spor-trend-chart',
  args: {
    data: simon,
    series: 'dimensions',
    focus: '',
    since: '',
    audience: 'conversation',
    resilienceConsent: false,
    splitRaters: false,
    locale: '',
  },
  argTypes: {
    series: { control: 'text' },
    audience: { control: 'inline-radio', options: ['conversation', 'company', 'counsellor'] },
    locale: { control: 'inline-radio', options: ['', 'da', 'en'] },
  },
  render: (args) => html`<spor-trend-chart
    .data=${args.data}
    series=${args.series}
    focus=${args.focus}
    since=${args.since}
    audience=${args.audience}
    ?resilience-consent=${args.resilienceConsent}
    ?split-raters=${args.splitRaters}
    locale=${args.locale}
  ></spor-trend-chart>`,
} satisfies Meta<TrendArgs>;

export default meta;
type Story = StoryObj<TrendArgs>;

/** Simon's dimensions in a conversation: resilience stays hidden until he agrees. */
export const SimonDimensions: Story = {};
/** After Simon agreed to show resilience this time: work readiness weekly, determination monthly, resilience half-yearly. */
export const WithResilienceConsent: Story = { args: { resilienceConsent: true } };
/** What the counsellor sees: everything, company and counsellor apart. */
export const CounsellorView: Story = { args: { audience: 'counsellor', splitRaters: true } };
/** Liv's six traits week by week; social skills grow from a low start. */
export const LivTraits: Story = { args: { data: liv, series: 'traits' } };
/** Rasmus' punctuality (an unstable home) against his work readiness. */
export const RasmusPunctuality: Story = {
  args: {
    data: rasmus,
    series: 'work-readiness,weekly-company.punctuality',
    focus: 'weekly-company.punctuality',
  },
};
/** Company and counsellor ratings of determination apart: disagreement is a talking point. */
export const SplitRaters: Story = {
  args: { series: 'determination,monthly-determination.direction', splitRaters: true },
};
/** What a company sees: no resilience, no counsellor ratings. */
export const CompanyView: Story = { args: { audience: 'company', splitRaters: true } };
export const English: Story = { args: { data: liv, locale: 'en' } };
/** Five years weekly: the last six months first, the whole history a click away. */
export const LongHistory: Story = { args: { data: fiveYears, series: 'traits' } };
export const SingleRating: Story = { args: { data: singleRating, series: 'traits' } };
export const NoRatingsYet: Story = { args: { data: noRatings } };
export const InvalidData: Story = { args: { data: brokenData } };
