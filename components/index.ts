/**
 * welfare-navigator: the one-tag entry, for sites without a bundler:
 * <script type="module" src="welfare-navigator.js">. It registers each
 * element when its tag first appears on the page (components/autoloader.ts),
 * so a page loads only the elements it shows. `welfare-navigator/all`
 * (welfare-navigator-all.js) registers every element at once and exports the
 * element classes; each element also has its own entry.
 */
import { startAutoloader } from './autoloader.js';

export { AUTOLOADED_TAGS, defineAll, discover, startAutoloader, stopAutoloader } from './autoloader.js';
export type { WelfareElement } from './base/welfare-element.js';
export type { WelfareEventMap, WelfareEventName } from './base/events.js';
export type { Locale } from './base/locale.js';
export type { WelfareBenefitFinder } from './benefit-finder/benefit-finder.js';
export type { WelfareEligibilityQuiz } from './eligibility-quiz/eligibility-quiz.js';
export type { WelfareContactDirectory } from './contact-directory/contact-directory.js';
export type { WelfareServiceMap } from './service-map/service-map.js';
export type { WelfareQrCode } from './base/qr-code.js';
export type { WelfareKiosk } from './kiosk/kiosk.js';

startAutoloader();
