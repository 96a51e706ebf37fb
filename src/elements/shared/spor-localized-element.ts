import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { SporElement } from '../../internal/spor-element.js';

/**
 * The base of every Spor element that speaks: the `locale` property, declared once for the kit,
 * and the element's translation (`this.i18n.t`), which follows a `lang` attribute above it.
 */
export abstract class SporLocalizedElement extends SporElement {
  /** The language, `da` or `en`; default: the nearest `lang` attribute, else Danish. */
  @property({ reflect: true }) locale = '';

  protected readonly i18n = new LocaleController(this, { explicit: () => this.locale });
}
