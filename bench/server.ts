/**
 * The bench's own static server (@web/dev-server's API, on a free port on
 * 127.0.0.1), serving the repository root like `npm start`, plus what a real
 * host adds and what the bench needs:
 *
 * - gzip for text, as any web host does (the dev server sends files as they
 *   are, which would make Lighthouse judge uncompressed transfers);
 * - a year's caching for the hashed files in dist/chunks/, as a host serving
 *   the kit should; the entry files stay `no-cache` (revalidated);
 * - `/copies-N/…`: the same files, except that the benefit index chunk holds
 *   N copies of every benefit under new ids, for search at scale;
 * - `/bench/data/service-points.geojson` and `districts.geojson`: the points
 *   and districts the NGO map demo shows, for the baseline page.
 */
import { startDevServer } from '@web/dev-server';
import type { Context, Next } from 'koa';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { BUNDLE_GRAPH } from './build.js';

export interface BenchServer {
  origin: string;
  stop(): Promise<void>;
}

interface GraphChunk {
  fileName: string;
  modules: string[];
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

/** The benefit index module with `copies` copies of every benefit (ids `<id>~<n>` past the first). */
export async function syntheticIndexModule(copies: number): Promise<string> {
  const { benefitIndex, benefitChapters } = await import('../src/generated/benefit-index.js');
  const suffix = (id: string, n: number) => (n === 0 ? id : `${id}~${n}`);
  const index = Array.from({ length: copies }, (_, n) =>
    benefitIndex.map((b) => ({ ...b, id: suffix(b.id, n), ...(b.parent ? { parent: suffix(b.parent, n) } : {}) })),
  ).flat();
  return `export const benefitIndex = JSON.parse(${JSON.stringify(JSON.stringify(index))});\nexport const benefitChapters = ${JSON.stringify(benefitChapters)};\n`;
}

function copies(indexChunk: string) {
  const made = new Map<number, Promise<string>>();
  return async (ctx: Context, next: Next) => {
    const match = /^\/copies-(\d+)(\/.*)$/.exec(ctx.path);
    if (!match) return next();
    const n = Number(match[1]);
    const rest = match[2]!;
    if (rest === `/dist/${indexChunk}`) {
      if (!made.has(n)) made.set(n, syntheticIndexModule(n));
      ctx.type = 'text/javascript';
      ctx.body = await made.get(n)!;
      return;
    }
    ctx.path = rest;
    return next();
  };
}

/** The NGO demo's categories (demo/map-ngo.html). */
export const NGO_CATEGORIES = ['day-care', 'senior-services', 'home-care', 'long-term-care', 'seniors-learning'];

async function baselineData(): Promise<{ points: string; districts: string }> {
  const { directory } = await import('../src/generated/directory.js');
  const { districtsGeo } = await import('../src/generated/districts-geo.js');
  const { placesFor, pinCollection } = await import('../src/geo/service-points.js');
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
  const graph = JSON.parse(readFileSync(BUNDLE_GRAPH, 'utf8')) as { chunks: GraphChunk[] };
  const indexChunk = graph.chunks.find((c) => c.modules.some((m) => m.endsWith('src/generated/benefit-index.js')))?.fileName;
  if (!indexChunk) throw new Error('bench: no benefit index chunk in the build');
  const port = await freePort();
  const server = await startDevServer({
    config: {
      rootDir: process.cwd(),
      port,
      hostname: '127.0.0.1',
      watch: false,
      open: false,
      middleware: [compress(), cacheHashedChunks(), copies(indexChunk), benchData()],
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
