/**
 * Optional geocoding for deployers who have internet access: asks a
 * Nominatim-compatible service for the addresses of locations that
 * place-locations.ts could only place at village or district precision.
 *
 *   npm run geocode -- --url https://nominatim.example.org [--interval-ms 1000]
 *                      [--user-agent "…"] [--email you@example.org] [--limit N] [--dry-run]
 *   (or GEOCODER_URL=https://nominatim.example.org npm run geocode)
 *
 * - No default service: without --url / GEOCODER_URL it refuses to run.
 * - At most one request per --interval-ms (default 1000 ms), with a User-Agent.
 * - Every answer is cached in data/geo/geocode-cache.json keyed by normalised
 *   address; cached answers (from the same service) are never asked again, so
 *   an interrupted run can simply be started again.
 * - Writes data/directory/location-points-geocoded.json: all points of
 *   location-points.json, with a geocoded point replacing a village/district
 *   point only when the service's answer is at house/building level, carries
 *   the same house number, and lies inside the location's district polygon.
 *   A more precise point is never replaced. Every decision is listed with
 *   its provenance (service, query, date, display_name, importance, type).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MultiPolygon, Polygon } from 'geojson';
import * as turf from '@turf/turf';
import { normaliseAddress } from '../../src/geo/address.ts';
import { ROOT, atlasDistrictFeatures, loadDistrictRecords, round6 } from './build-boundaries.ts';
import type { Location, LocationPoint, Precision } from './place-locations.ts';

export const DEFAULT_INTERVAL_MS = 1000;
export const DEFAULT_USER_AGENT = 'welfare-navigator-geocode/0.1 (Taichung welfare service map; data/geo/README.md)';

export const REFUSAL =
  'No geocoding service configured: refusing to run.\n' +
  'Pass the base URL of a Nominatim-compatible service with --url, or set GEOCODER_URL, e.g.\n' +
  '  GEOCODER_URL=https://nominatim.example.org npm run geocode\n' +
  '  npm run geocode -- --url https://nominatim.example.org --email you@example.org\n' +
  'Use your own instance or one whose usage policy allows this (the public\n' +
  'nominatim.openstreetmap.org allows at most 1 request/s, needs an identifying\n' +
  'User-Agent and forbids bulk geocoding).';

export class GeocoderRefusal extends Error {}

export interface GeocodeOptions {
  /** Base URL of the service (…/search is appended unless already there). */
  url?: string;
  /** Minimum gap between two requests, ms (default 1000). */
  minIntervalMs?: number;
  userAgent?: string;
  /** Contact e-mail passed as &email= (Nominatim asks for it for heavy use). */
  email?: string;
  /** At most this many requests in this run (the rest wait for the next run). */
  limit?: number;
  /** List what would be asked, ask nothing, write nothing. */
  dryRun?: boolean;
  locationsPath?: string;
  pointsPath?: string;
  cachePath?: string;
  outPath?: string;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  fetch?: typeof fetch;
  today?: () => string;
  log?: (message: string) => void;
}

/** One answer of the service, as cached (the fields we use, verbatim). */
export interface ServiceResult {
  lat: string | number;
  lon: string | number;
  display_name?: string;
  importance?: number;
  type?: string;
  class?: string;
  category?: string;
  addresstype?: string;
  place_rank?: number;
  osm_type?: string;
  osm_id?: number | string;
  address?: Record<string, string>;
}

export interface CacheEntry {
  service: string;
  query: string;
  date: string;
  results: ServiceResult[];
}

export interface GeocodeCache {
  note: string;
  entries: Record<string, CacheEntry>;
}

export interface Decision {
  locationId: string;
  address: string;
  key: string;
  status: 'accepted' | 'rejected' | 'no-answer' | 'error' | 'not-asked';
  reason?: string;
  provenance?: {
    service: string;
    query: string;
    date: string;
    display_name?: string;
    importance?: number;
    type?: string;
    class?: string;
    addresstype?: string;
    place_rank?: number;
    osm?: string;
  };
}

export interface GeocodeSummary {
  candidates: number;
  requests: number;
  fromCache: number;
  accepted: number;
  rejected: number;
  errors: number;
  decisions: Decision[];
  outPath: string;
}

const RANK: Record<Precision, number> = { district: 1, village: 2, address: 3 };

function searchUrl(base: string): string {
  const u = base.replace(/\/+$/, '');
  return /\/search$/.test(u) ? u : `${u}/search`;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function writeJsonAtomic(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, path);
}

/** Whether a result is at house/building level (not a street, village, district…). */
export function isHouseLevel(r: ServiceResult): boolean {
  const kinds = [r.addresstype, r.type, r.class ?? r.category].map((x) => (x ?? '').toLowerCase());
  if (kinds.some((k) => k === 'house' || k === 'building')) return true;
  return typeof r.place_rank === 'number' && r.place_rank >= 30;
}

/** Leading number of a house number: 28-1號 → 28, 28之1 → 28. */
function leadingHouseNumber(s: string): string | null {
  const m = /(\d+)/.exec(s.normalize('NFKC'));
  return m ? m[1]! : null;
}

function houseNumberOfKey(key: string): string | null {
  const m = /(\d+)(?:-\d+)?號/.exec(key);
  return m ? m[1]! : null;
}

export async function runGeocoder(options: GeocodeOptions): Promise<GeocodeSummary> {
  if (!options.url) throw new GeocoderRefusal(REFUSAL);
  const service = searchUrl(options.url);
  const interval = options.minIntervalMs ?? DEFAULT_INTERVAL_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? (() => Date.now());
  const doFetch = options.fetch ?? fetch;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const log = options.log ?? ((m: string) => console.log(m));
  const locationsPath = options.locationsPath ?? join(ROOT, 'data/directory/locations.json');
  const pointsPath = options.pointsPath ?? join(ROOT, 'data/directory/location-points.json');
  const cachePath = options.cachePath ?? join(ROOT, 'data/geo/geocode-cache.json');
  const outPath = options.outPath ?? join(ROOT, 'data/directory/location-points-geocoded.json');

  if (!existsSync(locationsPath)) throw new Error(`${locationsPath} not found`);
  if (!existsSync(pointsPath)) throw new Error(`${pointsPath} not found: run npm run geo:place first`);
  const locations = readJson<{ locations: Location[] }>(locationsPath).locations;
  const points = readJson<{ points: LocationPoint[] }>(pointsPath).points;
  const cache: GeocodeCache = existsSync(cachePath)
    ? readJson<GeocodeCache>(cachePath)
    : {
        note: 'Answers of the geocoding service, keyed by normalised address (scripts/geo/geocode.ts). Delete an entry to ask again.',
        entries: {},
      };

  const names = new Map(loadDistrictRecords().map((d) => [d.townCode, d.name['zh-Hant']]));
  const polygons = new Map<string, Polygon | MultiPolygon>();
  for (const f of atlasDistrictFeatures().features) {
    const n = names.get(String(f.properties.TOWNCODE));
    if (n) polygons.set(n, f.geometry);
  }
  const districtAt = (p: [number, number]): string | null => {
    for (const [n, g] of polygons) if (turf.booleanPointInPolygon(p, g)) return n;
    return null;
  };

  const pointById = new Map(points.map((p) => [p.locationId, p]));
  const candidates = locations.filter((l) => {
    const p = pointById.get(l.id);
    return p && RANK[p.precision] < RANK.address;
  });

  let lastRequest: number | null = null;
  let requests = 0;
  let fromCache = 0;
  const decisions: Decision[] = [];
  const answered = new Map<string, CacheEntry | Error>();

  for (const location of candidates) {
    const key = normaliseAddress(location.address, { district: location.district });
    const query = `臺中市${key}`;
    let entry: CacheEntry | Error | undefined = answered.get(key);
    if (!entry) {
      const cached = cache.entries[key];
      if (cached && cached.service === service) {
        entry = cached;
        fromCache++;
      } else if (options.dryRun) {
        decisions.push({
          locationId: location.id,
          address: location.address,
          key,
          status: 'not-asked',
          reason: `dry run: would ask ${query}`,
        });
        continue;
      } else if (options.limit !== undefined && requests >= options.limit) {
        decisions.push({
          locationId: location.id,
          address: location.address,
          key,
          status: 'not-asked',
          reason: `request limit ${options.limit} reached`,
        });
        continue;
      } else {
        if (lastRequest !== null) {
          const wait = lastRequest + interval - now();
          if (wait > 0) await sleep(wait);
        }
        lastRequest = now();
        requests++;
        const params = new URLSearchParams({
          q: query,
          format: 'jsonv2',
          addressdetails: '1',
          limit: '3',
          countrycodes: 'tw',
          'accept-language': 'zh-TW',
        });
        if (options.email) params.set('email', options.email);
        try {
          const res = await doFetch(`${service}?${params}`, {
            headers: { 'User-Agent': options.userAgent ?? DEFAULT_USER_AGENT, Accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
          });
          if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
          const body = (await res.json()) as unknown;
          if (!Array.isArray(body)) throw new Error('answer is not a JSON array');
          entry = { service, query, date: today(), results: body as ServiceResult[] };
          cache.entries[key] = entry;
          writeJsonAtomic(cachePath, cache); // after every answer: resumable
        } catch (e) {
          entry = e instanceof Error ? e : new Error(String(e)); // not cached: asked again next run
        }
      }
      answered.set(key, entry);
    }
    decisions.push(judge(location, key, entry, polygons.get(location.district)));
  }

  if (options.dryRun) {
    for (const d of decisions) log(`${d.locationId}: ${d.reason ?? d.status}`);
    return summarise();
  }

  const accepted = new Map<string, LocationPoint>();
  for (const d of decisions) {
    if (d.status !== 'accepted' || !d.provenance) continue;
    const entry = answered.get(d.key) as CacheEntry;
    const r = chosen(entry, location(d.locationId));
    if (!r) continue;
    const existing = pointById.get(d.locationId);
    if (existing && RANK[existing.precision] >= RANK.address) continue; // never replace a more precise point
    accepted.set(d.locationId, {
      locationId: d.locationId,
      lon: round6(Number(r.lon)),
      lat: round6(Number(r.lat)),
      precision: 'address',
      source: {
        file: 'data/geo/geocode-cache.json',
        match: 'geocoder' as LocationPoint['source']['match'],
        row: `${r.display_name ?? ''} (${d.provenance.service}, ${d.provenance.date})`,
      },
    });
  }
  const merged = points.map((p) => accepted.get(p.locationId) ?? p);
  writeJsonAtomic(outPath, {
    generatedBy: 'scripts/geo/geocode.ts',
    basedOn: 'data/directory/location-points.json',
    service,
    note: 'points = location-points.json with geocoded house/building-level points in place of village/district points (source.match "geocoder"); decisions = every location below address precision and what happened to it.',
    points: merged,
    decisions,
  });
  const summary = summarise();
  log(
    `geocode: ${summary.candidates} locations below address precision; ${summary.requests} requests, ${summary.fromCache} answers from cache; ` +
      `${summary.accepted} accepted, ${summary.rejected} rejected, ${summary.errors} errors → ${outPath.startsWith(ROOT) ? outPath.slice(ROOT.length) : outPath}`,
  );
  for (const d of decisions) if (d.status !== 'accepted') log(`  ${d.locationId}: ${d.status}${d.reason ? `: ${d.reason}` : ''}`);
  return summary;

  function location(id: string): Location {
    return candidates.find((l) => l.id === id)!;
  }

  function chosen(entry: CacheEntry, loc: Location): ServiceResult | null {
    const polygon = polygons.get(loc.district);
    const key = normaliseAddress(loc.address, { district: loc.district });
    return entry.results.find((r) => acceptable(r, key, polygon) === null) ?? null;
  }

  function summarise(): GeocodeSummary {
    return {
      candidates: candidates.length,
      requests,
      fromCache,
      accepted: decisions.filter((d) => d.status === 'accepted').length,
      rejected: decisions.filter((d) => d.status === 'rejected' || d.status === 'no-answer').length,
      errors: decisions.filter((d) => d.status === 'error').length,
      decisions,
      outPath,
    };
  }

  /** Null when the result is acceptable, else why not. */
  function acceptable(r: ServiceResult, key: string, polygon: Polygon | MultiPolygon | undefined): string | null {
    const lon = Number(r.lon);
    const lat = Number(r.lat);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'answer has no coordinates';
    if (!isHouseLevel(r)) {
      return `answer is at ${r.addresstype ?? r.type ?? 'unknown'} level (place_rank ${r.place_rank ?? '?'}), not house/building`;
    }
    const ours = houseNumberOfKey(key);
    const theirs = r.address?.['house_number'];
    if (ours && theirs !== undefined && leadingHouseNumber(theirs) !== ours) {
      return `answer's house number ${theirs} is not ${ours}`;
    }
    if (!polygon || !turf.booleanPointInPolygon([lon, lat], polygon)) {
      const other = districtAt([lon, lat]);
      return `point lies outside the district polygon (${other ? `in ${other}` : 'outside Taichung'})`;
    }
    return null;
  }

  function judge(loc: Location, key: string, entry: CacheEntry | Error, polygon: Polygon | MultiPolygon | undefined): Decision {
    const base = { locationId: loc.id, address: loc.address, key };
    if (entry instanceof Error) return { ...base, status: 'error', reason: entry.message };
    const provenanceOf = (r?: ServiceResult): Decision['provenance'] => ({
      service: entry.service,
      query: entry.query,
      date: entry.date,
      ...(r
        ? {
            display_name: r.display_name,
            importance: r.importance,
            type: r.type,
            class: r.class ?? r.category,
            addresstype: r.addresstype,
            place_rank: r.place_rank,
            osm: r.osm_type && r.osm_id !== undefined ? `${r.osm_type}/${r.osm_id}` : undefined,
          }
        : {}),
    });
    if (!entry.results.length) return { ...base, status: 'no-answer', reason: 'the service found nothing', provenance: provenanceOf() };
    const reasons: string[] = [];
    for (const r of entry.results) {
      const why = acceptable(r, key, polygon);
      if (why === null) return { ...base, status: 'accepted', provenance: provenanceOf(r) };
      reasons.push(`${r.display_name ?? '?'}: ${why}`);
    }
    return { ...base, status: 'rejected', reason: reasons.join('; '), provenance: provenanceOf(entry.results[0]) };
  }
}

// ---------------------------------------------------------------------------

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): GeocodeOptions {
  const options: GeocodeOptions = {};
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = (): string => inline ?? value(i++, flag);
    switch (flag) {
      case '--url':
        options.url = take();
        break;
      case '--interval-ms':
        options.minIntervalMs = Number(take());
        break;
      case '--user-agent':
        options.userAgent = take();
        break;
      case '--email':
        options.email = take();
        break;
      case '--limit':
        options.limit = Number(take());
        break;
      case '--dry-run':
        options.dryRun = true;
        break;
      case '--help':
      case '-h':
        console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${a}`);
    }
  }
  options.url ??= env['GEOCODER_URL'] || undefined;
  if (options.minIntervalMs === undefined && env['GEOCODER_INTERVAL_MS']) options.minIntervalMs = Number(env['GEOCODER_INTERVAL_MS']);
  options.userAgent ??= env['GEOCODER_USER_AGENT'] || undefined;
  options.email ??= env['GEOCODER_EMAIL'] || undefined;
  if (options.minIntervalMs !== undefined && !(options.minIntervalMs >= 0)) throw new Error('--interval-ms must be a number ≥ 0');
  return options;
}

async function cli(): Promise<void> {
  try {
    await runGeocoder(parseArgs(process.argv.slice(2)));
  } catch (e) {
    if (e instanceof GeocoderRefusal) {
      console.error(e.message);
      process.exitCode = 2;
    } else {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void cli();
