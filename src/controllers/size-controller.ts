import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SizeControllerOptions {
  /** The element to measure; default: the host. */
  readonly target?: () => Element | null | undefined;
  /** The width used until the first measurement, px (default 640). */
  readonly initialWidth?: number;
  /** Changes smaller than this are ignored, px (default 1): it keeps sub-pixel jitter from re-rendering. */
  readonly threshold?: number;
}

/**
 * Tracks an element's content width with a ResizeObserver and re-renders the host when it
 * changes, so charts fill their container (a card, a column, a portal's sidebar).
 */
export class SizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: SizeControllerOptions;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private frame = 0;

  /** The measured content width, px. */
  width: number;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SizeControllerOptions = {}) {
    this.host = host;
    this.options = options;
    this.width = options.initialWidth ?? 640;
    host.addController(this);
  }

  hostConnected(): void {
    // Measure once now, so the first render already has the right width (no redraw, no flicker).
    const measured = (this.options.target?.() ?? this.host).getBoundingClientRect().width;
    if (measured > 0) this.width = measured;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width === undefined || width <= 0) return;
      if (Math.abs(width - this.width) < (this.options.threshold ?? 1)) return;
      this.width = width;
      // Re-render in the next frame, not inside the observer's callback: a chart that changes its
      // own height there would trigger "ResizeObserver loop" errors in the host page.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observeTarget();
  }

  hostUpdated(): void {
    // The target may be rendered later (or replaced) by the host's template.
    this.observeTarget();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  private observeTarget(): void {
    const target = this.options.target?.() ?? this.host;
    if (!this.observer || target === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(target);
    this.observed = target;
  }
}
