/**
 * Distances on the WGS84 sphere approximation. Pure; positions are
 * [longitude, latitude] in degrees, as in GeoJSON.
 */

export type LonLat = readonly [number, number];

/** Mean Earth radius in metres (IUGG). */
export const EARTH_RADIUS_M = 6_371_008.8;

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance between two [lon, lat] points, in metres. */
export function haversineMetres(a: LonLat, b: LonLat): number {
  const [lon1, lat1] = a;
  const [lon2, lat2] = b;
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface WithDistance<T> {
  item: T;
  /** Metres from the origin; Infinity when the item has no position. */
  distanceMetres: number;
}

/**
 * Sorts items by distance from `origin`, nearest first. Items for which
 * `position` returns null/undefined come last, in their original order; ties
 * keep their original order (stable). Does not format anything and does not
 * modify `items`.
 */
export function sortByDistance<T>(
  items: readonly T[],
  origin: LonLat,
  position: (item: T) => LonLat | null | undefined,
): WithDistance<T>[] {
  return items
    .map((item, index) => {
      const p = position(item);
      return { item, distanceMetres: p ? haversineMetres(origin, p) : Infinity, index };
    })
    .sort((x, y) => {
      if (x.distanceMetres === y.distanceMetres) return x.index - y.index;
      if (x.distanceMetres === Infinity) return 1;
      if (y.distanceMetres === Infinity) return -1;
      return x.distanceMetres - y.distanceMetres;
    })
    .map(({ item, distanceMetres }) => ({ item, distanceMetres }));
}
