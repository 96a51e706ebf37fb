// The linter holds the layers in place: imports point one way,
// core ← charts ← controllers ← elements, and i18n / themes / events / internal are leaves.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((pattern) =>
          pattern instanceof RegExp
            ? { regex: pattern.source, message }
            : Array.isArray(pattern)
              ? { group: [pattern[0]], message: pattern[1] }
              : { group: [pattern], message },
        ),
      },
    ],
  },
});

// The whole of i18n (every table of every language) is for the public entries only: an element
// imports `i18n/locale.js` and its own areas' words, so a bundle of charts carries no form words.
const wholeI18n = [
  '**/i18n/index.js',
  'Import i18n/locale.js and the words of the areas you show (i18n/charts/words.js …), not the whole of i18n.',
];

const lower = ['**/charts/**', '**/controllers/**', '**/elements/**', '**/internal/**'];
const leafOf = ['**/controllers/**', '**/elements/**', '**/internal/**'];
const corePure = [...lower, '**/i18n/**', '**/themes/**', '**/events/**', 'lit', 'lit/*', 'd3-*'];
const coreRooms = [
  'format',
  'time',
  'framework',
  'read',
  'people',
  'progress',
  'programme',
  'cohort',
  'samples',
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'test-results/',
      '.bench/',
      'screenshots/',
      // The interop hosts are React, Vue and Angular code, checked by their own compilers.
      'tests/interop/*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces: use modules.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Templates never carry static inline styles: they break under style-src 'self'.
      'lit/no-template-bind': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Markup from data is text: render it with a Lit template.' },
        { property: 'outerHTML', message: 'Markup from data is text: render it with a Lit template.' },
      ],
    },
  },
  layer(['src/core/**/*.ts'], corePure, 'src/core is pure: no DOM layers, no lit, no d3.'),
  // Core's rooms, from the bottom up: a room imports only the rooms below it (and `index.ts`,
  // core's public entry, imports them all). The samples sit on top, as a user of core would.
  ...coreRooms
    .slice(0, -1)
    .map((room, i) =>
      layer(
        [`src/core/${room}/**/*.ts`],
        [...corePure, ...coreRooms.slice(i + 1).map((above) => `**/${above}/**`), '**/index.js'],
        `src/core/${room} imports only the rooms below it: ${coreRooms.slice(0, i).join(', ') || 'none'}.`,
      ),
    ),
  layer(
    ['src/core/samples/**/*.ts'],
    [...corePure, '**/index.js'],
    'The samples import core’s rooms, not its entry.',
  ),
  layer(
    ['src/charts/**/*.ts'],
    [
      '**/controllers/**',
      '**/elements/**',
      '**/internal/**',
      '**/i18n/**',
      '**/themes/**',
      'lit',
      'lit/*',
      'd3-selection',
      'd3-selection/*',
    ],
    'src/charts is pure geometry on core and d3 (d3-shape, d3-path, d3-time as run-time dependencies); no DOM, so no d3-selection.',
  ),
  layer(['src/controllers/**/*.ts'], ['**/elements/**', wholeI18n], 'Controllers do not know the elements.'),
  // A controller adapts core to Lit; one that grows past this is holding rules that belong in core.
  { files: ['src/controllers/**/*.ts'], rules: { 'max-lines': ['error', { max: 250 }] } },
  layer(
    ['src/i18n/**/*.ts', 'src/themes/**/*.ts', 'src/events/**/*.ts'],
    ['../charts/*', ...leafOf],
    'i18n, themes and events are leaves.',
  ),
  // i18n's rooms: an area's words import the common words, and the charts' words where the area
  // shows charts (the young person's own page, own/, shows sparklines and change sentences); a conversation's second line (second/) stands apart, read by the guide alone.
  ...[
    ['common', ['charts', 'form', 'conversation', 'programme', 'second', 'own', 'log']],
    ['charts', ['form', 'conversation', 'programme', 'second', 'own', 'log']],
    ['form', ['charts', 'conversation', 'programme', 'second', 'own', 'log']],
    ['conversation', ['form', 'programme', 'second', 'own', 'log']],
    ['programme', ['form', 'conversation', 'second', 'own', 'log']],
    ['own', ['form', 'conversation', 'programme', 'second', 'log']],
    ['log', ['form', 'conversation', 'programme', 'second', 'own']],
  ].map(([room, others]) =>
    layer(
      [`src/i18n/${room}/**/*.ts`],
      [
        '../../charts/*',
        ...leafOf,
        ...others.map((other) => `../${other}/*`),
        '../index.js',
        '../da.js',
        '../en.js',
      ],
      `i18n is a leaf, and src/i18n/${room} does not import ${others.join(', ')}, nor the whole of i18n.`,
    ),
  ),
  layer(
    ['src/internal/**/*.ts'],
    ['**/charts/**', '**/controllers/**', '**/elements/**', wholeI18n],
    'internal is a leaf below the elements.',
  ),
  layer(['src/export/**/*.ts'], [wholeI18n], 'The export is drawn from the elements’ words.'),
  layer(
    ['src/autoloader.ts', 'src/autoloader/**/*.ts'],
    [
      'lit',
      'lit/*',
      'd3-*',
      'zod',
      'zod/*',
      '**/core/**',
      '**/charts/**',
      '**/controllers/**',
      '**/elements/**',
      '**/i18n/**',
      '**/internal/**',
    ],
    'The autoloader stays small: it imports no part of the kit, it loads the elements’ modules by URL.',
  ),
  layer(
    ['src/elements/**/*.ts'],
    ['d3-*', wholeI18n, ['**/i18n/second/**', 'A second line’s words are the guide’s alone (i18n/second).']],
    'Elements render SVG with Lit templates (no d3-selection DOM mutation) from src/charts geometry.',
  ),
  {
    ...layer(
      ['src/elements/spor-conversation-guide/**/*.ts'],
      ['d3-*', wholeI18n],
      'Elements render SVG with Lit templates (no d3-selection DOM mutation) from src/charts geometry.',
    ),
  },
  layer(
    ['stories/**/*.ts', 'demo/**/*.ts'],
    [/\/src\/(?!index\.js$|themes\/[\w-]+\.css$)/],
    'Stories and the demo use only the public entry (src/index.js) and the theme stylesheets.',
  ),
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['scripts/**', '*.config.*', '.storybook/**', 'vite.config.ts', 'tests/interop/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
