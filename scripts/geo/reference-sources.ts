/**
 * The three newer reference lists of the project's shared geodata (see
 * data/geo/README.md): the city's official address points (20 of 29
 * districts), the medical facilities (2023-12) and the childcare centres
 * (2026-08). They are large (40 MB, 2.7 MB, 1.3 MB), so they are not copied
 * into the repository: `npm run geo:place` reads them from the shared folder
 * when it is there and commits only the rows it can use, in
 * data/sources/geodata/matched-reference-rows.json (with file and line of each
 * row). Without the shared folder it places from that extract alone, with the
 * same result.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldAddressText, normaliseAddress, normaliseInstitutionName } from '../../src/geo/address.ts';
import { ROOT, loadDistrictRecords, round6 } from './build-boundaries.ts';
import { tm2ToLonLat } from './twd97.ts';

/** Where the full lists are: GEODATA_DIR, else the shared folder beside the repository. */
export const FULL_GEODATA_DIR = process.env['GEODATA_DIR'] ?? join(ROOT, '../shared/geodata');
export const MATCHED_ROWS_JSON = join(ROOT, 'data/sources/geodata/matched-reference-rows.json');

export const ADDRESS_POINTS_DIR = 'taichung-address-points-partial';
export const MEDICAL_FILE = 'medical-facilities-2023-12.csv';
export const BABYCARE_FILE = 'sfaa-babycare-2026-08.geojson';

/** One row of a newer list: where it is in its file, its name (if any), address and point. */
export interface SourceRow {
  /** The file's path inside the shared geodata folder, e.g. taichung-address-points-partial/6601000.csv. */
  file: string;
  /** 1-based line (CSV) or feature index (GeoJSON). */
  line: number;
  district: string;
  name?: string;
  address: string;
  lon: number;
  lat: number;
  /** The medical file's phone, as printed there. */
  phone?: string;
}

/** CSV lines without quoting (the address-point and medical files quote only the WKT column). */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => {
      const out: string[] = [];
      let field = '';
      let quoted = false;
      for (const c of line) {
        if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) {
          out.push(field);
          field = '';
        } else field += c;
      }
      out.push(field);
      return out;
    });
}

/** District code of the address-point files → district name: 和平區 is town code 66000290, file code 6602900. */
function districtByPointFileCode(): Map<string, string> {
  return new Map(loadDistrictRecords().map((d) => [`660${d.townCode.slice(5, 7)}00`, d.name['zh-Hant']]));
}

export function readAddressPoints(dir: string, wanted: (key: string) => boolean): SourceRow[] {
  const out: SourceRow[] = [];
  const districts = districtByPointFileCode();
  const folder = join(dir, ADDRESS_POINTS_DIR);
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const [header, ...rows] = csvRows(readFileSync(join(folder, file), 'utf8'));
    const col = (name: string): number => header!.indexOf(name);
    const [c, s, a, l, al, n, x, y] = ['district_code', 'street', 'area', 'lane', 'alley', 'number', 'x', 'y'].map(col) as number[];
    rows.forEach((r, i) => {
      const district = districts.get(r[c!] ?? '');
      if (!district) return;
      const address = `臺中市${district}${r[s!]}${r[a!]}${r[l!]}${r[al!]}${r[n!]}`;
      if (!wanted(normaliseAddress(address))) return;
      const [lon, lat] = tm2ToLonLat(Number(r[x!]), Number(r[y!]));
      out.push({
        file: `${ADDRESS_POINTS_DIR}/${file}`,
        line: i + 2,
        district,
        address: foldAddressText(address),
        lon: round6(lon),
        lat: round6(lat),
      });
    });
  }
  return out;
}

export function readMedical(dir: string, wanted: (row: SourceRow) => boolean): SourceRow[] {
  const [header, ...rows] = csvRows(readFileSync(join(dir, MEDICAL_FILE), 'utf8'));
  const col = (name: string): number => header!.indexOf(name);
  const [w, nm, city, d, a, ph] = ['WKT', '醫療院所', '縣市', '鄉鎮市區', '地址', '電話'].map(col) as number[];
  const out: SourceRow[] = [];
  rows.forEach((r, i) => {
    if (r[city!] !== '臺中市') return;
    const m = /POINT \(([\d.]+) ([\d.]+)\)/.exec(r[w!] ?? '');
    if (!m) return;
    const row: SourceRow = {
      file: MEDICAL_FILE,
      line: i + 2,
      district: r[d!]!,
      name: r[nm!]!,
      address: `臺中市${r[d!]}${r[a!]}`,
      lon: round6(Number(m[1])),
      lat: round6(Number(m[2])),
      ...(r[ph!] ? { phone: r[ph!] } : {}),
    };
    if (wanted(row)) out.push(row);
  });
  return out;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export function readBabycare(dir: string, wanted: (row: SourceRow) => boolean): SourceRow[] {
  const data = JSON.parse(readFileSync(join(dir, BABYCARE_FILE), 'utf8')) as Json;
  const out: SourceRow[] = [];
  (data.features as Json[]).forEach((f, i) => {
    const p = f.properties;
    if (!/^(臺|台)中市/.test(String(p.city))) return;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const address = foldAddressText(String(p.address));
    const district = /^\d*臺中市(.{1,2}區)/.exec(address)?.[1] ?? '';
    const row: SourceRow = {
      file: BABYCARE_FILE,
      line: i + 1,
      district,
      name: String(p.name),
      address,
      lon: round6(lon),
      lat: round6(lat),
    };
    if (wanted(row)) out.push(row);
  });
  return out;
}

export const addressKey = (row: SourceRow): string => normaliseAddress(row.address);
export const nameKey = (row: SourceRow): string => (row.name ? normaliseInstitutionName(row.name) : '');

export interface MatchedRows {
  /** Rows whose normalised address or institution name is one the directory asks for, or that medical-locations.ts reads. */
  rows: SourceRow[];
}

/**
 * Reads the full lists and keeps the rows whose address or name is wanted,
 * plus the medical rows `keepMedical` asks for. Deterministic order.
 */
export function extractMatchedRows(
  dir: string,
  addresses: ReadonlySet<string>,
  names: ReadonlySet<string>,
  keepMedical: (row: SourceRow) => boolean,
): SourceRow[] {
  const wantedRow = (row: SourceRow): boolean => addresses.has(addressKey(row)) || names.has(nameKey(row));
  return [
    ...readAddressPoints(dir, (key) => addresses.has(key)),
    ...readMedical(dir, (row) => wantedRow(row) || keepMedical(row)),
    ...readBabycare(dir, wantedRow),
  ];
}

export function hasFullGeodata(dir = FULL_GEODATA_DIR): boolean {
  return existsSync(join(dir, MEDICAL_FILE)) && existsSync(join(dir, BABYCARE_FILE)) && existsSync(join(dir, ADDRESS_POINTS_DIR));
}

export function writeMatchedRows(rows: SourceRow[], path = MATCHED_ROWS_JSON): void {
  const lines = rows.map((r) => `    ${JSON.stringify(r)}`);
  writeFileSync(
    path,
    `{\n  "generatedBy": "scripts/geo/place-locations.ts",\n  "from": "the project's shared geodata folder (files named in each row; see data/geo/README.md)",\n  "rows": [\n${lines.join(',\n')}\n  ]\n}\n`,
  );
}

export function readMatchedRows(path = MATCHED_ROWS_JSON): SourceRow[] {
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, 'utf8')) as { rows: SourceRow[] }).rows;
}
