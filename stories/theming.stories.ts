import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/themes/dark.css';
import '../src/themes/public-sector.css';
import '../src/themes/high-contrast.css';
import { liv } from './sample-data.js';

interface LookArgs {
  look: 'default' | 'dark' | 'public-sector' | 'high-contrast';
}

/**
 * The kit takes its colours, fonts, sizes and corners from `--spor-*` custom properties, which
 * reach into every element's shadow root. The built-in looks are classes that set them
 * (`spor/themes/dark.css`, `spor/themes/public-sector.css`, `spor/themes/high-contrast.css`); a portal can
 * set its own. The toolbar's "Look" switches every story; this page has one story per look.
 * Forced colours (Windows High Contrast) need no look: every element follows the system's colours.
 */
const meta = {
  title: 'Guides/Theming',
  // Each story is one named look: the toolbar's look would wrap it in another (the page's tokens and
  // background), so these stories fix the toolbar at Default and set their look themselves.
  globals: { look: 'default' },
  args: { look: 'default' },
  argTypes: {
    look: { control: 'inline-radio', options: ['default', 'dark', 'public-sector', 'high-contrast'] },
  },
  render: ({ look }) => html`<div class="spor-theme-${look} theming-frame" data-look=${look}>
    <spor-dimension-summary .data=${liv}></spor-dimension-summary>
    <spor-trend-chart .data=${liv}></spor-trend-chart>
  </div>`,
  decorators: [
    (story, context) => {
      // The dark look needs a dark page behind the kit: the host's job, done here for the story.
      document.body.classList.toggle('spor-story-dark', context.args.look === 'dark');
      return story();
    },
  ],
} satisfies Meta<LookArgs>;

export default meta;
type Story = StoryObj<LookArgs>;

export const Default: Story = {};
export const Dark: Story = { args: { look: 'dark' } };
export const PublicSector: Story = { args: { look: 'public-sector' } };
export const HighContrast: Story = { args: { look: 'high-contrast' } };
