/**
 * The demo pages and hostile host pages, as an outside site serves them: the
 * built bundle, in Chromium, under the strict Content-Security-Policy of
 * web-dev-server.config.mjs. Every page loads with no console error, no
 * policy violation and no failed request; a page with a CSS reset and a
 * framework's styles leaves the widgets' layout intact.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startDevServer, type DevServerConfig } from '@web/dev-server';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const { default: devServerConfig } = (await import('../../web-dev-server.config.mjs' as string)) as {
  default: DevServerConfig & { hostname: string };
};

const ROOT = new URL('../../', import.meta.url);
let server: Awaited<ReturnType<typeof startDevServer>>;
let browser: Browser;
let origin = '';

before(async () => {
  server = await startDevServer({
    config: { ...devServerConfig, rootDir: ROOT.pathname, port: 8765 + Math.floor(Math.random() * 1000) },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  origin = `http://${devServerConfig.hostname}:${server.config.port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

interface Problems {
  messages: string[];
}

/** Opens `path` and records every console error or warning, page error, policy violation and failed request. */
async function open(path: string, viewport = { width: 1024, height: 800 }): Promise<{ page: Page; problems: Problems }> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const problems: Problems = { messages: [] };
  page.on('console', (m) => {
    // The software GL renderer of a headless browser reports its own stalls; they are not the page's.
    if (/^\[\.WebGL-[^\]]+\]GL Driver Message/.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warn') problems.messages.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.messages.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.messages.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.messages.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until every element of the kit on the page has rendered its data. */
async function rendered(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('welfare-'));
      return (
        elements.length > 0 &&
        elements.every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0 && !e.shadowRoot.querySelector('.status--loading'))
      );
    },
    { timeout: 20000 },
  );
}

/** Scrolls each map into view and waits for its canvas, so MapLibre and its worker run under the policy too. */
async function mapsDrawn(page: Page): Promise<void> {
  if (!(await page.$('welfare-service-map'))) return;
  await page.$eval('welfare-service-map', (m) => m.scrollIntoView());
  await page.waitForFunction(() => document.querySelector('welfare-service-map')?.shadowRoot?.querySelector('canvas'), {
    timeout: 20000,
  });
  await new Promise((r) => setTimeout(r, 1500));
}

const demoPages = readdirSync(new URL('demo/', ROOT))
  .filter((f) => f.endsWith('.html'))
  .sort();
const variants = [
  ...demoPages.map((f) => `/demo/${f}`),
  '/demo/finder.html?lang=en',
  '/demo/district-office.html?theme=dark&lang=vi',
  '/demo/district-office.html?theme=contrast&lang=id',
];

test('every demo page loads under the strict policy with no console error, violation or failed request', async () => {
  assert.ok(demoPages.includes('district-office.html') && demoPages.includes('map-ngo.html'));
  for (const path of variants) {
    const { page, problems } = await open(path);
    const policy = (await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')))) ?? '';
    assert.match(policy, /script-src 'self'/, `${path} is served without the policy`);
    if (path !== '/demo/index.html' && !path.startsWith('/demo/index')) {
      await rendered(page);
      await mapsDrawn(page);
    }
    assert.deepEqual(problems.messages, [], path);
    await page.close();
  }
});

interface Target {
  element: string;
  text: string;
  width: number;
  height: number;
}

/** The visible interactive targets inside each element of the kit, with their sizes. */
async function targets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const found: { element: string; text: string; width: number; height: number }[] = [];
    for (const host of document.querySelectorAll(
      'welfare-benefit-finder, welfare-eligibility-quiz, welfare-contact-directory, welfare-service-map',
    )) {
      for (const t of host.shadowRoot!.querySelectorAll<HTMLElement>(
        'button, select, input:not([type=checkbox]):not([type=radio]), a.phone',
      )) {
        const r = t.getBoundingClientRect();
        if (r.width > 0 && !t.closest('.maplibregl-map')) {
          found.push({ element: host.localName, text: (t.textContent ?? '').trim().slice(0, 24), width: r.width, height: r.height });
        }
      }
    }
    return found;
  });
}

test("a host page's reset and framework styles leave the widgets' layout intact", async () => {
  const plain = await open('/test/fixtures/plain-host.html');
  await rendered(plain.page);
  const hostile = await open('/test/fixtures/hostile-host.html');
  await rendered(hostile.page);
  const [mine, theirs] = [await targets(plain.page), await targets(hostile.page)];
  assert.ok(mine.length > 20);
  assert.equal(theirs.length, mine.length, 'the same controls are shown');
  const small = theirs.filter((t) => t.width < 44 || t.height < 44);
  assert.deepEqual(small, [], 'targets under 44 px');
  theirs.forEach((t, i) => {
    assert.ok(
      Math.abs(t.height - mine[i]!.height) <= mine[i]!.height * 0.25,
      `${t.element} "${t.text}": ${t.height} px high, ${mine[i]!.height} px on a plain page`,
    );
  });
  const hostWidths = await hostile.page.evaluate(() =>
    [...document.querySelectorAll('main > *')].map(
      (e) => [e.localName, getComputedStyle(e).display, e.getBoundingClientRect().width] as const,
    ),
  );
  for (const [name, display, width] of hostWidths) {
    assert.equal(display, 'block', `${name} stays a block`);
    assert.ok(width > 600, `${name} is ${width} px wide`);
  }
  assert.deepEqual(hostile.problems.messages, []);
  await plain.page.close();
  await hostile.page.close();
});

/** axe's WCAG 2.2 AA violations on `path` (injected past the page's own policy, which rightly refuses inline scripts). */
async function axeViolations(path: string, ready: (page: Page) => Promise<void>): Promise<string[]> {
  const axeSource = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
  const page = await browser.newPage();
  await page.setBypassCSP(true);
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(origin + path, { waitUntil: 'load' });
  await ready(page);
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    // Frames are checked as pages of their own (the embed page below).
    const result = await axe.run({ iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
  await page.close();
  return violations;
}

test('the district office page passes axe in its own, dark and high-contrast themes, in four languages', async () => {
  for (const query of ['', '?theme=dark&lang=vi', '?theme=contrast&lang=id', '?theme=dark&lang=en']) {
    assert.deepEqual(await axeViolations(`/demo/district-office.html${query}`, rendered), [], `district-office.html${query}`);
  }
});

test('in the default configuration every request goes to the page’s own origin, and quiz answers stay in the page', async () => {
  const requests: string[] = [];
  const page = await browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${origin}/demo/district-office.html`, { waitUntil: 'load' });
  await rendered(page);
  // Answer the quiz's first questions with the first choice each time.
  for (let i = 0; i < 4; i++) {
    await page.evaluate(() => {
      const root = document.querySelector('welfare-eligibility-quiz')!.shadowRoot!;
      const option = root.querySelector<HTMLInputElement>('input[type=radio], input[type=checkbox]');
      if (option) option.click();
      root.querySelector<HTMLButtonElement>('button[type=submit], .start, .primary')?.click();
    });
    await new Promise((r) => setTimeout(r, 300));
  }
  await page.goto(`${origin}/demo/map-ngo.html`, { waitUntil: 'load' });
  await rendered(page);
  await mapsDrawn(page);
  const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  assert.deepEqual(elsewhere, []);
  assert.ok(requests.length > 5);
  await page.close();
});

test('elements removed and added again leave no listeners or nodes behind', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/test/fixtures/plain-host.html`, { waitUntil: 'load' });
  await rendered(page);
  const cdp = await page.createCDPSession();
  const counters = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Memory.getDOMCounters');
  };
  const cycle = () =>
    page.evaluate(async () => {
      const main = document.querySelector('main')!;
      for (let i = 0; i < 10; i++) {
        const elements = [...main.children];
        elements.forEach((e) => e.remove());
        await new Promise((r) => setTimeout(r, 20));
        main.append(...elements.map((e) => e.cloneNode(true)));
        await new Promise((r) => setTimeout(r, 50));
      }
    });
  await cycle();
  await rendered(page);
  const before = await counters();
  await cycle();
  await rendered(page);
  const after = await counters();
  assert.ok(after.jsEventListeners <= before.jsEventListeners + 5, `listeners ${before.jsEventListeners} → ${after.jsEventListeners}`);
  assert.ok(after.nodes <= before.nodes * 1.05 + 50, `nodes ${before.nodes} → ${after.nodes}`);
  await page.close();
});

test('under Trusted Types (lit-html and welfare-navigator-map allowed) every element works, the map included', async () => {
  const { page, problems } = await open('/test/fixtures/trusted-types-host.html');
  const policy = (await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')))) ?? '';
  assert.match(policy, /require-trusted-types-for 'script'; trusted-types lit-html welfare-navigator-map/);
  await rendered(page);
  await mapsDrawn(page);
  assert.deepEqual(problems.messages, []);
  await page.close();
});

test("the kiosk's vCard and CSV take-away finishes under the documented policy (connect-src 'self')", async () => {
  const { page, problems } = await open('/demo/kiosk.html');
  await page.waitForFunction(() => document.querySelector('welfare-kiosk')?.shadowRoot?.querySelector('.choice[data-view=directory]'));
  await page.evaluate(() =>
    document.querySelector('welfare-kiosk')!.shadowRoot!.querySelector<HTMLElement>('.choice[data-view=directory]')!.click(),
  );
  await page.waitForFunction(() => {
    const root = document.querySelector('welfare-kiosk')!.shadowRoot!.querySelector('welfare-contact-directory')?.shadowRoot;
    return root?.querySelector('.actions button') && !root.querySelector('.status--loading');
  });
  await page.evaluate(async () => {
    type Directory = HTMLElement & { category: string; district: string; districtMatch: string; updateComplete: Promise<unknown> };
    const el = document.querySelector('welfare-kiosk')!.shadowRoot!.querySelector<Directory>('welfare-contact-directory')!;
    Object.assign(el, { category: 'district-office', district: '和平區', districtMatch: 'located' });
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')[1]!.click();
  });
  const value = await page.waitForFunction(
    () => {
      const dialog = document.querySelector('welfare-kiosk')!.shadowRoot!.querySelector<HTMLDialogElement>('#take-away')!;
      const code = dialog.querySelector('welfare-qr-code') as (Element & { value: string }) | null;
      return dialog.open && code?.value ? code.value : false;
    },
    { timeout: 10000 },
  );
  assert.match(String(await value.jsonValue()), /^BEGIN:VCARD/);
  assert.deepEqual(problems.messages, []);
  await page.close();
});

test('while the script is on its way, each demo element shows its fallback words; once drawn they are gone', async () => {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  // A slow line: the kit's entry file arrives a second and a half late.
  page.on('request', (request) => {
    if (request.url().endsWith('/dist/welfare-navigator.js')) setTimeout(() => void request.continue(), 1500);
    else void request.continue();
  });
  const loaded = page.goto(`${origin}/demo/district-office.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('welfare-contact-directory p'), { timeout: 10000 });
  const shown = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('welfare-benefit-finder, welfare-eligibility-quiz, welfare-contact-directory')].map((e) => {
        const words = e.querySelector('p');
        return {
          tag: e.localName,
          defined: customElements.get(e.localName) !== undefined,
          visible: Boolean(words && words.getClientRects().length),
        };
      }),
    );
  const before = await shown();
  assert.equal(before.length, 3);
  for (const element of before) assert.deepEqual(element, { ...element, defined: false, visible: true });
  await loaded;
  await rendered(page);
  for (const element of await shown()) assert.deepEqual(element, { ...element, defined: true, visible: false });
  await page.close();
});

test('the iframe embed shows each element under the strict policy and passes axe', async () => {
  for (const element of ['benefit-finder', 'eligibility-quiz', 'contact-directory', 'service-map']) {
    for (const query of [`element=${element}&district=豐原區&lang=en`, `element=${element}&lang=vi&theme=contrast`]) {
      const path = `/dist/embed.html?${query}`;
      const { page, problems } = await open(path);
      const policy = (await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')))) ?? '';
      assert.match(policy, /script-src 'self'/, `${path} is served without the policy`);
      await rendered(page);
      await mapsDrawn(page);
      assert.equal(await page.$eval('main', (m) => m.firstElementChild?.localName), `welfare-${element}`);
      assert.deepEqual(problems.messages, [], path);
      await page.close();
    }
    assert.deepEqual(await axeViolations(`/dist/embed.html?element=${element}&lang=en&theme=dark`, rendered), [], element);
  }
  const { page, problems } = await open('/dist/embed.html?element=kiosk&lang=en');
  await page.waitForSelector('main [role=alert]');
  assert.match(await page.$eval('main [role=alert]', (p) => p.textContent ?? ''), /names no tool that can be shown/);
  assert.deepEqual(problems.messages.length, 1, 'one console warning names the bad parameter');
  await page.close();
});

test('the iframe configurator builds the snippet, its preview sizes itself to its content and passes events to the page', async () => {
  const { page, problems } = await open('/docs/embed-configurator.html');
  await page.waitForFunction(() => document.querySelectorAll('#district option').length === 30);
  await page.select('#element', 'contact-directory');
  await page.select('#district', '豐原區');
  await page.select('#lang', 'en');
  await page.type('#origin', 'https://www.example.gov.tw');
  const snippet = await page.$eval('#snippet', (t) => (t as HTMLTextAreaElement).value);
  assert.match(
    snippet,
    /<iframe src="[^"]*\/dist\/embed\.html\?element=contact-directory&amp;district=%E8%B1%90%E5%8E%9F%E5%8D%80&amp;lang=en/,
  );
  assert.match(snippet, /origin=https%3A%2F%2Fwww\.example\.gov\.tw/);
  assert.match(snippet, /title="社會福利導航：聯絡資料/);
  assert.match(snippet, /<script src="[^"]*\/dist\/embed-host\.js" defer><\/script>/);

  // The preview: the iframe takes its content's height, through embed-host.js.
  const sized = () =>
    page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('#preview iframe')!;
      const inner = frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0;
      return { frame: frame.getBoundingClientRect().height, inner };
    });
  await page.waitForFunction(
    () => {
      const frame = document.querySelector<HTMLIFrameElement>('#preview iframe')!;
      const el = frame.contentDocument?.querySelector('welfare-contact-directory');
      return el?.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('.status--loading');
    },
    { timeout: 20000 },
  );
  await page.waitForFunction(
    () => {
      const frame = document.querySelector<HTMLIFrameElement>('#preview iframe')!;
      const inner = frame.contentDocument!.documentElement.getBoundingClientRect().height;
      return Math.abs(frame.getBoundingClientRect().height - inner) <= 2;
    },
    { timeout: 10000 },
  );
  const { frame, inner } = await sized();
  assert.ok(inner > 300 && Math.abs(frame - inner) <= 2, `iframe ${frame} px for ${inner} px of content`);

  // Events: a search typed in the finder reaches the page as a welfare-search on the iframe.
  await page.select('#element', 'benefit-finder');
  await page.waitForFunction(
    () =>
      document
        .querySelector<HTMLIFrameElement>('#preview iframe')!
        .contentDocument?.querySelector('welfare-benefit-finder')
        ?.shadowRoot?.querySelector('input'),
    { timeout: 20000 },
  );
  const frameHandle = await page.$('#preview iframe');
  const content = await frameHandle!.contentFrame();
  const input = await content.waitForSelector('welfare-benefit-finder >>> input');
  await input!.type('托育');
  await page.waitForFunction(() => document.getElementById('events')!.textContent!.startsWith('welfare-search'), { timeout: 10000 });
  assert.match(await page.$eval('#events', (p) => p.textContent ?? ''), /"query":"托育"/);
  // Each change of the form replaces the preview, cancelling what the previous one still loaded.
  assert.deepEqual(
    problems.messages.filter((m) => !m.endsWith('net::ERR_ABORTED')),
    [],
  );
  await page.close();
  assert.deepEqual(
    await axeViolations('/docs/embed-configurator.html', (p) => p.waitForSelector('#preview iframe').then(() => undefined)),
    [],
  );
});
