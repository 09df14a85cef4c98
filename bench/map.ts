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
 * server gives hashed chunks a year's caching), a new tab each run.
 */
import type { BrowserContext } from 'puppeteer-core';
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

async function run(context: BrowserContext, url: string, cache: boolean): Promise<Run> {
  const page = await newPage(context);
  try {
    await page.setCacheEnabled(cache);
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
  try {
    const cold: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.createBrowserContext();
      try {
        cold.push(await run(context, url, false));
      } finally {
        await context.close();
      }
    }
    const context = await browser.createBrowserContext();
    const cached: Run[] = [];
    try {
      await run(context, url, true);
      for (let i = 0; i < runs; i++) cached.push(await run(context, url, true));
    } finally {
      await context.close();
    }
    return [
      figure(`map: scrolled into view → points drawn, cold, median of ${runs}`, median(cold.map((r) => r.ms)), 'ms', 'lower'),
      figure(`map: scrolled into view → points drawn, chunks cached, median of ${runs}`, median(cached.map((r) => r.ms)), 'ms', 'lower'),
      figure('map: map chunks requested before it came near the viewport', Math.max(...cold.map((r) => r.early)), 'requests', 'lower', 0),
    ];
  } finally {
    await close(browser);
  }
}
