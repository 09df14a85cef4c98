import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import './service-map.js';
import type { WelfareServiceMap } from './service-map.component.js';
import { mapLoader, WebGLUnavailableError } from './map-loader.js';
import { LAYERS, SOURCES } from '../../src/geo/map-style.js';
import { loadDirectory, type Directory } from '../../src/data/directory.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The list has rendered from the directory data. */
async function listReady(el: WelfareServiceMap): Promise<void> {
  for (let i = 0; i < 100 && !$(el, '#results-heading'); i++) await sleep(50);
  await el.updateComplete;
}

/** Fails with `what` when `promise` has not settled in time, so a stalled step names itself. */
async function within<T>(promise: Promise<T>, what: string, ms = 15000): Promise<T> {
  let timer = 0;
  const timeout = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(`still waiting after ${ms} ms for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The map has loaded and finished drawing. Frames are drawn here with
 * `redraw()` rather than left to requestAnimationFrame, which a busy machine
 * may throttle until MapLibre's `idle` never comes.
 */
async function mapIdle(el: WelfareServiceMap): Promise<MapLibreMap> {
  expect(await within(el.mapReady, 'the map to load')).to.equal(true);
  const map = el.map!;
  let idle = false;
  const onIdle = () => (idle = true);
  map.on('idle', onIdle);
  for (let i = 0; i < 300 && !idle; i++) {
    map.redraw();
    if (!idle) await sleep(50);
  }
  map.off('idle', onIdle);
  if (!idle) throw new Error(`the map never became idle (loaded ${map.loaded()}, tiles ${map.areTilesLoaded()}, moving ${map.isMoving()})`);
  return map;
}

async function choose(el: WelfareServiceMap, selector: string, value: string): Promise<void> {
  const select = $(el, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function pinData(map: MapLibreMap): Promise<Feature<Point>[]> {
  return ((await within(map.getSource<GeoJSONSource>(SOURCES.pins)!.getData(), 'the pins from the worker')) as FeatureCollection<Point>)
    .features;
}

/** Every place id drawn as a pin in view, clusters expanded. */
async function renderedPinIds(map: MapLibreMap): Promise<string[]> {
  const source = map.getSource<GeoJSONSource>(SOURCES.pins)!;
  const ids = map.queryRenderedFeatures({ layers: [LAYERS.pins] }).map((f) => String(f.properties['id']));
  for (const cluster of map.queryRenderedFeatures({ layers: [LAYERS.clusters] })) {
    const leaves = await within(source.getClusterLeaves(Number(cluster.properties['cluster_id']), 1000, 0), "a cluster's pins");
    ids.push(...leaves.map((l) => String(l.properties!['id'])));
  }
  return [...new Set(ids)];
}

/** Clicks the map canvas at a coordinate, as a mouse would. */
function clickMap(map: MapLibreMap, lngLat: [number, number]): void {
  const point = map.project(lngLat);
  const rect = map.getCanvas().getBoundingClientRect();
  const init = { bubbles: true, clientX: rect.left + point.x, clientY: rect.top + point.y, button: 0 };
  map.getCanvas().dispatchEvent(new MouseEvent('mousedown', init));
  map.getCanvas().dispatchEvent(new MouseEvent('mouseup', init));
  map.getCanvas().dispatchEvent(new MouseEvent('click', init));
}

let directory: Directory;
/** Street-level locations that some service is at (a location only an organisation names is not a place). */
const exactIds = () => {
  const served = new Set(directory.services.flatMap((s) => s.locationIds));
  return new Set(directory.locations.filter((l) => l.point?.precision === 'address' && served.has(l.id)).map((l) => l.id));
};

describe('<welfare-service-map>', function () {
  this.timeout(30000);
  // WebGL is drawn in software here (SwiftShader), sharing two cores with the
  // whole suite: a test that stalls there once runs again; one that fails twice fails.
  this.retries(1);

  before(async () => {
    directory = await loadDirectory();
  });

  beforeEach(() => {
    document.documentElement.lang = 'zh-Hant';
    mapLoader.reset();
  });

  // Must run first: once any map has loaded, the library is in the module cache.
  it('fetches nothing of the map library until the element comes near the viewport; the list works before', async () => {
    const resources = () => performance.getEntriesByType('resource').map((e) => e.name);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 5000px">host page content</div>
        <welfare-service-map category="day-care"></welfare-service-map>
      </div>`,
    );
    const el = wrapper.querySelector('welfare-service-map')!;
    await listReady(el);
    await sleep(600);
    expect(mapLoader.requests).to.equal(0);
    expect(resources().filter((r) => /maplibre|map-engine|districts-geo/.test(r))).to.deep.equal([]);
    // Readable before the map: the places and the placeholder saying so.
    expect($$(el, '.place-button').length).to.be.greaterThan(3);
    expect($(el, '.map-placeholder')!.textContent).to.include('捲動');
    el.scrollIntoView();
    await mapIdle(el);
    expect(mapLoader.requests).to.equal(1);
    expect(resources().some((r) => r.includes('maplibre-gl'))).to.equal(true);
    expect(resources().some((r) => r.includes('districts-geo'))).to.equal(true);
    // The worker is started from the bundled code, not fetched from the library's folder.
    expect(resources().some((r) => r.includes('maplibre-gl-worker'))).to.equal(false);
    // maplibre's CSS is inside the shadow root, not in the page.
    expect([...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('maplibregl')))).to.equal(false);
    expect(el.shadowRoot!.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('.maplibregl-map')))).to.equal(
      true,
    );
  });

  it('draws the districts offline, with pins and clusters from the directory', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map></welfare-service-map>`);
    const map = await mapIdle(el);
    expect(map.queryRenderedFeatures({ layers: [LAYERS.districtFill] }).length).to.be.greaterThan(20);
    const labels = map.queryRenderedFeatures({ layers: [LAYERS.districtLabels] }).map((f) => String(f.properties['label']));
    expect(labels.length).to.be.greaterThan(5);
    expect(labels.every((l) => /區$/.test(l))).to.equal(true);
    const clusters = map.queryRenderedFeatures({ layers: [LAYERS.clusters] });
    expect(clusters.length).to.be.greaterThan(0);
    const data = await pinData(map);
    expect(data.length).to.equal(exactIds().size);
    expect((await renderedPinIds(map)).sort()).to.deep.equal(data.map((f) => String(f.properties!['id'])).sort());
    // At street level a pin is a pin, coloured by its category.
    const target = data[0]!;
    map.jumpTo({ center: target.geometry.coordinates as [number, number], zoom: 16 });
    await mapIdle(el);
    const pins: MapGeoJSONFeature[] = map.queryRenderedFeatures({ layers: [LAYERS.pins] });
    expect(pins.map((p) => p.properties['id'])).to.include(target.properties!['id']);
    expect(pins[0]!.properties['color']).to.match(/^#[0-9a-f]{6}$/);
  });

  it('filters by category: the attribute presets it and the select changes what is drawn', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map category="district-office"></welfare-service-map>`);
    const map = await mapIdle(el);
    expect(await renderedPinIds(map)).to.have.length(29);
    expect($$(el, '.place-button')).to.have.length(29);
    await choose(el, '#category', 'day-care');
    await mapIdle(el);
    const dayCare = directory.services.filter((s) => s.category === 'day-care');
    const exactDayCare = new Set(dayCare.flatMap((s) => s.locationIds).filter((id) => exactIds().has(id)));
    expect((await renderedPinIds(map)).sort()).to.deep.equal([...exactDayCare].sort());
    expect($$(el, '.legend li').map((li) => li.textContent)).to.satisfy((items: string[]) => items.some((t) => t.includes('老人日間照顧')));
    expect(el.category).to.equal('day-care');
  });

  it('every category in the menu leads somewhere: places, or its services with phones and the reason', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map></welfare-service-map>`);
    await listReady(el);
    const options = $$(el, '#category option').map((o) => o as HTMLOptionElement);
    for (const option of options.filter((o) => o.value)) {
      await choose(el, '#category', option.value);
      const rows = $$(el, '.place-button').length;
      const unlocated = $$(el, '.unlocated .service').length;
      expect(rows + unlocated, `${option.textContent}`).to.be.greaterThan(0);
      expect($(el, '.results .status--empty'), option.value).to.equal(null);
    }
    // 就業服務: no address printed, so its services and phones, with why.
    await choose(el, '#category', 'employment');
    expect($$(el, '.place-button')).to.have.length(0);
    expect($$(el, '.unlocated .service').length).to.equal(4);
    expect($(el, '.unlocated .hint')!.textContent).to.include('沒有印出');
    await expect(el).to.be.accessible();
    // 身心障礙鑑定醫院: the hospitals of the medical list, and those it does not name, by phone.
    await choose(el, '#category', 'assessment-hospital');
    expect($$(el, '.place-button').length).to.be.greaterThan(15);
    expect($$(el, '.unlocated .service').length).to.be.greaterThan(0);
  });

  it('names each row by the service that matched the filter, with the address where two rows look alike', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map category="disability-services"></welfare-service-map>`);
    await listReady(el);
    const all = $(el, '.more') as HTMLButtonElement | null;
    all?.click();
    await el.updateComplete;
    const rows = $$(el, '.place-button');
    const shengang = rows.find(
      (r) => r.dataset['location'] === directory.locations.find((l) => /神岡區五權路\s*85\s*號/.test(l.address))!.id,
    )!;
    expect(shengang.querySelector('.place-name')!.textContent).to.equal('身心障礙者送餐服務');
    const names = rows.map((r) => r.querySelector('.place-name')!.textContent!.trim());
    for (const r of rows) {
      const name = r.querySelector('.place-name')!.textContent!.trim();
      const twins = names.filter((n) => n === name).length;
      expect(Boolean(r.querySelector('.place-address')), name).to.equal(twins > 1);
    }
    expect(rows.some((r) => r.querySelector('.place-address'))).to.equal(true);
  });

  it('never draws village- or district-precision places as pins; counts them on their district', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map></welfare-service-map>`);
    const map = await mapIdle(el);
    const exact = exactIds();
    for (const f of await pinData(map)) expect(exact.has(String(f.properties!['id']))).to.equal(true);
    // Where a district-precision place "is", at street level: no pin for it.
    const approx = directory.locations.find((l) => l.point?.precision !== 'address' && l.district === '東勢區')!;
    map.jumpTo({ center: [approx.point!.lon, approx.point!.lat], zoom: 16 });
    await mapIdle(el);
    const ids = (await renderedPinIds(map)).concat(
      map.queryRenderedFeatures({ layers: [LAYERS.pins, LAYERS.pinSelected] }).map((f) => String(f.properties['id'])),
    );
    expect(ids).not.to.include(approx.id);
    // The district label says how many are not exact.
    const source = (await map.getSource<GeoJSONSource>(SOURCES.districtLabels)!.getData()) as FeatureCollection;
    const dongshi = source.features.find((f) => f.properties!['id'] === 'dongshi')!;
    expect(dongshi.properties!['note']).to.match(/另 \d+ 處位置不精確/);
    // Clicking the count opens the list for that district.
    const label = dongshi.geometry as Point;
    map.jumpTo({ center: label.coordinates as [number, number], zoom: 10 });
    await mapIdle(el);
    clickMap(map, label.coordinates as [number, number]);
    await el.updateComplete;
    expect(el.district).to.equal('dongshi');
    expect($(el, '#results-heading')!.textContent).to.equal('東勢區');
  });

  it('lists the centres that serve 豐原區, with phones, and highlights it', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map></welfare-service-map>`);
    await listReady(el);
    await choose(el, '#district', 'fengyuan');
    expect($(el, '#results-heading')!.textContent).to.equal('豐原區');
    const serving = $$(el, 'section[aria-labelledby="serving-heading"] .service');
    const names = serving.map((s) => s.querySelector('.service-name')!.textContent!.trim());
    const expected = directory.services
      .filter((s) => Array.isArray(s.serviceArea) && s.serviceArea.includes('fengyuan'))
      .map((s) => s.name['zh-Hant']);
    expect(names).to.deep.equal(expected);
    expect(names).to.include('豐原區家庭福利服務中心');
    expect(names).to.include('老人營養餐飲服務');
    expect(names).not.to.include('大甲區公所');
    for (const card of serving) {
      const hasPhone = card.querySelectorAll('a.phone[href^="tel:"], .phone--doubtful').length > 0;
      expect(hasPhone, card.textContent!).to.equal(true);
    }
    const map = await mapIdle(el);
    expect(map.getFilter(LAYERS.districtSelectedOutline)).to.deep.equal(['==', ['get', 'id'], 'fengyuan']);
    await expect(el).to.be.accessible();
  });

  it('和平區 lists the centres in 東勢區 and 石岡區 that serve it, and frames them with the district', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map></welfare-service-map>`);
    const map = await mapIdle(el);
    await choose(el, '#district', 'heping');
    const serving = directory.services.filter((s) => Array.isArray(s.serviceArea) && s.serviceArea.includes('heping'));
    const elsewhere = serving.filter((s) =>
      s.locationIds.some((id) => ['東勢區', '石岡區'].includes(directory.locations.find((l) => l.id === id)?.district ?? '')),
    );
    expect(elsewhere.length).to.be.greaterThanOrEqual(4);
    const names = $$(el, 'section[aria-labelledby="serving-heading"] .service-name').map((n) => n.textContent!.trim());
    for (const s of elsewhere) expect(names).to.include(s.name['zh-Hant']);
    await mapIdle(el);
    await new Promise((r) => setTimeout(r, 900)); // the fit's animation
    const bounds = map.getBounds();
    for (const s of elsewhere) {
      for (const id of s.locationIds) {
        const l = directory.locations.find((x) => x.id === id)!;
        if (l.point?.precision === 'address') expect(bounds.contains([l.point.lon, l.point.lat]), l.address).to.equal(true);
      }
    }
  });

  it('a district badge counts the places known only to the district and opens them', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map></welfare-service-map>`);
    const map = await mapIdle(el);
    const source = (await map.getSource<GeoJSONSource>(SOURCES.districtLabels)!.getData()) as FeatureCollection;
    const withBadge = source.features.filter((f) => Number(f.properties!['count']) > 0);
    expect(withBadge.length).to.be.greaterThan(10);
    const dongshi = withBadge.find((f) => f.properties!['id'] === 'dongshi')!;
    const point = (dongshi.geometry as Point).coordinates as [number, number];
    map.jumpTo({ center: point, zoom: 11 });
    await mapIdle(el);
    expect(map.queryRenderedFeatures({ layers: [LAYERS.districtBadges] }).some((f) => f.properties['id'] === 'dongshi')).to.equal(true);
    // Click the badge itself, drawn below the district's point.
    const at = map.project(point);
    const rect = map.getCanvas().getBoundingClientRect();
    const init = { bubbles: true, clientX: rect.left + at.x, clientY: rect.top + at.y + 20, button: 0 };
    for (const type of ['mousedown', 'mouseup', 'click']) map.getCanvas().dispatchEvent(new MouseEvent(type, init));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.district).to.equal('dongshi');
    const heading = $(el, '#approx-heading')!;
    expect(heading.textContent).to.include(`（${dongshi.properties!['count']}）`);
    expect(el.shadowRoot!.activeElement).to.equal(heading);
  });

  it('takes the district attribute by name, and the filter narrows the centres', async () => {
    const el = await fixture<WelfareServiceMap>(
      html`<welfare-service-map district="豐原區" category="senior-services,home-care"></welfare-service-map>`,
    );
    await listReady(el);
    const names = $$(el, 'section[aria-labelledby="serving-heading"] .service-name').map((n) => n.textContent!.trim());
    expect(names).to.include.members(['失能老人居家服務支援中心', '老人營養餐飲服務']);
    expect(names).not.to.include('豐原區家庭福利服務中心');
  });

  it('selects in the list and highlights on the map, and the other way round', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map category="district-office"></welfare-service-map>`);
    const map = await mapIdle(el);
    const office = directory.locations.find(
      (l) => l.point?.precision === 'address' && l.district === '豐原區' && l.address.includes('市政路'),
    )!;
    const button = $(el, `.place-button[data-location="${office.id}"]`)!;
    const selected = oneEvent(el, 'welfare-location-select');
    button.click();
    expect((await selected).detail.id).to.equal(office.id);
    await el.updateComplete;
    expect($(el, '.detail #detail-heading')).to.exist;
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-heading');
    expect($(el, `.place-button[data-location="${office.id}"]`)!.getAttribute('aria-current')).to.equal('true');
    const highlighted = (await map.getSource<GeoJSONSource>(SOURCES.selected)!.getData()) as FeatureCollection<Point>;
    expect(highlighted.features[0]!.geometry.coordinates).to.deep.equal([office.point!.lon, office.point!.lat]);
    await mapIdle(el);
    expect(map.getZoom()).to.be.greaterThan(13);

    // Map → list: click another office's pin.
    const other = directory.locations.find(
      (l) =>
        l.point?.precision === 'address' &&
        l.district === '潭子區' &&
        directory.services.some((s) => s.category === 'district-office' && s.locationIds.includes(l.id)),
    )!;
    map.jumpTo({ center: [other.point!.lon, other.point!.lat], zoom: 15 });
    await mapIdle(el);
    const fromMap = oneEvent(el, 'welfare-location-select');
    clickMap(map, [other.point!.lon, other.point!.lat]);
    expect((await fromMap).detail.id).to.equal(other.id);
    await el.updateComplete;
    expect(el.location).to.equal(other.id);
    expect($(el, `.place-button[data-location="${other.id}"]`)!.getAttribute('aria-current')).to.equal('true');
    expect($(el, '#detail-heading')!.textContent).to.include('潭子');
  });

  it('shows a place’s details: services, phones with extensions, address, area, operator, directions', async () => {
    const loc = directory.locations.find((l) => l.id === 'loc-fengyuan-ebdfdc')!;
    // Under a page's h1, as on a host page: the headings must not skip a level.
    const page = await fixture<HTMLElement>(
      html`<main>
        <h1>長青服務</h1>
        <welfare-service-map location=${loc.id}></welfare-service-map>
      </main>`,
    );
    const el = page.querySelector('welfare-service-map')!;
    await listReady(el);
    const detail = $(el, '.detail')!;
    expect(detail.querySelector('h2')!.textContent).to.equal('陽明市政大樓');
    await expect(page).to.be.accessible();
    const services = directory.services.filter((s) => s.locationIds.includes(loc.id));
    expect(detail.querySelectorAll('.service')).to.have.length(services.length);
    expect(detail.textContent).to.include(loc.address);
    expect(detail.textContent).to.include('服務區域');
    const directions = detail.querySelector<HTMLAnchorElement>('a.directions')!;
    expect(directions.href).to.equal(`https://www.google.com/maps/dir/?api=1&destination=${loc.point!.lat}%2C${loc.point!.lon}`);
    const tel = [...detail.querySelectorAll('a.phone')].map((a) => a.getAttribute('href')!);
    expect(tel.length).to.be.greaterThan(0);
    // A place known only to its district: the address is the destination, and it says so.
    const approx = directory.locations.find(
      (l) =>
        l.point?.precision === 'district' &&
        directory.services.some((s) => s.locationIds.includes(l.id) && s.phones.some((p) => p.extensions?.length)),
    )!;
    el.location = approx.id;
    await el.updateComplete;
    expect($(el, '.detail a.directions')!.getAttribute('href')).to.include(
      encodeURIComponent(approx.address.replace(/\s+/g, '')).slice(0, 12),
    );
    expect($(el, '.detail .place-approx')!.textContent).to.include('不精確');
    expect([...$(el, '.detail')!.querySelectorAll('a.phone')].some((a) => /,\d+$/.test(a.getAttribute('href')!))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('sorts by distance near me and says the distances; offers the district choice when refused', async () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    let answer: 'ok' | 'denied' = 'ok';
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
          if (answer === 'ok') ok({ coords: { longitude: 120.7185, latitude: 24.2545, accuracy: 30 } } as GeolocationPosition);
          else fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
        },
      },
    });
    try {
      const el = await fixture<WelfareServiceMap>(html`<welfare-service-map category="district-office"></welfare-service-map>`);
      await listReady(el);
      $(el, '.near')!.click();
      await el.updateComplete;
      expect($(el, '#results-heading')!.textContent).to.include('最近');
      const first = $$(el, '.place')[0]!;
      expect(first.textContent).to.include('豐原區');
      expect(first.querySelector('.place-distance')!.textContent).to.match(/^[\d.]+\s*公里$/);
      answer = 'denied';
      $(el, '.near')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.include('行政區');
      expect(el.shadowRoot!.activeElement?.id).to.equal('district');
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['geolocation'];
      Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('works without WebGL: says so, and the list does everything', async () => {
    mapLoader.load = () => Promise.reject(new WebGLUnavailableError());
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map lang="en"></welfare-service-map>`);
    await listReady(el);
    expect(await el.mapReady).to.equal(false);
    await el.updateComplete;
    expect($(el, '.map-fallback')!.textContent).to.include('WebGL');
    expect(el.map).to.equal(undefined);
    await choose(el, '#district', 'fengyuan');
    expect($(el, '#results-heading')!.textContent).to.equal('Fengyuan District');
    expect($$(el, 'section[aria-labelledby="serving-heading"] .service').length).to.be.greaterThan(5);
    await expect(el).to.be.accessible();
  });

  it('is accessible with the map loaded; the canvas takes focus, pans with the keyboard, and lets focus go', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map category="day-care"></welfare-service-map>`);
    const map = await mapIdle(el);
    await expect(el).to.be.accessible();
    const canvas = map.getCanvas();
    expect(canvas.getAttribute('tabindex')).to.equal('0');
    expect(canvas.getAttribute('aria-label')).to.equal('服務地點地圖');
    canvas.focus();
    const before = map.getCenter();
    await sendKeys({ press: 'ArrowRight' });
    for (let i = 0; i < 40 && map.getCenter().lng === before.lng; i++) await sleep(50);
    expect(map.getCenter().lng).to.be.greaterThan(before.lng);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).not.to.equal(canvas);
    const shiftTab = async () => {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    };
    await shiftTab();
    expect(el.shadowRoot!.activeElement).to.equal(canvas);
    await shiftTab();
    expect(el.shadowRoot!.activeElement).not.to.equal(canvas);
  });

  it('jumps instead of flying when the visitor prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<WelfareServiceMap>(html`<welfare-service-map category="district-office"></welfare-service-map>`);
      const map = await mapIdle(el);
      const office = directory.locations.find((l) => l.point?.precision === 'address' && l.district === '大甲區')!;
      $(el, `.place-button[data-location="${office.id}"]`)!.click();
      await nextFrame();
      expect(map.isMoving()).to.equal(false);
      expect(map.getCenter().lng).to.be.closeTo(office.point!.lon, 1e-6);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('answers the directory’s “show on map” and focusLocation()', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map></welfare-service-map>`);
    await listReady(el);
    const id = directory.locations.find((l) => l.point?.precision === 'village')!.id;
    const selected = oneEvent(el, 'welfare-location-select');
    document.dispatchEvent(new CustomEvent('welfare-show-on-map', { detail: { locationId: id }, bubbles: true, composed: true }));
    expect((await selected).detail.id).to.equal(id);
    await el.updateComplete;
    expect(el.location).to.equal(id);
    expect(await el.focusLocation('no-such-place')).to.equal(false);
    const office = directory.locations.find((l) => l.point?.precision === 'address')!.id;
    expect(await el.focusLocation(office)).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-heading');
  });

  it('ignores bad center, zoom, basemap and category values with one warning each', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const el = await fixture<WelfareServiceMap>(
        html`<welfare-service-map center="north" zoom="99" basemap="satellite" category="nope"></welfare-service-map>`,
      );
      await listReady(el);
      el.requestUpdate();
      await el.updateComplete;
      for (const word of ['center "north"', 'zoom "99"', 'basemap "satellite"', 'category "nope"']) {
        expect(
          warnings.filter((w) => w.includes(word)),
          word,
        ).to.have.length(1);
      }
      expect($$(el, '.place-button').length).to.be.greaterThan(10);
    } finally {
      console.warn = original;
    }
  });

  it('falls back to the built-in basemap when an online one cannot be reached', async () => {
    const el = await fixture<WelfareServiceMap>(
      html`<welfare-service-map basemap="https://127.0.0.1:9/no-such-style.json"></welfare-service-map>`,
    );
    const map = await mapIdle(el);
    await el.updateComplete;
    expect($(el, '.map-caption [role="status"]')!.textContent).to.include('內建');
    expect(map.queryRenderedFeatures({ layers: [LAYERS.districtFill] }).length).to.be.greaterThan(20);
    expect((await pinData(map)).length).to.equal(exactIds().size);
  });

  it('reads newer data from data-src, and falls back to the bundled data when it cannot', async () => {
    const newer = {
      ...directory,
      services: [
        ...directory.services,
        {
          ...directory.services.find((s) => s.name['zh-Hant'] === '豐原區家庭福利服務中心')!,
          id: 'new-service',
          name: { 'zh-Hant': '新的長照據點' },
        },
      ],
    };
    const bundle = { format: 'welfare-navigator-data', version: 1, directory: newer };
    const url = URL.createObjectURL(new Blob([JSON.stringify(bundle)], { type: 'application/json' }));
    const el = await fixture<WelfareServiceMap>(
      html`<welfare-service-map data-src=${url} district="fengyuan" lang="en"></welfare-service-map>`,
    );
    await listReady(el);
    expect($$(el, '.service-name').map((n) => n.textContent)).to.include('新的長照據點');
    URL.revokeObjectURL(url);
    const broken = await fixture<WelfareServiceMap>(html`<welfare-service-map data-src="/no-such-file.json"></welfare-service-map>`);
    await listReady(broken);
    expect($(broken, '[part="data-notice"]')!.textContent).to.include('2015');
    expect($$(broken, '.place-button').length).to.be.greaterThan(10);
  });

  it('uses the center and zoom attributes', async () => {
    const el = await fixture<WelfareServiceMap>(html`<welfare-service-map center="120.7185,24.2545" zoom="13"></welfare-service-map>`);
    const map = await mapIdle(el);
    expect(map.getZoom()).to.be.closeTo(13, 0.01);
    expect(map.getCenter().lng).to.be.closeTo(120.7185, 1e-4);
  });
});
