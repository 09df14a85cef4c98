/**
 * The bench's own static server (@web/dev-server's API, on a free port on
 * 127.0.0.1), serving the repository root like `npm start`, plus what a real
 * host adds and what the bench needs:
 *
 * - gzip for text, as any web host does (the dev server sends files as they
 *   are, which would make Lighthouse judge uncompressed transfers);
 * - a year's caching for the hashed files in dist/chunks/, as a host serving
 *   the kit should; the entry files stay `no-cache` (revalidated);
 * - `/bench/data/copies-N.json`: the build's data bundle with N copies of
 *   every benefit under new ids, for `data-src`: search at scale;
 * - `/bench/data/service-points.geojson` and `districts.geojson`: the points
 *   the NGO map demo shows (from the build's data bundle) and the districts,
 *   for the baseline page.
 */
import { startDevServer } from '@web/dev-server';
import type { Context, Next } from 'koa';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';

export interface BenchServer {
  origin: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function bodyBuffer(body: unknown): Promise<Buffer | undefined> {
  if (typeof body === 'string') return Buffer.from(body);
  if (Buffer.isBuffer(body)) return body;
  if (body && typeof (body as Readable).pipe === 'function') {
    const parts: Buffer[] = [];
    for await (const part of body as Readable) parts.push(Buffer.from(part as Buffer));
    return Buffer.concat(parts);
  }
  return undefined;
}

const TEXT = /javascript|json|css|html|svg|text\//;

function compress() {
  return async (ctx: Context, next: Next) => {
    await next();
    if (!/\bgzip\b/.test(ctx.get('accept-encoding')) || !TEXT.test(ctx.type) || ctx.status !== 200) return;
    const raw = await bodyBuffer(ctx.body);
    if (!raw) return;
    ctx.body = gzipSync(raw);
    ctx.set('content-encoding', 'gzip');
    ctx.remove('content-length');
    ctx.vary('accept-encoding');
  };
}

function cacheHashedChunks() {
  return async (ctx: Context, next: Next) => {
    await next();
    if (/\/dist\/chunks\/[^/]+\.js$/.test(ctx.path) && ctx.status === 200) ctx.set('cache-control', 'public, max-age=31536000, immutable');
  };
}

/** The data bundle the build writes (the shape `data-src` reads). */
export const DATA_BUNDLE = 'dist/data/welfare-data.json';

interface Bundle {
  format: string;
  version: number;
  benefits: {
    index: { id: string; parent?: string }[];
    chapters: unknown[];
    rules: Record<string, unknown>;
    details: Record<string, unknown>;
  };
  directory: { services: unknown[]; locations: unknown[]; districts: unknown[] };
}

const readBundle = () => JSON.parse(readFileSync(DATA_BUNDLE, 'utf8')) as Bundle;

/**
 * A data bundle with `copies` copies of every benefit: index entries and rules
 * under new ids (`<id>~<n>` past the first copy). Details stay those of the
 * first copy (a bundle may leave details out; the finder loads them only when
 * a benefit is opened) and the directory is left out (the bundled one is used).
 */
export function syntheticBundle(copies: number): string {
  const { format, version, benefits } = readBundle();
  const suffix = (id: string, n: number) => (n === 0 ? id : `${id}~${n}`);
  const index = Array.from({ length: copies }, (_, n) =>
    benefits.index.map((b) => ({ ...b, id: suffix(b.id, n), ...(b.parent ? { parent: suffix(b.parent, n) } : {}) })),
  ).flat();
  const rules = Object.fromEntries(
    Array.from({ length: copies }, (_, n) => Object.entries(benefits.rules).map(([id, r]) => [suffix(id, n), r])).flat(),
  );
  return JSON.stringify({ format, version, benefits: { index, chapters: benefits.chapters, rules, details: benefits.details } });
}

function copies() {
  const made = new Map<number, string>();
  return async (ctx: Context, next: Next) => {
    const match = /^\/bench\/data\/copies-(\d+)\.json$/.exec(ctx.path);
    if (!match) return next();
    const n = Number(match[1]);
    if (!made.has(n)) made.set(n, syntheticBundle(n));
    ctx.type = 'application/json';
    ctx.body = made.get(n)!;
  };
}

/** The NGO demo's categories (demo/map-ngo.html). */
export const NGO_CATEGORIES = ['day-care', 'senior-services', 'home-care', 'long-term-care', 'seniors-learning'];

async function baselineData(): Promise<{ points: string; districts: string }> {
  const { placesFor, pinCollection } = await import('../src/geo/service-points.js');
  const { directory } = readBundle() as unknown as { directory: Parameters<typeof placesFor>[0] };
  const { districtsGeo } = await import('../src/generated/districts-geo.js');
  const { categoryColor } = await import('../src/geo/map-style.js');
  const places = placesFor(directory, new Set(NGO_CATEGORIES));
  const pins = pinCollection(places, (p) => ({ color: categoryColor(p.category), name: p.services[0]!.name['zh-Hant'] }));
  return { points: JSON.stringify(pins), districts: JSON.stringify(districtsGeo) };
}

function benchData() {
  let data: Promise<{ points: string; districts: string }> | undefined;
  return async (ctx: Context, next: Next) => {
    if (ctx.path !== '/bench/data/service-points.geojson' && ctx.path !== '/bench/data/districts.geojson') return next();
    data ??= baselineData();
    const { points, districts } = await data;
    ctx.type = 'application/geo+json';
    ctx.body = ctx.path.endsWith('service-points.geojson') ? points : districts;
  };
}

export async function startServer(): Promise<BenchServer> {
  const port = await freePort();
  const server = await startDevServer({
    config: {
      rootDir: process.cwd(),
      port,
      hostname: '127.0.0.1',
      watch: false,
      open: false,
      middleware: [compress(), cacheHashedChunks(), copies(), benchData()],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.stop();
    },
  };
}
