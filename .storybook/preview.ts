import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/themes/dark.css';
import '../src/themes/high-contrast.css';
import '../src/themes/public-sector.css';
import { applyLook, looks } from './looks.js';

// Controls and docs come from the JSDoc of the elements, via the Custom Elements Manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
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
  initialGlobals: { locale: 'da', look: 'default' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals['locale'] ?? 'da');
      applyLook(document, String(context.globals['look'] ?? 'default'));
      return story();
    },
  ],
};

export default preview;
