import type { Answers } from '../../src/eligibility/facts.js';
import type { Member } from '../../src/eligibility/household.js';

/** A household as the quiz knows it (docs/eligibility.md): the JSON its share link carries. */
export interface HouseholdJson {
  version: number;
  members: Member[];
  facts: Answers;
}

/**
 * The events the elements send, with their `detail` types. Every event
 * bubbles and is composed, so a host page can listen on `document`.
 */
export interface WelfareEventMap {
  /** An element could not load or use its data; `detail.message` is localized. */
  'welfare-error': { message: string; cause?: unknown };
  /** The finder opened a benefit. */
  'welfare-benefit-select': { id: string };
  /** The finder's query or filters changed. */
  'welfare-search': { query: string; category: string; audiences: string[]; count: number };
  /**
   * The quiz recorded an answer: `question` is its key (`household-status`, or
   * `situations@m2` for a member's; `roster` for the household list), `answer`
   * null for "don't know" / "prefer not to say", `household` all answers so far.
   */
  'welfare-quiz-change': {
    question: string;
    answer: string | boolean | number | readonly string[] | null;
    household: HouseholdJson;
    asked: number;
    remaining: number;
  };
  /** The quiz showed its results: the household and benefit ids by group (likely / check with the office / not eligible). */
  'welfare-quiz-complete': { household: HouseholdJson; likely: string[]; moreInfo: string[]; unlikely: string[] };
  /** "Show on map" was pressed (the directory); the map shows that location. */
  'welfare-show-on-map': { locationId: string };
  /** Another element asks the directory to show an organization's (or one service's) contacts; dispatch on document. */
  'welfare-show-contact': { organizationId: string; serviceId?: string };
  /** The directory's resident called or asked for the map of an entry, or another element asked to show it. */
  'welfare-contact-select': { organizationId: string; serviceId?: string };
  /** The map selected a place (in its list, on the map, or by `focusLocation`); `services` are the ids of every service there. */
  'welfare-location-select': { id: string; services: string[] };
  /**
   * The kiosk cleared everything and is back at its start screen: `idle` after
   * the idle timeout, `visitor` when "start over" was pressed, `api` for `reset()`.
   */
  'welfare-kiosk-reset': { reason: 'idle' | 'visitor' | 'api' };
}

export type WelfareEventName = keyof WelfareEventMap;

export function createWelfareEvent<K extends WelfareEventName>(name: K, detail: WelfareEventMap[K]): CustomEvent<WelfareEventMap[K]> {
  return new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail });
}
