import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createWelfareEvent, type WelfareEventMap, type WelfareEventName } from './events.js';
import { inheritedLang, loadLocale, matchLocale, onLangChange, withLocale, type Locale } from './locale.js';
import { baseStyles } from './base.styles.js';

/**
 * The base of every welfare-navigator element: guarded registration, typed
 * events, and the element's language.
 *
 * Language: the element's own `lang`, else its nearest ancestor's, else
 * `<html lang>`; it re-renders when any of them changes. Unknown languages
 * fall back to 繁體中文 with one console warning.
 */
export class WelfareElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * Registers the element under `tag`. Loading the bundle twice on one page
   * (a CMS plug-in plus a theme, say) must not break the page, so a second
   * registration warns once and keeps the first.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, ctor);
    } else if (existing !== ctor) {
      console.warn(`welfare-navigator: <${tag}> is already registered (is the bundle loaded twice?); keeping the first.`);
    }
  }

  /** The language this element renders in; reflects `lang` or the inherited one. */
  @property() override lang = '';

  /** The supported locale in use, after fallback. */
  @state() protected locale: Locale = matchLocale(null);

  private stopWatchingLang?: () => void;
  private localeReady: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLang = onLangChange(() => this.resolveLocale());
    this.resolveLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.resolveLocale();
  }

  private resolveLocale(): void {
    const next = matchLocale(this.lang || inheritedLang(this.parentNode instanceof Element ? this.parentNode : this));
    if (next === this.locale) return;
    // Keep the current strings on screen until the new ones have arrived.
    this.localeReady = loadLocale(next).then(
      () => {
        this.locale = next;
      },
      (error: unknown) => console.warn(`welfare-navigator: could not load the ${next} strings`, error),
    );
  }

  /** Waits for the strings of a newly chosen language before rendering. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.localeReady;
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    withLocale(this.locale, () => super.update(changed));
  }

  /** Runs `fn` (e.g. building an announcement outside render) in this element's language. */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  /** Dispatches a typed `welfare-…` event that bubbles out of shadow roots. */
  protected emit<K extends WelfareEventName>(name: K, detail: WelfareEventMap[K]): boolean {
    return this.dispatchEvent(createWelfareEvent(name, detail));
  }
}
