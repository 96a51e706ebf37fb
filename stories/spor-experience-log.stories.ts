import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { ProgressData, SporExperienceDeleteEvent, SporExperienceSaveEvent } from '../src/index.js';
import { liv, rasmus, simon } from './sample-data.js';

interface Args {
  data: unknown;
  today: string;
  locale: string;
  persist: string;
}

type Log = HTMLElementTagNameMap['spor-experience-log'];

/** The story is the host: it keeps each saved entry and drops each deleted one, as a portal would. */
function onSave(event: SporExperienceSaveEvent): void {
  const el = event.currentTarget as Log;
  const data = el.data as ProgressData;
  const { entry } = event.detail;
  const others = (data.experiences ?? []).filter((e) => e.id !== entry.id);
  el.data = { ...data, experiences: [...others, entry] };
}

function onDelete(event: SporExperienceDeleteEvent): void {
  const el = event.currentTarget as Log;
  const data = el.data as ProgressData;
  el.data = { ...data, experiences: (data.experiences ?? []).filter((e) => e.id !== event.detail.id) };
}

const meta = {
  title: 'Young person/Experience log',
  component: 'spor-experience-log',
  // A week after the personas' last data, the day of their next conversation.
  args: { data: simon, today: '2026-11-13', locale: '', persist: 'none' },
  argTypes: {
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
    persist: { control: 'inline-radio', options: ['none', 'session', 'local'] },
  },
  render: ({ data, today, locale, persist }) =>
    html`<spor-experience-log audience="young-person" .data=${data} today=${today} locale=${locale} persist=${persist}
      @spor-experience-save=${onSave} @spor-experience-delete=${onDelete}></spor-experience-log>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Simon's log: three shared entries about work and lunch, two private ones about sleep and school. */
export const Simon: Story = {};
/** Liv's log: the morning meeting and the library, and a bad day she keeps to herself. */
export const Liv: Story = { args: { data: liv } };
/** Rasmus' log: tyres, football with the team, and trouble at home he keeps private. */
export const Rasmus: Story = { args: { data: rasmus } };
export const English: Story = { args: { data: simon, locale: 'en' } };
/** Nothing written yet. */
export const Empty: Story = { args: { data: { ...simon, experiences: [] } } };
export const InvalidData: Story = {
  args: { data: { ...simon, experiences: [{ id: 'x', date: '2026-02-30', kind: 'school', text: '' }] } },
};
