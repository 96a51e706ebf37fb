import { defineElement } from '../../internal/spor-element.js';
import { SporTraitStar } from './spor-trait-star.component.js';

export { SporTraitStar };

defineElement('spor-trait-star', SporTraitStar);

declare global {
  interface HTMLElementTagNameMap {
    'spor-trait-star': SporTraitStar;
  }
}
