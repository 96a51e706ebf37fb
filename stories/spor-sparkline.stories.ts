import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

interface SparklineArgs {
  values: Array<number | null>;
  label: string;
  min?: number;
  max?: number;
  locale?: string;
}

/** Weekly punctuality of a young person over a spring internship, with two weeks off sick. */
const punctuality = [2.5, 2.8, 3, 3.1, null, null, 3.4, 3.3, 3.6, 3.8, 4, 4.1];

const meta = {
  title: 'Elements/Sparkline',
  component: 'spor-sparkline',
  args: { values: punctuality, label: 'Punktlighed', min: 1, max: 5 },
  render: ({ values, label, min, max, locale }) =>
    html`<spor-sparkline .values=${values} label=${label} .min=${min} .max=${max} locale=${locale ?? ''}></spor-sparkline>`,
} satisfies Meta<SparklineArgs>;

export default meta;
type Story = StoryObj<SparklineArgs>;

export const WeeklyPunctuality: Story = {};

export const InASentence: Story = {
  render: ({ values, label, min, max }) =>
    html`<p>
      Punktlighed er steget fra 2,5 til 4,1
      <spor-sparkline .values=${values} label=${label} .min=${min} .max=${max}></spor-sparkline>
      siden praktikken begyndte.
    </p>`,
};

export const English: Story = { args: { label: 'Punctuality', locale: 'en' } };

export const SingleValue: Story = { args: { values: [3.4] } };

export const Empty: Story = { args: { values: [] } };

export const InvalidData: Story = {
  args: { values: ['fire', {}] as unknown as number[] },
  parameters: { a11y: { test: 'error' } },
};
