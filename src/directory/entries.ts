/**
 * The contact directory as a resident reads it: one entry per thing to call
 * (the bureau's switchboard, each division and agency unit, each district
 * office, each centre or institution), grouped by category, filterable by
 * where it is and by whom it serves. Pure functions, shared by the
 * `<welfare-contact-directory>` element, its downloads and the tests.
 */
import type { Category, Directory, DirectoryNote, DirectoryPhone, District, Location, Organization } from '../data/directory-types.js';
import type { BenefitDetail } from '../data/benefit-types.js';
import { parsePhone } from '../format/phone.js';
import { normalizeText } from '../search/text.js';

/** A name in zh-Hant, and in English where the data has it. */
export interface Named {
  'zh-Hant': string;
  en?: string;
}

export interface ContactEntry {
  /** The service id, or the organization id for the bureau's own offices (divisions, agencies, units). */
  id: string;
  organizationId: string;
  serviceId?: string;
  category: string;
  name: Named;
  /** The office an entry belongs to: 臺中市政府社會局 for a division, the agency for its unit. */
  parent?: Named;
  /** The NGO (or other body) that runs a centre for the city. */
  operator?: Named;
  operatorId?: string;
  /** The body that provides the service, when it is not the city and its name is not already in the entry's. */
  provider?: Named;
  locations: Location[];
  /** A division or unit at its parent's address: the parent's entry shows it, this one need not repeat it. */
  sharesParentAddress?: boolean;
  /** Addresses the map cannot place (outside Taichung, printed without a district), as printed. */
  unlocatedAddresses: string[];
  /** District ids, or 'all'; absent when the handbook prints none. */
  serviceArea?: 'all' | string[];
  serviceAreaPrinted?: string;
  phones: DirectoryPhone[];
  notes: DirectoryNote[];
}

export interface ContactGroup {
  category: Category;
  entries: ContactEntry[];
}

/** The bureau's own offices are listed from the organizations: they have no service records of their own. */
const BUREAU_OFFICE_KINDS = new Set(['division', 'agency', 'agency-unit']);
/** Bodies whose name adds nothing as "provider": the city itself. */
const CITY_KINDS = new Set(['city-government', 'bureau', 'district-office']);

function named(text: { 'zh-Hant': string; en?: string }): Named {
  return text.en ? { 'zh-Hant': text['zh-Hant'], en: text.en } : { 'zh-Hant': text['zh-Hant'] };
}

/** Every entry of the directory, in the order the groups show them. */
export function buildEntries(dir: Directory): ContactEntry[] {
  const orgs = new Map(dir.organizations.map((o) => [o.id, o]));
  const locations = new Map(dir.locations.map((l) => [l.id, l]));
  const locate = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => locations.get(id)).filter((l): l is Location => Boolean(l));
  const entries: ContactEntry[] = [];

  // The bureau first: its switchboard, its divisions, then each agency followed by its units.
  const bureauServices = dir.services.filter((s) => s.category === 'bureau');
  const officeEntry = (o: Organization): ContactEntry => {
    const parent = o.parent ? orgs.get(o.parent) : undefined;
    // A unit has no address of its own: it is where its agency is.
    const locationIds = o.locationIds?.length ? o.locationIds : parent?.locationIds;
    return {
      id: o.id,
      organizationId: o.id,
      category: 'bureau',
      name: named(o.name),
      ...(parent ? { parent: named(parent.name) } : {}),
      locations: locate(locationIds),
      ...(o.kind !== 'agency' ? { sharesParentAddress: true } : {}),
      unlocatedAddresses: [],
      // The bureau and its agencies serve the whole city.
      serviceArea: 'all',
      phones: o.phones ?? [],
      notes: o.notes ?? [],
    };
  };
  const offices = dir.organizations.filter((o) => BUREAU_OFFICE_KINDS.has(o.kind));
  const divisions = offices.filter((o) => o.kind === 'division');
  const agencies = offices.filter((o) => o.kind === 'agency');
  const bureauEntries: ContactEntry[] = [];
  for (const s of bureauServices) bureauEntries.push(serviceEntry(s));
  for (const d of divisions) bureauEntries.push(officeEntry(d));
  for (const a of agencies) {
    bureauEntries.push(officeEntry(a));
    for (const u of offices.filter((o) => o.kind === 'agency-unit' && o.parent === a.id)) bureauEntries.push(officeEntry(u));
  }

  function serviceEntry(s: Directory['services'][number]): ContactEntry {
    const org = orgs.get(s.organizationId);
    const operator = s.operatorId ? orgs.get(s.operatorId) : undefined;
    const provider =
      org && !CITY_KINDS.has(org.kind) && org.id !== s.operatorId && !s.name['zh-Hant'].includes(org.name['zh-Hant']) ? org : undefined;
    return {
      id: s.id,
      organizationId: s.organizationId,
      serviceId: s.id,
      category: s.category,
      name: named(s.name),
      ...(operator ? { operator: named(operator.name), operatorId: operator.id } : {}),
      ...(provider ? { provider: named(provider.name) } : {}),
      locations: locate(s.locationIds),
      unlocatedAddresses: (s.unlocatedAddresses ?? []).map((u) => u.printed),
      ...(s.serviceArea ? { serviceArea: s.serviceArea } : {}),
      ...(s.serviceAreaPrinted ? { serviceAreaPrinted: s.serviceAreaPrinted } : {}),
      phones: s.phones,
      notes: s.notes ?? [],
    };
  }

  const byCategory = new Map<string, ContactEntry[]>([['bureau', bureauEntries]]);
  for (const s of dir.services) {
    if (s.category === 'bureau') continue;
    const list = byCategory.get(s.category) ?? [];
    list.push(serviceEntry(s));
    byCategory.set(s.category, list);
  }
  for (const c of dir.categories) entries.push(...(byCategory.get(c.id) ?? []));
  // Categories the list of categories does not name still show, at the end.
  for (const [id, list] of byCategory) if (!dir.categories.some((c) => c.id === id)) entries.push(...list);
  return entries;
}

/** The entries in category order, one group per category that has any. */
export function groupEntries(entries: readonly ContactEntry[], categories: readonly Category[]): ContactGroup[] {
  const groups = new Map<string, ContactEntry[]>();
  for (const e of entries) groups.set(e.category, [...(groups.get(e.category) ?? []), e]);
  const known = categories.filter((c) => groups.has(c.id)).map((category) => ({ category, entries: groups.get(category.id)! }));
  const unknown = [...groups.keys()]
    .filter((id) => !categories.some((c) => c.id === id))
    .map((id) => ({ category: { id, name: { 'zh-Hant': id, en: id } }, entries: groups.get(id)! }));
  return [...known, ...unknown];
}

const fold = (text: string) => normalizeText(text).replace(/\s+/g, '');

/** A category by id (day-care) or name in either language. */
export function resolveCategory(categories: readonly Category[], value: string | null | undefined): Category | undefined {
  const v = fold(value ?? '');
  if (!v) return undefined;
  return categories.find((c) => fold(c.id) === v || fold(c.name['zh-Hant']) === v || fold(c.name.en) === v);
}

/** Where it is: one of its addresses lies in the district. */
export function locatedIn(entry: ContactEntry, district: District): boolean {
  return entry.locations.some((l) => l.district === district.name['zh-Hant']);
}

/**
 * Whom it serves: the printed service area names the district or the whole
 * city. An entry for which the handbook prints no area serves at least the
 * district it is in (a 長青學苑 in 和平區 is there for 和平區's residents).
 */
export function servesDistrict(entry: ContactEntry, district: District): boolean {
  if (entry.serviceArea === 'all') return true;
  if (entry.serviceArea) return entry.serviceArea.includes(district.id);
  return locatedIn(entry, district);
}

export type DistrictMatch = 'serves' | 'located';

export interface EntryFilter {
  district?: District;
  /** How `district` filters: whom the entry serves (default) or where it is. */
  match?: DistrictMatch;
  category?: Category;
  /** Only these entry ids (a search's hits, a benefit's contacts). */
  ids?: ReadonlySet<string>;
}

export function filterEntries(entries: readonly ContactEntry[], filter: EntryFilter): ContactEntry[] {
  const { district, category, ids } = filter;
  const match = filter.match ?? 'serves';
  return entries.filter(
    (e) =>
      (!category || e.category === category.id) &&
      (!ids || ids.has(e.id)) &&
      (!district || (match === 'located' ? locatedIn(e, district) : servesDistrict(e, district))),
  );
}

/** One number to show and perhaps dial: a phone, or one of its extensions or extension ranges. */
export interface PhoneLine {
  kind: 'voice' | 'fax';
  /** The number as the resident reads it: 04-2228-9111, or as printed when doubtful. */
  display: string;
  /** The tel: URI that dials the extension after a pause; absent for a fax or a doubtful number. */
  tel?: string;
  /** The number in international form without the extension, e.g. +886422289111. */
  international?: string;
  /** The extension dialled (the first of a range). */
  extension?: string;
  /** The extension as printed: 37401~37442, or the single extension. */
  extensionText?: string;
  /** The building a range of extensions is in. */
  building?: string;
  label?: string;
  /** Why the number is not dialled: doubtful or invalid as printed. */
  doubt?: string;
}

/** A phone as printed in a benefit's "whom to call", or as the directory has it. */
export type PhoneInput = Pick<DirectoryPhone, 'printed' | 'number'> &
  Partial<Pick<DirectoryPhone, 'extensions' | 'extensionRanges' | 'label' | 'doubt'>> & { kind?: 'voice' | 'fax' };

/**
 * The lines to show for one phone. A range of extensions dials its first
 * extension and shows the range as printed; a fax is never dialled; a number
 * that is doubtful or invalid as printed is shown as printed and not dialled.
 */
export function phoneLines(phone: PhoneInput): PhoneLine[] {
  const kind = phone.kind ?? 'voice';
  const label = phone.label;
  const base = parsePhone(phone.number);
  const problem = phone.doubt ?? (base.valid ? undefined : (base.problem ?? 'invalid as printed'));
  if (problem) return [{ kind, display: phone.printed.replace(/^fax\s*[:：]\s*/i, ''), doubt: problem, ...(label ? { label } : {}) }];
  const international = base.tel?.replace(/^tel:/, '');
  const line = (extension?: string, extensionText?: string, building?: string): PhoneLine => ({
    kind,
    display: base.display,
    ...(international ? { international } : {}),
    ...(kind === 'voice' ? { tel: parsePhone(phone.number, extension).tel } : {}),
    ...(extension ? { extension, extensionText: extensionText ?? extension } : {}),
    ...(building ? { building } : {}),
    ...(label ? { label } : {}),
  });
  const lines: PhoneLine[] = [];
  for (const r of phone.extensionRanges ?? []) lines.push(line(r.from, r.printed ?? `${r.from}~${r.to}`, r.building));
  for (const ext of phone.extensions ?? []) lines.push(line(ext));
  return lines.length ? lines : [line()];
}

export function entryPhoneLines(entry: ContactEntry): PhoneLine[] {
  return entry.phones.flatMap(phoneLines);
}

/** The text a search reads for an entry, in both languages. */
export function searchDocument(
  entry: ContactEntry,
  lookups: { categories: readonly Category[]; districts: readonly District[]; alternateNames?: readonly string[] },
): { id: string; name: string; bodies: string; place: string; category: string; phones: string } {
  const both = (n?: Named) => (n ? `${n['zh-Hant']} ${n.en ?? ''}` : '');
  const category = lookups.categories.find((c) => c.id === entry.category);
  const districtNames = (zh: string) => {
    const d = lookups.districts.find((x) => x.name['zh-Hant'] === zh);
    return d ? `${d.name['zh-Hant']} ${d.name.en}` : zh;
  };
  return {
    id: entry.id,
    name: `${both(entry.name)} ${(lookups.alternateNames ?? []).join(' ')}`,
    bodies: [entry.parent, entry.operator, entry.provider].map(both).join(' '),
    place: [...entry.locations.map((l) => `${l.address} ${districtNames(l.district)} ${both(l.name)}`), ...entry.unlocatedAddresses].join(
      ' ',
    ),
    category: both(category?.name),
    phones: entry.phones.map((p) => `${p.number.replace(/\D/g, '')} ${p.printed}`).join(' '),
  };
}

/** A benefit's "whom to call" and "where to apply", each resolved to directory entries where possible. */
export interface BenefitContact {
  /** The name the benefit prints, e.g. 社會局長青福利科. */
  name: string;
  /** The phones the benefit prints, with its own extensions. */
  phones: PhoneInput[];
  entries: ContactEntry[];
  /** "The district office where you are registered". */
  ownDistrictOffice?: boolean;
}

/** The entries a benefit's `ref` names: the office itself, else the bureau's entry, else what the body runs or provides. */
export function entriesForRef(entries: readonly ContactEntry[], ref: string): ContactEntry[] {
  const exact = entries.filter((e) => e.id === ref);
  if (exact.length) return exact;
  const matches = entries.filter((e) => e.organizationId === ref || e.operatorId === ref);
  const own = matches.filter((e) => e.category === 'bureau' || e.category === 'district-office');
  return own.length ? own : matches;
}

export function benefitContacts(
  entries: readonly ContactEntry[],
  detail: Pick<BenefitDetail, 'contacts' | 'apply'>,
  district?: District,
): BenefitContact[] {
  const contacts: BenefitContact[] = [];
  const seenRefs = new Set<string>();
  for (const c of detail.contacts) {
    if (c.ref) seenRefs.add(c.ref);
    contacts.push({ name: c.name, phones: c.phones, entries: c.ref ? entriesForRef(entries, c.ref) : [] });
  }
  for (const t of detail.apply.targets) {
    if (t.kind === 'district-office-of-residence') {
      const office = district ? entries.filter((e) => e.category === 'district-office' && locatedIn(e, district)) : [];
      contacts.push({ name: '', phones: [], entries: office, ownDistrictOffice: true });
      continue;
    }
    if (!t.ref) {
      if (t.kind === 'named') contacts.push({ name: t.name, phones: [], entries: [] });
      continue;
    }
    if (seenRefs.has(t.ref)) continue;
    seenRefs.add(t.ref);
    const found = entriesForRef(entries, t.ref);
    contacts.push({ name: t.kind === 'named' ? t.name : (found[0]?.name['zh-Hant'] ?? t.ref), phones: [], entries: found });
  }
  return contacts;
}
