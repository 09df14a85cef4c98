/**
 * Locations the handbook names without an address, found in the medical
 * facilities list (2023-12, shared geodata; see data/geo/README.md):
 *
 * - the disability-assessment hospitals (handbook lines 1824–1848, services of
 *   category assessment-hospital): the row whose name is the hospital's name
 *   exactly (after folding 臺/台, spaces and brackets), if it is the only one;
 *   else the only row whose name ends with it (光田綜合醫院 →
 *   光田醫療社團法人光田綜合醫院): that identification is not exact, so its
 *   location keeps the row's address but is placed at district precision.
 *   Hospitals with no row or with several (林新醫院) get no location.
 * - the 各區衛生所 (public health centres) that the handbook names as the place
 *   to apply for many services (lines 1313, 4042, 5395 …): every row of the
 *   file named …衛生所, one service each, run by the city health bureau.
 *
 * Writes data/directory/medical-locations.json (GENERATED), merged into the
 * directory by scripts/build-data.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldAddressText, normaliseInstitutionName } from '../../src/geo/address.ts';
import { ROOT, loadDistrictRecords } from './build-boundaries.ts';
import { MEDICAL_FILE, type SourceRow } from './reference-sources.ts';

export const MEDICAL_LOCATIONS_JSON = join(ROOT, 'data/directory/medical-locations.json');
export const HEALTH_STATION_CATEGORY = { id: 'health-station', name: { 'zh-Hant': '衛生所', en: 'Public health centres' } };
const HANDBOOK = 'data/sources/004_005d01609386d640.txt';
/** Where the handbook names 各區衛生所 as the place to apply (受理單位). */
const HEALTH_STATION_LINES: [number, number] = [5395, 5395];

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface MedicalLocation {
  id: string;
  address: string;
  district: string;
  name: { 'zh-Hant': string; en?: string };
  /** False when the row was identified by a name suffix only: its point may not be street-level. */
  streetLevel: boolean;
  source: { document: 'medical-facilities-2023-12'; file: string; line: number; row: string; identifiedBy: 'exact name' | 'name suffix' };
}

export interface MedicalLocations {
  generatedBy: string;
  categories: (typeof HEALTH_STATION_CATEGORY)[];
  locations: MedicalLocation[];
  /** Location ids to add to existing services (the assessment hospitals). */
  serviceLocations: Record<string, string[]>;
  /** New services (the public health centres). */
  services: Json[];
  /** Assessment hospitals the file does not name exactly or uniquely. */
  notFound: { serviceId: string; name: string; candidates: string[] }[];
}

/** Health centres named after a place within their district (梨山, 軍功, 四民), in the official romanisation. */
const BRANCHES_EN: Record<string, string> = { 梨山: 'Lishan', 軍功: 'Jungong', 四民: 'Simin' };

const fold = (name: string): string => normaliseInstitutionName(name).replace(/[（(]/g, '(').replace(/[）)]/g, ')');

/** The hospital names of the handbook, for the rows the extract must keep. */
export function assessmentHospitals(): { serviceId: string; name: string; en: string; names: string[] }[] {
  const { services } = JSON.parse(readFileSync(join(ROOT, 'data/directory/services.json'), 'utf8')) as { services: Json[] };
  const { organizations } = JSON.parse(readFileSync(join(ROOT, 'data/directory/organizations.json'), 'utf8')) as {
    organizations: Json[];
  };
  const orgs = new Map(organizations.map((o) => [o.id, o]));
  return services
    .filter((s) => s.category === 'assessment-hospital')
    .map((s) => {
      const org = orgs.get(s.organizationId);
      const name = org?.name['zh-Hant'] ?? s.name['zh-Hant'];
      const en = org?.name.en ?? s.name.en ?? name;
      return { serviceId: s.id as string, name, en, names: [name, ...(org?.alternateNames ?? [])].map(fold) };
    });
}

export function isHealthStation(row: SourceRow): boolean {
  return row.file === MEDICAL_FILE && !!row.name && /衛生所$/.test(row.name);
}

/** Whether a medical row could be an assessment hospital (exact or suffix name): the extract keeps these. */
export function mayBeAssessmentHospital(row: SourceRow, hospitals = assessmentHospitals()): boolean {
  if (row.file !== MEDICAL_FILE || !row.name) return false;
  const n = fold(row.name);
  return hospitals.some((h) => h.names.some((x) => n.endsWith(x)));
}

const locationId = (row: SourceRow): string => `loc-med-${row.line}`;

function locationOf(
  row: SourceRow,
  en: string,
  streetLevel: boolean,
  identifiedBy: MedicalLocation['source']['identifiedBy'],
): MedicalLocation {
  return {
    id: locationId(row),
    address: foldAddressText(row.address),
    district: row.district,
    name: { 'zh-Hant': row.name!, en },
    streetLevel,
    source: {
      document: 'medical-facilities-2023-12',
      file: MEDICAL_FILE,
      line: row.line,
      row: `${row.name}, ${row.address}`,
      identifiedBy,
    },
  };
}

export function buildMedicalLocations(rows: readonly SourceRow[]): MedicalLocations {
  const medical = rows.filter((r) => r.file === MEDICAL_FILE && r.name);
  const locations = new Map<string, MedicalLocation>();
  const serviceLocations: Record<string, string[]> = {};
  const notFound: MedicalLocations['notFound'] = [];
  for (const h of assessmentHospitals()) {
    const exact = medical.filter((r) => h.names.includes(fold(r.name!)));
    const suffix = medical.filter((r) => h.names.some((x) => fold(r.name!).endsWith(x)));
    const found = exact.length === 1 ? locationOf(exact[0]!, h.en, true, 'exact name') : null;
    const bySuffix = !exact.length && suffix.length === 1 ? locationOf(suffix[0]!, h.en, false, 'name suffix') : null;
    const location = found ?? bySuffix;
    if (!location) {
      notFound.push({ serviceId: h.serviceId, name: h.name, candidates: (exact.length ? exact : suffix).map((r) => r.name!) });
      continue;
    }
    locations.set(location.id, location);
    serviceLocations[h.serviceId] = [location.id];
  }
  const districts = loadDistrictRecords();
  const districtId = new Map(districts.map((d) => [d.name['zh-Hant'], d]));
  const services: Json[] = [];
  for (const row of medical.filter(isHealthStation)) {
    const district = districtId.get(row.district);
    const branch = BRANCHES_EN[row.name!.replace(/^.*區|衛生所$/g, '')];
    const area = /中西區衛生所$/.test(row.name!) ? 'Central and West District' : (district?.name.en ?? row.district);
    const en = `${area} Public Health Centre${branch ? ` (${branch})` : ''}`;
    const location = locationOf(row, en, true, 'exact name');
    locations.set(location.id, location);
    // 中西區衛生所 serves the two districts it is named after.
    const served = /中西區衛生所$/.test(row.name!) ? ['central', 'west'] : district ? [district.id] : [];
    const phone = row.phone;
    services.push({
      id: `health-station-${row.line}`,
      name: { 'zh-Hant': row.name!, en },
      category: HEALTH_STATION_CATEGORY.id,
      organizationId: 'city-health-bureau',
      locationIds: [location.id],
      serviceArea: served,
      phones: phone ? [{ printed: phone, number: phone.replace(/\s+/g, '').replace(/(?<=-\d{4})-/, ''), kind: 'voice' }] : [],
      source: {
        document: 'medical-facilities-2023-12',
        file: MEDICAL_FILE,
        line: row.line,
        handbook: { file: HANDBOOK, lines: HEALTH_STATION_LINES, quote: '各區衛生所' },
      },
    });
  }
  return {
    generatedBy: 'scripts/geo/medical-locations.ts',
    categories: [HEALTH_STATION_CATEGORY],
    locations: [...locations.values()].sort((a, b) => a.source.line - b.source.line),
    serviceLocations,
    services: services.sort((a, b) => a.source.line - b.source.line),
    notFound,
  };
}

export function writeMedicalLocations(data: MedicalLocations, path = MEDICAL_LOCATIONS_JSON): void {
  writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
}

export function readMedicalLocations(path = MEDICAL_LOCATIONS_JSON): MedicalLocations | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as MedicalLocations;
  } catch {
    return null;
  }
}
