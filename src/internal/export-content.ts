/**
 * What an element's drawing holds when it is not the ratings' series (the week hours: the
 * activities): the export module asks the element through this key, so `spor-export` says what
 * was exported whichever way a file was made (the element's buttons or a host's `toSVG(el)`).
 */
export const exportContent = Symbol.for('spor.exportContent');

export interface ExportContent {
  /** What the file holds, for `spor-export`'s `series`. */
  readonly series: ReadonlyArray<string>;
  /** True when self-reported, health-like data is in it. */
  readonly includesSelfReport: boolean;
}

/** An element that says what its drawing holds. */
export interface SaysExportContent {
  [exportContent](): ExportContent | undefined;
}

/** What `element` says its drawing holds; undefined when it draws the ratings' series. */
export function exportContentOf(element: Element): ExportContent | undefined {
  const ask = (element as Partial<SaysExportContent>)[exportContent];
  return typeof ask === 'function' ? ask.call(element) : undefined;
}
