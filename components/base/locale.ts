/**
 * Per-element languages on top of @lit/localize's runtime mode.
 *
 * @lit/localize keeps one locale per page; a district office may put an
 * English element beside a Chinese one, and each element follows its own
 * `lang` (or its nearest ancestor's). So we install our own `msg()`
 * implementation that reads the locale of the element being rendered: Lit
 * renders synchronously inside `update()`, and the base element sets
 * `renderingLocale` around that call.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule, MsgFn } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const SOURCE_LOCALE: Locale = sourceLocale;
export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];

type Templates = LocaleModule['templates'];
const loadedTemplates = new Map<Locale, Templates>();
const pendingLoads = new Map<Locale, Promise<void>>();
let renderingLocale: Locale = SOURCE_LOCALE;

try {
  const localizedMsg = (template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
    runtimeMsg(renderingLocale === SOURCE_LOCALE ? undefined : loadedTemplates.get(renderingLocale), template, options);
  _installMsgImplementation(localizedMsg as MsgFn);
} catch {
  // The host page configured @lit/localize itself and shares our copy: strings
  // then follow the page's global locale instead of each element's.
  console.warn('welfare-navigator: @lit/localize is already configured on this page; elements follow its locale.');
}

/** Each language's strings, a chunk of its own; an object, so a test can play a chunk that fails to load. */
export const localeModules: Record<string, () => Promise<LocaleModule>> = {
  en: () => import('./generated/locales/en.js'),
  vi: () => import('./generated/locales/vi.js'),
  id: () => import('./generated/locales/id.js'),
};

/** Each interface language named in itself, for a message that its strings did not load. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  'zh-Hant': '繁體中文',
  en: 'English',
  vi: 'Tiếng Việt',
  id: 'Bahasa Indonesia',
} as Record<Locale, string>;

/** Loads a locale's strings once; resolves when `msg()` can use them. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === SOURCE_LOCALE || loadedTemplates.has(locale)) return Promise.resolve();
  let pending = pendingLoads.get(locale);
  if (!pending) {
    const load = localeModules[locale];
    pending = load
      ? load().then((mod) => void loadedTemplates.set(locale, mod.templates))
      : Promise.reject(new Error(`no strings for ${locale}`));
    pendingLoads.set(locale, pending);
    // A failed load is retried by the next element that asks.
    pending.catch(() => pendingLoads.delete(locale));
  }
  return pending;
}

/** Runs `render` with `msg()` answering in `locale`. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const previous = renderingLocale;
  renderingLocale = loadedTemplates.has(locale) ? locale : SOURCE_LOCALE;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}

const warnedTags = new Set<string>();

/**
 * Maps a BCP 47 tag to a supported locale: zh, zh-TW and zh-Hant-TW read
 * Traditional Chinese; en-GB reads en. Anything else falls back to zh-Hant,
 * with one warning per tag so a typo in `lang` is noticed.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  if (!tag) return SOURCE_LOCALE;
  const lower = tag.trim().toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  if (lower === 'zh' || lower.startsWith('zh-hant') || lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-mo') return SOURCE_LOCALE;
  const language = lower.split('-')[0];
  const byLanguage = LOCALES.find((l) => l.toLowerCase() === language);
  if (byLanguage && language !== 'zh') return byLanguage;
  if (!warnedTags.has(lower)) {
    warnedTags.add(lower);
    console.warn(`welfare-navigator: language "${tag}" is not available; showing 繁體中文 (zh-Hant). Available: ${LOCALES.join(', ')}.`);
  }
  return SOURCE_LOCALE;
}

/** The nearest `lang` at or above `element`, crossing shadow roots, else `<html lang>`. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

type LangListener = () => void;
const langListeners = new Set<LangListener>();
let langObserver: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes.
 * One observer serves every element on the page.
 */
export function onLangChange(listener: LangListener): () => void {
  langListeners.add(listener);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langListeners.forEach((l) => l()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}
