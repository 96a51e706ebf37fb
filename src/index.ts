/**
 * Spor's public entry: every element (registered under its `spor-*` tag), the core data API, the
 * languages and the event types. Hosts that want their own tag names import the classes from
 * `spor/elements/<tag>.component` instead.
 */
// CORE export * from './core/index.js';
export { registerTranslation, da, en, type Translation } from './i18n/index.js';
export type * from './events/index.js';
export { SporSparkline } from './elements/spor-sparkline/spor-sparkline.js';
