import { WelfareContactDirectory } from './contact-directory.component.js';

export { WelfareContactDirectory };

WelfareContactDirectory.define('welfare-contact-directory');

declare global {
  interface HTMLElementTagNameMap {
    'welfare-contact-directory': WelfareContactDirectory;
  }
}
