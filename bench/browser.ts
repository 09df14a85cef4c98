/**
 * The bench's Chromium: Debian's (or CHROME_PATH), headless, driven with
 * puppeteer-core. Every browser it starts is closed by `closeAll()`, which the
 * runner calls however it ends.
 */
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.mjs';

export const CHROMIUM = CHROMIUM_PATH;

/** The tests' flags, and the bench's own: no crash reporting, no throttling of pages not in front. */
export const CHROME_FLAGS = [
  ...CHROMIUM_ARGS,
  '--no-default-browser-check',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const open = new Set<Browser>();

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROME_FLAGS, ...extraArgs],
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 600_000,
  });
  open.add(browser);
  browser.once('disconnected', () => open.delete(browser));
  return browser;
}

export async function close(browser: Browser): Promise<void> {
  open.delete(browser);
  await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
}

export async function closeAll(): Promise<void> {
  await Promise.all([...open].map(close));
}

/**
 * A new tab for functions passed to `page.evaluate`: tsx compiles the bench
 * with esbuild's keepNames, whose `__name` helper the page does not have.
 */
export async function newPage(owner: Browser | BrowserContext): Promise<Page> {
  const page = await owner.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (target) => target;');
  return page;
}

/**
 * Waits until `predicate` returns something truthy in the page. The handle
 * puppeteer returns to that value is released at once: held, it would keep a
 * node (and its whole element) alive, which the memory figures would count.
 */
export async function waitUntil(page: Page, predicate: () => unknown, timeout = 60_000): Promise<void> {
  const handle = await page.waitForFunction(predicate, { timeout });
  await handle.dispose();
}
