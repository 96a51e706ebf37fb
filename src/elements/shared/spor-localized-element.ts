import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { SporElement } from '../../internal/spor-element.js';

/**
 * The base of every Spor element that speaks: the `locale` property, declared once for the kit,
 * and the element's translation (`this.i18n.t`), which follows a `lang` attribute above it.
 */
export abstract class SporLocalizedElement extends SporElement {
  /** The language (`da`, `en`, or one added with `registerLocale`); default: the nearest `lang` attribute, else Danish. */
  @property({ reflect: true }) locale = '';

  protected readonly i18n = new LocaleController(this, { explicit: () => this.locale });

  /**
   * Marks what the element drew with its own language and direction (WCAG 3.1.2): on an Arabic
   * page a Danish chart is read in a Danish voice and runs left to right, instead of inheriting
   * `lang="ar" dir="rtl"` from the page (which flipped its punctuation and mirrored its labels).
   * The marks go on the shadow root's top-level elements, not on the host: the host's `lang` and
   * `dir` are the page's to set (an element follows its `lang`), and they place the host in the page.
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const { locale, dir } = this.i18n;
    for (const node of this.renderRoot.children) {
      if (node.localName === 'style') continue;
      if (node.getAttribute('lang') !== locale) node.setAttribute('lang', locale);
      // A drawing at the top (the sparkline) runs left to right in every language (shared styles).
      if (!(node instanceof SVGElement) && node.getAttribute('dir') !== dir) node.setAttribute('dir', dir);
    }
  }
}
