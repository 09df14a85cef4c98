import { saveFile } from '../base/made-files.js';
import { MAX_QUERY_LENGTH } from '../../src/search/text.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WelfareElement } from '../base/welfare-element.js';
import { renderStatus } from '../base/status.js';
import { pick } from '../base/labels.js';
import type { WelfareEventMap } from '../base/events.js';
import { loadDirectory, type Category, type Directory, type District, type Location } from '../../src/data/directory.js';
import { loadBenefitDetail, loadBenefitIndex, type BenefitDetail } from '../../src/data/benefits.js';
import type { LocalizedText } from '../../src/data/benefit-types.js';
import {
  benefitContacts,
  buildEntries,
  entriesForRef,
  entryPhoneLines,
  filterEntries,
  groupEntries,
  phoneLines,
  resolveCategory,
  type BenefitContact,
  type ContactEntry,
  type DistrictMatch,
  type Named,
  type PhoneLine,
} from '../../src/directory/entries.js';
import { entriesToCsv, entriesToVCards, type ExportText } from '../../src/directory/export.js';
import { resolveDistrict } from '../../src/geo/districts.js';
import { createDirectorySearch } from '../../src/search/directory-search.js';
import type { TextSearch } from '../../src/search/create-search.js';
import { highlight } from '../../src/search/text.js';
import { directoryStyles } from './contact-directory.styles.js';
import { LIST_PAGE, renderShowMore } from '../base/show-more.js';
import { PrintController } from '../base/print-controller.js';

type BenefitState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; title: LocalizedText; contacts: BenefitContact[] };

interface Results {
  entries: ContactEntry[];
  /** Search words that matched, for highlighting. */
  terms: string[];
  /** Entry id → score, when searching. */
  scores?: Map<string, number>;
}

/**
 * Every division, district office and institution of the handbook's
 * appendix with phones and extensions: searchable, filterable by where it is
 * and whom it serves, dialable from a phone, downloadable and printable.
 *
 * Listens on `document` for `welfare-show-contact` (`detail.organizationId`,
 * optionally `detail.serviceId`) from the other elements, and shows that entry.
 *
 * @fires welfare-contact-select - The resident called, or asked for the map of, an entry, or another element asked to show it; `detail.organizationId`, `detail.serviceId`.
 * @fires welfare-show-on-map - "Show on map" was pressed; `detail.locationId`. `<welfare-service-map>` listens for it.
 *
 * @csspart base - The element's wrapper.
 * @csspart search - The search field.
 * @csspart group - One category of entries.
 * @csspart entry - One entry.
 * @csspart status - Loading, empty and error messages.
 */
export class WelfareContactDirectory extends WelfareElement {
  static override styles = [...WelfareElement.styles, directoryStyles];

  /** A district (和平區, heping or Heping District): shows what serves it, or what is in it (see `district-match`). */
  @property() district = '';
  /** How `district` filters: `serves` (whom it serves; the default) or `located` (where it is). */
  @property({ attribute: 'district-match' }) districtMatch: DistrictMatch = 'serves';
  /** A category id (e.g. `day-care`, `district-office`) or its name. */
  @property() category = '';
  /** The search words. */
  @property() query = '';
  /** A benefit id: show just whom to call about that benefit. */
  @property() benefit = '';
  /** A denser layout: names and phones only. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Show "show on map" buttons even when no `<welfare-service-map>` is in the document (e.g. inside the kiosk). */
  @property({ type: Boolean, attribute: 'map-buttons' }) mapButtons = false;

  @state() private directory?: Directory;
  @state() private entries: readonly ContactEntry[] = [];
  @state() private loading = true;
  @state() private loadError = false;
  /** Groups the resident opened or closed; reset when the filters change. */
  @state() private toggled = new Map<string, boolean>();
  /** How many entries each open group shows. */
  @state() private shown = new Map<string, number>();
  /** An organization or service another element asked to show. */
  @state() private focusRef = '';
  @state() private benefitState?: BenefitState;
  /** Printing: every entry of the filtered list, no pages. */
  private readonly printer = new PrintController(this);

  /** Built when first searched, not at load: the list without words needs no index. */
  private searchIndex?: TextSearch;

  private readonly onShowContact = (event: Event) => {
    const detail = (event as CustomEvent<WelfareEventMap['welfare-show-contact']>).detail;
    const ref = detail?.serviceId || detail?.organizationId;
    if (ref) void this.showContact(ref);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('welfare-show-contact', this.onShowContact);
    if (!this.directory) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('welfare-show-contact', this.onShowContact);
  }

  protected override reloadData(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading = true;
    this.loadError = false;
    try {
      this.useDirectory(await this.withDataSource(loadDirectory));
    } catch (error) {
      console.warn('welfare-contact-directory: the directory data could not be loaded', error);
      this.loadError = true;
    } finally {
      this.loading = false;
    }
  }

  private useDirectory(directory: Directory): void {
    this.directory = directory;
    this.entries = buildEntries(directory);
    this.searchIndex = undefined;
  }

  private get search(): TextSearch {
    this.searchIndex ??= createDirectorySearch(this.entries, this.directory!);
    return this.searchIndex;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.directory) this.warnAboutBadAttributes(changed);
    if (changed.has('district') || changed.has('category') || changed.has('query') || changed.has('districtMatch')) {
      this.toggled = new Map();
      this.shown = new Map();
    }
    const dataChanged = (changed as Map<PropertyKey, unknown>).has('entries');
    if ((changed.has('benefit') || dataChanged || changed.has('district')) && this.benefit) void this.loadBenefit(this.benefit);
    if (changed.has('benefit') && !this.benefit) this.benefitState = undefined;
  }

  private async loadBenefit(id: string): Promise<void> {
    if (!this.entries.length) return;
    if (this.benefitState?.kind !== 'ready') this.benefitState = { kind: 'loading' };
    try {
      const [{ benefits }, detail] = await Promise.all([
        this.withDataSource(loadBenefitIndex),
        this.withDataSource((source) => loadBenefitDetail(id, source)),
      ]);
      if (this.benefit !== id) return;
      const summary = benefits.find((b) => b.id === id);
      this.benefitState =
        summary && detail
          ? { kind: 'ready', title: summary.title, contacts: benefitContacts(this.entries, detail as BenefitDetail, this.districtFilter) }
          : { kind: 'missing' };
      if (this.benefitState.kind === 'missing') this.warnOnce(`benefit:${id}`, `unknown benefit "${id}": its contacts cannot be shown.`);
    } catch (error) {
      console.warn('welfare-contact-directory: the benefit could not be loaded', error);
      if (this.benefit === id) this.benefitState = { kind: 'missing' };
    }
  }

  private warnAboutBadAttributes(changed: PropertyValues<this>): void {
    const loaded = (changed as Map<PropertyKey, unknown>).has('directory');
    if ((loaded || changed.has('district')) && this.district && !this.districtFilter) {
      this.warnOnce(`district:${this.district}`, `unknown district "${this.district}" ignored (use an id such as fengyuan, or 豐原區).`);
    }
    if ((loaded || changed.has('category')) && this.category && !this.categoryFilter) {
      this.warnOnce(
        `category:${this.category}`,
        `unknown category "${this.category}" ignored. Known: ${this.directory!.categories.map((c) => c.id).join(', ')}.`,
      );
    }
  }

  private get districtFilter(): District | undefined {
    return this.directory ? resolveDistrict(this.district, this.directory.districts) : undefined;
  }

  private get categoryFilter(): Category | undefined {
    return this.directory ? resolveCategory(this.directory.categories, this.category) : undefined;
  }

  private get match(): DistrictMatch {
    return this.districtMatch === 'located' ? 'located' : 'serves';
  }

  private get filtering(): boolean {
    return Boolean(this.query.trim() || this.districtFilter || this.categoryFilter);
  }

  /** The entries the filters and the search leave, in the order to show them. */
  private results(): Results {
    if (this.focusRef) return { entries: entriesForRef(this.entries, this.focusRef), terms: [] };
    const filter = { district: this.districtFilter, match: this.match, category: this.categoryFilter };
    if (this.query.trim() && this.directory) {
      const hits = this.search.search(this.query);
      const scores = new Map(hits.map((h) => [h.id, h.score]));
      return {
        entries: filterEntries(this.entries, { ...filter, ids: new Set(scores.keys()) }),
        terms: [...new Set(hits.flatMap((h) => h.terms))],
        scores,
      };
    }
    return { entries: filterEntries(this.entries, filter), terms: [] };
  }

  /** The current list (filters, search, or a benefit's contacts), as the downloads and print see it. */
  visibleEntries(): ContactEntry[] {
    if (this.benefit && this.benefitState?.kind === 'ready') {
      const seen = new Set<string>();
      return this.benefitState.contacts.flatMap((c) => c.entries).filter((e) => !seen.has(e.id) && Boolean(seen.add(e.id)));
    }
    return this.results().entries;
  }

  /** The current list as CSV (RFC 4180, UTF-8 with a byte order mark). */
  toCsv(): string {
    return this.inLocale(() => entriesToCsv(this.visibleEntries(), this.exportText()));
  }

  /** The current list as vCard 3.0, one card per entry; extensions follow a comma (a pause). */
  toVCard(version: '3.0' | '4.0' = '3.0'): string {
    return this.inLocale(() => entriesToVCards(this.visibleEntries(), this.exportText(), version));
  }

  private exportText(): ExportText {
    return {
      name: (n) => this.nameText(n),
      categoryName: (id) => this.categoryName(id),
      districtName: (zh) => this.districtName(zh),
      serviceArea: (e) => this.serviceAreaText(e) ?? '',
      phone: (l) => this.phoneText(l),
      headers: {
        category: msg('類別', { id: 'directory-csv-category', desc: 'Contact directory CSV header: category' }),
        name: msg('名稱', { desc: 'Contact directory CSV header: name in the interface language' }),
        nameZh: msg('中文名稱', { desc: 'Contact directory CSV header: name in Chinese' }),
        parent: msg('所屬單位', { desc: 'Contact directory CSV header: the office an entry belongs to' }),
        operator: msg('受託營運單位', { desc: 'Contact directory CSV header: the NGO that runs it for the city' }),
        address: msg('地址', { desc: 'Contact directory CSV header: address' }),
        district: msg('行政區', { id: 'directory-csv-district', desc: 'Contact directory CSV header: district' }),
        phone: msg('電話', { desc: 'Contact directory CSV header: phones' }),
        fax: msg('傳真', { id: 'directory-csv-fax', desc: 'Contact directory CSV header: fax' }),
        doubtful: msg('可能有誤的號碼（依手冊原文）', { desc: 'Contact directory CSV header: numbers that may be wrong as printed' }),
        serviceArea: msg('服務區域', { id: 'directory-csv-service-area', desc: 'Contact directory CSV header: service area' }),
      },
      notes: {
        operator: (name) => msg(str`受託營運：${name}`, { desc: 'Contact directory vCard note: run for the city by an NGO' }),
        serviceArea: (area) => msg(str`服務區域：${area}`, { desc: 'Contact directory vCard note: service area' }),
        doubtful: (printed) =>
          msg(str`可能有誤的號碼（依手冊原文）：${printed}`, { desc: 'Contact directory vCard note: a doubtful number' }),
      },
    };
  }

  private downloadCsv(): void {
    this.download(this.toCsv(), 'text/csv;charset=utf-8', 'csv');
  }

  private downloadVCard(): void {
    this.download(this.toVCard('3.0'), 'text/vcard;charset=utf-8', 'vcf');
  }

  /** Saves a file made here in the browser; nothing is sent anywhere. */
  private download(content: string, type: string, extension: string): void {
    const district = this.districtFilter?.id;
    saveFile(this.renderRoot, content, type, `taichung-welfare-contacts${district ? `-${district}` : ''}.${extension}`);
  }

  /**
   * Shows one organization or service (by id) and moves the keyboard focus to
   * it, as a `welfare-show-contact` event does. Returns false if there is no such entry.
   */
  async showContact(ref: string): Promise<boolean> {
    if (!this.entries.length) await this.loadedOnce();
    const found = entriesForRef(this.entries, ref);
    if (!found.length) return false;
    this.benefit = '';
    this.focusRef = ref;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#focus-heading')?.focus();
    const first = found[0]!;
    this.emit('welfare-contact-select', {
      organizationId: first.organizationId,
      ...(first.serviceId ? { serviceId: first.serviceId } : {}),
    });
    return true;
  }

  private async loadedOnce(): Promise<void> {
    for (let i = 0; i < 100 && this.loading; i++) await new Promise((r) => setTimeout(r, 50));
  }

  private async showAll(): Promise<void> {
    const ref = this.focusRef;
    this.focusRef = '';
    this.benefit = '';
    await this.updateComplete;
    const entry = ref ? this.renderRoot.querySelector<HTMLElement>(`[data-entry="${CSS.escape(ref)}"] h3`) : null;
    (entry ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
  }

  private select(entry: ContactEntry): void {
    this.emit('welfare-contact-select', {
      organizationId: entry.organizationId,
      ...(entry.serviceId ? { serviceId: entry.serviceId } : {}),
    });
  }

  private showOnMap(entry: ContactEntry, location: Location): void {
    this.select(entry);
    this.emit('welfare-show-on-map', { locationId: location.id });
  }

  /** "Show on map" appears when a map is on the page (or `map-buttons` asks for it). */
  private get mapAvailable(): boolean {
    return this.mapButtons || Boolean(document.querySelector('welfare-service-map'));
  }

  private isOpen(groupId: string, groupCount: number): boolean {
    if (this.printer.printing) return true;
    const toggled = this.toggled.get(groupId);
    if (toggled !== undefined) return toggled;
    // Unfiltered, the groups form an index and the bureau is open; filtered, every group with results is open.
    return this.filtering ? true : groupId === 'bureau' || groupCount <= 3;
  }

  private toggleGroup(groupId: string, open: boolean): void {
    this.toggled = new Map(this.toggled).set(groupId, !open);
  }

  private async showMore(groupId: string, shown: number, total: number): Promise<void> {
    this.shown = new Map(this.shown).set(groupId, Math.min(total, shown + LIST_PAGE));
    await this.updateComplete;
    // Keyboard focus continues at the first newly shown entry.
    this.renderRoot.querySelectorAll<HTMLElement>(`#group-${CSS.escape(groupId)} .entry h3`)[shown]?.focus();
  }

  private setQuery(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.focusRef = '';
  }

  private setDistrict(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    this.district = this.directory?.districts.find((d) => d.id === id)?.name['zh-Hant'] ?? '';
    this.focusRef = '';
  }

  private setMatch(match: DistrictMatch): void {
    this.districtMatch = match;
  }

  private setCategory(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value;
    this.focusRef = '';
  }

  private clearFilters(): void {
    this.query = '';
    this.district = '';
    this.category = '';
    this.focusRef = '';
  }

  // ---- words ----

  private nameText(n: Named): string {
    return this.locale === 'zh-Hant' ? n['zh-Hant'] : (n.en ?? n['zh-Hant']);
  }

  /** A content name: English where it exists in an English interface; zh-Hant text is marked as such. */
  private renderName(n: Named, terms: readonly string[] = []): TemplateResult {
    const zh = this.locale === 'zh-Hant' || !n.en;
    const text = zh ? n['zh-Hant'] : n.en!;
    const marked = highlight(text, terms).map((f) => (f.match ? html`<mark>${f.text}</mark>` : f.text));
    return zh && this.locale !== 'zh-Hant' ? html`<span lang="zh-Hant">${marked}</span>` : html`${marked}`;
  }

  private categoryName(id: string): string {
    const c = this.directory?.categories.find((x) => x.id === id);
    return c ? pick(c.name, this.locale) : id;
  }

  private districtName(zh: string): string {
    const d = this.directory?.districts.find((x) => x.name['zh-Hant'] === zh);
    return d ? pick(d.name, this.locale) : zh;
  }

  private serviceAreaText(entry: ContactEntry): string | undefined {
    if (entry.serviceArea === 'all') return msg('臺中市全區', { desc: 'Contact directory: the service area is the whole city' });
    if (!entry.serviceArea) return undefined;
    const names = entry.serviceArea.map((id) => {
      const d = this.directory?.districts.find((x) => x.id === id);
      return d ? pick(d.name, this.locale) : id;
    });
    return names.join(this.locale === 'zh-Hant' ? '、' : ', ');
  }

  private buildingName(building: string): string {
    switch (building) {
      case 'taiwan-boulevard-building':
        return msg('臺灣大道市政大樓', { desc: 'Contact directory: the Taiwan Boulevard city hall building' });
      case 'yangming-building':
        return msg('陽明市政大樓', { desc: 'Contact directory: the Yangming city hall building (Fengyuan)' });
      default:
        return building;
    }
  }

  private phoneLabel(label: string): string | undefined {
    switch (label) {
      case '總機':
        return msg('總機', { desc: 'Contact directory phone label: switchboard' });
      case '代表號':
        return msg('代表號', { desc: 'Contact directory phone label: main number' });
      case '手機直撥':
        return msg('手機直撥', { desc: 'Contact directory phone label: number to call from a mobile phone' });
      default:
        return undefined;
    }
  }

  /** A phone line as plain text, for the downloads. */
  private phoneText(line: PhoneLine): string {
    const ext = line.extensionText
      ? msg(str` 分機 ${line.extensionText}`, { id: 'directory-extension', desc: 'Contact directory: extension or range after a number' })
      : '';
    const building = line.building ? ` (${this.buildingName(line.building)})` : '';
    return `${line.display}${ext}${building}`;
  }

  // ---- rendering ----

  override render(): TemplateResult {
    return html`<div part="base" class="directory" lang=${this.locale}>
      ${
        this.loading
          ? renderStatus({ kind: 'loading' })
          : this.loadError
            ? renderStatus({ kind: 'error', retry: () => void this.load() })
            : html`${this.renderContentLanguageNote()} ${this.renderDataSourceNotice()}
              ${this.benefit ? this.renderBenefit() : this.focusRef ? this.renderFocus() : this.renderDirectory()}`
      }
    </div>`;
  }

  private renderControls(counts: { district: Map<string, number>; category: Map<string, number> }): TemplateResult {
    const district = this.districtFilter;
    const category = this.categoryFilter;
    const dir = this.directory!;
    return html`<form class="controls" role="search" aria-labelledby="search-label" @submit=${this.submitSearch}>
      <div class="field field--search">
        <label id="search-label" for="search">${msg('搜尋單位、地址或電話', { desc: 'Contact directory: search field label' })}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          maxlength=${MAX_QUERY_LENGTH}
          placeholder=${msg('例如：長青、區公所、早療', { desc: 'Contact directory: search placeholder with example words' })}
          @input=${this.setQuery}
        />
      </div>
      <div class="field">
        <label for="district">${msg('行政區', { desc: 'Contact directory: district filter label' })}</label>
        <select id="district" @change=${this.setDistrict}>
          <option value="" ?selected=${!district}>${msg('全部行政區', { desc: 'Contact directory: all districts option' })}</option>
          ${dir.districts.map(
            (d) =>
              html`<option value=${d.id} ?selected=${district?.id === d.id}>
                ${pick(d.name, this.locale)} (${counts.district.get(d.id) ?? 0})
              </option>`,
          )}
        </select>
      </div>
      ${
        district
          ? html`<fieldset class="match">
              <legend>
                ${msg(str`${pick(district.name, this.locale)}：要看哪些單位？`, { desc: 'Contact directory: legend of the served/located choice' })}
              </legend>
              <label class="radio"
                ><input
                  type="radio"
                  name="match"
                  value="serves"
                  .checked=${this.match === 'serves'}
                  @change=${() => this.setMatch('serves')}
                />
                ${msg('服務這個區的（含全市服務）', { desc: 'Contact directory: show entries that serve the district' })}</label
              >
              <label class="radio"
                ><input
                  type="radio"
                  name="match"
                  value="located"
                  .checked=${this.match === 'located'}
                  @change=${() => this.setMatch('located')}
                />
                ${msg('位在這個區的', { desc: 'Contact directory: show entries located in the district' })}</label
              >
            </fieldset>`
          : nothing
      }
      <div class="field">
        <label for="category">${msg('類別', { id: 'directory-category', desc: 'Contact directory: category filter label' })}</label>
        <select id="category" @change=${this.setCategory}>
          <option value="" ?selected=${!category}>
            ${msg('全部類別', { id: 'directory-all-categories', desc: 'Contact directory: all categories option' })}
          </option>
          ${dir.categories.map(
            (c) =>
              html`<option value=${c.id} ?selected=${category?.id === c.id}>
                ${pick(c.name, this.locale)} (${counts.category.get(c.id) ?? 0})
              </option>`,
          )}
        </select>
      </div>
    </form>`;
  }

  /** Counts for the selects: each filter's options counted within the other filters. */
  private optionCounts(ids?: ReadonlySet<string>): { district: Map<string, number>; category: Map<string, number> } {
    const district = new Map<string, number>();
    const category = new Map<string, number>();
    const dir = this.directory!;
    for (const d of dir.districts) {
      district.set(d.id, filterEntries(this.entries, { district: d, match: this.match, category: this.categoryFilter, ids }).length);
    }
    for (const e of filterEntries(this.entries, { district: this.districtFilter, match: this.match, ids })) {
      category.set(e.category, (category.get(e.category) ?? 0) + 1);
    }
    return { district, category };
  }

  private renderActions(count: number): TemplateResult {
    return html`<div
      class="actions"
      role="group"
      aria-label=${msg('下載或列印這份名單', { desc: 'Contact directory: label of the download and print buttons' })}
    >
      <button type="button" class="secondary" ?disabled=${!count} @click=${this.downloadCsv}>
        ${msg('下載 CSV', { desc: 'Contact directory: download the list as CSV' })}
      </button>
      <button type="button" class="secondary" ?disabled=${!count} @click=${this.downloadVCard}>
        ${msg('存成手機聯絡人（vCard）', { desc: 'Contact directory: download the list as vCard' })}
      </button>
      <button type="button" class="secondary" ?disabled=${!count} @click=${() => void this.printer.print()}>
        ${msg('列印電話表', { desc: 'Contact directory: print the list as a phone list' })}
      </button>
    </div>`;
  }

  private describeFilters(): string {
    const parts: string[] = [];
    const district = this.districtFilter;
    if (district) {
      const name = pick(district.name, this.locale);
      parts.push(
        this.match === 'located'
          ? msg(str`位在${name}`, { desc: 'Contact directory: filter description, located in a district' })
          : msg(str`服務${name}`, { desc: 'Contact directory: filter description, serving a district' }),
      );
    }
    const category = this.categoryFilter;
    if (category) parts.push(pick(category.name, this.locale));
    if (this.query.trim())
      parts.push(msg(str`「${this.query.trim()}」`, { desc: 'Contact directory: filter description, the search words in quotes' }));
    return parts.join(this.locale === 'zh-Hant' ? '・' : ' · ');
  }

  private renderDirectory(): TemplateResult {
    const results = this.results();
    const hitIds = results.scores ? new Set(results.scores.keys()) : undefined;
    let groups = groupEntries(results.entries, this.directory!.categories);
    if (results.scores) {
      const best = (g: (typeof groups)[number]) => Math.max(...g.entries.map((e) => results.scores!.get(e.id) ?? 0));
      groups = groups
        .map((g) => ({ ...g, entries: [...g.entries].sort((a, b) => (results.scores!.get(b.id) ?? 0) - (results.scores!.get(a.id) ?? 0)) }))
        .sort((a, b) => best(b) - best(a));
    } else if (this.districtFilter) {
      // A resident who chose a district looks first for its office.
      groups = [...groups.filter((g) => g.category.id === 'district-office'), ...groups.filter((g) => g.category.id !== 'district-office')];
    }
    const count = results.entries.length;
    const filters = this.describeFilters();
    const countText = filters
      ? count === 1
        ? msg(str`${filters}：1 筆聯絡資料`, { id: 'directory-count-one', desc: 'Contact directory: one entry with the filters described' })
        : msg(str`${filters}：${count} 筆聯絡資料`, { desc: 'Contact directory: number of entries with the filters described' })
      : msg(str`共 ${count} 筆聯絡資料`, { desc: 'Contact directory: number of entries without filters' });
    const unknownDistrict = this.district && !this.districtFilter;
    const unknownCategory = this.category && !this.categoryFilter;
    return html`${this.renderControls(this.optionCounts(hitIds))}
      ${
        unknownDistrict || unknownCategory
          ? html`<p class="note">
              ${
                unknownDistrict
                  ? msg(str`找不到「${this.district}」這個行政區，顯示全部行政區。`, {
                      desc: 'Contact directory: unknown district attribute',
                    })
                  : msg(str`找不到「${this.category}」這個類別，顯示全部類別。`, { desc: 'Contact directory: unknown category attribute' })
              }
            </p>`
          : nothing
      }
      <p class="count-line" role="status" aria-live="polite">${countText}</p>
      ${this.renderActions(count)}
      <h2 class="print-title">
        ${msg('臺中市社會局 福利聯絡電話', { desc: 'Contact directory: title of the printed phone list' })}${filters ? `（${filters}）` : ''}
      </h2>
      ${
        count
          ? html`<div class="groups">${groups.map((g) => this.renderGroup(g.category, g.entries, results.terms))}</div>`
          : this.renderNoResults()
      }
      ${this.renderSource()}`;
  }

  /**
   * Enter in the search field: on a phone the list starts below the keyboard
   * and the fold; the count of what was found is brought into view and read.
   */
  private async submitSearch(event: Event): Promise<void> {
    event.preventDefault();
    await this.updateComplete;
    const count = this.renderRoot.querySelector<HTMLElement>('.count-line');
    if (!count) return;
    count.tabIndex = -1;
    count.scrollIntoView({ block: 'start' });
    count.focus({ preventScroll: true });
  }

  private renderNoResults(): TemplateResult {
    return html`<div class="status" role="status" part="status">
      <p>${msg('沒有符合的聯絡資料。', { desc: 'Contact directory: no results' })}</p>
      <button type="button" class="secondary" @click=${this.clearFilters}>
        ${msg('清除搜尋與篩選', { desc: 'Contact directory: clear the search and filters' })}
      </button>
    </div>`;
  }

  private renderGroup(category: Category, entries: readonly ContactEntry[], terms: readonly string[]): TemplateResult {
    const id = category.id;
    const open = this.isOpen(id, entries.length);
    const limit = this.printer.printing ? entries.length : (this.shown.get(id) ?? LIST_PAGE);
    const visible = entries.slice(0, limit);
    const rest = entries.length - visible.length;
    return html`<section class="group" part="group" aria-labelledby="heading-${id}">
      <h2 class="group-heading" id="heading-${id}">
        <button
          type="button"
          class="group-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="group-${id}"
          @click=${() => this.toggleGroup(id, open)}
        >
          <span class="group-name">${pick(category.name, this.locale)}</span>
          <span class="count"
            >${
              entries.length === 1
                ? msg('1 筆', { id: 'directory-group-count-one', desc: 'Contact directory: one entry in a category group' })
                : msg(str`${entries.length} 筆`, { desc: 'Contact directory: number of entries in a category group' })
            }</span
          >
        </button>
      </h2>
      <div id="group-${id}" class="group-body" ?hidden=${!open}>
        ${
          open
            ? html`<ul class="entries">
                  ${visible.map((e) => this.renderEntry(e, terms))}
                </ul>
                ${renderShowMore(rest, () => void this.showMore(id, limit, entries.length))}`
            : nothing
        }
      </div>
    </section>`;
  }

  private renderEntry(entry: ContactEntry, terms: readonly string[], level: 3 | 4 = 3): TemplateResult {
    const name = this.renderName(entry.name, terms);
    const heading = level === 3 ? html`<h3 tabindex="-1">${name}</h3>` : html`<h4 tabindex="-1">${name}</h4>`;
    const area = this.serviceAreaText(entry);
    const lines = entryPhoneLines(entry);
    return html`<li class="entry" part="entry" data-entry=${entry.id}>
      ${heading}
      ${this.locale !== 'zh-Hant' && entry.name.en ? html`<p class="name-zh" lang="zh-Hant">${entry.name['zh-Hant']}</p>` : nothing}
      ${entry.parent ? html`<p class="parent">${this.renderName(entry.parent)}</p>` : nothing}
      ${
        entry.operator
          ? html`<p class="operator">
              ${msg(html`由民間單位受託營運：${this.renderName(entry.operator)}`, {
                desc: 'Contact directory: the NGO that runs a centre for the city',
              })}
            </p>`
          : nothing
      }
      ${
        entry.provider
          ? html`<p class="operator">
              ${msg(html`提供單位：${this.renderName(entry.provider)}`, { desc: 'Contact directory: the body providing a service' })}
            </p>`
          : nothing
      }
      <ul class="phones">
        ${lines.map((l) => this.renderPhoneLine(l, entry))}
      </ul>
      <div class="meta">
        ${entry.sharesParentAddress ? nothing : entry.locations.map((l) => this.renderLocation(entry, l))}
        ${entry.unlocatedAddresses.map((a) => html`<p class="address"><span lang="zh-Hant">${a}</span></p>`)}
        <p class="area">
          ${
            area
              ? msg(str`服務區域：${area}`, { id: 'directory-service-area', desc: 'Contact directory: the service area of an entry' })
              : msg('服務區域：手冊未列', { desc: 'Contact directory: the handbook prints no service area' })
          }
        </p>
      </div>
    </li>`;
  }

  private renderPhoneLine(line: PhoneLine, entry?: ContactEntry): TemplateResult {
    const label = line.label ? this.phoneLabel(line.label) : undefined;
    const printedLabel = line.label && !label ? html`<span lang="zh-Hant">${line.label}</span> ` : nothing;
    if (line.kind === 'fax' && !line.doubt) {
      return html`<li class="phone phone--fax">
        ${msg('傳真', { id: 'directory-fax', desc: 'Contact directory: fax label' })} ${line.display}
      </li>`;
    }
    if (line.doubt || !line.tel) {
      return html`<li class="phone phone--doubtful">
        ${line.kind === 'fax' ? html`${msg('傳真', { id: 'directory-fax', desc: 'Contact directory: fax label' })} ` : nothing}${label ? `${label} ` : printedLabel}<span
          lang="zh-Hant"
          >${line.display}</span
        >
        <strong class="flag"
          >${msg('號碼依手冊原文，可能有誤，請先查證', { desc: 'Contact directory: flag on a number that may be wrong as printed' })}</strong
        >
      </li>`;
    }
    const ext = line.extensionText
      ? msg(str` 分機 ${line.extensionText}`, { id: 'directory-extension', desc: 'Contact directory: extension or range after a number' })
      : '';
    const range = line.extensionText && line.extensionText !== line.extension;
    return html`<li class="phone-item">
      <a class="phone" href=${line.tel} @click=${() => entry && this.select(entry)}
        >${label ? html`<span class="label">${label}</span> ` : printedLabel}${line.display}${ext}</a
      >
      ${
        line.building || range
          ? html`<span class="hint">
              ${line.building ? this.buildingName(line.building) : nothing}${line.building && range ? '・' : ''}${
                range
                  ? msg(str`撥號後自動轉分機 ${line.extension}`, { desc: 'Contact directory: a range dials its first extension' })
                  : nothing
              }
            </span>`
          : nothing
      }
    </li>`;
  }

  private renderLocation(entry: ContactEntry, location: Location): TemplateResult {
    const building = location.name ? pick(location.name, this.locale) : '';
    return html`<p class="address">
      <span lang="zh-Hant">${location.address}</span>${building ? html` <span class="building">(${building})</span>` : nothing}
      ${
        location.point && this.mapAvailable
          ? html`<button type="button" class="map-button secondary" @click=${() => this.showOnMap(entry, location)}>
              ${msg('在地圖上顯示', { desc: 'Contact directory: show on map button' })}<span class="visually-hidden"
                >：${this.nameText(entry.name)}</span
              >
            </button>`
          : nothing
      }
    </p>`;
  }

  private renderFocus(): TemplateResult {
    const entries = entriesForRef(this.entries, this.focusRef);
    const first = entries[0];
    return html`<section class="focus" aria-labelledby="focus-heading">
      <h2 id="focus-heading" tabindex="-1">
        ${
          first
            ? msg(str`${this.nameText(entries.length === 1 ? first.name : (first.operator ?? first.provider ?? first.name))}的聯絡資料`, {
                desc: 'Contact directory: heading when another element asked to show one contact',
              })
            : msg('找不到這個單位。', { desc: 'Contact directory: unknown organization asked for' })
        }
      </h2>
      <button type="button" class="secondary" @click=${() => void this.showAll()}>
        ${msg('顯示完整通訊錄', { desc: 'Contact directory: back to the whole directory' })}
      </button>
      <ul class="entries">
        ${entries.map((e) => this.renderEntry(e, []))}
      </ul>
    </section>`;
  }

  private renderBenefit(): TemplateResult {
    const state = this.benefitState;
    if (!state || state.kind === 'loading') return renderStatus({ kind: 'loading' });
    const back = html`<button type="button" class="secondary" @click=${() => void this.showAll()}>
      ${msg('顯示完整通訊錄', { desc: 'Contact directory: back to the whole directory' })}
    </button>`;
    if (state.kind === 'missing') {
      return html`${renderStatus({ kind: 'error', message: msg('找不到這項福利。', { id: 'directory-unknown-benefit', desc: 'Contact directory: unknown benefit id' }) })}
      ${back}`;
    }
    const count = this.visibleEntries().length;
    return html`<section class="benefit" aria-labelledby="benefit-heading">
      <h2 id="benefit-heading" tabindex="-1">
        ${msg(str`「${pick(state.title, this.locale)}」要打給誰`, { desc: 'Contact directory: heading of a benefit’s contacts' })}
      </h2>
      <ul class="contacts">
        ${state.contacts.map((c) => this.renderBenefitContact(c))}
      </ul>
      ${this.renderActions(count)} ${back}
    </section>`;
  }

  private renderBenefitContact(contact: BenefitContact): TemplateResult {
    const lines = contact.phones.flatMap((p) =>
      // A benefit prints the extensions for it: each is a line of its own.
      phoneLines({ ...p, kind: p.kind ?? 'voice' }),
    );
    const entryFor = contact.entries[0];
    return html`<li class="contact">
      <h3>
        ${
          contact.ownDistrictOffice
            ? msg('戶籍所在地的區公所', { desc: 'Contact directory: apply at the district office where you are registered' })
            : html`<span lang="zh-Hant">${contact.name}</span>`
        }
      </h3>
      ${
        lines.length && entryFor
          ? html`<p class="for-benefit">
              ${msg('這項福利的承辦電話：', { desc: 'Contact directory: the phone numbers the benefit prints' })}
            </p>`
          : nothing
      }
      ${
        lines.length
          ? html`<ul class="phones">
              ${lines.map((l) => this.renderPhoneLine(l, entryFor))}
            </ul>`
          : nothing
      }
      ${
        contact.ownDistrictOffice && !contact.entries.length
          ? html`<p>
                ${msg('請向戶籍所在地的區公所申請。選擇您的行政區，就會顯示該區公所。', { desc: 'Contact directory: choose a district to see its office' })}
              </p>
              <button type="button" class="secondary" @click=${() => this.showDistrictOffices()}>
                ${msg('查看 29 個區公所', { desc: 'Contact directory: show the district offices' })}
              </button>`
          : nothing
      }
      ${
        contact.entries.length
          ? html`<ul class="entries">
              ${contact.entries.map((e) => this.renderEntry(e, [], 4))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private showDistrictOffices(): void {
    this.benefit = '';
    this.category = 'district-office';
  }

  private renderSource(): TemplateResult {
    return html`<p class="source">
      ${msg('資料來源：臺中市政府社會局《2015 福利導航服務手冊》附錄。撥號前如有疑問，可先打社會局總機 04-2228-9111。', {
        desc: 'Contact directory: source note',
      })}
    </p>`;
  }
}
