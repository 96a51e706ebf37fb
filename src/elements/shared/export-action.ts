import type { Audience } from '../../core/index.js';
import type { ChartTable } from '../../export/table-csv.js';

/** What an element's export action reads from it. */
interface Exporting extends HTMLElement {
  readonly data: unknown;
  readonly audience: Audience;
  readonly resilienceConsent: boolean;
}

/**
 * An element's export action: the export module is loaded only when a person uses it, so a page
 * that never exports does not pay for it. The file is saved as a download; the module fires
 * `spor-export` on the element. A chart that draws its own table (`table`: the week hours) exports
 * that table as its CSV, so the file holds what the chart shows.
 */
export async function exportFile(
  element: Exporting,
  format: 'svg' | 'png' | 'csv',
  series: string,
  locale: string,
  table?: ChartTable,
): Promise<void> {
  const { chartTableCSV, saveFile, toCSV, toPNG, toSVG } = await import('../../export/actions.js');
  const name = `${element.localName}-${series.replaceAll(',', '-') || 'data'}`.slice(0, 80);
  if (format === 'svg') return saveFile(`${name}.svg`, toSVG(element), 'image/svg+xml');
  if (format === 'png') return saveFile(`${name}.png`, await toPNG(element));
  // A BOM before the text, so spreadsheet programs read æ, ø and å as UTF-8.
  const save = (text: string) => saveFile(`${name}.csv`, `\uFEFF${text}`, 'text/csv;charset=utf-8');
  if (table) {
    return save(chartTableCSV(table, { audience: element.audience, data: element.data, target: element }));
  }
  const text = toCSV(element.data, {
    series,
    locale,
    audience: element.audience,
    resilienceConsent: element.resilienceConsent,
    target: element,
  });
  save(text);
}
