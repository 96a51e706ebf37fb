import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { cohortOutcomes, cohortReport, syntheticCohort } from '../src/index.js';

interface Args {
  outcomes: unknown;
  locale?: string;
  headingLevel?: number;
}

/** A generated programme: young people starting over two and a half years, read on 30 November 2026. */
const cohortOf = (size: number) =>
  syntheticCohort({ size, seed: 12, from: '2024-06-01', to: '2026-10-31', asOf: '2026-11-30' });
/**
 * The fixed table: the first half of 2026 against the second half of 2025, read as of 30 September
 * 2026 (the half-year's last day plus the 3 months of "still employed"), for a programme of 300.
 */
const programme = cohortReport(cohortOf(300), { period: '2026-H1', today: '2026-11-30' });

const meta = {
  title: 'Programme/Cohort outcomes',
  component: 'spor-cohort-outcomes',
  args: { outcomes: programme },
  render: ({ outcomes, locale, headingLevel }) =>
    html`<spor-cohort-outcomes .outcomes=${outcomes} locale=${locale ?? ''} heading-level=${headingLevel ?? 3}></spor-cohort-outcomes>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** 300 young people, 2026-H1: the counts are large, so the shares and changes show. */
export const Programme: Story = {};

export const English: Story = { args: { locale: 'en' } };

/**
 * A small municipality (40 young people): counts below 5, and counts that would give one away as a
 * difference, read "hidden", their shares are not drawn, and a change that would give a hidden
 * count away is not shown.
 */
export const SmallCells: Story = {
  args: { outcomes: cohortReport(cohortOf(40), { period: '2026-H1', today: '2026-11-30' }) },
};

/** The half-year before, 2025-H2, read as of 31 March 2026: the same counts whenever it is shown. */
export const EarlierHalfYear: Story = {
  args: { outcomes: cohortReport(cohortOf(300), { period: '2025-H2', today: '2026-11-30' }) },
};

/**
 * What `cohortOutcomes` counts for a counsellor with the records (any period, read as of any day: here
 * September 2026 read on 30 November) is refused: two such periods or days apart would give away the
 * few people who differ.
 */
export const AnyPeriodRefused: Story = {
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
