import { WelfareBenefitFinder } from './benefit-finder.component.js';

export { WelfareBenefitFinder };

WelfareBenefitFinder.define('welfare-benefit-finder');

declare global {
  interface HTMLElementTagNameMap {
    'welfare-benefit-finder': WelfareBenefitFinder;
  }
}
