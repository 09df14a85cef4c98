/**
 * Kiosk soak: complete quiz sessions, one after another in one page, as a
 * touch screen at city hall runs them. Each session starts (from "start" or a
 * life event), answers every question it is asked (a random choice, number or
 * children's ages; sometimes "don't know"), opens the results, and is then
 * reset as an idle kiosk resets it: `reset()`, and every tenth time the
 * element is removed and a new one added. Measured after forced garbage
 * collection (CDP HeapProfiler.collectGarbage), after ten warm-up sessions
 * (which load the data chunks and fill Lit's template cache) and at the end:
 * the JS heap (Runtime.getHeapUsage) and the DOM nodes and event listeners
 * (Memory.getDOMCounters).
 *
 * `<welfare-kiosk>` is not on main yet: this drives `<welfare-eligibility-quiz>`
 * itself, calling `reset()` where the kiosk's idle timer will.
 */
import type { Browser, CDPSession } from 'puppeteer-core';
import { newPage, waitUntil } from './browser.js';
import { figure, type Figure } from './report.js';
import type { Options } from './run.js';

const PAGE = '/bench/pages/soak.html';
const SESSIONS = 300;
const BATCH = 10;
/**
 * Sessions before the first measurement: they load the data chunks and let Lit
 * prepare (and cache, once per template) every screen the later sessions show.
 */
const WARM_UP = 10;
const HEAP_GROWTH_BUDGET_MB = 2;
/** Every this many sessions the element is removed and a new one added. */
const REMOUNT_EVERY = Number(process.env.BENCH_REMOUNT_EVERY ?? 10);

interface Counters {
  heap: number;
  nodes: number;
  listeners: number;
  documents: number;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
}

/** Runs `count` sessions in the page; returns how many questions were answered. */
function sessions(count: number, first: number, remountEvery: number): Promise<number> {
  type Quiz = HTMLElement & { updateComplete: Promise<boolean>; reset(): void };
  // mulberry32, seeded by the session number: every run answers the same way.
  let seed = 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const quiz = () => document.querySelector('welfare-eligibility-quiz') as Quiz;
  const $ = <T extends HTMLElement>(selector: string) => quiz().shadowRoot!.querySelector<T>(selector);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const settle = async () => {
    for (let i = 0; i < 100; i++) {
      await quiz().updateComplete;
      await frame();
      if (!$('.status--loading')) break;
    }
    await quiz().updateComplete;
  };
  const click = async (selector: string) => {
    const target = $(selector);
    if (!target) throw new Error(`soak: no ${selector}`);
    target.click();
    await settle();
  };
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

  const one = async (n: number): Promise<number> => {
    seed = n * 7919;
    await settle();
    const events = [...quiz().shadowRoot!.querySelectorAll<HTMLElement>('[data-event]')];
    if (random() < 0.5 && events.length) {
      pick(events).click();
      await settle();
    } else await click('[data-action=start]');
    let answered = 0;
    for (let step = 0; step < 80; step++) {
      const form = $<HTMLFormElement>('form.question');
      if (!form) break;
      const id = form.dataset.question;
      if (random() < 0.15) {
        await click('[data-action=skip]');
        continue;
      }
      const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      if (radios.length) {
        pick(radios).click();
        await settle();
      }
      const number = form.querySelector<HTMLInputElement>('#q-input');
      if (number) type(number, String(Math.floor(random() * 95)));
      for (const age of quiz().shadowRoot!.querySelectorAll<HTMLInputElement>('input[id^=age-]'))
        type(age, String(Math.floor(random() * 18)));
      await settle();
      await click('button[type=submit]');
      // An answer the form did not take: "don't know" instead.
      if ($<HTMLFormElement>('form.question')?.dataset.question === id) await click('[data-action=skip]');
      answered++;
    }
    await click('[data-action=results]');
    if (!quiz().shadowRoot!.querySelector('.benefit')) throw new Error(`soak: session ${n} showed no results`);
    if (remountEvery > 0 && n % remountEvery === remountEvery - 1) {
      const fresh = document.createElement('welfare-eligibility-quiz');
      quiz().replaceWith(fresh);
    } else quiz().reset();
    await settle();
    return answered;
  };

  return (async () => {
    let answered = 0;
    for (let n = first; n < first + count; n++) answered += await one(n);
    return answered;
  })();
}

export async function soakFigures(browser: Browser, origin: string, options: Options): Promise<Figure[]> {
  const total = options.quick ? 30 : SESSIONS;
  const context = await browser.createBrowserContext();
  try {
    const page = await newPage(context);
    await page.goto(origin + PAGE, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    await waitUntil(
      page,
      () => document.querySelector('welfare-eligibility-quiz')?.shadowRoot?.querySelector('[data-action=start]'),
      60_000,
    );
    await page.evaluate(sessions, WARM_UP, -WARM_UP, 0);
    const start = await counters(cdp);
    const t0 = Date.now();
    let answered = 0;
    for (let done = 0; done < total; done += BATCH)
      answered += await page.evaluate(sessions, Math.min(BATCH, total - done), done, REMOUNT_EVERY);
    const seconds = (Date.now() - t0) / 1000;
    const end = await counters(cdp);
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return [
      figure(`soak: ${total} quiz sessions (${answered} answers) with resets, duration`, seconds, 's', 'lower'),
      figure(`soak: JS heap after GC, start (after ${WARM_UP} warm-up sessions)`, mb(start.heap), 'MB', 'lower'),
      figure(`soak: JS heap after GC, end`, mb(end.heap), 'MB', 'lower'),
      figure('soak: JS heap growth', mb(end.heap - start.heap), 'MB', 'lower', HEAP_GROWTH_BUDGET_MB),
      figure(`soak: DOM nodes, start ${start.nodes} → end ${end.nodes}, growth`, end.nodes - start.nodes, 'nodes', 'lower', 0),
      figure(
        `soak: event listeners, start ${start.listeners} → end ${end.listeners}, growth`,
        end.listeners - start.listeners,
        'listeners',
        'lower',
        0,
      ),
    ];
  } finally {
    await context.close();
  }
}
