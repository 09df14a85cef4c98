/**
 * What the service map shows, computed from the directory: which places
 * match a category filter, which of them may be drawn as pins (street-level
 * points only), how many are known only to their village or district, and
 * which services serve a district. Pure; no DOM, no map library.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Directory, District, Location, Organization, Service } from '../data/directory-types.js';
import type { LonLat } from './distance.js';

/** Properties of a district polygon in data/geo/taichung-districts.geojson. */
export interface DistrictProperties {
  id: string;
  townCode: string;
  name_zh: string;
  name_en: string;
  /** Pole of inaccessibility: where the district's name goes. */
  labelPoint: [number, number];
}

export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProperties> & { id: string };
export interface DistrictsGeo extends FeatureCollection<Polygon | MultiPolygon, DistrictProperties> {
  features: DistrictFeature[];
}

/** A location with the services at it that pass the category filter. */
export interface Place {
  location: Location;
  /** Services at this location within the filter, in directory order (at least one). */
  services: Service[];
  /** The category the place is coloured by: its first matching service's. */
  category: string;
}

/** A pin may be drawn only where the directory knows the street address. */
export function isExact(location: Location): boolean {
  return location.point?.precision === 'address';
}

/** Every service at each location id. */
export function servicesByLocation(services: readonly Service[]): Map<string, Service[]> {
  const byLocation = new Map<string, Service[]>();
  for (const service of services) {
    for (const id of service.locationIds) {
      const list = byLocation.get(id);
      if (list) list.push(service);
      else byLocation.set(id, [service]);
    }
  }
  return byLocation;
}

/**
 * Reads a comma- or space-separated list of category ids. Unknown ids are
 * returned apart so that the caller can warn about them.
 */
export function parseCategoryList(value: string | null | undefined, known: Iterable<string>): { ids: string[]; unknown: string[] } {
  const knownSet = new Set(known);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const token of (value ?? '').split(/[\s,]+/)) {
    const id = token.trim();
    if (!id || ids.includes(id) || unknown.includes(id)) continue;
    (knownSet.has(id) ? ids : unknown).push(id);
  }
  return { ids, unknown };
}

/** The places with at least one service in `categories` (all when empty), in the directory's district order, then by address. */
/** One collator for every sort: `localeCompare` with a locale builds a new one per comparison. */
const ADDRESS_ORDER = new Intl.Collator('zh-Hant');

export function placesFor(directory: Pick<Directory, 'services' | 'locations' | 'districts'>, categories: ReadonlySet<string>): Place[] {
  const inFilter = (s: Service) => categories.size === 0 || categories.has(s.category);
  const byLocation = servicesByLocation(directory.services.filter(inFilter));
  const districtOrder = new Map(directory.districts.map((d, i) => [d.name['zh-Hant'], i]));
  const places: Place[] = [];
  for (const location of directory.locations) {
    const services = byLocation.get(location.id);
    if (services?.length) places.push({ location, services, category: services[0]!.category });
  }
  const order = (p: Place) => districtOrder.get(p.location.district) ?? Number.MAX_SAFE_INTEGER;
  return places.sort((a, b) => order(a) - order(b) || ADDRESS_ORDER.compare(a.location.address, b.location.address));
}

/** Properties of a pin in the map's clustered GeoJSON source. */
export interface PinProperties {
  id: string;
  category: string;
  color: string;
  name: string;
}

/**
 * The pins: street-level places only. Places known to the village or the
 * district are never drawn as pins; see `approximateByDistrict`.
 */
export function pinCollection(
  places: readonly Place[],
  describe: (place: Place) => { color: string; name: string },
): FeatureCollection<Point, PinProperties> {
  return {
    type: 'FeatureCollection',
    features: places
      .filter((p) => isExact(p.location))
      .map((p) => {
        const { lon, lat } = p.location.point!;
        return {
          type: 'Feature',
          id: p.location.id,
          properties: { id: p.location.id, category: p.category, ...describe(p) },
          geometry: { type: 'Point', coordinates: [lon, lat] },
        };
      }),
  };
}

/** Places whose point is only their village's or district's, by zh-Hant district name, in list order. */
export function approximateByDistrict(places: readonly Place[]): Map<string, Place[]> {
  const groups = new Map<string, Place[]>();
  for (const place of places) {
    if (isExact(place.location)) continue;
    const list = groups.get(place.location.district);
    if (list) list.push(place);
    else groups.set(place.location.district, [place]);
  }
  return groups;
}

/** Whether a service's printed area covers a district: named, the whole city, or not stated. */
export function coverage(service: Service, districtId: string): 'named' | 'city-wide' | 'none' | 'unstated' {
  if (service.serviceArea === 'all') return 'city-wide';
  if (!service.serviceArea) return 'unstated';
  return service.serviceArea.includes(districtId) ? 'named' : 'none';
}

export interface DistrictServices {
  /** Services whose service area names this district: "which centre serves my district". */
  serving: Service[];
  /** Services for the whole city. */
  cityWide: Service[];
  /** Places in this district (any service area), for "what is here". */
  placesIn: Place[];
}

/** What to list when a resident chooses a district. */
export function servicesForDistrict(
  directory: Pick<Directory, 'services' | 'locations' | 'districts'>,
  district: District,
  categories: ReadonlySet<string>,
): DistrictServices {
  const inFilter = (s: Service) => categories.size === 0 || categories.has(s.category);
  const services = directory.services.filter(inFilter);
  return {
    serving: services.filter((s) => coverage(s, district.id) === 'named'),
    cityWide: services.filter((s) => coverage(s, district.id) === 'city-wide'),
    placesIn: placesFor(directory, categories).filter((p) => p.location.district === district.name['zh-Hant']),
  };
}

/** `lon,lat` in degrees (GeoJSON order), or null when it is not one. */
export function parseCenter(value: string | null | undefined): LonLat | null {
  if (!value?.trim()) return null;
  const parts = value.split(/[\s,]+/).filter(Boolean);
  if (parts.length !== 2) return null;
  const [lon, lat] = parts.map(Number) as [number, number];
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 85) return null;
  return [lon, lat];
}

/** A zoom level between 0 and 22, or null. */
export function parseZoom(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const zoom = Number(value);
  return Number.isFinite(zoom) && zoom >= 0 && zoom <= 22 ? zoom : null;
}

/**
 * A link that opens the visitor's maps app with directions. A street-level
 * point is given as coordinates; anything less exact as the printed address,
 * which the maps app geocodes better than our village or district centre.
 */
export function directionsUrl(location: Location): string {
  const url = new URL('https://www.google.com/maps/dir/');
  url.searchParams.set('api', '1');
  if (isExact(location)) {
    const { lat, lon } = location.point!;
    url.searchParams.set('destination', `${lat},${lon}`);
  } else {
    url.searchParams.set('destination', location.address.replace(/\s+/g, ''));
  }
  return url.href;
}

/** [[west, south], [east, north]] of a polygon feature. */
export function featureBounds(feature: Pick<DistrictFeature, 'geometry'>): [[number, number], [number, number]] {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring as [number, number][]) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  return [
    [west, south],
    [east, north],
  ];
}

/** The bounds of all features together. */
export function collectionBounds(features: readonly Pick<DistrictFeature, 'geometry'>[]): [[number, number], [number, number]] {
  const boxes = features.map(featureBounds);
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}

type Named = { 'zh-Hant': string; en?: string };
const pickName = (name: Named, locale: string) => (locale === 'zh-Hant' ? name['zh-Hant'] : (name.en ?? name['zh-Hant']));

/**
 * What to call a place: its own name, else the organization that runs every
 * service there, else its first service, else its address.
 */
export function placeName(
  location: Location,
  services: readonly Service[],
  organizations: ReadonlyMap<string, Organization>,
  locale: string,
): string {
  if (location.name) return pickName(location.name, locale);
  const orgIds = new Set(services.map((s) => s.operatorId ?? s.organizationId));
  if (orgIds.size === 1) {
    const org = organizations.get([...orgIds][0]!);
    if (org) return pickName(org.name, locale);
  }
  if (services[0]) return pickName(services[0].name, locale);
  return location.address;
}

/**
 * What to call a place in a filtered list or on its pin: when the filter
 * leaves one of several services there, that service (not a neighbour in the
 * same building that did not match); otherwise as `placeName`.
 */
export function matchedPlaceName(
  location: Location,
  matched: readonly Service[],
  all: readonly Service[],
  organizations: ReadonlyMap<string, Organization>,
  locale: string,
): string {
  if (matched.length === 1 && all.length > 1) return pickName(matched[0]!.name, locale);
  return placeName(location, matched.length ? matched : all, organizations, locale);
}

/** Indexes of the names that occur more than once in a list: those rows also show their address. */
export function repeatedNames(names: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([name]) => name));
}

/**
 * For each category, how many places (locations with a service of it) and how
 * many of its services have no place at all: counted once per directory, not
 * once per menu option and render.
 */
export function categoryCounts(directory: Pick<Directory, 'services' | 'locations'>): Map<string, { places: number; unlocated: number }> {
  const known = new Set(directory.locations.map((l) => l.id));
  const places = new Map<string, Set<string>>();
  const out = new Map<string, { places: number; unlocated: number }>();
  for (const s of directory.services) {
    const ids = s.locationIds.filter((id) => known.has(id));
    const set = places.get(s.category) ?? new Set<string>();
    for (const id of ids) set.add(id);
    places.set(s.category, set);
    const entry = out.get(s.category) ?? { places: 0, unlocated: 0 };
    if (!ids.length) entry.unlocated++;
    entry.places = set.size;
    out.set(s.category, entry);
  }
  return out;
}

/** The services of the chosen categories that no place carries (no address printed, or none the map knows). */
export function unlocatedServices(directory: Pick<Directory, 'services' | 'locations'>, categories: ReadonlySet<string>): Service[] {
  if (!categories.size) return [];
  const known = new Set(directory.locations.map((l) => l.id));
  return directory.services.filter((s) => categories.has(s.category) && !s.locationIds.some((id) => known.has(id)));
}
