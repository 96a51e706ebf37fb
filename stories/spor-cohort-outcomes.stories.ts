import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { cohortOutcomes, syntheticCohort } from '../src/index.js';

interface Args {
  outcomes: unknown;
  locale?: string;
  headingLevel?: number;
}

/** A generated programme: young people starting over two and a half years, read on 30 November 2026. */
const cohortOf = (size: number) =>
  syntheticCohort({ size, seed: 12, from: '2024-06-01', to: '2026-10-31', asOf: '2026-11-30' });
/** The first half of 2026 against the second half of 2025, for a programme of 300. */
const programme = cohortOutcomes(cohortOf(300), { period: '2026-H1', today: '2026-11-30' });

const meta = {
  title: 'Elements/Cohort outcomes',
  component: 'spor-cohort-outcomes',
  args: { outcomes: programme },
  render: ({ outcomes, locale, headingLevel }) =>
    html`<spor-cohort-outcomes .outcomes=${outcomes} locale=${locale ?? ''} heading-level=${headingLevel ?? 3}></spor-cohort-outcomes>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 300 young people, 2026-H1: every count is 5 or more, so every share and change shows. */
export const Programme: Story = {};

export const English: Story = { args: { locale: 'en' } };

/**
 * A small municipality (40 young people): counts below 5 read "fewer than 5", their shares are not
 * drawn, and a change that would give a hidden count away is not shown.
 */
export const SmallCells: Story = {
  args: { outcomes: cohortOutcomes(cohortOf(40), { period: '2026-H1', today: '2026-11-30' }) },
};

/** A month read soon after it ended: most jobs begun in it are not 3 months old yet. */
export const RecentMonth: Story = {
  args: { outcomes: cohortOutcomes(cohortOf(300), { period: '2026-09', today: '2026-11-30' }) },
};

export const Empty: Story = { args: { outcomes: undefined } };

/** Outcomes counted by hand that show a 3: refused, with the reason in words. */
export const InvalidOutcomes: Story = {
  args: {
    outcomes: {
      ...programme,
      tookPart: { current: 3, previous: null, change: null },
    },
  },
};
