/**
 * Cross-file checks of the service directory (data/directory/*.json) against
 * itself, data/districts.json and the handbook text. The JSON Schema checks
 * (data/schema/directory.schema.json) run separately in validate-data.ts.
 *
 * - ids are unique (organisations, services, locations, categories);
 * - every reference resolves (parent, organizationId, operatorId, category,
 *   locationIds);
 * - every location has a district of data/districts.json, named in its
 *   address, and its address stands in its source lines;
 * - every appendix row is accounted for: each tab-separated row of the
 *   district-office and institution tables and each extension line of the
 *   bureau and agencies has an entry in appendix-rows.json, and every kept or
 *   merged entry points at an existing record;
 * - service areas are district ids (or "all");
 * - every phone's number appears in its printed form, and a phone that cites
 *   lines is printed there.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './validate-data.ts';
import { quoteOccursIn, sliceLines } from '../src/text/source-text.ts';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const DIRECTORY_FILES = {
  organizations: 'data/directory/organizations.json',
  services: 'data/directory/services.json',
  locations: 'data/directory/locations.json',
  taxonomy: 'data/directory/taxonomy.json',
  appendixRows: 'data/directory/appendix-rows.json',
} as const;

/** Lines of the appendix that must each be accounted for in appendix-rows.json. */
export const APPENDIX = {
  first: 5399,
  bureauFirst: 5411,
  bureauLast: 5501,
  officesFirst: 5508,
  officesLast: 5536,
  institutionsFirst: 5538,
  last: 5957,
};

export function loadDirectory(root: string) {
  const read = (f: string) => JSON.parse(readFileSync(join(root, f), 'utf8'));
  return {
    organizations: read(DIRECTORY_FILES.organizations).organizations as Json[],
    services: read(DIRECTORY_FILES.services).services as Json[],
    locations: read(DIRECTORY_FILES.locations).locations as Json[],
    categories: read(DIRECTORY_FILES.taxonomy).categories as Json[],
    rows: read(DIRECTORY_FILES.appendixRows).rows as Json[],
  };
}

/** The tab-separated table rows of the district-office and institution tables (header rows excluded). */
export function appendixTableRowLines(sourceLines: readonly string[]): number[] {
  const out: number[] = [];
  const HEADER = /^(區別|機構名稱|中心名稱|機關名稱|單位名稱|序號|服務區域)\t/;
  for (let n = APPENDIX.officesFirst; n <= APPENDIX.last; n++) {
    const l = sourceLines[n - 1] ?? '';
    if (l.includes('\t') && !HEADER.test(l)) out.push(n);
  }
  return out;
}

export function checkDirectory(root: string): Problem[] {
  const problems: Problem[] = [];
  const missing = Object.values(DIRECTORY_FILES).filter((f) => !existsSync(join(root, f)));
  if (missing.length) return missing.map((file) => ({ file, where: '', message: 'missing' }));
  const { organizations, services, locations, categories, rows } = loadDirectory(root);
  const sourceFile = 'data/sources/004_005d01609386d640.txt';
  const lines = readFileSync(join(root, sourceFile), 'utf8').split('\n');
  const districts = JSON.parse(readFileSync(join(root, 'data/districts.json'), 'utf8')) as Json[];
  const districtIds = new Set(districts.map((d) => d.id as string));
  const districtNames = new Set(districts.map((d) => d.name['zh-Hant'] as string));
  const say = (file: string, where: string, message: string) => problems.push({ file, where, message });

  // unique ids
  const unique = (file: string, items: Json[]) => {
    const seen = new Set<string>();
    for (const x of items) {
      if (seen.has(x.id)) say(file, x.id, 'duplicate id');
      seen.add(x.id);
    }
    return seen;
  };
  const orgIds = unique(DIRECTORY_FILES.organizations, organizations);
  const serviceIds = unique(DIRECTORY_FILES.services, services);
  const locationIds = unique(DIRECTORY_FILES.locations, locations);
  const categoryIds = unique(DIRECTORY_FILES.taxonomy, categories);
  for (const id of serviceIds) if (orgIds.has(id)) say(DIRECTORY_FILES.services, id, 'id is also an organisation id');

  const lineRange = (file: string, where: string, range: [number, number] | undefined) => {
    if (!range) return false;
    const [a, b] = range;
    if (a > b || b > lines.length) {
      say(file, where, `lines ${a}-${b} outside the source (${lines.length} lines)`);
      return false;
    }
    return true;
  };
  const phonesOk = (file: string, where: string, phones: Json[] | undefined) => {
    for (const p of phones ?? []) {
      if (!p.printed.replace(/\s/g, '').includes(p.number))
        say(file, where, `phone number ${p.number} is not in its printed form «${p.printed}»`);
      if (
        p.lines &&
        lineRange(file, where, p.lines) &&
        !quoteOccursIn(p.printed.replace(/^Fax:/, ''), sliceLines(lines, p.lines[0], p.lines[1]))
      ) {
        say(file, where, `phone «${p.printed}» is not printed in lines ${p.lines.join('-')}`);
      }
      for (const r of p.extensionRanges ?? [])
        if (Number(r.from) > Number(r.to)) say(file, where, `extension range ${r.from}-${r.to} runs backwards`);
    }
  };
  const used = new Set<string>();

  // organisations
  for (const o of organizations) {
    const f = DIRECTORY_FILES.organizations;
    if (o.parent && !orgIds.has(o.parent)) say(f, o.id, `parent ${o.parent} not found`);
    if (o.parent === o.id) say(f, o.id, 'is its own parent');
    for (const l of o.locationIds ?? []) {
      if (!locationIds.has(l)) say(f, o.id, `location ${l} not found`);
      used.add(l);
    }
    phonesOk(f, o.id, o.phones);
    lineRange(f, o.id, o.source?.lines);
  }
  // district offices: one per district
  for (const d of districts)
    if (!orgIds.has(`district-office-${d.id}`)) say(DIRECTORY_FILES.organizations, `district-office-${d.id}`, 'district office missing');

  // services
  for (const s of services) {
    const f = DIRECTORY_FILES.services;
    if (!orgIds.has(s.organizationId)) say(f, s.id, `organization ${s.organizationId} not found`);
    if (s.operatorId && !orgIds.has(s.operatorId)) say(f, s.id, `operator ${s.operatorId} not found`);
    if (s.operatorId && s.operatorId === s.organizationId) say(f, s.id, 'operator is the organisation itself');
    if (!categoryIds.has(s.category)) say(f, s.id, `category ${s.category} not in the taxonomy`);
    for (const l of s.locationIds ?? []) {
      if (!locationIds.has(l)) say(f, s.id, `location ${l} not found`);
      used.add(l);
    }
    if (
      !(s.locationIds ?? []).length &&
      !(s.unlocatedAddresses ?? []).length &&
      s.source?.table &&
      s.source.lines[0] >= APPENDIX.officesFirst
    ) {
      say(f, s.id, 'an appendix service without any location or unplaced address');
    }
    if (s.serviceArea !== undefined && s.serviceArea !== 'all') {
      if (!Array.isArray(s.serviceArea)) say(f, s.id, 'serviceArea must be "all" or a list of district ids');
      else for (const d of s.serviceArea) if (!districtIds.has(d)) say(f, s.id, `service area ${d} is not a district id`);
    }
    phonesOk(f, s.id, s.phones);
    lineRange(f, s.id, s.source?.lines);
  }

  // locations
  for (const l of locations) {
    const f = DIRECTORY_FILES.locations;
    if (!districtNames.has(l.district)) say(f, l.id, `district ${l.district} is not one of the 29 districts`);
    else if (!l.address.replace(/\s/g, '').includes(l.district)) say(f, l.id, `the address does not name its district ${l.district}`);
    if (l.village && !l.address.replace(/\s/g, '').includes(l.village)) say(f, l.id, `the address does not name its village ${l.village}`);
    if (lineRange(f, l.id, l.source?.lines) && !quoteOccursIn(l.address, sliceLines(lines, l.source.lines[0], l.source.lines[1]))) {
      say(f, l.id, `address «${l.address}» is not printed in lines ${l.source.lines.join('-')}`);
    }
    if (!used.has(l.id)) say(f, l.id, 'no service or organisation uses this location');
  }

  // appendix rows
  const f = DIRECTORY_FILES.appendixRows;
  const records = new Set([...orgIds, ...serviceIds]);
  const covered = new Set<number>();
  for (const r of rows) {
    const where = `${r.section} ${r.lines?.join('-')}`;
    if (!lineRange(f, where, r.lines)) continue;
    for (let n = r.lines[0]; n <= r.lines[1]; n++) covered.add(n);
    if ((r.status === 'kept' || r.status === 'merged') && !records.has(r.recordId)) say(f, where, `record ${r.recordId} not found`);
    if (!quoteOccursIn(r.name.split(' ')[0]!, sliceLines(lines, r.lines[0], r.lines[1])))
      say(f, where, `name «${r.name}» is not printed in its lines`);
    if (r.section !== 'body-reprint' && (r.lines[0] < APPENDIX.first || r.lines[1] > APPENDIX.last))
      say(f, where, 'an appendix row outside the appendix');
  }
  for (const n of appendixTableRowLines(lines)) if (!covered.has(n)) say(f, `line ${n}`, 'appendix table row not accounted for');
  for (let n = APPENDIX.bureauFirst; n <= APPENDIX.bureauLast; n++) {
    if (/\d{3,5}\s*(~|、|$)/.test(lines[n - 1] ?? '') && !covered.has(n))
      say(f, `line ${n}`, 'bureau / agency extension line not accounted for');
  }
  return problems;
}
