import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { brokenData, fiveYears, liv, noRatings, rasmus, simon, singleRating } from './sample-data.js';

interface TableArgs {
  data: unknown;
  series: string;
  audience: 'conversation' | 'company' | 'counsellor';
  locale: string;
}

const meta = {
  title: 'Charts/Data table',
  component: 'spor-data-table',
  args: { data: simon, series: 'dimensions', audience: 'conversation', locale: '' },
  argTypes: {
    audience: { control: 'inline-radio', options: ['conversation', 'company', 'counsellor'] },
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
  },
  render: (args) => html`<spor-data-table
    .data=${args.data}
    series=${args.series}
    audience=${args.audience}
    locale=${args.locale}
  ></spor-data-table>`,
} satisfies Meta<TableArgs>;

export default meta;
type Story = StoryObj<TableArgs>;

export const SimonDimensions: Story = {};
export const LivTraits: Story = { args: { data: liv, series: 'traits' } };
export const RasmusItems: Story = {
  args: { data: rasmus, series: 'weekly-company.punctuality,weekly-company.productivity' },
};
export const English: Story = { args: { data: liv, locale: 'en' } };
export const LongHistory: Story = { args: { data: fiveYears, series: 'traits' } };
export const SingleRating: Story = { args: { data: singleRating, series: 'traits' } };
export const NoRatingsYet: Story = { args: { data: noRatings } };
export const InvalidData: Story = { args: { data: brokenData } };
