/**
 * The service map in Chromium (WebGL by SwiftShader): a page with the element
 * far below the fold (bench/pages/map-below-fold.html). Once the page has
 * loaded and the element shows its list, the map is scrolled into view; the
 * time runs from the scroll until MapLibre has drawn the service points (the
 * element's `mapReady`, then the first frame in which the pin or cluster
 * layers have rendered features).
 *
 * Cold: a fresh browser context with the cache disabled, each run. Cached:
 * one context whose cache holds the chunks from an earlier visit (the bench
 * server gives hashed chunks a year's caching), a new tab each run. Each
 * both straight from the local server, where the time is the browser's own
 * work, and on an emulated fast 4G connection, where the ~450 KB of map
 * chunks take their time to arrive when they are not cached.
 */
import { PredefinedNetworkConditions, type BrowserContext, type NetworkConditions } from 'puppeteer-core';
import { close, launch, newPage, waitUntil } from './browser.js';
import { figure, type Figure } from './report.js';
import { median } from './stats.js';
import type { Options } from './run.js';

const PAGE = '/bench/pages/map-below-fold.html';
const MAP_CHUNKS = /\/chunks\/(map-engine|maplibre|districts-geo)-/;

interface Run {
  ms: number;
  /** Map chunks requested before the scroll. */
  early: number;
}

async function run(context: BrowserContext, url: string, cache: boolean, network: NetworkConditions | null): Promise<Run> {
  const page = await newPage(context);
  try {
    await page.setCacheEnabled(cache);
    await page.emulateNetworkConditions(network);
    let scrolled = false;
    let early = 0;
    page.on('request', (request) => {
      if (!scrolled && MAP_CHUNKS.test(request.url())) early++;
    });
    await page.goto(url, { waitUntil: 'load' });
    await waitUntil(page, () => document.querySelector('welfare-service-map')?.shadowRoot?.querySelector('.map-frame'), 60_000);
    // Let the page settle (the list renders, nothing else is pending).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    scrolled = true;
    const ms = await page.evaluate(async () => {
      type MapLike = { queryRenderedFeatures(options: { layers: string[] }): unknown[] };
      const el = document.querySelector('welfare-service-map') as HTMLElement & { mapReady: Promise<boolean>; map?: MapLike };
      const t0 = performance.now();
      el.scrollIntoView({ block: 'center' });
      if (!(await el.mapReady)) return -1;
      await new Promise<void>((resolve) => {
        const check = () => {
          if (el.map!.queryRenderedFeatures({ layers: ['wn-pins', 'wn-clusters'] }).length) resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - t0;
    });
    if (ms < 0) throw new Error('bench: the map could not start (no WebGL?); run Chromium with --enable-unsafe-swiftshader');
    return { ms, early };
  } finally {
    await page.close();
  }
}

export async function mapFigures(origin: string, options: Options): Promise<Figure[]> {
  const runs = options.quick ? 2 : 5;
  const url = origin + PAGE;
  const browser = await launch();
  const figures: Figure[] = [];
  let early = 0;
  try {
    for (const [label, network] of [
      ['local server', null],
      ['fast 4G', PredefinedNetworkConditions['Fast 4G']],
    ] as const) {
      const cold: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.createBrowserContext();
        try {
          cold.push(await run(context, url, false, network));
        } finally {
          await context.close();
        }
      }
      const context = await browser.createBrowserContext();
      const cached: Run[] = [];
      try {
        await run(context, url, true, network);
        for (let i = 0; i < runs; i++) cached.push(await run(context, url, true, network));
      } finally {
        await context.close();
      }
      early = Math.max(early, ...cold.map((r) => r.early));
      const ms = (list: Run[]) => median(list.map((r) => r.ms));
      figures.push(figure(`map: scrolled into view → points drawn, cold, ${label}, median of ${runs}`, ms(cold), 'ms', 'lower'));
      figures.push(figure(`map: scrolled into view → points drawn, chunks cached, ${label}, median of ${runs}`, ms(cached), 'ms', 'lower'));
    }
    figures.push(figure('map: map chunks requested before it came near the viewport', early, 'requests', 'lower', 0));
    return figures;
  } finally {
    await close(browser);
  }
}
