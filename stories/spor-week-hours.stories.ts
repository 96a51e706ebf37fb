import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { liv, rasmus, simon } from './sample-data.js';

interface Args {
  data: unknown;
  locale: string;
}

const meta = {
  title: 'Programme/Week hours',
  component: 'spor-week-hours',
  args: { data: simon, locale: '' },
  argTypes: {
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
  },
  render: ({ data, locale }) => html`<spor-week-hours .data=${data} locale=${locale}></spor-week-hours>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Simon: 25 hours' internship and 12 hours' teaching a week; a late week now and then. */
export const Simon: Story = {};
/** Liv's internship and teaching, steady. */
export const Liv: Story = { args: { data: liv } };
/** Rasmus: 30 hours' internship a week, no teaching. */
export const Rasmus: Story = { args: { data: rasmus } };
export const English: Story = { args: { data: simon, locale: 'en' } };
/** Weeks without a plan between two internships: gaps, not zeros. */
export const WithGaps: Story = {
  args: {
    data: {
      schemaVersion: 1,
      participant: { id: 'o', displayName: 'Omar' },
      hours: [
        ...[36, 37, 38, 39].flatMap((w) => [
          { week: `2026-W${w}`, activity: 'internship', planned: 25, attended: w === 38 ? 12 : 24 },
          { week: `2026-W${w}`, activity: 'teaching', planned: 12, attended: 12 },
        ]),
        ...[42, 43, 44, 45].flatMap((w) => [
          { week: `2026-W${w}`, activity: 'internship', planned: 20, attended: 20 },
          { week: `2026-W${w}`, activity: 'other', planned: 5, attended: w === 45 ? 0 : 5 },
        ]),
      ],
    },
  },
};
export const NoHoursYet: Story = {
  args: { data: { schemaVersion: 1, participant: { id: 'n', displayName: 'Noah' } } },
};
export const InvalidData: Story = {
  args: {
    data: {
      schemaVersion: 1,
      participant: { id: 'n', displayName: 'Noah' },
      hours: [{ week: '2026-W45', activity: 'internship', planned: 25, attended: 120 }],
    },
  },
};
