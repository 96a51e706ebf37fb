import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A view that can be given the screen (`fill`). */
export type OneScreenHost = ReactiveControllerHost & HTMLElement & { readonly fill: boolean };

/**
 * With `fill`, the trend chart's drawing height from the view's box, px: taller than wide, 40 % of
 * the height, so the plot keeps its share of a tall screen (its width alone would stop at 420 px);
 * wider than tall, what the charts' column has room for beside the guide (55 % of the height, and
 * no taller than three quarters of the column's width, about 0.36 of the view's). 0: from the width.
 */
export function plotHeightIn(box: { readonly width: number; readonly height: number } | undefined): number {
  if (!box || box.width <= 0 || box.height <= 0) return 0;
  return Math.round(
    box.height > box.width ? box.height * 0.4 : Math.min(box.height * 0.55, box.width * 0.36),
  );
}

/**
 * The room left for typing, px: when the part of the page a person sees (the visual viewport; an
 * on-screen keyboard shrinks it, while the layout viewport and `100vh` stay) ends above the view's
 * bottom while a text field in it has focus, the height from the view's top to what is seen.
 * Undefined when nothing is covered.
 */
export function typingRoomIn(
  box: { readonly top: number; readonly bottom: number },
  seenBottom: number,
  isTyping: boolean,
): number | undefined {
  if (!isTyping || seenBottom >= box.bottom - 1) return undefined;
  return Math.max(0, Math.floor(seenBottom - Math.max(0, box.top)));
}

/** Whether the focus, through nested shadow roots, is in a text field of `host`. */
export function isTextFieldIn(host: Element): boolean {
  let active = host.shadowRoot?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return (
    active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')
  );
}

/**
 * What the conversation view needs to fill the screen it is given: the trend chart's plot height
 * from its box (`plotHeight`) and, while an on-screen keyboard covers its lower part, the height
 * still seen (`typingRoom`), so the field typed in and Next stay in sight. Both are 0 / undefined
 * without `fill`; the host re-renders when either changes.
 */
export class OneScreenController implements ReactiveController {
  plotHeight = 0;
  typingRoom: number | undefined;
  private readonly host: OneScreenHost;
  private readonly observer = new ResizeObserver(([entry]) => {
    const height = this.host.fill ? plotHeightIn(entry?.contentRect) : 0;
    // In the next frame, not inside the observer's callback (no "ResizeObserver loop" in the page).
    if (Math.abs(height - this.plotHeight) > 1) {
      requestAnimationFrame(() => {
        this.plotHeight = height;
        this.host.requestUpdate();
      });
    }
  });

  constructor(host: OneScreenHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
    window.visualViewport?.addEventListener('resize', this.onScreen);
    window.visualViewport?.addEventListener('scroll', this.onScreen);
    this.host.addEventListener('focusin', this.onScreen);
    this.host.addEventListener('focusout', this.onScreen);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    window.visualViewport?.removeEventListener('resize', this.onScreen);
    window.visualViewport?.removeEventListener('scroll', this.onScreen);
    this.host.removeEventListener('focusin', this.onScreen);
    this.host.removeEventListener('focusout', this.onScreen);
  }

  /** `fill` changed: observed anew, the box is reported at once and the plot's height follows. */
  fillChanged(): void {
    this.observer.unobserve(this.host);
    this.observer.observe(this.host);
  }

  private readonly onScreen = (): void => {
    // After focus has settled (focusout comes before the next focusin).
    requestAnimationFrame(() => {
      const viewport = window.visualViewport;
      const seen = viewport ? viewport.offsetTop + viewport.height : innerHeight;
      const room = typingRoomIn(
        this.host.getBoundingClientRect(),
        seen,
        this.host.fill && isTextFieldIn(this.host),
      );
      if (room !== this.typingRoom) {
        this.typingRoom = room;
        this.host.requestUpdate();
      }
    });
  };
}

/**
 * With `fill`, when the visual viewport changes (an on-screen keyboard opens), the field being
 * typed in is scrolled into sight within its panel once the layout has followed.
 */
export class FieldInSightController implements ReactiveController {
  private readonly host: OneScreenHost;

  constructor(host: OneScreenHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.visualViewport?.addEventListener('resize', this.keepInSight);
  }

  hostDisconnected(): void {
    window.visualViewport?.removeEventListener('resize', this.keepInSight);
  }

  private readonly keepInSight = (): void => {
    if (!this.host.fill) return;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const root = this.host.shadowRoot;
        root?.querySelector<HTMLElement>('textarea:focus, input:focus')?.scrollIntoView({ block: 'nearest' });
      }),
    );
  };
}
