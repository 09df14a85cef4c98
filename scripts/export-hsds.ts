/**
 * Writes the service directory as Open Referral HSDS 3 shaped JSON to dist/hsds/:
 *   organizations.json  organizations with nested services (phones, service_areas,
 *                       service_at_locations with their location), phones, locations
 *   locations.json      every location with its address and phones
 *   taxonomy_terms.json the categories
 * Run: npm run export:hsds   (tsx scripts/export-hsds.ts)
 *
 * Nothing is changed on the way: numbers stay as printed; a doubt about a number
 * goes into the phone's description. Districts are the region; the printed
 * address is address_1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDirectory } from './directory-checks.ts';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILDING_ZH: Record<string, string> = { 'taiwan-boulevard-building': '臺灣大道市政大樓', 'yangming-building': '陽明市政大樓' };

function hsdsPhones(owner: Record<string, string>, phones: Json[] | undefined): Json[] {
  return (phones ?? []).map((p: Json, i: number) => {
    const ext = [
      ...(p.extensions ?? []),
      ...(p.extensionRanges ?? []).map((r: Json) => `${r.from}–${r.to}${r.building ? ` (${BUILDING_ZH[r.building]})` : ''}`),
    ];
    const single = p.extensions?.length === 1 && !p.extensionRanges ? Number(p.extensions[0]) : null;
    const description = [
      `Printed: ${p.printed}`,
      p.label ? `Label: ${p.label}` : '',
      ext.length && single === null ? `Extensions: ${ext.join(', ')}` : '',
      p.areaCodeMissing ? 'Printed without an area code.' : '',
      p.doubt ? `Doubt: ${p.doubt}` : '',
    ]
      .filter(Boolean)
      .join(' | ');
    return {
      id: `${Object.values(owner)[0]}-phone-${i + 1}`,
      ...owner,
      number: p.number,
      extension: single,
      type: p.kind,
      description,
      languages: [],
    };
  });
}

function hsdsLocation(l: Json, org?: string): Json {
  return {
    id: l.id,
    organization_id: org ?? null,
    location_type: 'physical',
    name: l.name?.['zh-Hant'] ?? l.address,
    alternate_name: l.name?.en ?? null,
    addresses: [
      {
        id: `${l.id}-address`,
        location_id: l.id,
        attention: null,
        address_1: l.address,
        address_2: l.village ?? null,
        city: '臺中市',
        region: l.district,
        state_province: '臺中市',
        postal_code: null,
        country: 'TW',
        address_type: 'physical',
      },
    ],
  };
}

export function exportHsds(root = ROOT) {
  const dir = loadDirectory(root);
  const locById = new Map(dir.locations.map((l) => [l.id, l]));
  const catById = new Map(dir.categories.map((c) => [c.id, c]));
  const districts = JSON.parse(readFileSync(join(root, 'data/districts.json'), 'utf8')) as Json[];
  const districtName = new Map(districts.map((d) => [d.id, d.name['zh-Hant']]));
  const servicesByOrg = new Map<string, Json[]>();
  for (const s of dir.services) {
    const list = servicesByOrg.get(s.organizationId) ?? [];
    list.push(s);
    servicesByOrg.set(s.organizationId, list);
  }
  const organizations = dir.organizations.map((o) => ({
    id: o.id,
    name: o.name['zh-Hant'],
    alternate_name: o.name.en,
    description: [o.kind, ...(o.alternateNames ?? []).map((n: string) => `also printed as ${n}`)].join('; '),
    parent_organization_id: o.parent ?? null,
    phones: hsdsPhones({ organization_id: o.id }, o.phones),
    locations: (o.locationIds ?? []).map((id: string) => hsdsLocation(locById.get(id), o.id)),
    services: (servicesByOrg.get(o.id) ?? []).map((s) => ({
      id: s.id,
      organization_id: s.organizationId,
      name: s.name['zh-Hant'],
      alternate_name: s.name.en ?? null,
      description:
        [s.description?.['zh-Hant'], ...(s.notes ?? []).map((n: Json) => `[${n.kind}] ${n.text}`)].filter(Boolean).join('\n') || null,
      status: 'active',
      phones: hsdsPhones({ service_id: s.id }, s.phones),
      service_areas:
        s.serviceArea === 'all'
          ? [
              {
                id: `${s.id}-area`,
                service_id: s.id,
                name: '臺中市全區',
                description: s.serviceAreaPrinted ?? null,
                extent: null,
                extent_type: null,
              },
            ]
          : (s.serviceArea ?? []).map((d: string) => ({
              id: `${s.id}-area-${d}`,
              service_id: s.id,
              name: districtName.get(d),
              description: s.serviceAreaPrinted ?? null,
              extent: null,
              extent_type: null,
            })),
      service_at_locations: (s.locationIds ?? []).map((id: string) => ({
        id: `${s.id}@${id}`,
        service_id: s.id,
        location_id: id,
        description: null,
        location: hsdsLocation(locById.get(id)),
      })),
      attributes: [
        {
          id: `${s.id}-category`,
          link_type: 'service',
          link_id: s.id,
          taxonomy_term_id: s.category,
          taxonomy_term: { id: s.category, name: catById.get(s.category)?.name['zh-Hant'] ?? s.category },
        },
      ],
      ...(s.operatorId ? { operated_by_organization_id: s.operatorId } : {}),
      ...(s.unlocatedAddresses ? { unplaced_addresses: s.unlocatedAddresses.map((u: Json) => `${u.printed} (${u.reason})`) } : {}),
      source: `handbook-2015 ${s.source.file} lines ${s.source.lines.join('-')}${s.source.table ? ` (${s.source.table})` : ''}`,
    })),
  }));
  const locations = dir.locations.map((l) => hsdsLocation(l));
  const taxonomyTerms = dir.categories.map((c) => ({
    id: c.id,
    code: c.id,
    name: c.name['zh-Hant'],
    description: c.name.en,
    taxonomy: 'welfare-navigator',
    language: 'zh-Hant',
  }));
  return { organizations, locations, taxonomyTerms };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = exportHsds();
  const dir = join(ROOT, 'dist/hsds');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'organizations.json'), JSON.stringify(out.organizations, null, 2) + '\n');
  writeFileSync(join(dir, 'locations.json'), JSON.stringify(out.locations, null, 2) + '\n');
  writeFileSync(join(dir, 'taxonomy_terms.json'), JSON.stringify(out.taxonomyTerms, null, 2) + '\n');
  console.log(
    `dist/hsds: ${out.organizations.length} organizations, ${out.organizations.reduce((n, o) => n + o.services.length, 0)} services, ${out.locations.length} locations, ${out.taxonomyTerms.length} taxonomy terms`,
  );
}
