import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleAsOf } from '../src/index.js';
import '../src/index.js';
import { liv, rasmus, simon } from './sample-data.js';

interface Args {
  data: unknown;
  today: string;
  locale: string;
}

/** Three jobs in one year: an ordinary job going well, paid hours that ended, a new start. */
const threeJobs = {
  schemaVersion: 1,
  participant: { id: 'amina', displayName: 'Amina' },
  jobs: [
    {
      id: 'a-j1',
      employer: 'Netto Roskilde Øst',
      start: '2026-01-12',
      end: '2026-03-27',
      kind: 'hourly',
      hoursPerWeek: 10,
    },
    {
      id: 'a-j2',
      employer: 'Plejecenter Møllehaven',
      start: '2026-06-01',
      kind: 'ordinary',
      hoursPerWeek: 32,
    },
  ],
  followUps: [
    {
      id: 'a-f1',
      jobId: 'a-j1',
      due: '2026-01-19',
      done: '2026-01-19',
      with: 'young-person',
      outcome: 'going-well',
    },
    {
      id: 'a-f2',
      jobId: 'a-j1',
      due: '2026-02-12',
      done: '2026-02-16',
      with: 'both',
      outcome: 'needs-support',
      note: 'Svært med aftenvagterne.',
    },
    { id: 'a-f3', jobId: 'a-j2', due: '2026-06-08', done: '2026-06-08', with: 'both', outcome: 'going-well' },
    {
      id: 'a-f4',
      jobId: 'a-j2',
      due: '2026-07-01',
      done: '2026-06-29',
      with: 'young-person',
      outcome: 'declined',
    },
    {
      id: 'a-f5',
      jobId: 'a-j2',
      due: '2026-09-01',
      done: '2026-09-03',
      with: 'employer',
      outcome: 'going-well',
    },
  ],
};

const meta = {
  title: 'Programme/Follow-up plan',
  component: 'spor-follow-up-plan',
  args: { data: rasmus, today: sampleAsOf, locale: '' },
  argTypes: {
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
  },
  render: ({ data, today, locale }) =>
    html`<spor-follow-up-plan .data=${data} today=${today} locale=${locale}></spor-follow-up-plan>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Rasmus' Saturdays as a mechanic's helper: the 1-month check-in is not held yet on 6 November. */
export const Rasmus: Story = {};
/** Simon's weekend hours at the warehouse ended after two months; he said no thanks to one check-in. */
export const Simon: Story = { args: { data: simon } };
/** Two jobs, every kind of check-in, and still employed after 3 months. */
export const TwoJobs: Story = { args: { data: threeJobs } };
/** Three weeks before the 3-month check-in: it is due soon. */
export const DueSoon: Story = { args: { data: rasmus, today: '2026-11-24' } };
export const English: Story = { args: { data: threeJobs, locale: 'en' } };
/** Liv has no job yet. */
export const NoJobs: Story = { args: { data: liv } };
export const InvalidData: Story = {
  args: { data: { ...threeJobs, followUps: [{ ...threeJobs.followUps[0], jobId: 'a-j9' }] } },
};
