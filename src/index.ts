/**
 * Spor's public entry: every element (registered under its `spor-*` tag) and the whole core data
 * API, sample personas and JSON Schema included. Hosts that want their own tag names import the
 * classes from `spor/elements/<tag>.component` instead.
 */
export * from './core/index.js';
export * from './elements.js';
export * from './export/index.js';
