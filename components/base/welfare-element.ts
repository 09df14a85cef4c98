import { LitElement, defaultConverter, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { createWelfareEvent, type WelfareEventMap, type WelfareEventName } from './events.js';
import { LANGUAGE_NAMES, inheritedLang, loadLocale, matchLocale, onLangChange, withLocale, type Locale } from './locale.js';
import { baseStyles } from './base.styles.js';
import { renderDataSourceNotice } from './status.js';
import { asText, describeValue } from './coerce.js';
import { MAX_QUERY_LENGTH, boundQuery } from '../../src/search/text.js';
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
  /** A language asked for whose strings did not load (a blocked chunk); said in the element, with a retry. */
  @state() private failedLocale?: Locale;

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
    this.coerceProperties(changed);
    if (changed.has('lang')) this.resolveLocale();
    if (changed.has('dataSrc') && changed.get('dataSrc') !== undefined && this.isConnected) this.reloadData();
  }

  /** The newer data to read (`data-src`), or undefined for the bundled data. */
  protected get dataSource(): DataSource | undefined {
    // Read before the first update too (at connection), so not yet coerced.
    const src = asText(this.dataSrc)?.trim();
    if (!src) return undefined;
    const seconds = typeof this.dataTimeout === 'number' ? this.dataTimeout : Number(asText(this.dataTimeout) ?? Number.NaN);
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

  /**
   * Properties as frameworks set them: Vue's `.prop` binding and scripts
   * hand over null, numbers or objects where the attribute would give text.
   * Each is made what the attribute path gives (null → '', 12 → '12'); a value
   * that has no text (an object) is dropped with one warning. Runs before any
   * element reads its properties in an update.
   */
  private coerceProperties(changed: PropertyValues<this>): void {
    const properties = (this.constructor as typeof WelfareElement).elementProperties;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const key of changed.keys()) {
      const options = properties.get(key);
      // A property with its own converter (the kiosk's durations) reads its values itself.
      if (!options || options.state || (options.converter && options.converter !== defaultConverter) || options.type === Boolean) continue;
      const value = self[key];
      const attribute = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
      if (options.type === Number) {
        if (typeof value === 'number' || value === null || value === undefined) continue;
        const text = asText(value);
        if (text === undefined) this.warnOnce(`${attribute}:type`, `${attribute} must be a number, not ${describeValue(value)}; ignored.`);
        self[key] = text === undefined || text.trim() === '' ? Number.NaN : Number(text);
        continue;
      }
      let text = typeof value === 'string' ? value : asText(value);
      if (text === undefined) this.warnOnce(`${attribute}:type`, `${attribute} must be text, not ${describeValue(value)}; ignored.`);
      // The search words (finder, directory), from an attribute, a property or a link: as the field's maxlength.
      if (key === 'query' && text && text.length > MAX_QUERY_LENGTH) {
        this.warnOnce(
          'query:length',
          `query is longer than ${MAX_QUERY_LENGTH} characters; only the first ${MAX_QUERY_LENGTH} are searched.`,
        );
        text = boundQuery(text);
      }
      if (text !== value) self[key] = text ?? '';
    }
  }

  /** Loads the element's data anew: `data-src` changed, or the reader asked to try it again. */
  protected reloadData(): void {}

  /**
   * In a language the content is not written in (vi, id), says so: the
   * benefits and places are shown in English, not silently mixed in.
   */
  protected renderContentLanguageNote(): TemplateResult | typeof nothing {
    return html`${this.renderLanguageFailure()}${this.renderContentInEnglishNote()}`;
  }

  /** The strings of the language asked for did not load: said in the language shown, with a retry. */
  private renderLanguageFailure(): TemplateResult | typeof nothing {
    const failed = this.failedLocale;
    if (!failed || failed === this.locale) return nothing;
    const name = LANGUAGE_NAMES[failed];
    return html`<div class="status status--notice" role="status" part="language-note">
      <span lang=${failed}>${name}</span>:
      <span
        >${msg('無法載入這個語言的介面文字，暫時以目前的語言顯示。', { desc: 'Notice: the strings of the chosen interface language could not be loaded (a network problem); the current language stays' })}</span
      >
      <button type="button" @click=${() => this.resolveLocale()}>${msg('再試一次', { desc: 'Shared status: retry button' })}</button>
    </div>`;
  }

  private renderContentInEnglishNote(): TemplateResult | typeof nothing {
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
    const next = matchLocale(asText(this.lang) || inheritedLang(this.parentNode instanceof Element ? this.parentNode : this));
    if (next === this.locale) return;
    // Keep the current strings on screen until the new ones have arrived.
    this.localeReady = loadLocale(next).then(
      () => {
        this.locale = next;
        this.failedLocale = undefined;
      },
      (error: unknown) => {
        console.warn(`welfare-navigator: could not load the ${next} strings`, error);
        this.failedLocale = next;
      },
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
