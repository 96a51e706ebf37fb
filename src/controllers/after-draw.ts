import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InvalidDataIssue } from '../events/index.js';

/**
 * What an element hands on once it has drawn, each once: the new issues with its own inputs, to the
 * host (`report`, the element's `spor-invalid-data`), and focus, to the control the last action
 * asked for (the next prompt, the entry just saved). Both wait for the drawing, so the host hears
 * of a state it can see, and focus lands on what is there.
 */
export class AfterDrawController implements ReactiveController {
  private issues: ReadonlyArray<InvalidDataIssue> | undefined;
  private focus: (() => HTMLElement | null | undefined) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly report: (issues: ReadonlyArray<InvalidDataIssue>) => void,
  ) {
    host.addController(this);
  }

  /** The issues to hand to the host after this drawing; undefined: none (the last kept ones go). */
  reportIssues(issues: ReadonlyArray<InvalidDataIssue> | undefined): void {
    this.issues = issues;
  }

  /** Where focus goes after this drawing: `find` is asked then, when the control is drawn. */
  focusOn(find: () => HTMLElement | null | undefined): void {
    this.focus = find;
  }

  hostUpdated(): void {
    const issues = this.issues;
    this.issues = undefined;
    if (issues) this.report(issues);
    const find = this.focus;
    this.focus = undefined;
    find?.()?.focus();
  }
}
