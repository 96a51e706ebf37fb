import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { brokenData, fiveYears, liv, noRatings, rasmus, simon, singleRating } from './sample-data.js';

interface StarArgs {
  data: unknown;
  variant: 'radar' | 'slopes';
  series: string;
  date: string;
  since: string;
  window: number;
  locale: string;
}

const meta = {
  title: 'Charts/Trait star',
  component: 'spor-trait-star',
  args: { data: simon, variant: 'radar', series: 'traits', date: '', since: '', window: 28, locale: '' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['radar', 'slopes'] },
    locale: { control: 'inline-radio', options: ['', 'da', 'en'] },
  },
  render: (args) => html`<spor-trait-star
    .data=${args.data}
    variant=${args.variant}
    series=${args.series}
    date=${args.date}
    since=${args.since}
    .window=${args.window}
    locale=${args.locale}
  ></spor-trait-star>`,
} satisfies Meta<StarArgs>;

export default meta;
type Story = StoryObj<StarArgs>;

/** "How is the visualization different from last time?" — Simon now (solid) and at his last conversation (dashed). */
export const SimonNowAndLastTime: Story = {};
export const LivSlopes: Story = { args: { data: liv, variant: 'slopes' } };
export const RasmusRadar: Story = { args: { data: rasmus } };
export const English: Story = { args: { data: liv, locale: 'en' } };
export const LongHistory: Story = { args: { data: fiveYears } };
export const SingleRating: Story = { args: { data: singleRating } };
export const NoRatingsYet: Story = { args: { data: noRatings } };
export const InvalidData: Story = { args: { data: brokenData } };
