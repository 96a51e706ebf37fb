import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { brokenData, liv, noRatings, rasmus, simon } from './sample-data.js';

interface MyProgressArgs {
  data: unknown;
  headingLevel: number;
  locale: string;
}

// The young person's own page, on a phone: what went well, my focus and next step, my traits now,
// my own reading beside the company's. It always shows the `young-person` audience's view. (The docs
// page shows the element's own description: see guidance.ts.)
const meta = {
  title: 'Young person/My progress',
  component: 'spor-my-progress',
  args: { data: simon, headingLevel: 2, locale: '' },
  argTypes: {
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    viewport: { defaultViewport: 'mobile1' },
  },
  render: (args) =>
    html`<spor-my-progress .data=${args.data} heading-level=${args.headingLevel} locale=${args.locale}></spor-my-progress>`,
} satisfies Meta<MyProgressArgs>;

export default meta;
type Story = StoryObj<MyProgressArgs>;

/** Simon: a target on his focus; he sees his initiative higher than the company does. */
export const Simon: Story = {};
export const SimonEnglish: Story = { args: { locale: 'en' } };
/** Liv: she sees her social skills lower than the company does. */
export const Liv: Story = { args: { data: liv } };
export const LivEnglish: Story = { args: { data: liv, locale: 'en' } };
export const Rasmus: Story = { args: { data: rasmus } };
export const RasmusEnglish: Story = { args: { data: rasmus, locale: 'en' } };
/** Nothing rated yet: each part says so in plain words. */
export const NothingYet: Story = { args: { data: noRatings } };
/** Data the kit cannot read: the error state (and `spor-invalid-data`). */
export const BrokenData: Story = { args: { data: brokenData } };
