import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { createWelfareEvent, type WelfareEventMap, type WelfareEventName } from './events.js';
import { inheritedLang, loadLocale, matchLocale, onLangChange, withLocale, type Locale } from './locale.js';
import { baseStyles } from './base.styles.js';
import { renderDataSourceNotice } from './status.js';
import { DEFAULT_DATA_TIMEOUT_MS, DataSourceError, forgetDataSource, type DataSource } from '../../src/data/data-source.js';

/**
 * The base of every welfare-navigator element: guarded registration, typed
 * events, and the element's language.
 *
 * Language: the element's own `lang`, else its nearest ancestor's, else
 * `<html lang>`; it re-renders when any of them changes. Unknown languages
 * fall back to 繁體中文 with one console warning.
 *
 * @csspart language-note - The note, in Tiếng Việt and Bahasa Indonesia, that benefit and service content is shown in English.
 * @csspart data-notice - The notice that newer data (`data-src`) was refused and the bundled data is shown, with a retry.
 * @csspart status - Loading, empty and error messages (the shared status view).
 *
 * @cssprop --welfare-color-primary - Buttons, links and accents (default `#0b5cab`).
 * @cssprop --welfare-color-on-primary - Text on primary-coloured buttons (default `#ffffff`).
 * @cssprop --welfare-color-surface - Background of cards, fields and notices (default `#ffffff`).
 * @cssprop --welfare-color-text - Text colour (default `#1b1b1b`).
 * @cssprop --welfare-color-muted - Secondary text (default `#4a4a4a`).
 * @cssprop --welfare-color-border - Borders of fields, cards and notices (default `#767676`).
 * @cssprop --welfare-color-danger - Errors and warnings (default `#a4262c`).
 * @cssprop --welfare-color-focus - The keyboard focus ring (default `#1a73e8`).
 * @cssprop --welfare-color-warning - Notes to check, plan updates, unknown conditions (default `#8a5a00`).
 * @cssprop --welfare-color-success - Conditions met, likely benefits (default `#1e7b34`).
 * @cssprop --welfare-color-highlight - Background of matched search words; the text on it stays dark (default `#fff0a8`).
 * @cssprop --welfare-radius - Corner radius (default `0.5rem`).
 * @cssprop --welfare-spacing - The basic space between and inside blocks (default `1rem`).
 * @cssprop --welfare-target-size - Smallest size of buttons, links and fields (default `44px`).
 * @cssprop --welfare-font-family - Font (default: inherited from the page).
 * @cssprop --welfare-font-size - Base font size (default `1rem`).
 */
export class WelfareElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * Registers the element under `tag`. Loading the bundle twice on one page
   * (a CMS plug-in plus a theme, say) must not break the page, so a second
   * registration warns once and keeps the first. Without a custom element
   * registry (a server render in Node) it registers nothing.
   */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    if (typeof customElements === 'undefined') return;
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, ctor);
    } else if (existing !== ctor) {
      console.warn(`welfare-navigator: <${tag}> is already registered (is the bundle loaded twice?); keeping the first.`);
    }
  }

  /**
   * The element's own language: `zh-Hant` (the default), `en`, `vi` or `id`.
   * Empty: the nearest ancestor's `lang`, else `<html lang>`.
   */
  @property() override lang = '';

  /**
   * URL of newer data, in the shape of `dist/data/welfare-data.json`. It is
   * validated before use; a file that cannot be used is refused as a whole,
   * the element says why (with a retry) and keeps its bundled data.
   */
  @property({ attribute: 'data-src' }) dataSrc = '';

  /**
   * Seconds to wait for `data-src` before showing the bundled data (at most 120).
   * @default 10
   */
  @property({ attribute: 'data-timeout', type: Number }) dataTimeout: number = DEFAULT_DATA_TIMEOUT_MS / 1000;

  /** Why `data-src` was refused; undefined when it is in use or not set. */
  @state() protected dataSourceError?: DataSourceError;

  /** The supported locale in use, after fallback. */
  @state() protected locale: Locale = matchLocale(null);

  private stopWatchingLang?: () => void;
  private readonly warned = new Set<string>();
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
    if (changed.has('dataSrc') && changed.get('dataSrc') !== undefined && this.isConnected) this.reloadData();
  }

  /** The newer data to read (`data-src`), or undefined for the bundled data. */
  protected get dataSource(): DataSource | undefined {
    const src = this.dataSrc.trim();
    if (!src) return undefined;
    const seconds = Number(this.dataTimeout);
    const timeoutMs = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 120) * 1000 : DEFAULT_DATA_TIMEOUT_MS;
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      url = src; // fetch() then fails, and the reader is told the source cannot be reached
    }
    return { url, timeoutMs };
  }

  /**
   * Runs `load` on the newer data; when that file is refused, records why
   * (shown by renderDataSourceNotice) and runs `load` on the bundled data.
   */
  protected async withDataSource<T>(load: (source?: DataSource) => Promise<T>): Promise<T> {
    const source = this.dataSource;
    if (!source) {
      this.dataSourceError = undefined;
      return load();
    }
    try {
      const value = await load(source);
      this.dataSourceError = undefined;
      return value;
    } catch (error) {
      if (!(error instanceof DataSourceError)) throw error;
      if (this.dataSourceError?.url !== error.url) {
        console.warn(`welfare-navigator: <${this.localName}> data-src refused: ${error.message}; showing the bundled data.`);
      }
      this.dataSourceError = error;
      return load();
    }
  }

  /**
   * A host page's bad value (an unknown district, a zoom of -40) is ignored
   * with one console warning per element and value, never an exception.
   */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`${this.localName}: ${message}`);
  }

  /** Loads the element's data anew: `data-src` changed, or the reader asked to try it again. */
  protected reloadData(): void {}

  /**
   * In a language the content is not written in (vi, id), says so: the
   * benefits and places are shown in English, not silently mixed in.
   */
  protected renderContentLanguageNote(): TemplateResult | typeof nothing {
    if (this.locale === 'zh-Hant' || this.locale === 'en') return nothing;
    return html`<p class="content-language-note" part="language-note">
      ${msg('福利與服務單位的內容只有中文和英文版，這裡以英文顯示。', {
        desc: 'Shown in languages other than Chinese and English: benefit and service content is shown in English',
      })}
    </p>`;
  }

  /** Says, inside the element, that newer data was refused and the bundled data is shown, with a retry. */
  protected renderDataSourceNotice(): TemplateResult | typeof nothing {
    const error = this.dataSourceError;
    if (!error) return nothing;
    return renderDataSourceNotice(error.problem, () => {
      forgetDataSource(error.url);
      this.dataSourceError = undefined;
      this.reloadData();
    });
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
