import { WelfareKiosk } from './kiosk.component.js';

export { WelfareKiosk };
export type { KioskView } from './kiosk.component.js';

WelfareKiosk.define('welfare-kiosk');

declare global {
  interface HTMLElementTagNameMap {
    'welfare-kiosk': WelfareKiosk;
  }
}
