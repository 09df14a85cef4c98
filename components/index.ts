/**
 * welfare-navigator: one module that registers every element, for sites
 * without a bundler: <script type="module" src="welfare-navigator.js">.
 */
export { WelfareElement } from './base/welfare-element.js';
export type { WelfareEventMap, WelfareEventName } from './base/events.js';
export { LOCALES, SOURCE_LOCALE, type Locale } from './base/locale.js';
export { WelfareBenefitFinder } from './benefit-finder/benefit-finder.js';
export { WelfareEligibilityQuiz } from './eligibility-quiz/eligibility-quiz.js';
export { WelfareContactDirectory } from './contact-directory/contact-directory.js';
export { WelfareServiceMap } from './service-map/service-map.js';
export { WelfareQrCode } from './base/qr-code.js';
export { WelfareKiosk } from './kiosk/kiosk.js';
