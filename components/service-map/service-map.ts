import { WelfareServiceMap } from './service-map.component.js';

export { WelfareServiceMap };

WelfareServiceMap.define('welfare-service-map');

declare global {
  interface HTMLElementTagNameMap {
    'welfare-service-map': WelfareServiceMap;
  }
}
