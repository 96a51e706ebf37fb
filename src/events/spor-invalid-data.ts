/** One problem found in the data a host gave an element. */
export interface InvalidDataIssue {
  /** Where the problem is, as keys and indexes from the top of the input. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, in the element's language. */
  readonly message: string;
}

export interface SporInvalidDataDetail {
  readonly issues: ReadonlyArray<InvalidDataIssue>;
}

/** Fired when an element is given data it cannot draw. It then shows an error state instead. */
export type SporInvalidDataEvent = CustomEvent<SporInvalidDataDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'spor-invalid-data': SporInvalidDataEvent;
  }
}
