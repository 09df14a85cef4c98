/**
 * The service map's pure parts: which places are pins, which serve a
 * district, parsing of attributes, and the MapLibre styles it builds.
 * Run: node --import tsx --test test/node/service-map.test.ts
 */
import { resolveDistrict } from '../../src/geo/districts.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { directory } from '../../src/generated/directory.ts';
import { districtsGeo } from '../../src/generated/districts-geo.ts';
import {
  approximateByDistrict,
  collectionBounds,
  coverage,
  directionsUrl,
  featureBounds,
  isExact,
  parseCategoryList,
  parseCenter,
  parseZoom,
  pinCollection,
  placeName,
  matchedPlaceName,
  repeatedNames,
  placesFor,
  servicesByLocation,
  servicesForDistrict,
} from '../../src/geo/service-points.ts';
import {
  CATEGORY_COLORS,
  LAYERS,
  NLSC_ATTRIBUTION,
  NLSC_TILES,
  OPENFREEMAP_STYLE,
  SOURCES,
  districtLabelCollection,
  overlay,
  resolveBasemap,
  styleFontStack,
  withOverlay,
} from '../../src/geo/map-style.ts';
import type { StyleSpecification } from 'maplibre-gl';

const all = new Set<string>();
const describe = () => ({ color: '#000000', name: 'x' });

test('pins are street-level places only; every other place is counted on its district', () => {
  const places = placesFor(directory, all);
  const pins = pinCollection(places, describe);
  const exact = directory.locations.filter(isExact);
  assert.ok(exact.length > 20);
  assert.equal(pins.features.length, places.filter((p) => isExact(p.location)).length);
  for (const f of pins.features) {
    const loc = directory.locations.find((l) => l.id === f.properties.id)!;
    assert.equal(loc.point!.precision, 'address', `${loc.id} is a pin`);
    assert.deepEqual(f.geometry.coordinates, [loc.point!.lon, loc.point!.lat]);
  }
  const approx = approximateByDistrict(places);
  const approxCount = [...approx.values()].reduce((n, list) => n + list.length, 0);
  assert.equal(approxCount + pins.features.length, places.length);
  for (const [district, list] of approx) for (const p of list) assert.equal(p.location.district, district);
  assert.ok((approx.get('北區')?.length ?? 0) >= 1);
});

test('the category filter keeps places with at least one service in it, coloured by it', () => {
  const dayCare = placesFor(directory, new Set(['day-care']));
  assert.ok(dayCare.length > 5);
  for (const p of dayCare) {
    assert.ok(p.services.every((s) => s.category === 'day-care'));
    assert.equal(p.category, 'day-care');
  }
  const offices = placesFor(directory, new Set(['district-office']));
  assert.equal(offices.length, 29);
  assert.ok(offices.every((p) => isExact(p.location)));
  // District order of data/districts.json: 中區 first.
  assert.equal(offices[0]!.location.district, '中區');
});

test('which services serve 豐原區: named in their area, city-wide apart', () => {
  const fengyuan = resolveDistrict('豐原區', directory.districts)!;
  const { serving, cityWide, placesIn } = servicesForDistrict(directory, fengyuan, all);
  const names = serving.map((s) => s.name['zh-Hant']);
  assert.ok(names.includes('豐原區家庭福利服務中心'));
  assert.ok(names.includes('豐原區公所'));
  assert.ok(!names.includes('大甲區公所'));
  assert.ok(serving.every((s) => coverage(s, 'fengyuan') === 'named'));
  assert.ok(cityWide.every((s) => s.serviceArea === 'all'));
  assert.ok(placesIn.every((p) => p.location.district === '豐原區'));
  const older = servicesForDistrict(directory, fengyuan, new Set(['senior-services', 'home-care'])).serving.map((s) => s.name['zh-Hant']);
  assert.deepEqual([...new Set(older)].sort(), ['失能老人居家服務支援中心', '老人營養餐飲服務', '身心障礙者居家服務支援中心'].sort());
});

test('a district by id, Chinese name with or without 區, or English name', () => {
  for (const value of ['fengyuan', '豐原區', '豐原', '臺中市豐原區', 'Fengyuan District', 'fengyuan district', ' Fengyuan ']) {
    assert.equal(resolveDistrict(value, directory.districts)?.id, 'fengyuan', value);
  }
  assert.equal(resolveDistrict('Atlantis', directory.districts), undefined);
  assert.equal(resolveDistrict('', directory.districts), undefined);
});

test('attribute parsing: categories, center, zoom', () => {
  assert.deepEqual(parseCategoryList('day-care, senior-services nope day-care', ['day-care', 'senior-services']), {
    ids: ['day-care', 'senior-services'],
    unknown: ['nope'],
  });
  assert.deepEqual(parseCenter('120.68,24.15'), [120.68, 24.15]);
  assert.deepEqual(parseCenter(' 120.68 24.15 '), [120.68, 24.15]);
  for (const bad of ['north', '120.68', '1,2,3', '200,24', '120,95', 'a,b', '']) assert.equal(parseCenter(bad), null, bad);
  assert.equal(parseZoom('12.5'), 12.5);
  for (const bad of ['99', '-1', 'far', '']) assert.equal(parseZoom(bad), null, bad);
});

test('directions: coordinates for street-level places, the address otherwise', () => {
  const exact = directory.locations.find(isExact)!;
  assert.equal(directionsUrl(exact), `https://www.google.com/maps/dir/?api=1&destination=${exact.point!.lat}%2C${exact.point!.lon}`);
  const approx = directory.locations.find((l) => !isExact(l))!;
  const url = new URL(directionsUrl(approx));
  assert.equal(url.searchParams.get('destination'), approx.address.replace(/\s+/g, ''));
});

test('place names: own name, else the one organization, else the service', () => {
  const orgs = new Map(directory.organizations.map((o) => [o.id, o]));
  const at = servicesByLocation(directory.services);
  const renai = directory.locations.find((l) => l.id === 'loc-beitun-befbea')!;
  assert.equal(placeName(renai, at.get(renai.id)!, orgs, 'zh-Hant'), '臺中市立仁愛之家');
  const named = directory.locations.find((l) => l.name)!;
  assert.equal(placeName(named, at.get(named.id) ?? [], orgs, 'en'), named.name!.en);
});

test('a filtered row is named by the service that matched, not by a neighbour in the same building', () => {
  const orgs = new Map(directory.organizations.map((o) => [o.id, o]));
  const at = servicesByLocation(directory.services);
  // 神岡區五權路85號: 老人營養餐飲服務 and 身心障礙者送餐服務 (慈心), 身心障礙者居家服務支援中心 (紅十字會).
  const shengang = placesFor(directory, new Set(['disability-services'])).find((p) => /五權路\s*85\s*號/.test(p.location.address))!;
  assert.ok(shengang);
  const name = matchedPlaceName(shengang.location, shengang.services, at.get(shengang.location.id)!, orgs, 'zh-Hant');
  assert.equal(name, '身心障礙者送餐服務');
  assert.notEqual(placeName(shengang.location, at.get(shengang.location.id)!, orgs, 'zh-Hant'), name);
  assert.deepEqual([...repeatedNames(['a', 'b', 'a', 'c'])], ['a']);
});

test('district bounds contain their label points, and the city contains them all', () => {
  const city = collectionBounds(districtsGeo.features);
  assert.equal(districtsGeo.features.length, 29);
  for (const f of districtsGeo.features) {
    const [[w, s], [e, n]] = featureBounds(f);
    const [lon, lat] = f.properties.labelPoint;
    assert.ok(w <= lon && lon <= e && s <= lat && lat <= n, f.properties.id);
    assert.ok(city[0][0] <= w && e <= city[1][0] && city[0][1] <= s && n <= city[1][1]);
  }
});

test('the offline style: districts, outlines and labels with no network and no glyph server', () => {
  const basemap = resolveBasemap('')!;
  assert.equal(basemap.kind, 'offline');
  const style = withOverlay(
    basemap.base as StyleSpecification,
    overlay({ geo: districtsGeo, fontStack: basemap.fontStack, opaqueDistricts: true, boundariesAttribution: '內政部' }),
  );
  assert.equal(style.version, 8);
  assert.equal(style.glyphs, undefined);
  assert.equal(style.sprite, undefined);
  const text = JSON.stringify(style);
  assert.ok(!/https?:\/\//.test(text), 'no URL anywhere in the offline style');
  const ids = style.layers.map((l) => l.id);
  for (const id of Object.values(LAYERS)) assert.ok(ids.includes(id), id);
  assert.ok(ids.indexOf(LAYERS.districtFill) < ids.indexOf(LAYERS.pins));
  assert.ok(ids.indexOf(LAYERS.pins) < ids.indexOf(LAYERS.pinLabels));
  const pins = style.sources[SOURCES.pins]!;
  assert.equal(pins.type, 'geojson');
  assert.equal((pins as { cluster?: boolean }).cluster, true);
  const fill = style.layers.find((l) => l.id === LAYERS.districtFill)!;
  assert.equal((fill as { paint: Record<string, unknown> }).paint['fill-opacity'], 1);
});

test('the NLSC preset: WMTS raster tiles with their credit, districts drawn over them', () => {
  const basemap = resolveBasemap('nlsc')!;
  assert.equal(basemap.kind, 'nlsc');
  const style = basemap.base as StyleSpecification;
  const raster = style.sources['nlsc-emap'] as { type: string; tiles: string[]; attribution: string; tileSize: number };
  assert.equal(raster.type, 'raster');
  assert.deepEqual(raster.tiles, [NLSC_TILES]);
  assert.equal(NLSC_TILES, 'https://wmts.nlsc.gov.tw/wmts/EMAP/default/GoogleMapsCompatible/{z}/{y}/{x}');
  assert.equal(raster.attribution, NLSC_ATTRIBUTION);
  assert.equal(raster.attribution, '內政部國土測繪中心');
  assert.equal(raster.tileSize, 256);
  assert.equal(basemap.opaqueDistricts, false);
  const composed = withOverlay(
    style,
    overlay({ geo: districtsGeo, fontStack: basemap.fontStack, opaqueDistricts: false, boundariesAttribution: '' }),
  );
  assert.equal(composed.layers[1]!.id, 'nlsc-emap');
  const fill = composed.layers.find((l) => l.id === LAYERS.districtFill) as { paint: Record<string, unknown> };
  assert.equal(fill.paint['fill-opacity'], 0);
});

test('the OpenFreeMap preset and style URLs; anything else is refused', () => {
  const ofm = resolveBasemap('openfreemap')!;
  assert.equal(ofm.base, OPENFREEMAP_STYLE);
  assert.equal(ofm.base, 'https://tiles.openfreemap.org/styles/liberty');
  assert.equal(ofm.attribution, 'OpenFreeMap © OpenMapTiles © OpenStreetMap contributors');
  assert.equal(resolveBasemap('https://example.org/style.json')!.base, 'https://example.org/style.json');
  assert.equal(resolveBasemap('./styles/mine.json', 'https://ngo.example/map/')!.base, 'https://ngo.example/map/styles/mine.json');
  for (const bad of ['satellite', 'javascript:alert(1)', 'data:application/json,{}'])
    assert.equal(resolveBasemap(bad, 'https://ngo.example/'), null, bad);
  // On a style with a glyph server, the overlay's labels use that style's fonts.
  const online: StyleSpecification = {
    version: 8,
    glyphs: 'https://example.org/fonts/{fontstack}/{range}.pbf',
    sources: {},
    layers: [{ id: 'place', type: 'symbol', source: 'x', layout: { 'text-font': ['Noto Sans Regular'], 'text-field': 'x' } }],
  };
  assert.deepEqual(styleFontStack(online), ['Noto Sans Regular']);
});

test('district labels carry the count of places without an exact point', () => {
  const labels = districtLabelCollection(districtsGeo, (id, zh) => ({
    label: zh,
    note: id === 'heping' ? '另 1 處位置不精確' : '',
    count: id === 'heping' ? 1 : 0,
  }));
  assert.equal(labels.features.length, 29);
  const heping = labels.features.find((f) => f.properties.id === 'heping')!;
  assert.equal(heping.properties.label, '和平區');
  assert.equal(heping.properties.note, '另 1 處位置不精確');
  assert.equal(heping.properties.count, 1);
});

test('district badges show every count (never collide away), and clusters never push district names away', () => {
  const { layers } = overlay({ geo: districtsGeo, fontStack: ['sans-serif'], opaqueDistricts: false, boundariesAttribution: '' });
  const byId = new Map(layers.map((l, i) => [l.id, { layer: l, index: i }]));
  const badgeCounts = byId.get(LAYERS.districtBadgeCounts)!.layer as { layout: Record<string, unknown> };
  assert.equal(badgeCounts.layout['text-allow-overlap'], true);
  assert.equal(badgeCounts.layout['text-ignore-placement'], true);
  const clusterCount = byId.get(LAYERS.clusterCount)!.layer as { layout: Record<string, unknown> };
  assert.equal(clusterCount.layout['text-ignore-placement'], true);
  // District names are drawn over the clusters, the clusters over the badges.
  assert.ok(byId.get(LAYERS.districtLabels)!.index > byId.get(LAYERS.clusterCount)!.index);
  assert.ok(byId.get(LAYERS.districtBadgeCounts)!.index < byId.get(LAYERS.clusters)!.index);
});

test('every category in the taxonomy has a colour', () => {
  for (const c of directory.categories) assert.match(CATEGORY_COLORS[c.id] ?? '', /^#[0-9a-f]{6}$/, c.id);
});
