import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * While something a hover or the keyboard showed is open (a chart's callout), Escape closes it
 * wherever the focus is (in the element, elsewhere on the page, nowhere) and while the pointer
 * still rests where it opened it: WCAG 1.4.13 asks that such content can be dismissed without
 * moving the pointer or the focus. The page is listened to only while it is open and the host is
 * on the page; an Escape another widget already handled (`defaultPrevented`) is left alone.
 */
export class EscapeDismissController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly isOpen: () => boolean;
  private readonly dismiss: () => void;

  constructor(host: ReactiveControllerHost & Element, isOpen: () => boolean, dismiss: () => void) {
    this.host = host;
    this.isOpen = isOpen;
    this.dismiss = dismiss;
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostUpdated(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('keydown', this.onKeydown);
  }

  private listen(): void {
    const document = this.host.ownerDocument;
    if (this.isOpen() && this.host.isConnected) document.addEventListener('keydown', this.onKeydown);
    else document.removeEventListener('keydown', this.onKeydown);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.isOpen()) return;
    this.dismiss();
  };
}
