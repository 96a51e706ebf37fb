import type { Audience } from '../../core/index.js';

/** What an element's export action reads from it. */
interface Exporting extends HTMLElement {
  readonly data: unknown;
  readonly audience: Audience;
  readonly resilienceConsent: boolean;
}

/**
 * An element's export action: the export module is loaded only when a person uses it, so a page
 * that never exports does not pay for it. The file is saved as a download; the module fires
 * `spor-export` on the element.
 */
export async function exportFile(
  element: Exporting,
  format: 'svg' | 'png' | 'csv',
  series: string,
  locale: string,
): Promise<void> {
  const { saveFile, toCSV, toPNG, toSVG } = await import('../../export/index.js');
  const name = `${element.localName}-${series.replaceAll(',', '-') || 'data'}`.slice(0, 80);
  if (format === 'svg') return saveFile(`${name}.svg`, toSVG(element), 'image/svg+xml');
  if (format === 'png') return saveFile(`${name}.png`, await toPNG(element));
  const text = toCSV(element.data, {
    series,
    locale,
    audience: element.audience,
    resilienceConsent: element.resilienceConsent,
    target: element,
  });
  // A byte order mark, so spreadsheet programs read æ, ø and å as UTF-8.
  saveFile(`${name}.csv`, `\uFEFF${text}`, 'text/csv;charset=utf-8');
}
