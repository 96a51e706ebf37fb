import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The project's vite config serves demo/ as its root; Storybook needs the project root.
  viteFinal: async (viteConfig) => ({ ...viteConfig, root: process.cwd() }),
};

export default config;
