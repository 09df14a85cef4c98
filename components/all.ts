/**
 * welfare-navigator/all (welfare-navigator-all.js): registers every element
 * at once and exports their classes, for hosts that want everything loaded
 * up front (a kiosk, an app that renders the elements in its own shadow
 * roots). The one-tag entry, index.ts, loads each element on first use.
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
