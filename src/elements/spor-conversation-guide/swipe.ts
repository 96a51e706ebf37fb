/** A swipe this long (CSS px), mostly sideways, turns the page. */
const swipeDistance = 80;

/**
 * Swiping is a bonus for touch; the buttons do the same for everyone. A touch that starts outside
 * the controls and moves far enough, mostly sideways, is a step forward or back, in the element's
 * own direction (its language's, not the page's): Next stands at its end.
 */
export class Swipe {
  private start: { x: number; y: number } | undefined;

  /** Where a touch starts, unless it starts on a control (typing, choosing, a button). */
  down(event: PointerEvent): void {
    const target = event.composedPath()[0];
    const isControl = target instanceof Element && target.closest('textarea, input, button, label') !== null;
    this.start =
      event.pointerType === 'touch' && !isControl ? { x: event.clientX, y: event.clientY } : undefined;
  }

  /** The step the swipe asks for: +1 forward, -1 back, 0 for no swipe. */
  up(event: PointerEvent, isRtl: boolean): -1 | 0 | 1 {
    const start = this.start;
    this.start = undefined;
    if (!start) return 0;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) < swipeDistance || Math.abs(event.clientY - start.y) > Math.abs(dx) / 2) return 0;
    const isForward = isRtl ? dx > 0 : dx < 0;
    return isForward ? 1 : -1;
  }

  /** The step a swipe leads to from `step` of `0…count`, or undefined when none or past either end. */
  stepAfter(event: PointerEvent, isRtl: boolean, step: number, count: number): number | undefined {
    const next = step + this.up(event, isRtl);
    return next !== step && next >= 0 && next <= count ? next : undefined;
  }
}
