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

/**
 * The label is the page's words, so the story writes it in the story's language: the `locale` arg
 * when a story fixes one, else the toolbar's. A `label` arg of your own wins.
 */
const english = (locale: string | undefined, globals: Record<string, unknown>) =>
  (locale || String(globals['locale'] ?? 'da')) === 'en';
const labelFor = (label: string, english: boolean) => label || (english ? 'Punctuality' : 'Punktlighed');

const meta = {
  title: 'Charts/Sparkline',
  component: 'spor-sparkline',
  args: { values: punctuality, label: '', min: 1, max: 5 },
  render: ({ values, label, min, max, locale }, { globals }) =>
    html`<spor-sparkline
      .values=${values}
      label=${labelFor(label, english(locale, globals))}
      .min=${min}
      .max=${max}
      locale=${locale ?? ''}
    ></spor-sparkline>`,
} satisfies Meta<SparklineArgs>;

export default meta;
type Story = StoryObj<SparklineArgs>;

export const WeeklyPunctuality: Story = {};

export const InASentence: Story = {
  render: ({ values, label, min, max, locale }, { globals }) =>
    english(locale, globals)
      ? html`<p>
          Punctuality has risen from 2.5 to 4.1
          <spor-sparkline .values=${values} label=${labelFor(label, true)} .min=${min} .max=${max}></spor-sparkline>
          since the internship began.
        </p>`
      : html`<p>
          Punktlighed er steget fra 2,5 til 4,1
          <spor-sparkline .values=${values} label=${labelFor(label, false)} .min=${min} .max=${max}></spor-sparkline>
          siden praktikken begyndte.
        </p>`,
};

export const English: Story = { args: { locale: 'en' } };

export const SingleValue: Story = { args: { values: [3.4] } };

export const Empty: Story = { args: { values: [] } };

export const InvalidData: Story = {
  args: { values: ['fire', {}] as unknown as number[] },
  parameters: { a11y: { test: 'error' } },
};
