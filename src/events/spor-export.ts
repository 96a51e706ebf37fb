import type { Audience } from '../core/index.js';

export interface SporExportDetail {
  /** What was made: a standalone SVG drawing, a PNG picture or the numbers as CSV. */
  readonly format: 'svg' | 'png' | 'csv';
  /** The series in it, as framework ids (`initiative`, `work-readiness`), in their order. */
  readonly series: ReadonlyArray<string>;
  /** Who it was made for: what this audience may see is all it holds. */
  readonly audience: Audience;
  /** True when self-reported, health-like data (resilience) may be in it. */
  readonly includesSelfReport: boolean;
  /** The young person it is about (`participant.id`), for the host's log. */
  readonly participantId: string;
}

/**
 * Fired whenever the kit makes an export (`toSVG`, `toPNG`, `toCSV`, or an element's export
 * action), on the element exported or, for `toCSV`, on its `target` (default: `document`): the
 * data is personal, so the host can log who took what out.
 */
export type SporExportEvent = CustomEvent<SporExportDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spor-export': SporExportEvent;
  }
}
