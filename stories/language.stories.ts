import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { conversationDate, rasmus, simon } from './sample-data.js';

interface LanguageArgs {
  lang: string;
  dir: 'ltr' | 'rtl';
  secondLocale: string;
}

/**
 * Every element speaks Danish and English. It takes its language from its own `locale`
 * attribute, else from the nearest `lang` attribute above it (a portal's `<html lang>`), else
 * Danish; it follows a `lang` change without a reload. `registerLocale(code, messages)` adds a
 * language (typed: a missing key fails the type check). Each element marks what it draws with its
 * own `lang` and `dir`, so Danish on an Arabic page is read and drawn as Danish.
 *
 * A conversation shows the young person's language beneath its own with `second-locale`: Arabic
 * (`ar`) and Ukrainian (`uk`) are built in as DRAFTS for a native speaker's review. In a
 * right-to-left language the chrome mirrors; the plot keeps time running left to right, as most
 * Arabic charts do (see the README, "Right to left").
 */
const meta = {
  title: 'Guides/Language',
  args: { lang: 'da', dir: 'ltr', secondLocale: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['da', 'en', 'en-GB', 'fr', 'ar'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    secondLocale: { control: { type: 'inline-radio', labels: { '': 'none' } }, options: ['', 'ar', 'uk'] },
  },
  render: ({ lang, dir, secondLocale }) => html`<div lang=${lang} dir=${dir}>
    <spor-dimension-summary .data=${rasmus}></spor-dimension-summary>
    <spor-data-table .data=${rasmus} series="weekly-company.punctuality"></spor-data-table>
    ${
      secondLocale
        ? html`<spor-conversation-guide .data=${simon} date=${conversationDate} second-locale=${secondLocale}></spor-conversation-guide>`
        : ''
    }
  </div>`,
} satisfies Meta<LanguageArgs>;

export default meta;
type Story = StoryObj<LanguageArgs>;

export const Danish: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** A language the kit does not have falls back to Danish. */
export const Unknown: Story = { args: { lang: 'fr' } };
/**
 * On an Arabic portal page (`lang="ar" dir="rtl"`) the elements speak Danish (the kit has Arabic
 * only for a conversation's second line), marked as Danish and running left to right, and the
 * guide shows each prompt, change and choice beneath in Arabic, right to left.
 */
export const OnAnArabicPage: Story = { args: { lang: 'ar', dir: 'rtl', secondLocale: 'ar' } };
/** Ukrainian beneath Danish. */
export const UkrainianBeneath: Story = { args: { secondLocale: 'uk' } };
