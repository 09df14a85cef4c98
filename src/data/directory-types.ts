import type { LocalizedText } from './localized-text.js';
import type { Extension } from './benefit-types.js';

/**
 * A longitude within Taiwan and its islands (Kinmen to Lanyu): a point
 * elsewhere is a typo, and the map cannot draw it among Taichung's districts.
 * @minimum 118
 * @maximum 123
 */
export type Longitude = number;
/**
 * A latitude within Taiwan and its islands (Lanyu to Matsu).
 * @minimum 21
 * @maximum 27
 */
export type Latitude = number;

export interface ExtensionRange {
  from: Extension;
  to: Extension;
  building?: string;
  printed?: string;
}

export interface DirectoryPhone {
  printed: string;
  /** @pattern ^\+?[0-9][0-9-]{0,24}$ */
  number: string;
  extensions?: Extension[];
  extensionRanges?: ExtensionRange[];
  kind: 'voice' | 'fax';
  label?: string;
  areaCodeMissing?: boolean;
  /** Why the number is doubtful as printed; it is shown as printed, unlinked. */
  doubt?: string;
  /** Where the number is printed in the source text. */
  lines?: [number, number];
}

export interface DirectoryNote {
  kind: 'doubt' | 'source-error' | 'conflict' | 'extraction' | 'merge' | 'info';
  text: string;
}

export interface Organization {
  id: string;
  name: LocalizedText;
  alternateNames?: string[];
  kind: string;
  parent?: string;
  phones?: DirectoryPhone[];
  locationIds?: string[];
  notes?: DirectoryNote[];
}

export interface Service {
  id: string;
  name: { 'zh-Hant': string; en?: string };
  category: string;
  organizationId: string;
  operatorId?: string;
  locationIds: string[];
  /** Addresses printed in the source that no point can be given (e.g. outside the city), as printed. */
  unlocatedAddresses?: { printed: string; lines: [number, number]; reason: string }[];
  /** District ids, or 'all' for the whole city; absent when the source prints none. */
  serviceArea?: 'all' | string[];
  serviceAreaPrinted?: string;
  phones: DirectoryPhone[];
  description?: { 'zh-Hant': string; en?: string };
  notes?: DirectoryNote[];
}

export type Precision = 'address' | 'village' | 'district';

export interface Location {
  id: string;
  address: string;
  /** zh-Hant district name, e.g. 豐原區. */
  district: string;
  village?: string;
  name?: LocalizedText;
  /** Where the map may place it, and how exactly. */
  point?: { lon: Longitude; lat: Latitude; precision: Precision; source: string };
}

export interface Category {
  id: string;
  name: LocalizedText;
}

export interface District {
  id: string;
  name: LocalizedText;
  townCode: string;
}

/** Everything the directory and the map need, in one lazily loaded chunk. */
export interface Directory {
  /** @maxItems 5000 */
  organizations: Organization[];
  /** @maxItems 5000 */
  services: Service[];
  /** @maxItems 5000 */
  locations: Location[];
  /** @maxItems 200 */
  categories: Category[];
  /** @maxItems 200 */
  districts: District[];
  /**
   * Benefit ids that name each organization as contact or place to apply.
   * @maxProperties 5000
   */
  benefitsByOrganization: Record<string, string[]>;
}
