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
  showSelf: boolean;
  audience: string;
}

const meta = {
  title: 'Charts/Trait star',
  component: 'spor-trait-star',
  args: {
    data: simon,
    variant: 'radar',
    series: 'traits',
    date: '',
    since: '',
    window: 28,
    locale: '',
    showSelf: false,
    audience: 'conversation',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['radar', 'slopes'] },
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
    audience: { control: 'inline-radio', options: ['conversation', 'young-person', 'company', 'counsellor'] },
  },
  render: (args) => html`<spor-trait-star
    .data=${args.data}
    variant=${args.variant}
    series=${args.series}
    date=${args.date}
    since=${args.since}
    .window=${args.window}
    locale=${args.locale}
    audience=${args.audience}
    ?show-self=${args.showSelf}
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

/** Simon's own reading (diamonds, dotted) beside the company's: he sees his initiative as 4, the company as 3. */
export const SimonOwnReading: Story = { args: { showSelf: true } };
/** The same for a company: the own reading is never drawn, whatever `show-self` says. */
export const OwnReadingCompanyView: Story = { args: { showSelf: true, audience: 'company' } };
