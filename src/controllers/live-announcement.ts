import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What an element's polite live region says. `say` sets it at once (a new step's chart); `sayAfterPause`
 * waits until the changes stop for `pause` ms and then says the last one only, so a keyboard
 * moving through a list (arrow keys through the focus areas, each drawing another chart) hears one
 * sentence when it rests, not one per key. Whatever is pending is dropped by the next `say` or
 * `sayAfterPause`, by `silence` (another person, another language) and when the host leaves the page.
 */
export class LiveAnnouncement implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly pause: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private said = '';

  constructor(host: ReactiveControllerHost, pause = 800) {
    this.host = host;
    this.pause = pause;
    host.addController(this);
  }

  /** The words the live region holds now. */
  get text(): string {
    return this.said;
  }

  say(text: string): void {
    this.cancel();
    this.said = text;
  }

  sayAfterPause(text: string): void {
    this.cancel();
    this.said = '';
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.said = text;
      this.host.requestUpdate();
    }, this.pause);
  }

  silence(): void {
    this.say('');
  }

  hostDisconnected(): void {
    this.silence();
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
