import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/themes/dark.css';
import '../src/themes/public-sector.css';
import { liv } from './sample-data.js';

interface LookArgs {
  look: 'default' | 'dark' | 'public-sector';
}

/**
 * The kit takes its colours, fonts, sizes and corners from `--spor-*` custom properties, which
 * reach into every element's shadow root. The built-in looks are classes that set them
 * (`dist/themes/dark.css`, `dist/themes/public-sector.css`); a portal can set its own.
 */
const meta = {
  title: 'Guides/Theming',
  args: { look: 'default' },
  argTypes: { look: { control: 'inline-radio', options: ['default', 'dark', 'public-sector'] } },
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
