export interface SporExperienceDeleteDetail {
  /** The entry's `id`. */
  readonly id: string;
  /** Whose log it is: `data.participant.id` when the entry was deleted. */
  readonly participant: string;
}

/**
 * Fired when the young person deletes one of their entries in `<spor-experience-log>`, after they
 * said yes once. The host removes it and sets `data` without it.
 */
export type SporExperienceDeleteEvent = CustomEvent<SporExperienceDeleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spor-experience-delete': SporExperienceDeleteEvent;
  }
}
