import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { rasmus } from './sample-data.js';

interface LanguageArgs {
  lang: string;
}

/**
 * Every element speaks Danish and English. It takes its language from its own `locale`
 * attribute, else from the nearest `lang` attribute above it (a portal's `<html lang>`), else
 * Danish; it follows a `lang` change without a reload. `registerTranslation` adds a language.
 */
const meta = {
  title: 'Guides/Language',
  args: { lang: 'da' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en', 'en-GB', 'fr'] } },
  render: ({ lang }) => html`<div lang=${lang}>
    <spor-dimension-summary .data=${rasmus}></spor-dimension-summary>
    <spor-data-table .data=${rasmus} series="weekly-company.punctuality"></spor-data-table>
  </div>`,
} satisfies Meta<LanguageArgs>;

export default meta;
type Story = StoryObj<LanguageArgs>;

export const Danish: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** A language the kit does not have falls back to Danish. */
export const Unknown: Story = { args: { lang: 'fr' } };
