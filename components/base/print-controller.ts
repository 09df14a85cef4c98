import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed, for elements that draw long lists a page
 * at a time: a printout has every entry, whether printed from the browser's
 * menu or from the element's own button.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onBeforePrint = () => this.set(true);
  private readonly onAfterPrint = () => this.set(false);

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** Draws everything, opens the print dialog, and goes back to pages. */
  async print(): Promise<void> {
    this.set(true);
    await this.host.updateComplete;
    window.print();
    this.set(false);
  }

  private set(printing: boolean): void {
    this.printing = printing;
    this.host.requestUpdate();
  }
}
