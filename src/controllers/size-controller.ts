import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SizeControllerOptions {
  /** The element to measure; default: the host. */
  readonly target?: () => Element | null | undefined;
  /** The width used until the first measurement, px (default 640). */
  readonly initialWidth?: number;
  /** Changes smaller than this are ignored, px (default 1): it keeps sub-pixel jitter from re-rendering. */
  readonly threshold?: number;
  /**
   * The width to draw at on paper, px (default `a4PrintWidth`). Read when the browser is about to
   * print (`beforeprint`); the screen width comes back on `afterprint`.
   */
  readonly printWidth?: () => number | undefined;
}

/** The page's root font size, px (16 by default; 32 at 200 % text). */
function rootFontSize(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The text width of an A4 portrait page with 15 mm margins: 180 mm at 96 px to the inch. */
export const a4PrintWidth = 680;

/**
 * Tracks an element's content width with a ResizeObserver and re-renders the host when it
 * changes, or when the page's root font size has (the reader's text size, which the charts' labels
 * follow), so charts fill their container (a card, a column, a portal's sidebar). On paper the
 * width is known, not measured: between `beforeprint` and `afterprint` it is the print width, and
 * the host re-renders at once (before the browser lays the pages out), so text and lines are
 * drawn at their printed size; the drawing's CSS scales it down if a host's page is narrower.
 */
export class SizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: SizeControllerOptions;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;
  private frame = 0;
  private screenWidth: number | undefined;
  /** The page's root font size at the last measurement, px: a chart's labels are laid out from it. */
  private rootSize = 0;

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
    this.rootSize = rootFontSize();
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width === undefined || width <= 0 || this.isPrinting) return;
      // The reader's text size changed (text-only zoom): the element's height changes with its
      // text, its width may not, and its drawing's labels need room laid out again.
      const rootSize = rootFontSize();
      const isNewTextSize = rootSize !== this.rootSize;
      if (!isNewTextSize && Math.abs(width - this.width) < (this.options.threshold ?? 1)) return;
      this.rootSize = rootSize;
      this.width = width;
      // Re-render in the next frame, not inside the observer's callback: a chart that changes its
      // own height there would trigger "ResizeObserver loop" errors in the host page.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observeTarget();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  /** True between `beforeprint` and `afterprint`. */
  get isPrinting(): boolean {
    return this.screenWidth !== undefined;
  }

  hostUpdated(): void {
    // The target may be rendered later (or replaced) by the host's template.
    this.observeTarget();
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.screenWidth = undefined;
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

  private readonly onBeforePrint = (): void => {
    const width = this.options.printWidth?.() ?? a4PrintWidth;
    if (!(width > 0)) return;
    this.screenWidth ??= this.width;
    this.width = width;
    // Now, not in a frame: the pages are laid out right after this event.
    this.host.requestUpdate();
  };

  private readonly onAfterPrint = (): void => {
    if (this.screenWidth === undefined) return;
    this.width = this.screenWidth;
    this.screenWidth = undefined;
    this.host.requestUpdate();
  };
}
