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
}

export type WelfareEventName = keyof WelfareEventMap;

export function createWelfareEvent<K extends WelfareEventName>(name: K, detail: WelfareEventMap[K]): CustomEvent<WelfareEventMap[K]> {
  return new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail });
}
