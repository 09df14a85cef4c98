import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { WelfareElement } from '../base/welfare-element.js';
import { renderStatus } from '../base/status.js';
import { renderPhone } from '../base/phone-link.js';
import { pick } from '../base/labels.js';
import { resolveDistrict } from '../../src/geo/districts.js';
import { loadDirectory } from '../../src/data/directory.js';
import type { Category, Directory, DirectoryPhone, District, Location, Organization, Service } from '../../src/data/directory-types.js';
import { sortByDistance, type LonLat } from '../../src/geo/distance.js';
import {
  approximateByDistrict,
  directionsUrl,
  isExact,
  parseCategoryList,
  parseCenter,
  parseZoom,
  pinCollection,
  categoryCounts,
  matchedPlaceName,
  placeName,
  repeatedNames,
  unlocatedServices,
  placesFor,
  servicesByLocation,
  servicesForDistrict,
  type DistrictsGeo,
  type Place,
} from '../../src/geo/service-points.js';
import { categoryColor, districtLabelCollection, resolveBasemap } from '../../src/geo/map-style.js';
import { mapLoader, WebGLUnavailableError } from './map-loader.js';
import type { MapEngine } from './map-engine.js';
import { serviceMapStyles } from './service-map.styles.js';

/** How many places the list shows before "show all". */
const PAGE = 30;
/** Start loading the map this far before it scrolls into view. */
const NEAR_VIEWPORT = '400px 0px';

type MapStatus = 'waiting' | 'loading' | 'ready' | 'unavailable' | 'failed';
type NearMe = { status: 'idle' | 'asking' | 'denied' | 'unavailable' } | { status: 'ok'; origin: LonLat };

/**
 * Where the offices and service points are, which centre serves my district,
 * and what is near me: a list that works on its own, and a map (MapLibre GL,
 * loaded only when the element comes near the viewport) that is honest about
 * what it knows: only street-level addresses are pins; places known only to
 * their village or district are counted on their district.
 *
 * Listens on `document` for `welfare-show-on-map` (`detail.locationId`) from
 * the other elements, and selects that place.
 *
 * @fires welfare-location-select - A place was selected (in the list, on the map, or by `focusLocation`); `detail.id`.
 * @fires welfare-error - The directory data could not be loaded.
 *
 * @csspart base - The element's wrapper.
 * @csspart map - The map's frame.
 * @csspart list - The list of places and services.
 * @csspart detail - The selected place.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssprop --welfare-color-primary - Buttons, links, accents and the highlighted district (default `#0b5cab`).
 * @cssprop --welfare-map-height - Height of the map (default: 60% of the viewport, 280–560 px).
 */
export class WelfareServiceMap extends WelfareElement {
  static override styles = [...WelfareElement.styles, serviceMapStyles];

  /** Category ids to show, comma-separated (see data/directory/taxonomy.json), e.g. `day-care,senior-services`. Empty: all. */
  @property() category = '';
  /** A district (id such as `fengyuan`, or 豐原區): highlights it and lists the services that serve it. */
  @property() district = '';
  /** The id of a place to select. */
  @property() location = '';
  /** `offline` (default, no network), `nlsc`, `openfreemap`, or the URL of a MapLibre style. */
  @property() basemap = '';
  /** The map's first centre as `longitude,latitude`. */
  @property() center = '';
  /** The map's first zoom level (7–18). */
  @property() zoom = '';

  @state() private directory?: Directory;
  @state() private loading = true;
  @state() private loadError = false;
  @state() private mapStatus: MapStatus = 'waiting';
  @state() private mapNote = '';
  @state() private near: NearMe = { status: 'idle' };
  @state() private showAll = false;
  @state() private announcement = '';

  @query('.map-canvas') private mapContainer?: HTMLElement;

  /** Resolves with true when the map has drawn, false when it cannot be shown (the list still works). */
  readonly mapReady: Promise<boolean>;
  private resolveMapReady!: (ready: boolean) => void;

  /** The category list the host set; the filter's "this page's selection". */
  private preset = '';
  private choosingCategory = false;
  private engine?: MapEngine;
  private geo?: DistrictsGeo;
  private observer?: IntersectionObserver;
  private servicesAt = new Map<string, Service[]>();
  /** Places and place-less services per category, counted once per directory for the category menu. */
  private counts = new Map<string, { places: number; unlocated: number }>();
  private organizations = new Map<string, Organization>();
  private readonly onShowOnMap = (event: Event) => {
    const id = (event as CustomEvent<{ locationId?: string }>).detail?.locationId;
    if (id) void this.focusLocation(id);
  };

  constructor() {
    super();
    this.mapReady = new Promise((resolve) => (this.resolveMapReady = resolve));
  }

  /** The MapLibre map, once it has loaded (for hosts that need more than the attributes offer). */
  get map(): MapEngine['map'] | undefined {
    return this.engine?.map;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('welfare-show-on-map', this.onShowOnMap);
    if (!this.directory) void this.load();
    if (this.hasUpdated) this.watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('welfare-show-on-map', this.onShowOnMap);
    this.observer?.disconnect();
    this.observer = undefined;
    this.engine?.destroy();
    this.engine = undefined;
    if (this.mapStatus === 'ready' || this.mapStatus === 'loading') this.mapStatus = 'waiting';
  }

  // ---- data -------------------------------------------------------------

  protected override reloadData(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading = true;
    this.loadError = false;
    try {
      const directory = await this.withDataSource(loadDirectory);
      this.servicesAt = servicesByLocation(directory.services);
      this.counts = categoryCounts(directory);
      this.organizations = new Map(directory.organizations.map((o) => [o.id, o]));
      this.directory = directory;
    } catch (error) {
      console.warn('welfare-service-map: the directory data could not be loaded', error);
      this.loadError = true;
      this.emit('welfare-error', {
        message: this.inLocale(() => msg('服務地點資料無法載入。', { desc: 'Service map: data failed to load' })),
        cause: error,
      });
    } finally {
      this.loading = false;
    }
  }

  private get categories(): readonly Category[] {
    return this.directory?.categories ?? [];
  }

  /** The categories in the filter now (empty: all). */
  private get filter(): Set<string> {
    const { ids, unknown } = parseCategoryList(
      this.category,
      this.categories.map((c) => c.id),
    );
    if (unknown.length && this.directory)
      this.warnOnce(
        `category:${unknown.join(',')}`,
        `unknown category "${unknown.join(', ')}" ignored. Known: ${this.categories.map((c) => c.id).join(', ')}.`,
      );
    return new Set(ids);
  }

  private get chosenDistrict(): District | undefined {
    if (!this.district || !this.directory) return undefined;
    const found = resolveDistrict(this.district, this.directory.districts);
    if (!found)
      this.warnOnce(`district:${this.district}`, `unknown district "${this.district}" ignored (use an id such as fengyuan, or 豐原區).`);
    return found;
  }

  private get selected(): Location | undefined {
    if (!this.location || !this.directory) return undefined;
    const found = this.directory.locations.find((l) => l.id === this.location);
    if (!found) this.warnOnce(`location:${this.location}`, `unknown location "${this.location}" ignored.`);
    return found;
  }

  private places(): Place[] {
    return this.directory ? placesFor(this.directory, this.filter) : [];
  }

  private nameOf(location: Location): string {
    return placeName(location, this.servicesAt.get(location.id) ?? [], this.organizations, this.locale);
  }

  /** The name of a place in the filtered list and on its pin: the service that matched, where the filter picks one. */
  private rowName(place: Place): string {
    return matchedPlaceName(place.location, place.services, this.servicesAt.get(place.location.id) ?? [], this.organizations, this.locale);
  }

  private serviceName(service: Service): string {
    return this.locale === 'zh-Hant' ? service.name['zh-Hant'] : (service.name.en ?? service.name['zh-Hant']);
  }

  private categoryName(id: string): string {
    const category = this.categories.find((c) => c.id === id);
    return category ? pick(category.name, this.locale) : id;
  }

  private districtName(zhName: string): string {
    const d = this.directory?.districts.find((x) => x.name['zh-Hant'] === zhName);
    return d ? pick(d.name, this.locale) : zhName;
  }

  // ---- lifecycle ----------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('category') && !this.choosingCategory) this.preset = this.category;
    this.choosingCategory = false;
    if (changed.has('center') && this.center && !parseCenter(this.center)) {
      this.warnOnce(`center:${this.center}`, `center "${this.center}" ignored: give "longitude,latitude", e.g. "120.68,24.15".`);
    }
    if (changed.has('zoom') && this.zoom !== '' && parseZoom(this.zoom) === null) {
      this.warnOnce(`zoom:${this.zoom}`, `zoom "${this.zoom}" ignored: give a number from 0 to 22.`);
    }
    if (changed.has('basemap') && this.basemap && !resolveBasemap(this.basemap, document.baseURI)) {
      this.warnOnce(`basemap:${this.basemap}`, `basemap "${this.basemap}" ignored: use offline, nlsc, openfreemap, or a style URL.`);
    }
  }

  protected override firstUpdated(): void {
    this.watchViewport();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.observer && this.mapStatus === 'waiting') this.watchViewport();
    if (!this.engine) return;
    if (changed.has('basemap') && changed.get('basemap') !== undefined) {
      this.restartMap();
      return;
    }
    if (changed.has('center') || changed.has('zoom')) {
      const center = parseCenter(this.center);
      const zoom = parseZoom(this.zoom);
      if (center || zoom !== null)
        this.engine.map.jumpTo({ ...(center ? { center: [center[0], center[1]] } : {}), ...(zoom !== null ? { zoom } : {}) });
    }
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (['category', 'district', 'location', 'directory', 'locale', 'near'].some((k) => changedKeys.has(k))) this.syncMap();
    if (changedKeys.has('locale')) this.engine.setStrings(this.mapStrings());
  }

  // ---- the map --------------------------------------------------------------

  /** Loads the map only when its frame comes near the viewport. */
  private watchViewport(): void {
    const frame = this.renderRoot.querySelector('.map-frame');
    if (!frame || this.observer || this.mapStatus !== 'waiting') return;
    if (!('IntersectionObserver' in window)) {
      void this.startMap();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        this.observer = undefined;
        void this.startMap();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.observer.observe(frame);
  }

  private async startMap(): Promise<void> {
    if (this.mapStatus !== 'waiting') return;
    this.mapStatus = 'loading';
    mapLoader.requests++;
    try {
      const { engine, geo } = await mapLoader.load();
      await this.updateComplete;
      const container = this.mapContainer;
      if (!this.isConnected || !container) {
        this.mapStatus = 'waiting';
        return;
      }
      this.geo = geo;
      engine.adoptMapStyles(this.renderRoot as ShadowRoot);
      const basemap = resolveBasemap(this.basemap, document.baseURI) ?? resolveBasemap('offline')!;
      const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      this.engine = engine.createMapEngine({
        container,
        geo,
        basemap,
        boundariesAttribution: this.inLocale(() =>
          [
            msg('行政區界：內政部', { desc: 'Service map: attribution of the district boundaries (Ministry of the Interior)' }),
            msg(
              '地點座標：臺中市門牌坐標（政府資料開放平臺）、衛生福利部、內政部（醫療院所分布圖、國土測繪中心地標）、社會及家庭署托育平臺',
              {
                desc: 'Service map: attribution of the sources of the place coordinates (city address points, health ministry, interior ministry, childcare platform)',
              },
            ),
          ].join(' | '),
        ),
        center: parseCenter(this.center),
        zoom: parseZoom(this.zoom),
        reducedMotion,
        strings: this.mapStrings(),
        onPinClick: (id) => this.select(id, 'map'),
        onDistrictClick: (id, approximate) => this.chooseDistrict(id, approximate),
        onProblem: (error, fatal) => this.onMapProblem(error, fatal),
      });
      this.engine.map.getCanvas().setAttribute('aria-describedby', 'map-help');
      this.syncMap();
      await this.engine.ready;
      if (!this.engine) return;
      this.mapStatus = 'ready';
      this.moveCamera();
      this.resolveMapReady(true);
    } catch (error) {
      this.engine?.destroy();
      this.engine = undefined;
      this.mapStatus = error instanceof WebGLUnavailableError || /webgl/i.test(String(error)) ? 'unavailable' : 'failed';
      console.warn('welfare-service-map: the map cannot be shown; the list has everything', error);
      this.resolveMapReady(false);
    }
  }

  private restartMap(): void {
    this.engine?.destroy();
    this.engine = undefined;
    this.mapStatus = 'waiting';
    this.mapNote = '';
    void this.startMap();
  }

  private onMapProblem(error: Error, fatal: boolean): void {
    if (fatal) {
      this.engine?.destroy();
      this.engine = undefined;
      this.mapStatus = /webgl/i.test(error.message) ? 'unavailable' : 'failed';
      this.resolveMapReady(false);
    } else {
      this.mapNote = this.inLocale(() =>
        msg('線上底圖無法連線，改用內建的行政區底圖。', { desc: 'Service map: the online basemap failed; the built-in map is shown' }),
      );
    }
    console.warn('welfare-service-map:', error.message);
  }

  private mapStrings(): Record<string, string> {
    return this.inLocale(() => ({
      'Map.Title': msg('服務地點地圖', { desc: 'Service map: accessible name of the map canvas' }),
      'NavigationControl.ZoomIn': msg('放大', { id: 'map-zoom-in', desc: 'Service map: zoom in button' }),
      'NavigationControl.ZoomOut': msg('縮小', { id: 'map-zoom-out', desc: 'Service map: zoom out button' }),
      'AttributionControl.ToggleAttribution': msg('地圖資料來源', { desc: 'Service map: button that shows the map credits' }),
      'CooperativeGesturesHandler.WindowsHelpText': msg('按住 Ctrl 再捲動滑鼠滾輪來縮放地圖', {
        desc: 'Service map: hint to zoom with Ctrl and the mouse wheel',
      }),
      'CooperativeGesturesHandler.MacHelpText': msg('按住 ⌘ 再捲動來縮放地圖', {
        desc: 'Service map: hint to zoom with Command and scrolling (Mac)',
      }),
      'CooperativeGesturesHandler.MobileHelpText': msg('用兩隻手指移動地圖', {
        desc: 'Service map: hint to move the map with two fingers',
      }),
    }));
  }

  /** Tells the map what to draw: pins in the filter, district labels with counts, highlights. */
  private syncMap(): void {
    const engine = this.engine;
    const geo = this.geo;
    if (!engine || !geo || !this.directory) return;
    const places = this.places();
    engine.setPins(pinCollection(places, (p) => ({ color: categoryColor(p.category), name: this.rowName(p) })));
    const approx = approximateByDistrict(places);
    engine.setDistrictLabels(
      districtLabelCollection(geo, (_id, nameZh, nameEn) => {
        const count = approx.get(nameZh)?.length ?? 0;
        return this.inLocale(() => ({
          count,
          label: this.locale === 'zh-Hant' ? nameZh : nameEn.replace(/ District$/, ''),
          note: count
            ? msg(str`另 ${count} 處位置不精確`, { desc: 'Service map: on a district, how many places have no exact point' })
            : '',
        }));
      }),
    );
    const selected = this.selected;
    const selectedDistrictId = selected && !isExact(selected) ? this.districtId(selected.district) : '';
    engine.setDistricts(this.chosenDistrict?.id ?? '', selectedDistrictId);
    engine.setSelectedPin(selected && isExact(selected) ? [selected.point!.lon, selected.point!.lat] : null);
    engine.setOrigin(this.near.status === 'ok' ? this.near.origin : null);
  }

  private districtId(zhName: string): string {
    return this.directory?.districts.find((d) => d.name['zh-Hant'] === zhName)?.id ?? '';
  }

  /** Brings the current selection into view. */
  private moveCamera(): void {
    const engine = this.engine;
    if (!engine || this.mapStatus !== 'ready') return;
    const selected = this.selected;
    if (selected && isExact(selected)) engine.showPoint([selected.point!.lon, selected.point!.lat]);
    else if (selected) engine.showDistrict(this.districtId(selected.district));
    else if (this.chosenDistrict) engine.showDistrict(this.chosenDistrict.id, this.servingPoints(this.chosenDistrict));
  }

  // ---- actions --------------------------------------------------------------

  /**
   * Selects a place, shows it on the map and in the list, and moves the
   * keyboard focus to its details. Returns false if there is no such place.
   */
  async focusLocation(id: string): Promise<boolean> {
    if (!this.directory) {
      this.location = id;
      await this.load();
    }
    if (!this.directory?.locations.some((l) => l.id === id)) {
      this.warnOnce(`location:${id}`, `unknown location "${id}" ignored.`);
      return false;
    }
    this.select(id, 'api');
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#detail-heading');
    heading?.scrollIntoView({ block: 'nearest', behavior: this.reducedMotion ? 'auto' : 'smooth' });
    heading?.focus({ preventScroll: true });
    return true;
  }

  private get reducedMotion(): boolean {
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  private select(id: string, from: 'list' | 'map' | 'api'): void {
    const location = this.directory?.locations.find((l) => l.id === id);
    if (!location) return;
    this.location = id;
    this.emit('welfare-location-select', { id, services: (this.servicesAt.get(id) ?? []).map((s) => s.id) });
    this.announcement = this.inLocale(() =>
      msg(str`已選擇：${this.nameOf(location)}`, { desc: 'Service map: announced when a place is selected' }),
    );
    if (from !== 'map') {
      if (isExact(location)) this.engine?.showPoint([location.point!.lon, location.point!.lat]);
      else this.engine?.showDistrict(this.districtId(location.district));
    }
    if (from === 'list') {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus());
    }
  }

  private async closeDetail(): Promise<void> {
    const id = this.location;
    this.location = '';
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-location="${CSS.escape(id)}"]`);
    (button ?? this.renderRoot.querySelector<HTMLElement>('#results-heading'))?.focus();
  }

  /** Street-level points of the services that serve a district from elsewhere, framed with it. */
  private servingPoints(district: District): LonLat[] {
    if (!this.directory) return [];
    const { serving } = servicesForDistrict(this.directory, district, this.filter);
    const ids = new Set(serving.flatMap((s) => s.locationIds));
    return this.directory.locations.filter((l) => ids.has(l.id) && isExact(l)).map((l) => [l.point!.lon, l.point!.lat] as LonLat);
  }

  private chooseDistrict(idOrName: string, approximate = false): void {
    const district = this.directory ? resolveDistrict(idOrName, this.directory.districts) : undefined;
    this.district = district?.id ?? '';
    this.showAll = false;
    if (district) {
      if (this.near.status !== 'ok') this.near = { status: 'idle' };
      this.engine?.showDistrict(district.id, this.servingPoints(district));
      // The badge opens the places known only to this district.
      if (approximate) {
        void this.updateComplete.then(() => {
          const heading = this.renderRoot.querySelector<HTMLElement>('#approx-heading');
          heading?.scrollIntoView({ block: 'nearest', behavior: this.reducedMotion ? 'auto' : 'smooth' });
          heading?.focus({ preventScroll: true });
        });
      }
      const count = this.directory ? servicesForDistrict(this.directory, district, this.filter).serving.length : 0;
      this.announcement = this.inLocale(() =>
        msg(str`${pick(district.name, this.locale)}：${count} 個單位服務這一區`, {
          desc: 'Service map: announced when a district is chosen',
        }),
      );
    } else {
      this.engine?.showAll();
    }
  }

  private onDistrictChange(event: Event): void {
    this.chooseDistrict((event.target as HTMLSelectElement).value);
  }

  private onCategoryChange(event: Event): void {
    this.choosingCategory = true;
    this.category = (event.target as HTMLSelectElement).value;
    this.showAll = false;
    const count = this.places().length;
    this.announcement = this.inLocale(() =>
      msg(str`顯示 ${count} 個地點`, { desc: 'Service map: announced after the category filter changes' }),
    );
  }

  private nearMe(): void {
    if (!('geolocation' in navigator)) {
      this.near = { status: 'unavailable' };
      void this.focusDistrictChoice();
      return;
    }
    this.near = { status: 'asking' };
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const origin: LonLat = [position.coords.longitude, position.coords.latitude];
        this.near = { status: 'ok', origin };
        this.district = '';
        this.showAll = false;
        const nearest = sortByDistance(
          this.places().filter((p) => isExact(p.location)),
          origin,
          (p) => [p.location.point!.lon, p.location.point!.lat],
        )
          .slice(0, 3)
          .map((d): LonLat => [d.item.location.point!.lon, d.item.location.point!.lat]);
        this.engine?.showPoints([origin, ...nearest]);
        this.announcement = this.inLocale(() =>
          msg('已依與您的距離排序。', { desc: 'Service map: announced when the list is sorted by distance' }),
        );
      },
      (error) => {
        this.near = { status: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' };
        void this.focusDistrictChoice();
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private async focusDistrictChoice(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#district')?.focus();
  }

  private stopNearMe(): void {
    this.near = { status: 'idle' };
    this.engine?.showAll();
  }

  // ---- rendering ------------------------------------------------------------

  override render(): TemplateResult {
    return html`<div part="base" class="service-map" lang=${this.locale}>
      ${
        this.loading
          ? html`<div class="pending">${renderStatus({ kind: 'loading' })}</div>`
          : this.loadError || !this.directory
            ? renderStatus({
                kind: 'error',
                message: msg('服務地點資料無法載入。', { desc: 'Service map: data failed to load' }),
                retry: () => void this.load(),
              })
            : this.renderContent(this.directory)
      }
    </div>`;
  }

  private renderContent(directory: Directory): TemplateResult {
    const places = this.places();
    return html`${this.renderContentLanguageNote()} ${this.renderDataSourceNotice()} ${this.renderControls(directory)}
      ${this.renderMap(places)}
      <section class="results" part="list" aria-labelledby="results-heading">
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
        ${this.renderDetail()} ${this.renderResults(directory, places)}
      </section>`;
  }

  private renderControls(directory: Directory): TemplateResult {
    const presetIds = parseCategoryList(
      this.preset,
      this.categories.map((c) => c.id),
    ).ids;
    const currentIds = [...this.filter];
    const value = currentIds.join(',');
    const allPlaces = placesFor(directory, new Set());
    const countIn = (ids: string[]) => placesFor(directory, new Set(ids)).length;
    const district = this.chosenDistrict;
    return html`<div class="controls">
      <div class="field">
        <label for="category">${msg('服務類別', { id: 'map-category', desc: 'Service map: category filter label' })}</label>
        <select id="category" @change=${this.onCategoryChange}>
          ${
            presetIds.length > 1
              ? html`<option value=${presetIds.join(',')} ?selected=${value === presetIds.join(',')}>
                  ${msg(str`本頁選定的 ${presetIds.length} 類`, { desc: 'Service map: filter option for the categories the host page chose' })}
                  (${countIn(presetIds)})
                </option>`
              : nothing
          }
          <option value="" ?selected=${currentIds.length === 0}>
            ${msg('全部類別', { id: 'map-all-categories', desc: 'Service map: all categories option' })} (${allPlaces.length})
          </option>
          ${this.categories.map((c) => {
            const count = this.counts.get(c.id) ?? { places: 0, unlocated: 0 };
            const label = count.places
              ? String(count.places)
              : msg(str`${count.unlocated} 項服務，無地址`, {
                  desc: 'Service map: category option count when its services have no address, only phones',
                });
            return html`<option value=${c.id} ?selected=${value === c.id}>${pick(c.name, this.locale)} (${label})</option>`;
          })}
        </select>
        ${
          currentIds.length > 1
            ? html`<p class="hint">${currentIds.map((id) => this.categoryName(id)).join(this.locale === 'zh-Hant' ? '、' : ', ')}</p>`
            : nothing
        }
      </div>
      <div class="field">
        <label for="district">${msg('您住在哪一區？', { desc: 'Service map: district choice label' })}</label>
        <select id="district" @change=${this.onDistrictChange}>
          <option value="" ?selected=${!district}>
            ${msg('全部行政區', { id: 'map-all-districts', desc: 'Service map: no district chosen option' })}
          </option>
          ${directory.districts.map((d) => html`<option value=${d.id} ?selected=${district?.id === d.id}>${pick(d.name, this.locale)}</option>`)}
        </select>
      </div>
      <div class="field field--near">
        <button type="button" class="near" ?disabled=${this.near.status === 'asking'} @click=${this.nearMe}>
          ${
            this.near.status === 'asking'
              ? msg('正在取得位置…', { desc: 'Service map: near me button while locating' })
              : msg('離我最近的地點', { desc: 'Service map: near me button' })
          }
        </button>
      </div>
      ${this.renderNearStatus()}
    </div>`;
  }

  private renderNearStatus(): TemplateResult | typeof nothing {
    switch (this.near.status) {
      case 'denied':
        return html`<p class="note note--warn" role="alert">
          ${msg('您沒有允許這個網頁讀取位置，所以無法依距離排序。請改選您住的行政區。', {
            desc: 'Service map: geolocation refused; choose a district instead',
          })}
        </p>`;
      case 'unavailable':
        return html`<p class="note note--warn" role="alert">
          ${msg('這個瀏覽器無法取得您的位置。請改選您住的行政區。', { desc: 'Service map: geolocation unavailable; choose a district instead' })}
        </p>`;
      case 'ok':
        return html`<p class="note">
          ${msg('依直線距離排序，從您目前的位置算起。', { desc: 'Service map: the list is sorted by straight-line distance' })}
          <button type="button" class="link-button" @click=${this.stopNearMe}>
            ${msg('取消距離排序', { desc: 'Service map: stop sorting by distance' })}
          </button>
        </p>`;
      default:
        return nothing;
    }
  }

  private renderMap(places: Place[]): TemplateResult {
    const status = this.mapStatus;
    const shownCategories = [...new Set(places.filter((p) => isExact(p.location)).map((p) => p.category))];
    const approxCount = places.filter((p) => !isExact(p.location)).length;
    return html`<figure class="map-frame map-frame--${status}" part="map">
      <div class="map-stage" ?hidden=${status === 'unavailable' || status === 'failed'}>
        <div class="map-canvas"></div>
        ${
          status === 'waiting' || status === 'loading'
            ? html`<p class="map-placeholder">
                ${
                  status === 'loading'
                    ? msg('地圖載入中…', { desc: 'Service map: the map is loading' })
                    : msg('地圖會在捲動到這裡時載入。下方列表已列出所有地點。', { desc: 'Service map: placeholder before the map loads' })
                }
              </p>`
            : nothing
        }
      </div>
      ${
        status === 'unavailable' || status === 'failed'
          ? html`<p class="map-fallback" role="status">
              ${
                status === 'unavailable'
                  ? msg('這個瀏覽器無法顯示地圖（需要 WebGL）。下方列表有全部地點與電話。', {
                      desc: 'Service map: WebGL is unavailable; the list has everything',
                    })
                  : msg('地圖無法載入。下方列表有全部地點與電話。', {
                      desc: 'Service map: the map failed to load; the list has everything',
                    })
              }
            </p>`
          : nothing
      }
      <figcaption class="map-caption">
        ${this.mapNote ? html`<span class="note note--warn" role="status">${this.mapNote}</span>` : nothing}
        ${
          status === 'ready' || status === 'loading' || status === 'waiting'
            ? html`<span id="map-help"
                >${msg('地圖可用鍵盤操作：方向鍵移動，＋／－ 鍵縮放。', { desc: 'Service map: keyboard help for the map canvas' })}</span
              >`
            : nothing
        }
        ${
          status === 'unavailable' || status === 'failed'
            ? nothing
            : html`<ul class="legend" aria-label=${msg('圖例', { id: 'map-legend', desc: 'Service map: legend label' })}>
                ${shownCategories.map((id) => html`<li><span class="swatch" data-category=${id}></span>${this.categoryName(id)}</li>`)}
                <li>
                  <span class="swatch swatch--cluster"></span
                  >${msg('數字：好幾個地點，點一下放大', { desc: 'Service map: legend for clusters' })}
                </li>
                ${
                  approxCount
                    ? html`<li>
                        ${msg(str`地圖只標出確知地址的地點；另有 ${approxCount} 處位置不精確，寫在各區名稱下，並列在下方列表。`, {
                          desc: 'Service map: legend explaining that places without an exact address are not pins',
                        })}
                      </li>`
                    : nothing
                }
              </ul>`
        }
      </figcaption>
    </figure>`;
  }

  private renderResults(directory: Directory, places: Place[]): TemplateResult {
    const district = this.chosenDistrict;
    if (district) return this.renderDistrict(directory, district);
    if (this.near.status === 'ok') return this.renderNear(places, this.near.origin);
    const shown = this.showAll ? places : places.slice(0, PAGE);
    const unlocated = unlocatedServices(directory, this.filter);
    return html`<h2 id="results-heading" tabindex="-1">
        ${msg(str`${places.length} 個地點`, { desc: 'Service map: heading with the number of places' })}
      </h2>
      ${places.length ? this.renderPlaceList(shown.map((p) => ({ place: p }))) : unlocated.length ? nothing : this.renderNothing()}
      ${this.renderMore(places.length, shown.length)} ${this.renderUnlocated(unlocated, places.length === 0)}`;
  }

  /** Services of the chosen category that have no place: listed with their phones, and why they are not on the map. */
  private renderUnlocated(services: Service[], only: boolean): TemplateResult | typeof nothing {
    if (!services.length) return nothing;
    return html`<section class="unlocated" aria-labelledby="unlocated-heading">
      <h3 id="unlocated-heading">
        ${msg(str`沒有地址的服務（${services.length}）`, { desc: 'Service map: heading of the services that have no place on the map' })}
      </h3>
      <p class="hint">
        ${
          only
            ? msg('這個類別的服務，手冊沒有印出可以標在地圖上的地址；請打電話詢問地點。', {
                desc: 'Service map: why a category has no places, only services with phones',
              })
            : msg('手冊沒有印出這些服務的地址（或參考資料找不到），所以不在地圖上；請打電話詢問地點。', {
                desc: 'Service map: why some services of the category are not on the map',
              })
        }
      </p>
      <ul class="services">
        ${services.map((s) => this.renderService(s, { showLocations: false }))}
      </ul>
    </section>`;
  }

  private renderNothing(): TemplateResult {
    return renderStatus({ kind: 'empty', message: msg('這個類別沒有地點。', { desc: 'Service map: no places in this category' }) });
  }

  private renderMore(total: number, shown: number): TemplateResult | typeof nothing {
    if (shown >= total) return nothing;
    return html`<button type="button" class="secondary more" @click=${() => (this.showAll = true)}>
      ${msg(str`顯示全部 ${total} 個地點`, { desc: 'Service map: show the whole list' })}
    </button>`;
  }

  private renderNear(places: Place[], origin: LonLat): TemplateResult {
    const sorted = sortByDistance(places, origin, (p) => (p.location.point ? [p.location.point.lon, p.location.point.lat] : null));
    const shown = this.showAll ? sorted : sorted.slice(0, PAGE);
    return html`<h2 id="results-heading" tabindex="-1">
        ${msg('離您最近的地點', { desc: 'Service map: heading of the list sorted by distance' })}
      </h2>
      ${this.renderPlaceList(shown.map((d) => ({ place: d.item, distance: d.distanceMetres })))}
      ${this.renderMore(sorted.length, shown.length)}`;
  }

  private renderDistrict(directory: Directory, district: District): TemplateResult {
    const { serving, cityWide, placesIn } = servicesForDistrict(directory, district, this.filter);
    const name = pick(district.name, this.locale);
    const approx = placesIn.filter((p) => !isExact(p.location));
    const exact = placesIn.filter((p) => isExact(p.location));
    return html`<div class="district-head">
        <h2 id="results-heading" tabindex="-1">${name}</h2>
        <button type="button" class="secondary" @click=${() => this.chooseDistrict('')}>
          ${msg('看全部行政區', { desc: 'Service map: leave the district view' })}
        </button>
      </div>
      <section aria-labelledby="serving-heading">
        <h3 id="serving-heading">
          ${msg(str`服務${name}的單位（${serving.length}）`, { desc: 'Service map: services whose service area includes the district' })}
        </h3>
        <p class="hint">${msg('依手冊所列的服務區域。', { desc: 'Service map: the service areas are as printed in the handbook' })}</p>
        ${
          serving.length
            ? html`<ul class="services">
                ${serving.map((s) => this.renderService(s, { showLocations: true }))}
              </ul>`
            : html`<p>
                ${msg('手冊沒有列出專門服務這一區的單位；請看下面的地點與全市服務。', { desc: 'Service map: no service names this district' })}
              </p>`
        }
      </section>
      <section aria-labelledby="places-in-heading">
        <h3 id="places-in-heading">
          ${msg(str`位在${name}的地點（${placesIn.length}）`, { desc: 'Service map: places located in the district' })}
        </h3>
        ${exact.length ? this.renderPlaceList(exact.map((p) => ({ place: p }))) : nothing}
        ${
          approx.length
            ? html`<h4 id="approx-heading" tabindex="-1">
                  ${msg(str`只知道在${name}、地圖上不畫點的地點（${approx.length}）`, {
                    desc: 'Service map: heading of the places known only to the district (the district badge opens them)',
                  })}
                </h4>
                ${this.renderPlaceList(approx.map((p) => ({ place: p })))}`
            : nothing
        }
      </section>
      ${
        cityWide.length
          ? html`<details class="city-wide">
              <summary>${msg(str`全市都可使用的服務（${cityWide.length}）`, { desc: 'Service map: services for the whole city' })}</summary>
              <ul class="services">
                ${cityWide.map((s) => this.renderService(s, { showLocations: true }))}
              </ul>
            </details>`
          : nothing
      }`;
  }

  private formatDistance(metres: number): string {
    const locale = this.locale === 'zh-Hant' ? 'zh-Hant-TW' : this.locale;
    const km = metres / 1000;
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'kilometer',
      unitDisplay: 'short',
      maximumFractionDigits: km < 10 ? 1 : 0,
    }).format(km);
  }

  private renderPlaceList(items: { place: Place; distance?: number }[]): TemplateResult {
    // Two rows with one name (two centres of one foundation) show their addresses to tell them apart.
    const repeated = repeatedNames(items.map(({ place }) => this.rowName(place)));
    return html`<ul class="places">
      ${items.map(({ place, distance }) => this.renderPlace(place, distance, repeated.has(this.rowName(place))))}
    </ul>`;
  }

  private renderPlace(place: Place, distance?: number, showAddress = false): TemplateResult {
    const { location } = place;
    const exact = isExact(location);
    const selected = this.location === location.id;
    const categories = [...new Set(place.services.map((s) => s.category))].map((c) => this.categoryName(c));
    const distanceText =
      distance === undefined || !Number.isFinite(distance)
        ? ''
        : exact
          ? this.formatDistance(distance)
          : msg(str`約 ${this.formatDistance(distance)}`, { desc: 'Service map: approximate distance to a place without an exact point' });
    const where = location.village && location.point?.precision === 'village' ? location.village : this.districtName(location.district);
    return html`<li class="place ${selected ? 'place--selected' : ''}">
      <button
        type="button"
        class="place-button"
        data-location=${location.id}
        aria-current=${selected ? 'true' : 'false'}
        @click=${() => this.select(location.id, 'list')}
      >
        <span class="swatch" data-category=${place.category}></span>
        <span class="place-text">
          <span class="place-name">${this.rowName(place)}</span>
          ${showAddress ? html`<span class="place-address" lang="zh-Hant">${location.address}</span>` : nothing}
          <span class="place-meta">
            ${this.districtName(location.district)} · ${categories.join(this.locale === 'zh-Hant' ? '、' : ', ')}
            ${place.services.length > 1 ? msg(str` · ${place.services.length} 項服務`, { desc: 'Service map: number of services at a place' }) : ''}
          </span>
          ${distanceText ? html`<span class="place-distance">${distanceText}</span>` : nothing}
          ${
            exact
              ? nothing
              : html`<span class="place-approx">
                  ${msg(str`位置不精確：只知道在${where}`, { desc: 'Service map: the place has no exact point, only its village or district' })}
                </span>`
          }
        </span>
      </button>
    </li>`;
  }

  private organizationName(id: string | undefined): string {
    const org = id ? this.organizations.get(id) : undefined;
    return org ? pick(org.name, this.locale) : '';
  }

  private serviceAreaText(service: Service): string {
    if (service.serviceArea === 'all')
      return msg('臺中市全區', { id: 'map-area-whole-city', desc: 'Service map: service area is the whole city' });
    if (service.serviceArea?.length) {
      const names = service.serviceArea.map((id) => {
        const d = this.directory?.districts.find((x) => x.id === id);
        return d ? pick(d.name, this.locale) : id;
      });
      return names.join(this.locale === 'zh-Hant' ? '、' : ', ');
    }
    return service.serviceAreaPrinted ?? '';
  }

  private renderPhones(phones: readonly DirectoryPhone[]): TemplateResult | typeof nothing {
    const voice = phones.filter((p) => p.kind === 'voice');
    const fax = phones.filter((p) => p.kind === 'fax');
    if (!voice.length && !fax.length) return nothing;
    return html`<p class="phones">
      ${[...voice, ...fax].map((p) => {
        const label = p.label ? html`<span class="phone-label" lang="zh-Hant">${p.label}</span>` : nothing;
        if (p.doubt) {
          return html`<span class="phone-item"
            >${label}<span class="phone phone--doubtful"
              >${p.printed}
              <small>${msg('（號碼依手冊原文，可能有誤）', { desc: 'Phone: the number may be wrong as printed' })}</small></span
            ></span
          >`;
        }
        const numbers = p.extensions?.length
          ? p.extensions.map((ext) => renderPhone({ number: p.number, extension: ext, kind: p.kind }, this.locale))
          : [renderPhone({ number: p.number, kind: p.kind }, this.locale)];
        return html`<span class="phone-item">${label}${numbers}</span>`;
      })}
    </p>`;
  }

  private renderService(service: Service, { showLocations }: { showLocations: boolean }): TemplateResult {
    const operator = this.organizationName(service.operatorId ?? service.organizationId);
    const runBy = service.operatorId ? this.organizationName(service.organizationId) : '';
    const area = this.serviceAreaText(service);
    const operatorLabel = service.operatorId
      ? msg('承辦單位', { id: 'map-operator', desc: 'Service map: operator (contracted organization) label' })
      : msg('提供單位', { id: 'map-provider', desc: 'Service map: organization that provides the service, label' });
    const locations = service.locationIds
      .map((id) => this.directory?.locations.find((l) => l.id === id))
      .filter((l): l is Location => Boolean(l));
    return html`<li class="service">
      <h4 class="service-name">${this.serviceName(service)}</h4>
      <p class="service-meta">
        <span class="tag"><span class="swatch" data-category=${service.category}></span>${this.categoryName(service.category)}</span>
      </p>
      <dl class="facts">
        ${
          area
            ? html`<div>
                <dt>${msg('服務區域', { id: 'map-service-area', desc: 'Service map: service area label' })}</dt>
                <dd>${area}</dd>
              </div>`
            : nothing
        }
        ${
          operator
            ? html`<div>
                <dt>${operatorLabel}</dt>
                <dd>${operator}${runBy ? html` <span class="muted">(${runBy})</span>` : nothing}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${this.renderPhones(service.phones)}
      ${
        showLocations && locations.length
          ? html`<ul class="service-places">
              ${locations.map(
                (l) =>
                  html`<li>
                    <button type="button" class="link-button" data-location-link=${l.id} @click=${() => this.select(l.id, 'list')}>
                      ${msg(str`地點：${l.address}`, { desc: 'Service map: button showing a service’s place' })}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        service.unlocatedAddresses?.length
          ? html`<p class="muted">${service.unlocatedAddresses.map((u) => html`<span lang="zh-Hant">${u.printed}</span> `)}</p>`
          : nothing
      }
    </li>`;
  }

  private renderDetail(): TemplateResult | typeof nothing {
    const location = this.selected;
    if (!location) return nothing;
    const services = this.servicesAt.get(location.id) ?? [];
    const exact = isExact(location);
    const district = this.districtName(location.district);
    const where =
      location.point?.precision === 'village' && location.village
        ? this.locale === 'zh-Hant'
          ? `${district}${location.village}`
          : `${location.village}, ${district}`
        : district;
    const precisionNote = msg(str`地圖位置不精確：只知道在${where}，地圖上不畫點。`, {
      desc: 'Service map: the place is known only to its village or district',
    });
    return html`<article class="detail" part="detail" aria-labelledby="detail-heading">
      <div class="detail-head">
        <h2 id="detail-heading" tabindex="-1">${this.nameOf(location)}</h2>
        <button type="button" class="secondary close" @click=${() => void this.closeDetail()}>
          ${msg('關閉', { id: 'map-close', desc: 'Service map: close the place details' })}
        </button>
      </div>
      <dl class="facts">
        <div>
          <dt>${msg('地址', { id: 'map-address', desc: 'Service map: address label' })}</dt>
          <dd lang="zh-Hant">${location.address}</dd>
        </div>
      </dl>
      ${exact ? nothing : html`<p class="place-approx">${precisionNote}</p>`}
      <p>
        <a class="directions" href=${directionsUrl(location)} target="_blank" rel="noopener noreferrer">
          ${msg('規劃路線（在地圖 App 開啟）', { desc: 'Service map: directions link, opens the maps app in a new window' })}
        </a>
      </p>
      <h3>${msg(str`這裡的服務（${services.length}）`, { desc: 'Service map: heading of the services at a place' })}</h3>
      <ul class="services">
        ${services.map((s) => this.renderService(s, { showLocations: false }))}
      </ul>
    </article>`;
  }
}
