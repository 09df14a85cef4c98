import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ownEntry } from '../../src/data/own-entry.js';
import { asText } from '../base/coerce.js';
import { MAX_QUERY_LENGTH } from '../../src/search/text.js';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WelfareElement } from '../base/welfare-element.js';
import { renderStatus } from '../base/status.js';
import { renderSafetyLine } from '../base/crisis-lines.js';
import { LIST_PAGE, renderShowMore } from '../base/show-more.js';
import { PrintController } from '../base/print-controller.js';
import { AUDIENCES, audienceLabel, kindLabel, contentLang, parseAudiences, pick } from '../base/labels.js';
import { resolveDistrict } from '../../src/geo/districts.js';
import { inheritedLang, matchLocale, type Locale } from '../base/locale.js';
import { renderContactPhones, renderPhone } from '../base/phone-link.js';
import { loadBenefitDetail, loadBenefitIndex, loadBenefitRules } from '../../src/data/benefits.js';
import { loadDirectory, type Directory, type Organization } from '../../src/data/directory.js';
import type { Amount, AmountTier, Audience, BenefitDetail, BenefitRules, BenefitSummary, Chapter } from '../../src/data/benefit-types.js';
import { contextFor, holds, type LeafStatus } from '../../src/eligibility/evaluate.js';
import { emptyHousehold, parseHousehold, HouseholdFormatError, type Household } from '../../src/eligibility/household.js';
import { AnswersFormatError, parsePrefill } from '../../src/eligibility/share.js';
import { verdictFor } from '../../src/eligibility/verdicts.js';
import type { WelfareEventMap } from '../base/events.js';
import { BenefitSearch } from '../../src/search/benefit-search.js';
import { highlight } from '../../src/search/text.js';
import { formatAmount } from '../../src/format/amount.js';
import { readFragment, writeFragment } from '../../src/url-state.js';
import { finderStyles } from './benefit-finder.styles.js';

/** The bureau's switchboard, as the appendix prints it. */
const SWITCHBOARD = '04-22289111';

/** Benefits a resident most often asks about, shown before any search. */
/**
 * Search indexes by benefit list, then interface language (the tag words are
 * in it). Shared, so a kiosk's new finder for each visitor does not index again.
 */
const searchIndexes = new WeakMap<readonly BenefitSummary[], Map<Locale, BenefitSearch>>();

const COMMON_HEADINGS = [
  '生育津貼',
  '中低收入老人生活津貼',
  '身心障礙者生活補助',
  '市急難救助',
  '低收入戶及中低收入戶喪葬補助',
  '托育一條龍',
];

type View = { kind: 'list' } | { kind: 'detail'; id: string };

/**
 * Search and browse every benefit and service of the handbook, and open one
 * to see who qualifies, how much, what to bring, where to apply and whom to call.
 *
 * A quiz on the same page tells the finder its answers (it listens on
 * `document` for `welfare-quiz-change` and `welfare-quiz-complete`), so amount
 * tables put the household's own tier first.
 *
 * @fires welfare-benefit-select - A benefit was opened; `detail.id`.
 * @fires welfare-search - The resident changed the query or filters; `detail` has them and the number of results.
 * @fires welfare-show-on-map - "Show on the map" was pressed at the office of an open benefit (shown when a `<welfare-service-map>` is on the page, which listens for it, or with `map-buttons`); `detail.locationId`.
 * @fires welfare-show-contact - "See contact details" was pressed at the office of an open benefit (shown when a `<welfare-contact-directory>` is on the page, which listens for it, or with `contact-buttons`); `detail.organizationId`.
 *
 * @csspart base - The element's wrapper.
 * @csspart search - The search field.
 * @csspart result - One result in the list.
 * @csspart detail - The open benefit.
 * @csspart status - Loading, empty and error messages.
 */
export class WelfareBenefitFinder extends WelfareElement {
  static override styles = [...WelfareElement.styles, finderStyles];

  /** The search words. */
  @property() query = '';
  /** A chapter of the handbook to browse (1–10). */
  @property() category = '';
  /** Audience tags to browse, comma-separated (e.g. `older-people,low-income`). */
  @property() audience = '';
  /** The resident's district (e.g. 豐原區): "where to apply" names its office. */
  @property() district = '';
  /** The id of a benefit to open. */
  @property() benefit = '';
  /** Keep the query, filters and open benefit in the URL fragment, so links and the back button work. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** A denser layout for narrow sidebars. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Show "show on the map" even when no `<welfare-service-map>` is in the document (e.g. inside the kiosk). */
  @property({ type: Boolean, attribute: 'map-buttons' }) mapButtons = false;
  /** Show "see contact details" even when no `<welfare-contact-directory>` is in the document (e.g. inside the kiosk). */
  @property({ type: Boolean, attribute: 'contact-buttons' }) contactButtons = false;
  /**
   * What is known of the household, in the quiz's formats (the household JSON,
   * one person's facts such as `{"householdStatus":"low-income"}`, or a quiz
   * link's fragment): amount tables then put the tier of the member the
   * benefit is for first. A quiz on the same page tells the finder its
   * answers as they are given.
   */
  @property() answers = '';

  /** The household from `answers` or the page's quiz; never stored, never sent. */
  @state() private household: Household = emptyHousehold();

  @state() private benefits: readonly BenefitSummary[] = [];
  @state() private chapters: readonly Chapter[] = [];
  /** Amounts and tiers, loaded with the first detail: the list does not need them. */
  @state() private rules?: Readonly<Record<string, BenefitRules>>;
  @state() private detail?: BenefitDetail;
  /** Loaded with the first detail, for the addresses and phones of the places it names. */
  @state() private directory?: Directory;
  @state() private loadError = false;
  @state() private loading = true;
  /** How many of the results are drawn; back to one page when the query or filters change. */
  @state() private shownCount = LIST_PAGE;
  /** A printed list has every result. */
  private readonly printer = new PrintController(this);

  @query('#search') private searchInput?: HTMLInputElement;

  /** The benefits by id, for parents and the open benefit; set with `benefits`. */
  private benefitsById = new Map<string, BenefitSummary>();
  private loaded?: Promise<void>;
  /** The last results, so a keystroke searches once for the list and its event. */
  private resultsMemo?: { key: string; value: { benefit: BenefitSummary; terms: string[] }[] };
  private readonly onPopState = () => this.readUrl();
  private readonly onQuizAnswers = (event: Event) => {
    const detail = (event as CustomEvent<WelfareEventMap['welfare-quiz-change']>).detail;
    if (!detail?.household) return;
    try {
      this.household = parseHousehold(detail.household);
    } catch (error) {
      if (!(error instanceof HouseholdFormatError)) throw error;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('welfare-quiz-change', this.onQuizAnswers);
    document.addEventListener('welfare-quiz-complete', this.onQuizAnswers);
    if (this.syncUrl) {
      this.readUrl();
      window.addEventListener('popstate', this.onPopState);
    }
    // Moving the element in the page must not fetch and index everything again.
    this.loaded ??= this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('welfare-quiz-change', this.onQuizAnswers);
    document.removeEventListener('welfare-quiz-complete', this.onQuizAnswers);
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override reloadData(): void {
    this.rules = undefined;
    this.directory = undefined;
    this.loaded = this.load().then(() => {
      if (this.benefit) void this.open(this.benefit, { fromAttribute: true });
    });
  }

  private async load(): Promise<void> {
    this.loading = true;
    this.loadError = false;
    try {
      // First paint: summaries in the language shown only; then both, so a
      // query in the other language also searches the summaries.
      const shown = contentLang(matchLocale(asText(this.lang) || inheritedLang(this)));
      this.useIndex(await this.withDataSource((source) => loadBenefitIndex(source, { languages: [shown] })));
      this.loading = false;
      this.useIndex(await this.withDataSource(loadBenefitIndex));
    } catch (error) {
      console.warn('welfare-benefit-finder: the benefit data could not be loaded', error);
      this.loadError = true;
    } finally {
      this.loading = false;
    }
  }

  private useIndex({ benefits, chapters }: Awaited<ReturnType<typeof loadBenefitIndex>>): void {
    if (benefits === this.benefits) return;
    this.benefits = benefits;
    this.benefitsById = new Map(benefits.map((b) => [b.id, b]));
    this.chapters = chapters;
    this.resultsMemo = undefined;
  }

  /**
   * Built when first searched, not at load (a first paint without words needs
   * no index), once per benefit list and language for every finder on the page.
   */
  private get search(): BenefitSearch {
    let byLocale = searchIndexes.get(this.benefits);
    if (!byLocale) searchIndexes.set(this.benefits, (byLocale = new Map()));
    let index = byLocale.get(this.locale);
    if (!index) {
      index = new BenefitSearch(this.benefits.map((b) => BenefitSearch.documentFor(b, this.tagText(b))));
      byLocale.set(this.locale, index);
    }
    return index;
  }

  /** Tag words in both languages, so "disability" and 身障 both find the tag. */
  private tagText(benefit: BenefitSummary): string {
    return benefit.audiences.map((a) => `${a.replace(/-/g, ' ')} ${this.inLocale(() => audienceLabel(a))}`).join(' ');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('answers')) this.household = this.readAnswers();
    if (changed.has('query') || changed.has('category') || changed.has('audience')) this.shownCount = LIST_PAGE;
    this.warnAboutBadAttributes(changed);
    if (changed.has('benefit') && this.benefit !== (this.detail?.id ?? '')) void this.open(this.benefit, { fromAttribute: true });
  }

  private get view(): View {
    return this.benefit ? { kind: 'detail', id: this.benefit } : { kind: 'list' };
  }

  private get selectedAudiences(): Audience[] {
    return parseAudiences(this.audience).audiences;
  }

  private get selectedChapter(): number | undefined {
    const n = Number(this.category);
    return this.category && Number.isInteger(n) && this.chapters.some((c) => c.number === n) ? n : undefined;
  }

  /** Results of the query within the filters, best first, with the words to highlight. */
  private results(): { benefit: BenefitSummary; terms: string[] }[] {
    // A new benefit list clears the memo (useIndex); the language changes the tag words searched.
    const key = JSON.stringify([this.query, this.category, this.audience, this.locale]);
    if (this.resultsMemo?.key !== key) this.resultsMemo = { key, value: this.computeResults() };
    return this.resultsMemo.value;
  }

  private computeResults(): { benefit: BenefitSummary; terms: string[] }[] {
    const chapter = this.selectedChapter;
    const audiences = this.selectedAudiences;
    const inFilters = (b: BenefitSummary) =>
      (chapter === undefined || b.chapter === chapter) && audiences.every((a) => b.audiences.includes(a));
    if (this.query.trim() && this.benefits.length) {
      return this.search
        .search(this.query)
        .map((hit) => ({ benefit: this.benefitsById.get(hit.id)!, terms: hit.terms }))
        .filter((r) => r.benefit && inFilters(r.benefit));
    }
    if (chapter === undefined && audiences.length === 0) return [];
    return this.benefits.filter(inFilters).map((benefit) => ({ benefit, terms: [] }));
  }

  private audienceCounts(): Map<Audience, number> {
    const chapter = this.selectedChapter;
    const counts = new Map<Audience, number>();
    for (const b of this.benefits) {
      if (chapter !== undefined && b.chapter !== chapter) continue;
      for (const a of b.audiences) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    return counts;
  }

  private setQuery(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.afterFilterChange();
  }

  /**
   * Enter in the search field: on a phone the results start below the
   * keyboard and the fold, so the first result is brought into view and
   * focused (its name is read out), or the "nothing found" message.
   */
  private async submitSearch(event: Event): Promise<void> {
    event.preventDefault();
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('.results .result-button, .no-results');
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    if (!target.matches('button')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }

  private setChapter(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value;
    this.afterFilterChange();
  }

  private toggleAudience(audience: Audience): void {
    const selected = new Set(this.selectedAudiences);
    if (selected.has(audience)) selected.delete(audience);
    else selected.add(audience);
    this.audience = [...selected].join(',');
    this.afterFilterChange();
  }

  private clearFilters(): void {
    this.category = '';
    this.audience = '';
    this.afterFilterChange();
  }

  private afterFilterChange(): void {
    this.writeUrl('replace');
    this.emit('welfare-search', {
      query: this.query,
      category: this.category,
      audiences: this.selectedAudiences,
      count: this.results().length,
    });
  }

  private async open(id: string, { fromAttribute = false } = {}): Promise<void> {
    if (!id) {
      this.detail = undefined;
      return;
    }
    this.benefit = id;
    if (!fromAttribute) this.writeUrl('push');
    try {
      const [detail, directory, rules] = await Promise.all([
        this.withDataSource((source) => loadBenefitDetail(id, source)),
        this.directory ?? this.withDataSource(loadDirectory),
        this.rules ?? this.withDataSource(loadBenefitRules),
      ]);
      if (this.benefit !== id) return;
      this.directory = directory;
      this.rules = rules;
      this.detail = detail;
      if (detail) this.emit('welfare-benefit-select', { id });
    } catch (error) {
      console.warn('welfare-benefit-finder: the benefit text could not be loaded', error);
      this.loadError = true;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
  }

  private async close(): Promise<void> {
    const id = this.benefit;
    this.benefit = '';
    this.detail = undefined;
    this.writeUrl('push');
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-benefit="${CSS.escape(id)}"]`);
    (button ?? this.searchInput)?.focus();
  }

  private readUrl(): void {
    const state = readFragment('wn');
    this.query = state.get('q') ?? '';
    this.category = state.get('c') ?? '';
    this.audience = state.get('a') ?? '';
    this.benefit = state.get('b') ?? '';
    if (!this.benefit) this.detail = undefined;
  }

  private writeUrl(mode: 'push' | 'replace'): void {
    if (!this.syncUrl) return;
    writeFragment('wn', { q: this.query, c: this.category, a: this.audience, b: this.benefit }, mode);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="finder" lang=${this.locale}>
      ${this.renderContentLanguageNote()} ${this.renderDataSourceNotice()}
      ${
        this.loadError && !this.loading
          ? renderStatus({ kind: 'error', retry: () => this.reloadData() })
          : this.view.kind === 'list'
            ? this.renderList()
            : this.loading
              ? renderStatus({ kind: 'loading' })
              : this.renderDetail()
      }
    </div>`;
  }

  private renderSearch(): TemplateResult {
    return html`<form class="search" role="search" aria-labelledby="search-label" @submit=${this.submitSearch}>
      <label id="search-label" for="search">${msg('搜尋福利與服務', { desc: 'Finder: search field label' })}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        .value=${this.query}
        maxlength=${MAX_QUERY_LENGTH}
        placeholder=${msg('例如：老人、身障、坐月子', { desc: 'Finder: search placeholder with example words' })}
        @input=${this.setQuery}
      />
    </form>`;
  }

  private renderFilters(): TemplateResult {
    const counts = this.audienceCounts();
    const selected = new Set(this.selectedAudiences);
    return html`<div class="filters">
      <div class="chapter">
        <label for="chapter">${msg('類別', { desc: 'Finder: chapter filter label' })}</label>
        <select id="chapter" @change=${this.setChapter}>
          <option value="" ?selected=${!this.selectedChapter}>${msg('全部類別', { desc: 'Finder: all chapters option' })}</option>
          ${this.chapters.map(
            (c) =>
              html`<option value=${String(c.number)} ?selected=${this.selectedChapter === c.number}>${pick(c.title, this.locale)}</option>`,
          )}
        </select>
      </div>
      <fieldset class="audiences">
        <legend>${msg('對象', { desc: 'Finder: audience filter legend' })}</legend>
        ${AUDIENCES.filter((a) => this.loading || counts.has(a)).map(
          (a) =>
            html`<button
              type="button"
              class="chip secondary"
              aria-pressed=${selected.has(a) ? 'true' : 'false'}
              @click=${() => this.toggleAudience(a)}
            >
              ${audienceLabel(a)} <span class="count">${counts.get(a) ?? ''}</span>
            </button>`,
        )}
      </fieldset>
    </div>`;
  }

  private renderList(): TemplateResult {
    const results = this.results();
    const searching = Boolean(this.query.trim()) || this.selectedChapter !== undefined || this.selectedAudiences.length > 0;
    const common = this.benefits.filter((b) => !b.parent && COMMON_HEADINGS.includes(b.title['zh-Hant']));
    const countText = msg(str`找到 ${results.length} 項`, { desc: 'Finder: number of results' });
    // The search and filters are drawn before the data has come, so the page
    // around the finder does not jump when it does.
    return html`${renderSafetyLine()} ${this.renderSearch()} ${this.renderFilters()}
      <p class="visually-hidden" role="status" aria-live="polite">${searching && !this.loading ? countText : ''}</p>
      ${
        this.loading
          ? html`<div class="results-pending">${renderStatus({ kind: 'loading' })}</div>`
          : searching
            ? results.length
              ? html`<p class="count-line" aria-hidden="true">${countText}</p>
                  <ul class="results">
                    ${results.slice(0, this.printer.printing ? undefined : this.shownCount).map((r) => this.renderResult(r.benefit, r.terms))}
                  </ul>
                  ${renderShowMore(this.printer.printing ? 0 : results.length - this.shownCount, () => void this.showMore())}`
              : this.renderNoResults()
            : html`<h2 class="section-title">${msg('常用的福利', { desc: 'Finder: heading of commonly needed benefits' })}</h2>
                <ul class="results">
                  ${common.map((b) => this.renderResult(b, []))}
                </ul>`
      }`;
  }

  /** Shows the next page and takes focus to its first result, where a keyboard user reads on. */
  private async showMore(): Promise<void> {
    const first = this.shownCount;
    this.shownCount += LIST_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.result-button')[first]?.focus();
  }

  private renderNoResults(): TemplateResult {
    const filtered = this.selectedChapter !== undefined || this.selectedAudiences.length > 0;
    return html`<div class="status no-results" role="status" part="status">
      <p>${msg('沒有找到符合的福利。', { desc: 'Finder: no results' })}</p>
      ${
        filtered
          ? html`<button type="button" class="secondary" @click=${this.clearFilters}>
              ${msg('取消類別與對象篩選', { desc: 'Finder: button to drop filters after no results' })}
            </button>`
          : nothing
      }
      <p>
        ${msg('也可以打電話問社會局：', { desc: 'Finder: no results, call the bureau' })}
        ${renderPhone({ number: SWITCHBOARD }, this.locale)}
      </p>
    </div>`;
  }

  private renderResult(benefit: BenefitSummary, terms: string[]): TemplateResult {
    const marked = (text: string) => highlight(text, terms).map((f) => (f.match ? html`<mark>${f.text}</mark>` : f.text));
    const parent = benefit.parent ? this.benefitsById.get(benefit.parent) : undefined;
    return html`<li class="result" part="result">
      <button type="button" class="result-button" data-benefit=${benefit.id} @click=${() => void this.open(benefit.id)}>
        <span class="result-title" lang=${contentLang(this.locale)}>${marked(pick(benefit.title, this.locale))}</span>
        ${parent ? html`<span class="result-parent">${pick(parent.title, this.locale)}</span>` : nothing}
        <span class="result-summary" lang=${contentLang(this.locale)}>${marked(pick(benefit.summary, this.locale))}</span>
        <span class="tags">
          <span class="tag tag--kind">${kindLabel(benefit.kind)}</span>
          ${benefit.updates.length ? html`<span class="tag tag--updated">${msg('108–111 年計畫更新', { desc: 'Tag: updated by the plan' })}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  private renderDetail(): TemplateResult {
    const summary = this.benefitsById.get(this.benefit);
    if (!summary) {
      return html`${renderStatus({ kind: 'error', message: msg('找不到這項福利。', { desc: 'Finder: unknown benefit id' }) })}
        <button type="button" class="back secondary" @click=${() => void this.close()}>
          ${msg('回到列表', { desc: 'Finder: back to the list' })}
        </button>`;
    }
    const detail = this.detail;
    const rules = ownEntry(this.rules, summary.id);
    const sections = (role: string) => detail?.sections.filter((s) => s.role === role) ?? [];
    const violence = summary.audiences.includes('crisis') || summary.chapter === 8;
    return html`<article class="detail" part="detail" aria-labelledby="detail-heading">
      <button type="button" class="back secondary" @click=${() => void this.close()}>
        ← ${msg('回到列表', { desc: 'Finder: back to the list' })}
      </button>
      <h2 id="detail-heading" tabindex="-1" lang=${contentLang(this.locale)}>${pick(summary.title, this.locale)}</h2>
      <p class="lead" lang=${contentLang(this.locale)}>${pick(summary.summary, this.locale)}</p>
      ${violence ? renderSafetyLine() : nothing}
      ${
        detail?.updates.length
          ? html`<aside class="updated">
              <h3>${msg('108–111 年中程施政計畫的更新', { desc: 'Finder: heading of plan updates' })}</h3>
              ${detail.updates.map((u) => html`<p>${pick(u.summary, this.locale)}</p>`)}
            </aside>`
          : nothing
      }
      ${
        !detail
          ? renderStatus({ kind: 'loading' })
          : html`${this.renderTextBlock(msg('誰可以申請', { desc: 'Finder: who qualifies heading' }), sections('eligibility'))}
            ${rules?.amounts.length ? this.renderAmounts(summary.id, rules.amounts) : nothing}
            ${this.renderTextBlock(msg('內容', { desc: 'Finder: content heading' }), [...sections('amount'), ...sections('content')])}
            ${
              detail.documents.length
                ? html`<section>
                    <h3>${msg('應備文件', { desc: 'Finder: documents to bring heading' })}</h3>
                    <ul class="checklist">
                      ${detail.documents.map(
                        (d, i) => html`<li><input type="checkbox" id="doc-${i}" /><label for="doc-${i}">${d}</label></li>`,
                      )}
                    </ul>
                  </section>`
                : nothing
            }
            ${this.renderWhere(detail)} ${this.renderTextBlock(msg('申請方式', { desc: 'Finder: process heading' }), sections('process'))}
            ${this.renderSource(detail)}`
      }
      <p class="disclaimer">
        ${msg('這是福利資訊，不是申請。是否符合資格與金額，以受理單位審核為準。', {
          desc: 'Finder: disclaimer that this is information, not an application',
        })}
      </p>
      ${
        this.locale !== 'zh-Hant'
          ? html`<p class="note-language">${msg('詳細條文只有中文版。', { desc: 'Finder: the detailed text exists only in Chinese' })}</p>`
          : nothing
      }
    </article>`;
  }

  private renderTextBlock(heading: string, sections: BenefitDetail['sections']): TemplateResult | typeof nothing {
    if (!sections.length) return nothing;
    return html`<section>
      <h3>${heading}</h3>
      ${sections.map((s) => html`${s.text.map((t) => html`<p lang="zh-Hant">${t}</p>`)}`)}
    </section>`;
  }

  private renderAmounts(benefitId: string, amounts: readonly Amount[]): TemplateResult {
    return html`<section>
      <h3>${msg('金額', { desc: 'Finder: how much heading' })}</h3>
      <ul class="amounts">
        ${amounts.map(
          (a) =>
            html`<li>
              <span class="amount-label">${pick(a.label, this.locale)}</span>
              ${formatAmount(a, this.locale) ? html`<strong>${formatAmount(a, this.locale)}</strong>` : nothing}
              ${
                a.tiers?.length
                  ? html`<table>
                      <thead>
                        <tr>
                          <th scope="col">${msg('身分', { desc: 'Finder: tier table, status column' })}</th>
                          <th scope="col">
                            ${msg('金額', { id: 'finder-tier-amount-column', desc: 'Finder: tier table, amount column' })}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        ${this.orderedTiers(benefitId, a.tiers).map(
                          ({ tier: t, status }) =>
                            html`<tr class=${status === 'met' ? 'tier--mine' : ''}>
                              <th scope="row">
                                ${pick(t.label, this.locale)}
                                ${
                                  status === 'met'
                                    ? html`<span class="mine-badge"
                                        >${msg('您的情況', { desc: 'Finder: marks the amount tier that matches the household’s answers' })}</span
                                      >`
                                    : nothing
                                }
                              </th>
                              <td>
                                ${formatAmount({ ...t, unit: a.unit, per: a.per, cap: a.cap, actualCost: a.actualCost }, this.locale)}
                              </td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private warnAboutBadAttributes(changed: PropertyValues<this>): void {
    if (changed.has('district') && this.district && !resolveDistrict(this.district)) {
      this.warnOnce(`district:${this.district}`, `unknown district "${this.district}" ignored (use an id such as fengyuan, or 豐原區).`);
    }
    if (changed.has('audience')) {
      const { unknown } = parseAudiences(this.audience);
      if (unknown.length)
        this.warnOnce(`audience:${unknown.join()}`, `unknown audience "${unknown.join(', ')}" ignored. Known: ${AUDIENCES.join(', ')}.`);
    }
    const chaptersKnown = this.chapters.length > 0;
    if (
      (changed.has('category') || (changed as Map<PropertyKey, unknown>).has('chapters')) &&
      chaptersKnown &&
      this.category &&
      this.selectedChapter === undefined
    ) {
      this.warnOnce(
        `category:${this.category}`,
        `unknown category "${this.category}" ignored: give a chapter number, 1–${this.chapters.length}.`,
      );
    }
  }

  private readAnswers(): Household {
    try {
      return parsePrefill(this.answers).state.household;
    } catch (error) {
      if (!(error instanceof AnswersFormatError)) throw error;
      console.warn(`welfare-benefit-finder: answers ignored (${error.message}); give the quiz's household JSON or its link.`);
      return emptyHousehold();
    }
  }

  /**
   * The tiers with the household's own first (for the member the benefit is
   * for, as the quiz judges it), then those that may apply, then the rest.
   */
  private orderedTiers(benefitId: string, tiers: readonly AmountTier[]): { tier: AmountTier; status: LeafStatus }[] {
    const rank: Record<LeafStatus, number> = { met: 0, unknown: 1, office: 1, pending: 1, failed: 2 };
    const rule = this.rules?.[benefitId]?.rule;
    const members = this.household.members;
    const concerned = rule ? verdictFor(benefitId, rule, this.household).for : [];
    const contexts = (concerned.length ? members.filter((m) => concerned.includes(m.id)) : members).map((m) =>
      contextFor(this.household, m),
    );
    const statusOf = (tier: AmountTier): LeafStatus =>
      contexts.map((c) => holds(tier.when, c)).sort((a, b) => rank[a] - rank[b])[0] ?? 'unknown';
    return tiers.map((tier) => ({ tier, status: statusOf(tier) })).sort((a, b) => rank[a.status] - rank[b.status]);
  }

  /** The district office of the `district` attribute (豐原區 or 豐原), if the directory knows it. */
  private ownDistrictOffice(): Organization | undefined {
    const name = resolveDistrict(this.district)?.name['zh-Hant'].replace(/區$/, '');
    if (!name || !this.directory) return undefined;
    return this.directory.organizations.find(
      (o) => o.kind === 'district-office' && o.name['zh-Hant'].replace(/公所$/, '').replace(/區$/, '') === name,
    );
  }

  /** Hands a place over to a map or directory element on the same page. */
  private renderHandOff(organizationId: string | undefined): TemplateResult | typeof nothing {
    const org = organizationId ? this.directory?.organizations.find((o) => o.id === organizationId) : undefined;
    if (!org) return nothing;
    const locationId = org.locationIds?.[0];
    const hasMap = Boolean(locationId && (this.mapButtons || document.querySelector('welfare-service-map')));
    const hasDirectory = this.contactButtons || Boolean(document.querySelector('welfare-contact-directory'));
    return html`${
      hasMap
        ? html`<button type="button" class="secondary" @click=${() => this.emit('welfare-show-on-map', { locationId: locationId! })}>
            ${msg('在地圖上看', { desc: 'Finder: show this place on the map element of the page' })}
          </button>`
        : nothing
    }
    ${
      hasDirectory
        ? html`<button type="button" class="secondary" @click=${() => this.emit('welfare-show-contact', { organizationId: org.id })}>
            ${msg('查看聯絡資料', { desc: 'Finder: show this organization in the contact directory of the page' })}
          </button>`
        : nothing
    }`;
  }

  private renderOffice(org: Organization): TemplateResult {
    const location = this.directory?.locations.find((l) => l.id === org.locationIds?.[0]);
    return html`<div class="office">
      <strong>${pick(org.name, this.locale)}</strong>
      ${location ? html`<span lang="zh-Hant">${location.address}</span>` : nothing}
      ${(org.phones ?? []).map((p) => renderPhone({ number: p.number, kind: p.kind }, this.locale))} ${this.renderHandOff(org.id)}
    </div>`;
  }

  private renderWhere(detail: BenefitDetail): TemplateResult {
    const ownOffice = detail.apply.targets.some((t) => t.kind === 'district-office-of-residence');
    const office = ownOffice ? this.ownDistrictOffice() : undefined;
    return html`<section>
      <h3>${msg('去哪裡申請、打給誰', { desc: 'Finder: where to apply and whom to call heading' })}</h3>
      ${detail.apply.text ? html`<p lang="zh-Hant">${detail.apply.text}</p>` : nothing}
      ${
        office
          ? html`<p>${msg('您的戶籍地區公所：', { desc: 'Finder: label before the resident’s own district office' })}</p>
              ${this.renderOffice(office)}`
          : nothing
      }
      ${
        detail.contacts.length
          ? html`<ul class="contacts">
              ${detail.contacts.map(
                (c) =>
                  html`<li>
                    <span lang="zh-Hant">${c.name}</span>
                    ${renderContactPhones(c.phones, this.locale)} ${this.renderHandOff(c.ref)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private renderSource(detail: BenefitDetail): TemplateResult {
    const s = detail.source;
    const document =
      s.document === 'handbook-2015'
        ? msg('2015 福利導航服務手冊', { desc: 'Source: the handbook title' })
        : msg('臺中市政府社會局中程施政計畫（108至111年度）', { desc: 'Source: the plan title' });
    return html`<footer class="source">
      ${msg('資料來源：', { desc: 'Finder: source citation label' })} ${document}
      ${s.chapter ? html`<span lang="zh-Hant">${s.chapter}${s.item ? `、${s.item}` : ''} ${detail.heading}</span>` : nothing}
    </footer>`;
  }
}
