import { css } from 'lit';

/**
 * The kit's design tokens: every element maps the global `--spor-*` custom properties to private
 * `--_*` variables here, with the defaults in one place. A host themes the kit by setting the
 * global properties anywhere above the element.
 *
 * The series palette is distinguishable under the common colour-vision deficiencies (after Okabe &
 * Ito, darkened to reach 3:1 against white) and holds no alarm red.
 */
export const tokens = css`
  :host {
    --_font-family: var(--spor-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--spor-font-size, 1rem);
    --_font-size-small: var(--spor-font-size-small, 0.875rem);
    --_color-text: var(--spor-color-text, #1a1a1a);
    --_color-text-muted: var(--spor-color-text-muted, #595959);
    --_color-surface: var(--spor-color-surface, #ffffff);
    --_color-border: var(--spor-color-border, #767676);
    --_color-grid: var(--spor-color-grid, #d9d9d9);
    --_color-focus: var(--spor-color-focus, #0b5cad);
    --_color-error: var(--spor-color-error, #8a1c1c);
    --_color-series-1: var(--spor-color-series-1, #0b5cad);
    --_color-series-2: var(--spor-color-series-2, #b35900);
    --_color-series-3: var(--spor-color-series-3, #00735c);
    --_color-series-4: var(--spor-color-series-4, #8f3f71);
    --_color-series-5: var(--spor-color-series-5, #4d4d4d);
    --_color-series-6: var(--spor-color-series-6, #5a6e00);
    --_radius: var(--spor-radius, 0.5rem);
    --_space: var(--spor-space, 1rem);
    --_focus-ring-width: var(--spor-focus-ring-width, 3px);
  }
`;
