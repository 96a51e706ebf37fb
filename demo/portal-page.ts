import { directionOf } from '../src/index.js';
import '../src/themes/dark.css';
import '../src/themes/high-contrast.css';
import '../src/themes/public-sector.css';

/**
 * `?page=ar` (or any language tag) shows a demo page as a portal page in that language would be:
 * `<html lang="ar" dir="rtl">`, with the kit inside it speaking the demo's chosen language.
 */
const page = new URLSearchParams(location.search).get('page');

/** The page's language: the portal's (`?page=`) when given, else the demo's chosen language. */
export function setPageLanguage(locale: string): void {
  const lang = page ?? locale;
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  if (page === null) return;
  // The demo's own words are in the demo's language, and say so, as a portal's Danish section
  // would (WCAG 3.1.2); the kit's elements stand directly in the portal's page.
  for (const node of document.querySelectorAll(
    '.masthead, .controls, .page-head, #heading, #lead, h2[data-text]',
  )) {
    node.setAttribute('lang', locale);
    node.setAttribute('dir', directionOf(locale));
  }
}

/** On a portal page of another language the kit is told its language; else it follows the page. */
export const isPortalPage = page !== null;

/** `?look=public-sector` (or `dark`, `high-contrast`): the page in one of the kit's built-in looks. */
const look = new URLSearchParams(location.search).get('look');
if (look && /^[a-z-]+$/.test(look)) document.documentElement.classList.add(`spor-theme-${look}`);
