export interface SporFollowUpSelectDetail {
  /** The recorded follow-up's id; undefined for a check-in of the plan that is not recorded yet. */
  readonly id: string | undefined;
  /** The job the check-in follows up on. */
  readonly jobId: string;
  /** The plan step it counts for (`1-month`); undefined for a check-in beyond the plan. */
  readonly step: string | undefined;
  /** Its due date, `YYYY-MM-DD`. */
  readonly due: string;
}

/**
 * Fired when a person chooses a check-in in `<spor-follow-up-plan>` (click, tap, Enter or Space),
 * so the host can open its own record of it (or make one, when `id` is undefined).
 */
export type SporFollowUpSelectEvent = CustomEvent<SporFollowUpSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spor-follow-up-select': SporFollowUpSelectEvent;
  }
}
