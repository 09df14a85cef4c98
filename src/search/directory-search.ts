/**
 * Search over the contact directory in both languages, with the kit's shared
 * CJK-aware search: names weigh most, then the bodies that run them, the
 * category, the address and district, and the phone digits.
 */
import type { Category, District, Organization } from '../data/directory-types.js';
import { searchDocument, type ContactEntry } from '../directory/entries.js';
import { createTextSearch, type TextSearch } from './create-search.js';

export type { SearchHit } from './create-search.js';

export function createDirectorySearch(
  entries: readonly ContactEntry[],
  lookups: { categories: readonly Category[]; districts: readonly District[]; organizations: readonly Organization[] },
): TextSearch {
  const alternate = new Map(lookups.organizations.map((o) => [o.id, o.alternateNames ?? []]));
  const documents = entries.map((e) =>
    searchDocument(e, { ...lookups, alternateNames: e.serviceId ? [] : (alternate.get(e.organizationId) ?? []) }),
  );
  return createTextSearch(documents, {
    fields: ['name', 'bodies', 'category', 'place', 'phones'],
    boost: { name: 4, bodies: 2, category: 1.5, place: 1.5, phones: 1 },
  });
}
