import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mayRestoreState } from '../core/people/host-value.js';

/** What a form-associated element holds after an update, for its `<form>`. */
export type FormEntry =
  /** Its input cannot be used: nothing is submitted and the form is invalid. */
  | { readonly kind: 'unusable' }
  /** Everything needed is there: `value` is submitted, `state` kept for the browser to restore. */
  | { readonly kind: 'complete'; readonly value: string; readonly state: string }
  /**
   * `count` answers are missing: nothing is submitted; the browser points at `anchor()` (the first
   * missing one) when it reports the form. `state` is kept all the same.
   */
  | {
      readonly kind: 'missing';
      readonly count: number;
      readonly state: string;
      readonly anchor: () => HTMLElement | undefined;
    };

/** A state the browser gave back, with the key it was saved under (undefined: it named none). */
interface Restored {
  readonly key: string | undefined;
  readonly input: unknown;
}

export interface FormAssociationOptions {
  /** What the element holds now; read after every update and handed to the form. Required. */
  readonly entry: () => FormEntry;
  /** The validity messages in the host's language: unusable input, and `count` answers missing. Required. */
  readonly messages: () => { readonly unusable: string; readonly missing: (count: number) => string };
  /** The form was reset: put the element back as it started. Default: nothing. */
  readonly onReset?: (() => void) | undefined;
  /**
   * The missing answers should show at their items: the host form's own submit found the element
   * incomplete (the browser fires `invalid`), or the host called `reportValidity`. Default: nothing.
   */
  readonly onInvalid?: (() => void) | undefined;
}

/**
 * Takes part in a `<form>` for a form-associated element (`static formAssociated = true`) through
 * its `ElementInternals`: the value it submits and its validity after every update, `form`,
 * `checkValidity` and `reportValidity`, the form's reset, a disabled `<fieldset>` around it, and
 * a state the browser restores (on back/forward or a reload). The element's own `formResetCallback`,
 * `formDisabledCallback` and `formStateRestoreCallback` hand over to `reset`, `disable` and `restore`.
 *
 * A restored state is untrusted and may come before the element knows whose form it is: it is kept
 * until `takeRestored` is asked for the key it was saved under (core's `mayRestoreState`).
 */
export class FormAssociationController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: FormAssociationOptions;
  private readonly internals: ElementInternals;
  private restored: Restored | undefined;
  private isFormDisabled = false;
  private isRestoreNew = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FormAssociationOptions) {
    this.host = host;
    this.options = options;
    this.internals = host.attachInternals();
    // The browser fires `invalid` when the host form's own submit finds the element incomplete.
    host.addEventListener('invalid', () => options.onInvalid?.());
    host.addController(this);
  }

  /** The form the element belongs to, as for native controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** True when a disabled `<fieldset>` (or form) around the element turns it off. */
  get isDisabled(): boolean {
    return this.isFormDisabled;
  }

  /** True when a restored state came since the last `takeRestored`: the element should look anew. */
  get hasNewRestore(): boolean {
    return this.isRestoreNew;
  }

  /** Why the element is invalid, in the host's language ('' when it is valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and shows the missing answers (`onInvalid`). */
  reportValidity(): boolean {
    this.options.onInvalid?.();
    return this.internals.reportValidity();
  }

  /** Sends the form, as a native submit button would; nothing outside a form. */
  requestSubmit(): void {
    this.internals.form?.requestSubmit();
  }

  /** From `formResetCallback`. */
  reset(): void {
    this.options.onReset?.();
  }

  /** From `formDisabledCallback`. */
  disable(disabled: boolean): void {
    if (disabled === this.isFormDisabled) return;
    this.isFormDisabled = disabled;
    this.host.requestUpdate();
  }

  /** From `formStateRestoreCallback`: keeps a state saved as JSON; anything else is ignored. */
  restore(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const input = parseJson(state);
    if (input === undefined) return;
    const key = typeof input === 'object' && input !== null ? (input as { key?: unknown }).key : undefined;
    this.restored = { key: typeof key === 'string' ? key : undefined, input };
    this.isRestoreNew = true;
    this.host.requestUpdate();
  }

  /**
   * The restored state when it may fill the draft open under `key` (core's `mayRestoreState`), once;
   * else undefined, and it is kept for a later key. Either way the restore is no longer new.
   */
  takeRestored(key: string, isAnonymous: boolean): unknown {
    this.isRestoreNew = false;
    const restored = this.restored;
    if (!restored || !mayRestoreState(restored.key, key, isAnonymous)) return undefined;
    this.restored = undefined;
    return restored.input;
  }

  hostUpdated(): void {
    const entry = this.options.entry();
    const messages = this.options.messages();
    if (entry.kind === 'unusable') {
      this.internals.setFormValue(null);
      this.internals.setValidity({ customError: true }, messages.unusable);
    } else if (entry.kind === 'complete') {
      this.internals.setFormValue(entry.value, entry.state);
      this.internals.setValidity({});
    } else {
      this.internals.setFormValue(null, entry.state);
      this.internals.setValidity({ valueMissing: true }, messages.missing(entry.count), entry.anchor());
    }
  }
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    // A state we cannot read is a form to fill in again, not an error for the host.
    return undefined;
  }
}
