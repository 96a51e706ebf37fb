import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { BuiltInWords, CommonTranslation } from '../../i18n/translation.js';
import { SporElement } from '../../internal/spor-element.js';

/**
 * The base of every Spor element that speaks: the `locale` property, declared once for the kit,
 * and the element's words (`this.i18n.t`) in the language of a `lang` attribute above it.
 */
export abstract class SporLocalizedElement<
  Words extends CommonTranslation = CommonTranslation,
> extends SporElement {
  /** The language (`da`, `en`, or one added with `registerLocale`); default: the nearest `lang` attribute, else Danish. */
  @property({ reflect: true }) locale = '';

  /**
   * The element's words in the built-in languages: the areas it shows (`chartsWords`, `formWords`
   * … from `src/i18n`), so an element imports no other element's words.
   */
  protected abstract readonly words: BuiltInWords<Words>;

  protected readonly i18n = new LocaleController<Words>(this, {
    explicit: () => this.locale,
    words: () => this.words,
  });

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
