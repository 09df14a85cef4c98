/**
 * Sizes, from rollup's own account of the build (out-tsc/bundle-graph.json,
 * written by rollup.config.mjs): gzip of every emitted file (level 9, as the
 * build's table; KB = 1024 bytes), and what each element's first load pulls
 * in: its entry and every chunk reachable by static imports. Lazy chunks
 * (import()) load later; data chunks (src/generated/*) are data, not the
 * element's JavaScript. A chunk that two or more elements load first is the
 * shared runtime (lit, the base element, the search engine…), counted once.
 *
 * The finder's first-paint data is measured in the browser: the data chunks
 * it requested before its first results were on screen.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PredefinedNetworkConditions, type Browser } from 'puppeteer-core';
import { BUNDLE_GRAPH } from './build.js';
import { newPage, waitUntil } from './browser.js';
import { figure, type Figure } from './report.js';

interface Chunk {
  fileName: string;
  name: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}

const ELEMENTS = [
  { entry: 'welfare-benefit-finder.js', label: 'finder', budget: 25 },
  { entry: 'welfare-eligibility-quiz.js', label: 'quiz', budget: 25 },
  { entry: 'welfare-contact-directory.js', label: 'directory', budget: 25 },
  { entry: 'welfare-service-map.js', label: 'map (without MapLibre)', budget: 15 },
];

const KIOSK = 'welfare-kiosk.js';

/** The finder's first paint needs only the benefit index (src/data/benefits.ts). */
export const FIRST_PAINT_DATA_BUDGET = 40;

const kb = (bytes: number) => bytes / 1024;

export function loadGraph(): Chunk[] {
  return (JSON.parse(readFileSync(BUNDLE_GRAPH, 'utf8')) as { chunks: Chunk[] }).chunks;
}

export function gzipBytes(fileName: string): number {
  return gzipSync(readFileSync(`dist/${fileName}`), { level: 9 }).length;
}

/** Generated modules that are code, not data: the data bundle's compiled validator. */
const GENERATED_CODE = /\/src\/generated\/validate-/;
export const isData = (chunk: Chunk) =>
  chunk.modules.length > 0 && chunk.modules.every((m) => m.includes('/src/generated/') && !GENERATED_CODE.test(m));
const hasMapLibre = (chunk: Chunk) => chunk.modules.some((m) => m.includes('node_modules/maplibre-gl/'));

/** The entry and every chunk it imports statically, transitively. */
function firstLoad(byName: Map<string, Chunk>, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of byName.get(name)?.imports ?? []) visit(next);
  };
  visit(entry);
  return seen;
}

/** A file's name without rollup's content hash: chunks/maplibre-BC5ao_r_.js → chunks/maplibre.js. */
const stableName = (fileName: string) => fileName.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');

export function sizeFigures(): Figure[] {
  const chunks = loadGraph();
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const gz = new Map(chunks.map((c) => [c.fileName, gzipBytes(c.fileName)]));
  const sum = (names: Iterable<string>) => kb([...names].reduce((total, n) => total + gz.get(n)!, 0));

  const loads = new Map(ELEMENTS.map((e) => [e.entry, [...firstLoad(byName, e.entry)].filter((n) => !isData(byName.get(n)!))]));
  const users = new Map<string, number>();
  for (const names of loads.values()) for (const n of names) users.set(n, (users.get(n) ?? 0) + 1);
  const shared = [...users].filter(([, count]) => count > 1).map(([n]) => n);
  const eager = new Set([...chunks.filter((c) => c.isEntry).flatMap((c) => [...firstLoad(byName, c.fileName)])]);

  const roles = (c: Chunk) =>
    isData(c) ? 'data' : c.isEntry ? 'entry' : shared.includes(c.fileName) ? 'shared runtime' : eager.has(c.fileName) ? 'static' : 'lazy';
  const files = [...chunks]
    .sort((a, b) => gz.get(b.fileName)! - gz.get(a.fileName)!)
    .map((c) => figure(`size: ${stableName(c.fileName)} (${roles(c)}), gzip`, kb(gz.get(c.fileName)!), 'KB', 'lower'));

  const perElement = ELEMENTS.flatMap((e) => {
    const names = loads.get(e.entry)!;
    const own = names.filter((n) => !shared.includes(n));
    return [
      figure(`size: ${e.label}, own JS (first load, excl. shared runtime and data)`, sum(own), 'KB', 'lower', e.budget),
      figure(`size: ${e.label}, first load JS incl. shared runtime`, sum(names), 'KB', 'lower'),
    ];
  });
  console.error(`bench: shared runtime: ${shared.map(stableName).join(', ')}`);
  const mapLibreEager = chunks.filter((c) => hasMapLibre(c) && eager.has(c.fileName)).length;
  // The kiosk holds all four tools: it is reported whole, outside the sharing above.
  const kiosk = byName.has(KIOSK) ? [...firstLoad(byName, KIOSK)].filter((n) => !isData(byName.get(n)!)) : [];
  return [
    ...perElement,
    figure(`size: shared runtime, counted once (${shared.length} chunks that 2+ elements load first)`, sum(shared), 'KB', 'lower'),
    ...(kiosk.length ? [figure('size: kiosk (all four tools), first load JS', sum(kiosk), 'KB', 'lower')] : []),
    figure('size: chunks with MapLibre in any first load (must be lazy only)', mapLibreEager, 'chunks', 'lower', 0),
    ...files,
  ];
}

/**
 * Opens the finder demo in a fresh context, on an emulated slow 4G connection
 * with the cache off, and adds up the data chunks that had arrived when its
 * first results (the "common benefits" list) were on screen. The finder asks
 * for the other language's summaries right after its first paint; on a slow
 * connection they arrive well after it, so they are not counted (on a fast one
 * they would be, though the first paint did not wait for them).
 */
export async function finderFirstPaintData(browser: Browser, origin: string): Promise<Figure[]> {
  const chunks = loadGraph();
  const context = await browser.createBrowserContext();
  try {
    const page = await newPage(context);
    await page.setCacheEnabled(false);
    await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
    const arrived: string[] = [];
    page.on('requestfinished', (request) => arrived.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/demo/finder.html`, { waitUntil: 'load' });
    await waitUntil(page, () => document.querySelector('welfare-benefit-finder')?.shadowRoot?.querySelector('.results .result'), 60_000);
    const before = [...arrived];
    const data = chunks.filter((c) => isData(c) && before.includes(`/dist/${c.fileName}`));
    const bytes = data.reduce((total, c) => total + gzipBytes(c.fileName), 0);
    return [
      figure(
        `size: finder first-paint data, measured (${data.map((c) => stableName(c.fileName).replace(/^chunks\//, '')).join(' + ') || 'none'})`,
        kb(bytes),
        'KB',
        'lower',
        FIRST_PAINT_DATA_BUDGET,
      ),
    ];
  } finally {
    await context.close();
  }
}
