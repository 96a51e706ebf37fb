import type { Experience } from '../core/index.js';

export interface SporExperienceSaveDetail {
  /**
   * The entry, whole, valid under `ExperienceSchema`: its date a local `YYYY-MM-DD`, its text as
   * written, `shared` false unless the young person chose to share it.
   */
  readonly entry: Experience;
  /** Whose log it is: `data.participant.id` when the entry was saved. */
  readonly participant: string;
  /** True for a new entry; false when the young person changed one of their own (same `id`). */
  readonly isNew: boolean;
}

/**
 * Fired when the young person saves an entry in `<spor-experience-log>`. The host stores it and
 * sets `data` with it; the element shows the host's data, not its own copy.
 */
export type SporExperienceSaveEvent = CustomEvent<SporExperienceSaveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spor-experience-save': SporExperienceSaveEvent;
  }
}
