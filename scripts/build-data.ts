/**
 * Turns the reviewed records in data/ into the modules the elements import:
 * - src/generated/benefit-index.ts: what a finder's first paint and the quiz
 *   need (titles, summaries, tags, amounts, rules), small;
 * - src/generated/benefit-details.ts: the long texts, loaded when a benefit
 *   is opened (a separate chunk in the build).
 * The 108–111 plan's updates are applied here as a layer over the handbook
 * records; the record keeps the list of updates so the interface can say so.
 *
 * Run: npx tsx scripts/build-data.ts   (also part of `npm run generate`)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadBenefitFiles } from './validate-data.ts';
import type { BenefitDetail, BenefitRecord, BenefitRules, BenefitSummary, Chapter, PlanUpdate } from '../src/data/benefit-types.ts';
import type { Directory, District, Location, Organization, Precision, Service } from '../src/data/directory-types.ts';
import type { WelfareDataBundle } from '../src/data/data-bundle-types.ts';
import { benefitsByOrganization, linkBenefits, type LinkResult } from './link-directory.ts';

interface StoredPlanUpdate extends PlanUpdate {
  replace?: Partial<Pick<BenefitRecord, 'title' | 'summary' | 'amounts' | 'rule' | 'kind' | 'documents' | 'audiences' | 'free'>>;
}

function readPlanUpdates(): StoredPlanUpdate[] {
  const file = join(ROOT, 'data/benefits/plan-updates.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).updates as StoredPlanUpdate[]) : [];
}

export interface BenefitData {
  index: BenefitSummary[];
  rules: Record<string, BenefitRules>;
  details: Record<string, BenefitDetail>;
}

const readData = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

interface StoredPoint {
  locationId: string;
  lon: number;
  lat: number;
  precision: Precision;
  source: { file: string; match: string; row?: string };
}

const PRECISION_RANK: Record<Precision, number> = { address: 3, village: 2, district: 1 };

/** The directory with each location's best point (a geocoded one only where it is more precise). */
export function buildDirectory(records: readonly BenefitRecord[]): Directory {
  const { organizations } = readData<{ organizations: Organization[] }>('data/directory/organizations.json');
  const { services } = readData<{ services: Service[] }>('data/directory/services.json');
  const { locations } = readData<{ locations: Location[] }>('data/directory/locations.json');
  const { categories } = readData<{ categories: Directory['categories'] }>('data/directory/taxonomy.json');
  const districts = readData<District[]>('data/districts.json');
  const medical = withMedicalLocations({ categories, services, locations });
  const points = new Map<string, StoredPoint>();
  for (const file of ['data/directory/location-points.json', 'data/directory/location-points-geocoded.json']) {
    if (!existsSync(join(ROOT, file))) continue;
    for (const p of readData<{ points: StoredPoint[] }>(file).points) {
      const known = points.get(p.locationId);
      if (!known || PRECISION_RANK[p.precision] > PRECISION_RANK[known.precision]) points.set(p.locationId, p);
    }
  }
  const placed = medical.locations.map((location) => {
    const p = points.get(location.id);
    return p
      ? {
          ...location,
          point: { lon: p.lon, lat: p.lat, precision: p.precision, source: `${p.source.file}: ${p.source.row ?? p.source.match}` },
        }
      : location;
  });
  // Source citations stay in data/; the interface needs the facts.
  const strip = <T>(record: T): T => {
    const { source: _source, ...rest } = record as T & { source?: unknown };
    return rest as T;
  };
  return {
    organizations: organizations.map(strip),
    services: medical.services.map(strip),
    locations: placed.map(({ streetLevel: _streetLevel, ...l }: Location & { streetLevel?: boolean }) => strip(l)),
    categories: medical.categories,
    districts,
    benefitsByOrganization: benefitsByOrganization(records),
  };
}

/**
 * The handbook's directory with the places found in the medical list
 * (data/directory/medical-locations.json, written by npm run geo:place): the
 * assessment hospitals' locations and the public health centres.
 */
export function withMedicalLocations(
  d: Pick<Directory, 'categories' | 'services' | 'locations'>,
): Pick<Directory, 'categories' | 'services' | 'locations'> {
  const file = 'data/directory/medical-locations.json';
  if (!existsSync(join(ROOT, file))) return d;
  const medical = readData<{
    categories: Directory['categories'];
    locations: Location[];
    serviceLocations: Record<string, string[]>;
    services: Service[];
  }>(file);
  const after = d.categories.findIndex((c) => c.id === 'assessment-hospital') + 1 || d.categories.length;
  return {
    categories: [...d.categories.slice(0, after), ...medical.categories, ...d.categories.slice(after)],
    services: [
      ...d.services.map((s) =>
        medical.serviceLocations[s.id] ? { ...s, locationIds: [...s.locationIds, ...medical.serviceLocations[s.id]!] } : s,
      ),
      ...medical.services,
    ],
    locations: [...d.locations, ...medical.locations],
  };
}

export function loadLinkedRecords(): { records: BenefitRecord[]; links: LinkResult } {
  const records = loadBenefitFiles().flatMap((f) => f.records as BenefitRecord[]);
  const { organizations } = readData<{ organizations: Organization[] }>('data/directory/organizations.json');
  const { services } = readData<{ services: Service[] }>('data/directory/services.json');
  return { records, links: linkBenefits(records, organizations, services) };
}

export function buildBenefitData(records = loadLinkedRecords().records): BenefitData {
  const updates = readPlanUpdates();
  const index: BenefitSummary[] = [];
  const rules: Record<string, BenefitRules> = {};
  const details: Record<string, BenefitDetail> = {};
  for (const stored of records) {
    const mine = updates.filter((u) => u.target === stored.id);
    // The plan's facts win where it restates them; the handbook text stays as printed.
    const record: BenefitRecord = mine.reduce((r, u) => ({ ...r, ...u.replace }), stored);
    index.push({
      id: record.id,
      ...(record.parent ? { parent: record.parent } : {}),
      ...(record.part ? { part: record.part } : {}),
      chapter: record.chapter,
      item: record.item,
      kind: record.kind,
      title: record.title,
      summary: record.summary,
      audiences: record.audiences,
      free: record.free,
      updates: mine.map((u) => u.id),
    });
    rules[record.id] = { rule: record.rule, amounts: record.amounts };
    details[record.id] = {
      id: record.id,
      heading: record.heading,
      ...(record.tocHeading ? { tocHeading: record.tocHeading } : {}),
      ...(record.noBodyText ? { noBodyText: true as const } : {}),
      sections: record.sections,
      documents: record.documents,
      apply: record.apply,
      contacts: record.contacts,
      notes: record.notes,
      source: record.source,
      updates: mine.map(({ replace: _replace, ...u }) => u),
    };
  }
  const unknownTargets = updates.filter((u) => !details[u.target]);
  if (unknownTargets.length) throw new Error(`plan updates for unknown records: ${unknownTargets.map((u) => u.target).join(', ')}`);
  return { index, rules, details };
}

/**
 * A TypeScript module whose data V8 parses as JSON, which is faster than an
 * object literal. Single quotes: JSON's many double quotes need no escaping.
 */
function jsonLiteral(value: unknown): string {
  return `JSON.parse('${JSON.stringify(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}')`;
}

function dataModule(typeImport: string, name: string, type: string, value: unknown): string {
  return `// Generated by scripts/build-data.ts from data/. Do not edit.\n${typeImport}\n\nexport const ${name}: ${type} = ${jsonLiteral(value)};\n`;
}

function readChapters(): Chapter[] {
  return (JSON.parse(readFileSync(join(ROOT, 'data/benefits/chapters.json'), 'utf8')).chapters as Chapter[]).map(
    ({ number, numeral, title }) => ({ number, numeral, title }),
  );
}

/** Everything bundled, in the shape `data-src` accepts: the template for a site publishing newer data. */
export function buildDataBundle(records = loadLinkedRecords().records): WelfareDataBundle {
  const { index, rules, details } = buildBenefitData(records);
  return {
    format: 'welfare-navigator-data',
    version: 1,
    generated: new Date().toISOString(),
    benefits: { index, chapters: readChapters(), rules, details },
    directory: buildDirectory(records),
  };
}

export function writeGenerated(): void {
  const out = join(ROOT, 'src/generated');
  mkdirSync(out, { recursive: true });
  const { records, links } = loadLinkedRecords();
  const bundle = buildDataBundle(records);
  const { index, rules, details, chapters } = bundle.benefits!;
  const directory = bundle.directory!;
  const types = (...names: string[]) => `import type { ${names.join(', ')} } from '../data/benefit-types.js';`;
  const indexTypes = types('BenefitSummary', 'Chapter');
  // The first paint of a finder needs titles in both languages (search) but
  // summaries only in the language it shows: each language's summaries are
  // their own chunk, the other one loaded after first paint.
  writeFileSync(
    join(out, 'benefit-index.ts'),
    dataModule(
      indexTypes,
      'benefitIndex',
      'readonly Omit<BenefitSummary, "summary">[]',
      index.map(({ summary: _summary, ...rest }) => rest),
    ) + `export const benefitChapters: readonly Chapter[] = ${jsonLiteral(chapters)};\n`,
  );
  for (const language of ['zh-Hant', 'en'] as const) {
    writeFileSync(
      join(out, `benefit-summaries-${language}.ts`),
      `// Generated by scripts/build-data.ts from data/. Do not edit.\nexport const summaries: Readonly<Record<string, string>> = ${jsonLiteral(
        Object.fromEntries(index.map((b) => [b.id, b.summary[language]])),
      )};\n`,
    );
  }
  writeFileSync(
    join(out, 'benefit-rules.ts'),
    dataModule(types('BenefitRules'), 'benefitRules', 'Readonly<Record<string, BenefitRules>>', rules),
  );
  writeFileSync(
    join(out, 'benefit-details.ts'),
    dataModule(types('BenefitDetail'), 'benefitDetails', 'Readonly<Record<string, BenefitDetail>>', details),
  );
  writeFileSync(
    join(out, 'directory.ts'),
    dataModule("import type { Directory } from '../data/directory-types.js';", 'directory', 'Directory', directory),
  );
  // The 29 districts on their own: the finder and the quiz resolve a `district`
  // attribute without loading the whole directory.
  writeFileSync(
    join(out, 'districts.ts'),
    dataModule("import type { District } from '../data/directory-types.js';", 'districts', 'readonly District[]', directory.districts),
  );
  // Copied to dist/data/ by the build, for sites that publish newer data (data-src).
  writeFileSync(join(out, 'welfare-data.json'), JSON.stringify(bundle));
  console.log(`benefits: ${index.length} records → src/generated/benefit-index.ts, benefit-rules.ts, benefit-details.ts`);
  console.log(
    `directory: ${directory.organizations.length} organizations, ${directory.services.length} services, ${directory.locations.length} locations → src/generated/directory.ts`,
  );
  console.log(
    `links: ${links.byName.size} printed names resolved to directory records, ${links.unresolved.size} not (npm run data:report lists them)`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) writeGenerated();
