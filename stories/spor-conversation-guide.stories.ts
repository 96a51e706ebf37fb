import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { ConversationRecord, PromptSetInput } from '../src/index.js';
import { brokenData, conversationDate, liv, noRatings, rasmus, simon } from './sample-data.js';
import { secondLocaleOf } from './second-locale.js';

interface GuideArgs {
  data: unknown;
  promptSet: string | PromptSetInput;
  value?: ConversationRecord | undefined;
  date: string;
  audience: 'conversation' | 'company' | 'counsellor';
  persist: 'none' | 'session' | 'local';
  locale: string;
  secondLocale: string;
}

const meta = {
  title: 'Conversation/Conversation guide',
  component: 'spor-conversation-guide',
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
  render: (args, { globals }) => html`<spor-conversation-guide
    .data=${args.data}
    .promptSet=${args.promptSet}
    .value=${args.value}
    date=${args.date}
    audience=${args.audience}
    persist=${args.persist}
    locale=${args.locale}
    second-locale=${secondLocaleOf(args, globals)}
  ></spor-conversation-guide>`,
} satisfies Meta<GuideArgs>;

export default meta;
type Story = StoryObj<GuideArgs>;

/** "How is the visualization different from last time?" — what changed for Simon since his last conversation. */
export const SimonNextwork: Story = {};
export const LivNextwork: Story = { args: { data: liv } };
export const RasmusNextwork: Story = { args: { data: rasmus } };
export const SimonNextLevel: Story = { args: { promptSet: 'next-level' } };
export const LivNextLevel: Story = { args: { data: liv, promptSet: 'next-level' } };
export const RasmusNextLevelEnglish: Story = {
  args: { data: rasmus, promptSet: 'next-level', locale: 'en' },
};
/** Choosing an area: a draft resumed on the fourth prompt. */
export const ChoosingAnArea: Story = {
  args: {
    data: liv,
    value: {
      id: 'liv-draft',
      date: conversationDate,
      promptSet: 'nextwork',
      answers: { changes: 'Samarbejdet er gået op.' },
      focus: 'social',
    },
  },
};
/**
 * The young person's next step in their own words and a target on the focus area's scale: a
 * draft resumed on the fourth prompt. Simon's shared log entries come in at prompt 2, and at
 * prompt 1 he is asked about his initiative, which he reads a whole step above the company.
 */
export const NextStepAndTarget: Story = {
  args: {
    value: {
      id: 'simon-draft',
      date: conversationDate,
      promptSet: 'nextwork',
      answers: { changes: 'Initiativ er gået op, siger jeg. Virksomheden ser det lidt anderledes.' },
      focus: 'initiative',
      nextStep: 'Jeg spørger selv Peter om en ny opgave, hver gang jeg er færdig med en.',
      target: 4,
    },
  },
};
export const English: Story = { args: { data: rasmus, locale: 'en' } };
/** What a company sees: no resilience, and no switch to show it. */
export const CompanyAudience: Story = { args: { audience: 'company' } };
export const FirstConversation: Story = { args: { data: { ...simon, conversations: [] } } };
export const NoRatingsYet: Story = { args: { data: noRatings } };
export const InvalidData: Story = { args: { data: brokenData } };
export const UnknownPromptSet: Story = { args: { promptSet: 'no-such-set' } };
/**
 * The young person's language beneath the element's own (`second-locale`): each prompt, the
 * changes and the choices in Danish and, beneath, in Arabic (right to left) or Ukrainian, each
 * with its own `lang` and `dir`. The Arabic and Ukrainian texts are drafts for a native speaker's review.
 */
export const SecondLanguageArabic: Story = { args: { secondLocale: 'ar' } };
export const SecondLanguageUkrainian: Story = { args: { secondLocale: 'uk' } };
