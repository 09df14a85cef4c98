/**
 * dist/embed.html: one element of the kit, full width, for a site whose CMS
 * allows an iframe but no script. The page reads its query string:
 *
 * - `element`: benefit-finder, eligibility-quiz, contact-directory or service-map;
 * - `district`, `lang` (zh-Hant, en, vi, id) and `theme` (light, dark, contrast);
 * - `origin`: the host page's origin. Only with it does the page tell its host
 *   what happens inside (the elements' events, by postMessage to that origin
 *   alone: quiz answers never go to any other page). Its height is sent to
 *   that origin too, or to any parent when `origin` is absent (a height says
 *   nothing about the resident).
 *
 * Messages: `{ source: 'welfare-navigator', type: 'height', height }` and
 * `{ source: 'welfare-navigator', type: 'event', name, detail }`. The host
 * script (embed-host.js, docs/embedding.md) resizes the iframe and re-sends
 * events on it, after checking the message's origin and source window.
 */
import { msg } from '@lit/localize';
import { loadLocale, matchLocale, withLocale } from '../base/locale.js';

const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'benefit-finder': () => import('../benefit-finder/benefit-finder.js'),
  'eligibility-quiz': () => import('../eligibility-quiz/eligibility-quiz.js'),
  'contact-directory': () => import('../contact-directory/contact-directory.js'),
  'service-map': () => import('../service-map/service-map.js'),
};
const THEMES = ['light', 'dark', 'contrast'];

/** The events an element of the kit sends (WelfareEventMap in components/base/events.ts). */
const EVENTS = [
  'welfare-benefit-select',
  'welfare-search',
  'welfare-show-on-map',
  'welfare-show-contact',
  'welfare-contact-select',
  'welfare-quiz-change',
  'welfare-quiz-complete',
  'welfare-location-select',
  'welfare-error',
];

const MESSAGE_SOURCE = 'welfare-navigator';

/** The host's origin from `origin=`, or undefined when absent or not an http(s) origin. */
export function hostOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function post(message: object, targetOrigin: string): void {
  if (window.parent !== window) window.parent.postMessage({ source: MESSAGE_SOURCE, ...message }, targetOrigin);
}

/** Sends the page's height whenever it changes, so the host can size the iframe to it. */
function reportHeight(targetOrigin: string): void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: 'height', height }, targetOrigin);
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

/** The page's own message when its address names no element it can show. */
function showProblem(main: HTMLElement, name: string | null): void {
  const text = msg('這個嵌入網址沒有指定可以顯示的工具。請用嵌入設定頁重新產生網址。', {
    desc: 'Embed page (an iframe on another site): its address names no element of the kit, or one it cannot show',
  });
  const note = document.createElement('p');
  note.className = 'embed-problem';
  note.setAttribute('role', 'alert');
  note.textContent = text;
  main.replaceChildren(note);
  console.warn(`welfare-navigator embed: element=${name ?? ''} is not one of ${Object.keys(ELEMENTS).join(', ')}`);
}

export async function startEmbed(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const main = document.querySelector('main')!;
  const locale = matchLocale(params.get('lang'));
  document.documentElement.lang = locale;
  const theme = params.get('theme');
  if (theme && THEMES.includes(theme)) document.documentElement.dataset.theme = theme;
  const origin = hostOrigin(params.get('origin'));
  reportHeight(origin ?? '*');

  const name = params.get('element');
  const load = name ? ELEMENTS[name] : undefined;
  if (!load) {
    await loadLocale(locale).catch(() => undefined);
    withLocale(locale, () => showProblem(main, name));
    return;
  }
  const element = document.createElement(`welfare-${name}`);
  const district = params.get('district');
  if (district) element.setAttribute('district', district);
  if (origin) {
    for (const event of EVENTS) {
      element.addEventListener(event, (e) => post({ type: 'event', name: event, detail: (e as CustomEvent).detail }, origin));
    }
  }
  main.replaceChildren(element);
  await load();
}

void startEmbed();
