import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import manifest from '../custom-elements.json';
import '../src/themes/dark.css';
import '../src/themes/high-contrast.css';
import '../src/themes/public-sector.css';
import { applyLook, looks } from './looks.js';
import { docsDescriptionFor } from './element-description.js';
import { initialGlobals } from './globals.js';

// Controls and docs come from the JSDoc of the elements, via the Custom Elements Manifest.
setCustomElementsManifest(manifest);

/** The screens the conversation view is made for (issue 22): six tablets, each way round, and a phone. */
const screens = {
  tablet1024x768: { name: 'Tablet 1024 × 768', styles: { width: '1024px', height: '768px' }, type: 'tablet' },
  tablet768x1024: { name: 'Tablet 768 × 1024', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  tablet1180x820: { name: 'Tablet 1180 × 820', styles: { width: '1180px', height: '820px' }, type: 'tablet' },
  tablet820x1180: { name: 'Tablet 820 × 1180', styles: { width: '820px', height: '1180px' }, type: 'tablet' },
  tablet1280x800: { name: 'Tablet 1280 × 800', styles: { width: '1280px', height: '800px' }, type: 'tablet' },
  tablet800x1280: { name: 'Tablet 800 × 1280', styles: { width: '800px', height: '1280px' }, type: 'tablet' },
  phone360x640: { name: 'Phone 360 × 640', styles: { width: '360px', height: '640px' }, type: 'mobile' },
} as const;

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // An element's docs page: its JSDoc description, then when to use it, when not, and what goes with it.
    docs: {
      extractComponentDescription: (tag: unknown) => (typeof tag === 'string' ? docsDescriptionFor(tag) : ''),
    },
    options: {
      // The front door first, then the kit by who uses it; the guides and the embedding pages last.
      storySort: {
        order: [
          'Introduction',
          'Conversation',
          'Charts',
          'Young person',
          'Programme',
          'Forms',
          'Guides',
          ['Reading the charts', 'Sådan læser du graferne', 'Data format', 'Accessibility', 'On a tablet'],
          'Embedding',
          ['Overview', 'Plain HTML', 'React', 'Vue', 'Angular'],
        ],
      },
    },
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    viewport: { options: { ...MINIMAL_VIEWPORTS, ...screens } },
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
      },
    },
    secondLocale: {
      description:
        "The young person's language beneath the conversation's own (second-locale), where an element has it",
      toolbar: {
        title: 'Second language',
        icon: 'transfer',
        items: [
          { value: '', title: 'No second language' },
          { value: 'ar', title: 'Arabic beneath (draft)' },
          { value: 'uk', title: 'Ukrainian beneath (draft)' },
        ],
        dynamicTitle: true,
      },
    },
    look: {
      description: 'The built-in look (token file) every story is shown in',
      toolbar: {
        title: 'Look',
        icon: 'paintbrush',
        items: looks.map(({ id, title }) => ({ value: id, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { ...initialGlobals },
  decorators: [
    (story, context) => {
      const locale = String(context.globals['locale'] ?? 'da');
      document.documentElement.lang = locale;
      applyLook(document, String(context.globals['look'] ?? 'default'));
      // An element speaks the language of the nearest `lang` above it. On a docs page that is
      // Storybook's own docs column (lang="en"), not <html>: so every story stands in the toolbar's
      // language itself. A story about a fixed language sets `locale` (and says so in its name).
      return html`<div lang=${locale} style="display: contents">${story()}</div>`;
    },
  ],
};

export default preview;
