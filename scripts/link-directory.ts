/**
 * Links benefit records and directory records both ways: a benefit's contact
 * or place to apply, printed as a name, is resolved to the organization the
 * directory has under that name. Matching is exact after folding the ways the
 * handbook varies a name (臺/台, widths, the 臺中市政府 prefix, a trailing
 * district in brackets); a unit of a body the directory lists only as a whole
 * (衛生局保健科 → 衛生局) links to that body. Nothing else is guessed.
 */
import type { BenefitRecord } from '../src/data/benefit-types.ts';
import type { Organization, Service } from '../src/data/directory-types.ts';

export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/台/g, '臺')
    .replace(/\s+/g, '')
    .replace(/^臺中市政府/, '')
    .replace(/^臺中市/, '')
    .replace(/\([^)]*\)$/, '');
}

export interface LinkResult {
  /** Organization id for each name that resolved. */
  byName: Map<string, string>;
  /** Names that did not resolve, with how many records use them. */
  unresolved: Map<string, number>;
}

export function buildNameIndex(organizations: readonly Organization[], services: readonly Service[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const org of organizations) {
    for (const name of [org.name['zh-Hant'], ...(org.alternateNames ?? [])]) index.set(foldName(name), org.id);
  }
  // A service's name leads to the organization that provides it.
  for (const service of services) {
    const key = foldName(service.name['zh-Hant']);
    if (!index.has(key)) index.set(key, service.operatorId ?? service.organizationId);
  }
  return index;
}

export function resolveName(name: string, index: Map<string, string>): string | undefined {
  const folded = foldName(name);
  const exact = index.get(folded);
  if (exact) return exact;
  // The longest directory name that the printed name starts with (a unit of a listed body).
  let best: [string, string] | undefined;
  for (const [key, id] of index) {
    if (key.length >= 3 && folded.startsWith(key) && (!best || key.length > best[0].length)) best = [key, id];
  }
  return best?.[1];
}

/** Fills `ref` on contacts and named places to apply; returns what did not resolve. */
export function linkBenefits(records: BenefitRecord[], organizations: readonly Organization[], services: readonly Service[]): LinkResult {
  const index = buildNameIndex(organizations, services);
  const byName = new Map<string, string>();
  const unresolved = new Map<string, number>();
  const resolve = (name: string) => {
    const id = resolveName(name, index);
    if (id) byName.set(name, id);
    else unresolved.set(name, (unresolved.get(name) ?? 0) + 1);
    return id;
  };
  for (const record of records) {
    for (const contact of record.contacts) {
      if (!contact.ref) {
        const id = resolve(contact.name);
        if (id) contact.ref = id;
      }
    }
    for (const target of record.apply.targets) {
      if (target.kind === 'named' && !target.ref) {
        const id = resolve(target.name);
        if (id) target.ref = id;
      }
    }
  }
  return { byName, unresolved };
}

/** Organization id → ids of the benefits that name it. */
export function benefitsByOrganization(records: readonly BenefitRecord[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  const add = (org: string | undefined, benefit: string) => {
    if (org) (out[org] ??= new Set()).add(benefit);
  };
  for (const record of records) {
    for (const contact of record.contacts) add(contact.ref, record.id);
    for (const target of record.apply.targets) if (target.kind !== 'district-office-of-residence') add(target.ref, record.id);
  }
  return Object.fromEntries(Object.entries(out).map(([org, ids]) => [org, [...ids].sort()]));
}
