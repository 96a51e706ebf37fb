import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { PromptSetInput } from '../src/index.js';
import { brokenData, conversationDate, liv, noRatings, rasmus, simon } from './sample-data.js';
import { secondLocaleOf } from './second-locale.js';

interface ViewArgs {
  data: unknown;
  promptSet: string | PromptSetInput;
  date: string;
  audience: 'conversation' | 'company' | 'counsellor';
  persist: 'none' | 'session' | 'local';
  locale: string;
  secondLocale: string;
}

const meta = {
  title: 'Conversation/Progress conversation',
  component: 'spor-progress-conversation',
  args: {
    data: simon,
    promptSet: 'nextwork',
    date: conversationDate,
    audience: 'conversation',
    persist: 'none',
    locale: '',
    secondLocale: '',
  },
  argTypes: {
    promptSet: { control: 'inline-radio', options: ['nextwork', 'next-level'] },
    audience: { control: 'inline-radio', options: ['conversation', 'company', 'counsellor'] },
    persist: { control: 'inline-radio', options: ['none', 'session', 'local'] },
    locale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'da', 'en'] },
    secondLocale: { control: { type: 'inline-radio', labels: { '': 'toolbar' } }, options: ['', 'ar', 'uk'] },
  },
  parameters: {
    layout: 'fullscreen',
  },
  render: (args, { globals }) => html`<spor-progress-conversation
    .data=${args.data}
    .promptSet=${args.promptSet}
    date=${args.date}
    audience=${args.audience}
    persist=${args.persist}
    locale=${args.locale}
    second-locale=${secondLocaleOf(args, globals)}
  ></spor-progress-conversation>`,
} satisfies Meta<ViewArgs>;

export default meta;
type Story = StoryObj<ViewArgs>;

/** The tablet on the table: Simon's charts and the four NExTWORK prompts. */
export const SimonNextwork: Story = {};
export const LivNextwork: Story = { args: { data: liv } };
export const RasmusNextwork: Story = { args: { data: rasmus } };
export const SimonNextLevel: Story = { args: { promptSet: 'next-level' } };
export const LivNextLevel: Story = { args: { data: liv, promptSet: 'next-level' } };
export const RasmusNextLevelEnglish: Story = {
  args: { data: rasmus, promptSet: 'next-level', locale: 'en' },
};
export const English: Story = { args: { data: liv, locale: 'en' } };
export const NoRatingsYet: Story = { args: { data: noRatings } };
export const InvalidData: Story = { args: { data: brokenData } };
/**
 * The young person's language beneath the element's own (`second-locale`): each prompt, the
 * changes and the choices in Danish and, beneath, in Arabic (right to left) or Ukrainian, each
 * with its own `lang` and `dir`. The Arabic and Ukrainian texts are drafts for a native speaker's review.
 */
export const SecondLanguageArabic: Story = { args: { secondLocale: 'ar' } };
export const SecondLanguageUkrainian: Story = { args: { secondLocale: 'uk' } };

/**
 * One screen: the host gives the view the screen's height (here a box of `height: 100dvh`) and sets
 * `fill`. The prompt, the answer and Back / Next stay in view at every step; the chart the step is
 * about stands beside the guide on a landscape tablet and above it in portrait; the lists scroll in
 * their panels. One story per screen (the viewport is fixed by the story).
 */
const oneScreen = (viewport: string, data: unknown = simon): Story => ({
  args: { data },
  globals: { viewport: { value: viewport, isRotated: false } },
  render: (args, { globals }) => html`<div class="one-screen">
    <spor-progress-conversation
      fill
      .data=${args.data}
      .promptSet=${args.promptSet}
      date=${args.date}
      audience=${args.audience}
      persist=${args.persist}
      locale=${args.locale}
      second-locale=${secondLocaleOf(args, globals)}
    ></spor-progress-conversation>
  </div>`,
});
export const OneScreenTablet1024x768: Story = oneScreen('tablet1024x768');
export const OneScreenTablet768x1024: Story = oneScreen('tablet768x1024');
export const OneScreenTablet1180x820: Story = oneScreen('tablet1180x820', liv);
export const OneScreenTablet820x1180: Story = oneScreen('tablet820x1180', liv);
export const OneScreenTablet1280x800: Story = oneScreen('tablet1280x800', rasmus);
export const OneScreenTablet800x1280: Story = oneScreen('tablet800x1280', rasmus);
export const OneScreenPhone360x640: Story = oneScreen('phone360x640');
