import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { WelfareElement } from '../base/welfare-element.js';
import { LOCALES } from '../base/locale.js';
import '../base/qr-code.js';
import '../benefit-finder/benefit-finder.js';
import '../eligibility-quiz/eligibility-quiz.js';
import '../contact-directory/contact-directory.js';
import '../service-map/service-map.js';
import type { WelfareEventMap } from '../base/events.js';
import type { WelfareServiceMap } from '../service-map/service-map.component.js';
import type { WelfareContactDirectory } from '../contact-directory/contact-directory.component.js';
import { parsePhone } from '../../src/format/phone.js';
import { kioskStyles } from './kiosk.styles.js';
import { asText, describeValue } from '../base/coerce.js';
import { httpAddress } from '../../src/url-state.js';
import { madeFileText } from '../base/made-files.js';
import { POLICE, PROTECTION_LINE, crisisPrompt, policeLineLabel, protectionLineLabel } from '../base/crisis-lines.js';

/** The interface languages the switcher offers, each named in itself; one shows once its strings are in the kit. */
const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'zh-Hant', name: '繁體中文' },
  { code: 'en', name: 'English' },
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'id', name: 'Bahasa Indonesia' },
];

/** Prefixes of the URL-fragment keys the elements write with `sync-url` (finder `wn-`, quiz `wq-`). */
const URL_STATE_PREFIXES = ['wn-', 'wq-'];
/** Storage keys of the kit begin with this; no element stores anything today. */
const STORAGE_PREFIX = 'welfare-';

export type KioskView = 'start' | 'finder' | 'quiz' | 'map' | 'directory';
type ToolView = Exclude<KioskView, 'start'>;
const TOOL_VIEWS: readonly ToolView[] = ['finder', 'quiz', 'map', 'directory'];

/** A link that would leave the kiosk, offered as a QR code instead. */
interface TakeAway {
  kind: 'tel' | 'mail' | 'link' | 'download';
  /** What the code holds. */
  value: string;
  /** The words under the code. */
  text: string;
}

/**
 * Interaction that shows someone is at the screen. `click` and `focusin` are
 * what a screen reader or a switch device sends, with no pointerdown before.
 */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input', 'click', 'focusin'] as const;

/** The idle clock's default, in seconds, used when `idle-timeout` is not a number. */
const DEFAULT_IDLE_TIMEOUT = 90;
const DEFAULT_IDLE_WARNING = 20;
/** setTimeout's longest delay; a longer one overflows and fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A duration attribute: an empty value is not a number (Number('') would be 0, "never"). */
const secondsConverter = {
  fromAttribute: (value: string | null) => (value === null ? null : value.trim() === '' ? Number.NaN : Number(value)),
  toAttribute: (value: unknown) => (value === null || value === undefined ? null : String(value)),
};

/**
 * The full-screen shell of a touch screen at city hall: the benefit finder,
 * the eligibility quiz, the service map and the contact directory behind four
 * big choices, with large type and 60 px touch targets throughout, a
 * language switcher, larger text and high contrast, and the protection
 * hotline always on screen.
 *
 * Nothing leaves the screen: links, phone numbers, e-mail addresses and
 * downloads open a QR code to take away on a phone. After `idle-timeout`
 * seconds without a touch it asks "Are you still there?" and then clears
 * every answer and view, the URL state and the kit's storage, and returns to
 * the start: the next visitor sees nothing of the last.
 *
 * `lang` is the language it starts in and returns to (else the page's); the
 * language buttons set `lang` on the kiosk, and the tools inside follow it.
 * Languages whose strings are not in the kit yet are not offered.
 *
 * @fires welfare-kiosk-reset - Everything was cleared and the start screen shows; `detail.reason` is `idle`, `visitor` ("start over") or `api` (`reset()`).
 *
 * @csspart base - The shell: header, view and crisis line.
 * @csspart header - The bar with Home, start over, language, text size and contrast.
 * @csspart start - The start screen.
 * @csspart choice - One of the four big choices on the start screen.
 * @csspart view - The open tool (finder, quiz, map or directory).
 * @csspart crisis - The protection hotline and police line, always shown.
 * @csspart dialog - The QR-code dialog and the idle warning.
 *
 * @cssprop --welfare-kiosk-font-size - Type size (default 1.375rem; "larger text" multiplies it by 1.3).
 * @cssprop --welfare-kiosk-target-size - Smallest touch target, here and inside every tool (default 60px).
 * @cssprop --welfare-kiosk-max-width - Widest a view's content grows (default 72rem).
 * @cssprop --welfare-kiosk-qr-size - Size of the QR codes in the dialog (default 26rem, less on small screens).
 * @cssprop --welfare-color-primary - Header, buttons and links.
 * @cssprop --welfare-color-surface - Background.
 * @cssprop --welfare-color-text - Text colour.
 * @cssprop --welfare-font-family - Font; inherits the page's by default.
 */
export class WelfareKiosk extends WelfareElement {
  static override styles = [...WelfareElement.styles, kioskStyles];

  /** Seconds without a touch or key before everything is cleared (the warning included); 0 never clears. */
  @property({ attribute: 'idle-timeout', converter: secondsConverter }) idleTimeout = DEFAULT_IDLE_TIMEOUT;
  /** Seconds the "Are you still there?" warning counts down before the clearing. */
  @property({ attribute: 'idle-warning', converter: secondsConverter }) idleWarning = DEFAULT_IDLE_WARNING;
  /** The district the kiosk stands in (e.g. 西屯區), passed to every tool: its office, what serves it. */
  @property() district = '';
  /** The public page of the quiz its QR code opens on a phone (the kiosk's own address may be one a phone cannot reach). */
  @property({ attribute: 'share-base' }) shareBase = '';

  @state() private view: KioskView = 'start';
  /** Tools opened since the last reset; they keep their state while the visitor moves between them. */
  @state() private opened: ReadonlySet<ToolView> = new Set();
  /** Bumped by every reset: the tools are made anew. */
  @state() private session = 0;
  @state() private largeText = false;
  @state() private highContrast = false;
  @state() private mapLocation = '';
  @state() private takeAway?: TakeAway;
  @state() private warning = false;
  @state() private secondsLeft = 0;
  @state() private countdownAnnouncement = '';

  @query('#idle-dialog') private idleDialog?: HTMLDialogElement;
  @query('#take-away') private takeAwayDialog?: HTMLDialogElement;
  @query('main') private main?: HTMLElement;

  /** The `lang` the page gave the kiosk before the visitor chose one (null: none); undefined until a choice. */
  private pageLang?: string | null;
  /** Someone has touched the screen since the last reset: only then does the idle clock run. */
  private sessionActive = false;
  private lastActivity = 0;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private countdownTimer?: ReturnType<typeof setTimeout>;
  private focusBeforeWarning?: HTMLElement;
  private lastAnnounced = -1;
  /** The kiosk itself is moving the focus (to a heading): that is no visitor. */
  private movingFocus = false;

  private readonly onActivity = () => {
    // The warning ends with a tap on it or a key (see the dialog), never on
    // pointerdown: the tap would land on whatever lies under the dialog.
    if (this.warning || this.movingFocus) return;
    this.touched();
  };

  /** Someone is here: the session is on and the clock starts over. */
  private touched(): void {
    this.lastActivity = performance.now();
    this.sessionActive = true;
    this.armIdle();
  }

  private readonly onClick = (event: MouseEvent) => {
    const anchor = event
      .composedPath()
      .find((n): n is HTMLAnchorElement | HTMLAreaElement => n instanceof HTMLAnchorElement || n instanceof HTMLAreaElement);
    if (!anchor || !anchor.hasAttribute('href')) return;
    const away = this.leaving(anchor);
    if (!away) return;
    event.preventDefault();
    void this.offer(away);
  };

  private readonly preventDefault = (event: Event) => event.preventDefault();

  private readonly onSelectStart = (event: Event) => {
    const origin = event.composedPath()[0];
    const editable = origin instanceof HTMLInputElement || origin instanceof HTMLTextAreaElement;
    const inEditable = origin instanceof Node && origin.parentElement?.closest('input, textarea, [contenteditable]');
    if (!editable && !inEditable) event.preventDefault();
  };

  private readonly onShowOnMap = (event: Event) => {
    const id = (event as CustomEvent<WelfareEventMap['welfare-show-on-map']>).detail?.locationId;
    if (id) void this.showOnMap(id);
  };

  private readonly onShowContact = (event: Event) => {
    const detail = (event as CustomEvent<WelfareEventMap['welfare-show-contact']>).detail;
    const ref = detail?.serviceId || detail?.organizationId;
    if (!ref) return;
    // The kiosk's own directory answers; no other element of the page should.
    event.stopPropagation();
    void this.showContact(ref);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ACTIVITY_EVENTS) this.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.addEventListener('click', this.onClick, { capture: true });
    this.addEventListener('contextmenu', this.preventDefault);
    this.addEventListener('dragstart', this.preventDefault);
    this.addEventListener('selectstart', this.onSelectStart);
    this.addEventListener('welfare-show-on-map', this.onShowOnMap);
    this.addEventListener('welfare-show-contact', this.onShowContact);
    // Put back in the page mid-session: the clock starts again.
    if (this.sessionActive) {
      this.lastActivity = performance.now();
      this.armIdle();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ACTIVITY_EVENTS) this.removeEventListener(type, this.onActivity, { capture: true });
    this.removeEventListener('click', this.onClick, { capture: true });
    this.removeEventListener('contextmenu', this.preventDefault);
    this.removeEventListener('dragstart', this.preventDefault);
    this.removeEventListener('selectstart', this.onSelectStart);
    this.removeEventListener('welfare-show-on-map', this.onShowOnMap);
    this.removeEventListener('welfare-show-contact', this.onShowContact);
    this.stopTimers();
    if (this.warning) {
      this.warning = false;
      this.idleDialog?.close();
    }
  }

  // ---- public ----------------------------------------------------------------

  /** The view on screen. */
  get currentView(): KioskView {
    return this.view;
  }

  /** Opens a view (`start`, `finder`, `quiz`, `map` or `directory`) and moves the focus to its heading. */
  async show(view: KioskView): Promise<void> {
    if (view !== 'start' && !this.opened.has(view)) this.opened = new Set([...this.opened, view]);
    this.view = view;
    // A view left open counts as a session, however it was opened.
    if (view !== 'start') this.touched();
    await this.updateComplete;
    this.scrollToTop();
    this.focusQuietly(this.renderRoot.querySelector<HTMLElement>(`#heading-${view}`));
  }

  /** The view's top: main scrolls, or in a short window (200% zoom) the whole shell does. */
  private scrollToTop(): void {
    if (this.main) this.main.scrollTop = 0;
    const shell = this.renderRoot.querySelector<HTMLElement>('.kiosk');
    if (shell) shell.scrollTop = 0;
  }

  /** Moves the focus without it counting as someone at the screen. */
  private focusQuietly(target: HTMLElement | null | undefined): void {
    this.movingFocus = true;
    try {
      target?.focus({ preventScroll: true });
    } finally {
      this.movingFocus = false;
    }
  }

  /**
   * Clears everything at once, as the idle timeout does: new tools with no
   * answers, the URL state and the kit's storage, dialogs closed, language,
   * text size and contrast as the page set them, the start screen in focus.
   */
  reset(): void {
    this.clear('api');
  }

  // ---- the idle clock --------------------------------------------------------

  private get timeoutMs(): number {
    return this.durationMs('idle-timeout', this.idleTimeout, DEFAULT_IDLE_TIMEOUT);
  }

  private get warningMs(): number {
    return Math.min(this.timeoutMs, this.durationMs('idle-warning', this.idleWarning, DEFAULT_IDLE_WARNING));
  }

  /**
   * A duration in ms from seconds the page gave: anything but a non-negative
   * number (`90s`, `abc`, `-5`, an object) warns once and means the default,
   * so a typo never leaves a kiosk that forgets nobody; only 0 means never.
   */
  private durationMs(attribute: string, value: unknown, fallback: number): number {
    let seconds = fallback;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number === 'number' && Number.isFinite(number) && number >= 0) seconds = number;
    else if (value !== null && value !== undefined) {
      // NaN came from the attribute: name what the page wrote.
      const raw = Number.isNaN(value) ? (this.getAttribute(attribute) ?? 'NaN') : describeValue(value);
      this.warnOnce(`${attribute}:${raw}`, `${attribute}="${raw}" is not a number of seconds; using ${fallback}.`);
    }
    return Math.min(seconds * 1000, MAX_TIMER_MS);
  }

  /** One timer at a time: it fires when the warning is due and looks again if someone touched the screen since. */
  private armIdle(): void {
    if (!this.isConnected || !this.sessionActive || this.warning || !this.timeoutMs || this.idleTimer !== undefined) return;
    const warnAt = this.lastActivity + this.timeoutMs - this.warningMs;
    this.idleTimer = setTimeout(
      () => {
        this.idleTimer = undefined;
        if (performance.now() + 5 < this.lastActivity + this.timeoutMs - this.warningMs) this.armIdle();
        else if (this.warningMs) this.startWarning();
        else this.clear('idle');
      },
      Math.max(0, warnAt - performance.now()),
    );
  }

  private startWarning(): void {
    const deadline = this.lastActivity + this.timeoutMs;
    const active = deepActiveElement();
    this.focusBeforeWarning = active instanceof HTMLElement ? active : undefined;
    this.warning = true;
    this.lastAnnounced = -1;
    const tick = () => {
      this.countdownTimer = undefined;
      const left = Math.max(0, Math.ceil((deadline - performance.now() - 5) / 1000));
      if (left <= 0) {
        this.clear('idle');
        return;
      }
      this.secondsLeft = left;
      // Said at the start, then every 5 seconds: often enough, not a chatter.
      if (this.lastAnnounced === -1 || (left % 5 === 0 && left !== this.lastAnnounced)) {
        this.lastAnnounced = left;
        this.countdownAnnouncement = this.inLocale(() =>
          msg(str`${left} 秒後清除畫面`, { desc: 'Kiosk idle warning: spoken countdown, seconds before the screen is cleared' }),
        );
      }
      const untilNextSecond = (deadline - performance.now()) % 1000 || 1000;
      this.countdownTimer = setTimeout(tick, Math.max(16, untilNextSecond));
    };
    tick();
  }

  /** "Continue": the warning closes, everything stays, and the clock starts over. */
  private keepGoing(): void {
    if (!this.warning) return;
    if (this.countdownTimer !== undefined) clearTimeout(this.countdownTimer);
    this.countdownTimer = undefined;
    this.warning = false;
    this.countdownAnnouncement = '';
    this.idleDialog?.close();
    this.lastActivity = performance.now();
    this.armIdle();
    const back = this.focusBeforeWarning;
    this.focusBeforeWarning = undefined;
    if (back?.isConnected) this.focusQuietly(back);
  }

  private stopTimers(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    if (this.countdownTimer !== undefined) clearTimeout(this.countdownTimer);
    this.idleTimer = undefined;
    this.countdownTimer = undefined;
  }

  // ---- clearing --------------------------------------------------------------

  private clear(reason: WelfareEventMap['welfare-kiosk-reset']['reason']): void {
    // Closing a dialog gives the focus back; that is no visitor either.
    this.movingFocus = true;
    try {
      this.clearNow(reason);
    } finally {
      this.movingFocus = false;
    }
  }

  private clearNow(reason: WelfareEventMap['welfare-kiosk-reset']['reason']): void {
    this.stopTimers();
    this.sessionActive = false;
    this.lastActivity = 0;
    this.warning = false;
    this.countdownAnnouncement = '';
    this.focusBeforeWarning = undefined;
    this.idleDialog?.close();
    this.takeAwayDialog?.close();
    this.takeAway = undefined;
    // New tools, not cleared ones: nothing of the last visitor can linger in them.
    this.session++;
    this.opened = new Set();
    this.view = 'start';
    this.mapLocation = '';
    this.largeText = false;
    this.highContrast = false;
    this.restoreLang();
    clearUrlState();
    clearStorage();
    window.getSelection()?.removeAllRanges();
    window.scrollTo(0, 0);
    this.scrollToTop();
    this.emit('welfare-kiosk-reset', { reason });
    void this.updateComplete.then(() => {
      this.scrollToTop();
      if (this.isConnected) this.focusQuietly(this.renderRoot.querySelector<HTMLElement>('#heading-start'));
    });
  }

  private restoreLang(): void {
    if (this.pageLang === undefined) return;
    if (this.pageLang === null) this.removeAttribute('lang');
    else this.setAttribute('lang', this.pageLang);
    this.pageLang = undefined;
  }

  private chooseLanguage(code: string): void {
    if (this.pageLang === undefined) this.pageLang = this.getAttribute('lang');
    // The attribute, not the property: the tools inside follow the nearest `lang` attribute.
    this.setAttribute('lang', code);
  }

  // ---- links that would leave ------------------------------------------------

  /** What a link would do to the kiosk; undefined for a link that stays on this page. */
  private leaving(anchor: HTMLAnchorElement | HTMLAreaElement): TakeAway | undefined {
    let url: URL;
    try {
      url = new URL(anchor.href);
    } catch {
      return { kind: 'link', value: anchor.getAttribute('href') ?? '', text: anchor.getAttribute('href') ?? '' };
    }
    if (anchor.hasAttribute('download') || url.protocol === 'blob:' || url.protocol === 'data:') {
      return { kind: 'download', value: url.href, text: anchor.getAttribute('download') || '' };
    }
    if (url.protocol === 'tel:') return { kind: 'tel', value: url.href, text: describeTel(url.href) };
    if (url.protocol === 'mailto:') return { kind: 'mail', value: url.href, text: decodeURIComponent(url.pathname) };
    const here = new URL(location.href);
    const samePage = url.origin === here.origin && url.pathname === here.pathname && url.search === here.search;
    if (samePage && url.hash && !anchor.target) return undefined;
    return { kind: 'link', value: url.href, text: url.href };
  }

  /** Shows the QR-code dialog; a download's file is read here and put in the code when it fits. */
  private async offer(away: TakeAway): Promise<void> {
    let shown = away;
    if (away.kind === 'download') {
      let content = madeFileText(away.value) ?? '';
      // A file the kit did not make (a host page's own link): read it, when the page's policy allows.
      if (!content)
        try {
          content = await (await fetch(away.value)).text();
        } catch (error) {
          console.warn('welfare-kiosk: the download could not be read', error);
        }
      shown = { ...away, value: content.replace(/^\uFEFF/, '') };
    }
    this.takeAway = shown;
    await this.updateComplete;
    const dialog = this.takeAwayDialog;
    if (dialog && !dialog.open && this.isConnected) dialog.showModal();
  }

  private closeTakeAway(): void {
    this.takeAwayDialog?.close();
  }

  private onTakeAwayClosed(): void {
    this.takeAway = undefined;
  }

  private showCrisisLine(number: string): void {
    void this.offer({ kind: 'tel', value: `tel:${number}`, text: number });
  }

  // ---- the map from the directory --------------------------------------------

  private async showOnMap(locationId: string): Promise<void> {
    this.mapLocation = locationId;
    const map = await this.switchTo<WelfareServiceMap>('map', 'welfare-service-map');
    await map?.focusLocation(locationId);
  }

  private async showContact(ref: string): Promise<void> {
    const directory = await this.switchTo<WelfareContactDirectory>('directory', 'welfare-contact-directory');
    await directory?.showContact(ref);
  }

  /** Opens a tool's view at its top and returns its element, rendered. */
  private async switchTo<T extends WelfareElement>(view: ToolView, tag: string): Promise<T | null> {
    if (!this.opened.has(view)) this.opened = new Set([...this.opened, view]);
    this.view = view;
    this.touched();
    await this.updateComplete;
    this.scrollToTop();
    const tool = this.renderRoot.querySelector<T>(tag);
    await tool?.updateComplete;
    return tool;
  }

  // ---- rendering -------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Said once when the page sets them, not first when the clock runs out.
    if (changed.has('idleTimeout') || changed.has('idleWarning')) void this.warningMs;
  }

  /**
   * `share-base` as the quiz may use it: an http(s) address, else nothing. A
   * `javascript:` or `data:` value must never become a QR code, and a value
   * that is no URL at all must not stop the quiz.
   */
  private get safeShareBase(): string {
    const value: unknown = this.shareBase;
    const text = asText(value)?.trim();
    if (text === '') return '';
    const address = text ? httpAddress(text, document.baseURI) : undefined;
    if (address) return address;
    const said = describeValue(value);
    this.warnOnce(`share-base:${said}`, `share-base "${said}" is not an http(s) address; the quiz shares its own page.`);
    return '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.idleDialog;
    if (this.warning && dialog && !dialog.open && this.isConnected) dialog.showModal();
  }

  override render(): TemplateResult {
    const classes = ['kiosk', this.largeText ? 'large-text' : '', this.highContrast ? 'high-contrast' : ''].join(' ').trim();
    return html`<div part="base" class=${classes}>
      ${this.renderHeader()}
      <main tabindex="-1">
        ${this.renderStart()} ${keyed(this.session, html`${TOOL_VIEWS.map((v) => (this.opened.has(v) ? this.renderTool(v) : nothing))}`)}
      </main>
      ${this.renderCrisis()} ${this.renderTakeAway()} ${this.renderIdleWarning()}
    </div>`;
  }

  private renderHeader(): TemplateResult {
    const languages = LANGUAGES.filter((l) => (LOCALES as readonly string[]).includes(l.code));
    return html`<header part="header">
      <div class="nav">
        <button
          type="button"
          class="home"
          data-action="home"
          aria-current=${this.view === 'start' ? 'page' : 'false'}
          @click=${() => void this.show('start')}
        >
          ${msg('首頁', { desc: 'Kiosk header: back to the start screen (keeps the answers)' })}
        </button>
        <button type="button" data-action="start-over" @click=${() => this.clear('visitor')}>
          ${msg('清除並重新開始', { desc: 'Kiosk header: clear everything now and start again' })}
        </button>
      </div>
      <div class="settings">
        <div
          class="languages"
          role="group"
          aria-label=${msg('語言 Language', { desc: 'Kiosk header: label of the language buttons (keep the word Language)' })}
        >
          ${languages.map(
            (l) =>
              html`<button
                type="button"
                lang=${l.code}
                data-lang=${l.code}
                aria-pressed=${this.locale === l.code ? 'true' : 'false'}
                @click=${() => this.chooseLanguage(l.code)}
              >
                ${l.name}
              </button>`,
          )}
        </div>
        <button
          type="button"
          data-action="text-size"
          aria-pressed=${this.largeText ? 'true' : 'false'}
          @click=${() => (this.largeText = !this.largeText)}
        >
          ${msg('大字', { desc: 'Kiosk header: toggle larger text' })}
        </button>
        <button
          type="button"
          data-action="contrast"
          aria-pressed=${this.highContrast ? 'true' : 'false'}
          @click=${() => (this.highContrast = !this.highContrast)}
        >
          ${msg('高對比', { desc: 'Kiosk header: toggle high contrast colours' })}
        </button>
      </div>
    </header>`;
  }

  private renderStart(): TemplateResult {
    const choices: { view: ToolView; title: string; hint: string }[] = [
      {
        view: 'finder',
        title: msg('找福利', { desc: 'Kiosk start: choice to search benefits' }),
        hint: msg('搜尋津貼、補助和服務，看誰可以申請、要帶什麼', { desc: 'Kiosk start: what the benefit finder does' }),
      },
      {
        view: 'quiz',
        title: msg('我可能符合什麼？', { desc: 'Kiosk start: choice to take the eligibility quiz' }),
        hint: msg('回答幾個簡單的問題，看看可能可以申請哪些福利', { desc: 'Kiosk start: what the quiz does' }),
      },
      {
        view: 'map',
        title: msg('服務地點地圖', { id: 'kiosk-map', desc: 'Kiosk start: choice to open the map of service points' }),
        hint: msg('區公所、服務中心在哪裡，哪一個服務我住的區', { desc: 'Kiosk start: what the map does' }),
      },
      {
        view: 'directory',
        title: msg('聯絡電話', { desc: 'Kiosk start: choice to open the phone directory' }),
        hint: msg('社會局各科、區公所和服務機構的電話', { desc: 'Kiosk start: what the directory does' }),
      },
    ];
    return html`<section class="start" part="start" ?hidden=${this.view !== 'start'} aria-labelledby="heading-start">
      <h1 id="heading-start" tabindex="-1">${msg('臺中市社會局 福利導航', { desc: 'Kiosk start: title of the kiosk' })}</h1>
      <p class="lead">${msg('請選擇您想做的事：', { desc: 'Kiosk start: prompt above the four choices' })}</p>
      <ul class="choices">
        ${choices.map(
          (c) =>
            html`<li>
              <button type="button" class="choice" part="choice" data-view=${c.view} @click=${() => void this.show(c.view)}>
                <span class="choice-title">${c.title}</span>
                <span class="choice-hint">${c.hint}</span>
              </button>
            </li>`,
        )}
      </ul>
      <ul class="promises">
        <li>
          ${msg('您在這裡輸入或選擇的內容都不會被儲存，也不會傳送出去；離開或一段時間沒有操作，畫面就會全部清除。', {
            desc: 'Kiosk start: nothing typed is stored or sent; the screen clears itself',
          })}
        </li>
        <li>
          ${msg('這裡只提供資訊，不是申請。要申請福利，請到區公所或承辦單位。', {
            desc: 'Kiosk start: this is information, not an application',
          })}
        </li>
      </ul>
    </section>`;
  }

  private toolTitle(view: ToolView): string {
    switch (view) {
      case 'finder':
        return msg('找福利', { desc: 'Kiosk start: choice to search benefits' });
      case 'quiz':
        return msg('我可能符合什麼？', { desc: 'Kiosk start: choice to take the eligibility quiz' });
      case 'map':
        return msg('服務地點地圖', { id: 'kiosk-map', desc: 'Kiosk start: choice to open the map of service points' });
      case 'directory':
        return msg('聯絡電話', { desc: 'Kiosk start: choice to open the phone directory' });
    }
  }

  private renderTool(view: ToolView): TemplateResult {
    // An h2, as the tools' own first headings are: each tool is one view of the page.
    return html`<div class="view view--${view}" part="view" data-view=${view} ?hidden=${this.view !== view}>
      <h2 id="heading-${view}" class="view-heading" tabindex="-1">${this.toolTitle(view)}</h2>
      ${this.renderToolElement(view)}
    </div>`;
  }

  private renderToolElement(view: ToolView): TemplateResult {
    switch (view) {
      case 'finder':
        return html`<welfare-benefit-finder map-buttons contact-buttons district=${this.district}></welfare-benefit-finder>`;
      case 'quiz':
        return html`<welfare-eligibility-quiz kiosk district=${this.district} share-base=${this.safeShareBase}></welfare-eligibility-quiz>`;
      case 'map':
        return html`<welfare-service-map district=${this.district} location=${this.mapLocation}></welfare-service-map>`;
      case 'directory':
        return html`<welfare-contact-directory map-buttons district=${this.district}></welfare-contact-directory>`;
    }
  }

  private renderCrisis(): TemplateResult {
    return html`<footer class="crisis" part="crisis">
      <p>${crisisPrompt()}</p>
      <button type="button" data-call=${PROTECTION_LINE} @click=${() => this.showCrisisLine(PROTECTION_LINE)}>
        ${protectionLineLabel()}
      </button>
      <button type="button" data-call=${POLICE} @click=${() => this.showCrisisLine(POLICE)}>${policeLineLabel()}</button>
    </footer>`;
  }

  private takeAwayTitle(away: TakeAway): string {
    switch (away.kind) {
      case 'tel':
        return msg(str`掃描 QR 碼撥打 ${away.text}`, { desc: 'Kiosk QR dialog: scan to call a number (with extension)' });
      case 'mail':
        return msg(str`掃描 QR 碼寫信給 ${away.text}`, { desc: 'Kiosk QR dialog: scan to write an e-mail' });
      case 'link':
        return msg('掃描 QR 碼，在手機上打開這個網頁', { desc: 'Kiosk QR dialog: scan to open a web page on a phone' });
      case 'download':
        return msg('這台機器不能下載檔案。掃描 QR 碼，把這份名單存到手機', {
          desc: 'Kiosk QR dialog: downloads are not possible here; scan to take the list to a phone',
        });
    }
  }

  private renderTakeAway(): TemplateResult {
    const away = this.takeAway;
    return html`<dialog id="take-away" class="dialog" part="dialog" aria-labelledby="take-away-heading" @close=${this.onTakeAwayClosed}>
      ${
        away
          ? html`<h2 id="take-away-heading">${this.takeAwayTitle(away)}</h2>
              <welfare-qr-code .value=${away.value} text=${away.text}></welfare-qr-code>
              ${
                away.kind === 'download'
                  ? html`<p class="note">
                      ${msg('名單太長做不成 QR 碼時，請先用搜尋或選擇行政區縮小名單，或掃描單一電話號碼。', {
                        desc: 'Kiosk QR dialog: narrow the list when it is too long for a code',
                      })}
                    </p>`
                  : nothing
              }`
          : nothing
      }
      <button type="button" class="close" data-action="close" @click=${this.closeTakeAway}>
        ${msg('關閉', { id: 'kiosk-close', desc: 'Kiosk QR dialog: close button' })}
      </button>
    </dialog>`;
  }

  private renderIdleWarning(): TemplateResult {
    return html`<dialog
      id="idle-dialog"
      class="dialog idle"
      part="dialog"
      aria-labelledby="idle-heading"
      aria-describedby="idle-text"
      @click=${this.keepGoing}
      @keydown=${this.keepGoing}
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.keepGoing();
      }}
    >
      <h2 id="idle-heading">${msg('您還在嗎？', { desc: 'Kiosk idle warning: heading' })}</h2>
      <p id="idle-text">
        ${msg(str`沒有操作的話，畫面會在 ${this.secondsLeft} 秒後清除，回到開始畫面。`, {
          desc: 'Kiosk idle warning: the countdown shown on screen',
        })}
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">${this.countdownAnnouncement}</p>
      <button type="button" class="continue" data-action="continue">
        ${msg('繼續使用', { desc: 'Kiosk idle warning: the button that keeps the session' })}
      </button>
    </dialog>`;
  }
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** "04-2228-9111 分機 12345" from `tel:+886422289111,12345`. */
function describeTel(href: string): string {
  const body = decodeURIComponent(href.replace(/^tel:/i, ''));
  const extension = /(?:[,;]|;ext=|p|w)(\d+)\s*$/i.exec(body)?.[1];
  const number = body.split(/[,;pw]/i)[0]!.replace(/[^\d+]/g, '');
  const national = number.startsWith('+886') ? `0${number.slice(4)}` : number;
  const parsed = parsePhone(national);
  const display = parsed.valid ? parsed.display : national;
  return extension ? `${display}${msg(str` 分機 ${extension}`, { desc: 'Phone: extension after the number' })}` : display;
}

/** Takes the tools' keys out of the fragment and the query, leaving the page's own. */
function clearUrlState(): void {
  const url = new URL(location.href);
  const hash = new URLSearchParams(url.hash.replace(/^#/, ''));
  const isKit = (key: string) => URL_STATE_PREFIXES.some((p) => key.startsWith(p));
  const hashKeys = [...hash.keys()].filter(isKit);
  const queryKeys = [...url.searchParams.keys()].filter(isKit);
  if (!hashKeys.length && !queryKeys.length) return;
  for (const key of hashKeys) hash.delete(key);
  for (const key of queryKeys) url.searchParams.delete(key);
  const fragment = hashKeys.length ? hash.toString() : url.hash.replace(/^#/, '');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${fragment ? `#${fragment}` : ''}`);
}

/** Removes the kit's keys (`welfare-…`) from session and local storage. */
function clearStorage(): void {
  for (const name of ['sessionStorage', 'localStorage'] as const) {
    try {
      const storage = window[name];
      for (const key of Object.keys(storage)) if (key.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
    } catch {
      // Storage switched off: nothing was stored either.
    }
  }
}
