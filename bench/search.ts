/**
 * Search, in Chromium, through the finder itself: real queries typed key by
 * key into its search field (inside its shadow root); each keystroke is timed
 * from its input event (event.timeStamp) until the element has updated
 * (`updateComplete`) and the page's style and layout are done (forced by
 * reading the results' geometry) — the work the browser needs before it can
 * paint. The wait for the next frame is not included.
 *
 * 1×: demo/finder.html with the kit's data. 10× and 100×: the same page with
 * `data-src` pointing at a data bundle with N copies of every benefit under
 * new ids (bench/server.ts), so every query finds N times as many results
 * (the finder draws the first 20 and a "show more" button). Typing starts once the finder has loaded its whole index (both
 * languages' summaries) and built its search.
 */
import type { Browser, Page } from 'puppeteer-core';
import { newPage, waitUntil } from './browser.js';
import { figure, type Figure } from './report.js';
import { quantile } from './stats.js';
import type { Options } from './run.js';

export const QUERIES = [
  '老人',
  '身障',
  '坐月子',
  '低收入',
  '長照',
  '托育補助',
  '急難救助',
  'disability',
  'child care',
  'elderly',
  'funeral',
  'long-term care',
];
const BUDGET_P95 = 16;

interface Sample {
  ms: number;
  /** Benefits found, as the live region announces them. */
  found: number;
}

interface BenchWindow {
  __samples: Sample[];
  __measure: boolean;
}

async function instrument(page: Page): Promise<void> {
  await waitUntil(page, () => document.querySelector('welfare-benefit-finder')?.shadowRoot?.querySelector('#search'), 300_000);
  await page.evaluate(async () => {
    await (document.querySelector('welfare-benefit-finder') as unknown as { loaded?: Promise<void> }).loaded;
  });
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const el = document.querySelector('welfare-benefit-finder')!;
    const root = el.shadowRoot!;
    w.__samples = [];
    w.__measure = false;
    // After the element's own input handler (a bubbling listener on its shadow root).
    root.addEventListener('input', async (event) => {
      if (!w.__measure) return;
      const start = event.timeStamp;
      await el.updateComplete;
      root.querySelector('.finder')?.getBoundingClientRect();
      const found = Number(/\d+/.exec(root.querySelector('[role="status"]')?.textContent ?? '')?.[0] ?? 0);
      w.__samples.push({ ms: performance.now() - start, found });
    });
    root.querySelector<HTMLInputElement>('#search')!.focus();
  });
}

async function clear(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as unknown as BenchWindow;
    const el = document.querySelector('welfare-benefit-finder')!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    w.__measure = false;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    input.focus();
    w.__measure = true;
  });
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await clear(page);
  for (const char of query) {
    const before = await page.evaluate(() => (window as unknown as BenchWindow).__samples.length);
    await page.keyboard.type(char);
    await (
      await page.waitForFunction((n: number) => (window as unknown as BenchWindow).__samples.length > n, { timeout: 60_000 }, before)
    ).dispose();
  }
}

async function measure(browser: Browser, url: string, rounds: number): Promise<{ samples: Sample[]; benefits: number }> {
  const context = await browser.createBrowserContext();
  try {
    const page = await newPage(context);
    await page.goto(url, { waitUntil: 'load' });
    await instrument(page);
    const benefits = await page.evaluate(
      () => (document.querySelector('welfare-benefit-finder') as unknown as { benefits: unknown[] }).benefits.length,
    );
    // One pass to warm the JIT, not counted.
    for (const query of QUERIES.slice(0, 3)) await typeQuery(page, query);
    await page.evaluate(() => ((window as unknown as BenchWindow).__samples = []));
    for (let round = 0; round < rounds; round++) for (const query of QUERIES) await typeQuery(page, query);
    const samples = await page.evaluate(() => (window as unknown as BenchWindow).__samples);
    return { samples, benefits };
  } finally {
    await context.close();
  }
}

export async function searchFigures(browser: Browser, origin: string, options: Options): Promise<Figure[]> {
  const scales = [
    { copies: 1, url: `${origin}/demo/finder.html`, rounds: options.quick ? 1 : 3 },
    { copies: 10, url: `${origin}/demo/finder.html?data-src=/bench/data/copies-10.json&data-timeout=300`, rounds: options.quick ? 1 : 2 },
    { copies: 100, url: `${origin}/demo/finder.html?data-src=/bench/data/copies-100.json&data-timeout=300`, rounds: 1 },
  ];
  const figures: Figure[] = [];
  const p50s = new Map<number, number>();
  const p95s = new Map<number, number>();
  let benefits1 = 0;
  for (const scale of scales) {
    const { samples, benefits } = await measure(browser, scale.url, scale.rounds);
    if (scale.copies === 1) benefits1 = benefits;
    if (benefits !== benefits1 * scale.copies)
      throw new Error(`bench: the finder at ${scale.url} shows ${benefits} benefits, not ${scale.copies}×`);
    const ms = samples.map((s) => s.ms);
    const p50 = quantile(ms, 0.5);
    const p95 = quantile(ms, 0.95);
    p50s.set(scale.copies, p50);
    p95s.set(scale.copies, p95);
    const maxFound = Math.max(...samples.map((s) => s.found));
    const label = `search ${scale.copies}×${scale.copies > 1 ? ' via data-src' : ''} (${benefits} benefits, ≤ ${maxFound} found, ${ms.length} keystrokes)`;
    figures.push(figure(`${label}: keystroke → rendered, p50`, p50, 'ms', 'lower'));
    figures.push(figure(`search ${scale.copies}×: keystroke → rendered, p95`, p95, 'ms', 'lower', scale.copies === 1 ? BUDGET_P95 : null));
  }
  figures.push(figure('search: growth of p50 from 1× to 100×', p50s.get(100)! / p50s.get(1)!, '×', 'lower'));
  figures.push(figure('search: growth of p95 from 1× to 100×', p95s.get(100)! / p95s.get(1)!, '×', 'lower'));
  return figures;
}
