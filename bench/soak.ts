/**
 * Kiosk soak: complete quiz sessions, one after another in one page, as the
 * touch screen at city hall runs them (bench/pages/soak.html: `<welfare-kiosk>`
 * with a 1.5 s idle timeout and no warning). Each visitor taps the quiz on the
 * start screen, lists a household of one to four on the roster (random
 * relations, ages and ticks), answers every question it asks (a random choice,
 * boxes or number; sometimes "don't know"; from "start" or a life event),
 * opens the results and walks away; the kiosk's idle timeout clears
 * everything (`welfare-kiosk-reset`, reason `idle`) and shows the start screen.
 * Every tap is a pointerdown and a click, so the kiosk sees a person.
 *
 * Measured after forced garbage collection (CDP HeapProfiler.collectGarbage),
 * after ten warm-up sessions (which load the data chunks and let Lit cache
 * each screen's template once) and at the end: the JS heap
 * (Runtime.getHeapUsage), DOM nodes and event listeners (Memory.getDOMCounters).
 */
import type { Browser, CDPSession } from 'puppeteer-core';
import { newPage, waitUntil } from './browser.js';
import { figure, type Figure } from './report.js';
import type { Options } from './run.js';

const PAGE = '/bench/pages/soak.html';
const SESSIONS = 300;
const BATCH = 10;
/** Sessions before the first measurement. */
const WARM_UP = 10;
const HEAP_GROWTH_BUDGET_MB = 2;

interface Counters {
  heap: number;
  nodes: number;
  listeners: number;
}

async function counters(cdp: CDPSession): Promise<Counters> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/** Runs `count` kiosk sessions in the page, numbered from `first`; returns how many answers were given (the roster counts as one). */
function sessions(count: number, first: number): Promise<number> {
  type Lit = HTMLElement & { updateComplete: Promise<boolean> };
  // mulberry32, seeded by the session number: every run answers the same way.
  let seed = 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const kiosk = document.querySelector('welfare-kiosk') as Lit;
  const quiz = () => kiosk.shadowRoot!.querySelector('welfare-eligibility-quiz') as Lit | null;
  const $ = <T extends HTMLElement>(selector: string) => quiz()?.shadowRoot?.querySelector<T>(selector) ?? null;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const settle = async () => {
    for (let i = 0; i < 200; i++) {
      await kiosk.updateComplete;
      await quiz()?.updateComplete;
      await frame();
      // Settled: no quiz (the start screen), or the quiz shows one of its screens.
      if (!quiz() || ($('.step') && !$('.status--loading'))) break;
    }
  };
  const tap = async (target: HTMLElement | null, what: string) => {
    if (!target) throw new Error(`soak: no ${what}`);
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    target.click();
    await settle();
  };
  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const next = (name: string, timeout: number) =>
    new Promise<Event>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`soak: no ${name} within ${timeout} ms`)), timeout);
      kiosk.addEventListener(
        name,
        (event) => {
          clearTimeout(timer);
          resolve(event);
        },
        { once: true },
      );
    });

  const one = async (n: number): Promise<number> => {
    seed = (n + 1000) * 7919;
    await tap(kiosk.shadowRoot!.querySelector<HTMLElement>('button[data-view=quiz]'), 'quiz on the start screen');
    for (let i = 0; i < 600 && !$('.step'); i++) await frame();
    const events = [...(quiz()?.shadowRoot?.querySelectorAll<HTMLElement>('[data-event]') ?? [])];
    if (random() < 0.5 && events.length) await tap(pick(events), 'life event');
    else await tap($('[data-action=start]'), 'start button');
    // The roster: one to four people, each with an age (sometimes left blank), a relation and a few ticks.
    if (!$('form.roster')) throw new Error('soak: no roster after the first screen');
    const size = 1 + Math.floor(random() * 4);
    for (let m = 1; m < size; m++) await tap($('[data-action=add-member]'), 'add a member');
    const rows = [...quiz()!.shadowRoot!.querySelectorAll<HTMLElement>('li.member')];
    for (const row of rows) {
      const role = row.querySelector<HTMLSelectElement>('[data-field=role]');
      if (role) {
        role.value = pick([...role.options]).value;
        role.dispatchEvent(new Event('change'));
      }
      const age = row.querySelector<HTMLInputElement>('[data-field=age]')!;
      if (random() < 0.9) type(age, String(Math.floor(random() * 95)));
      await settle();
      for (const tick of row.querySelectorAll<HTMLInputElement>('[data-tick]')) if (random() < 0.2) await tap(tick, 'a tick');
    }
    await tap($('[data-action=roster-next]'), 'roster next');
    let answered = 1;
    for (let step = 0; step < 80; step++) {
      const form = $<HTMLFormElement>('form.question');
      if (!form) break;
      const key = form.dataset.key;
      if (random() < 0.15) {
        await tap($('[data-action=skip]'), 'skip');
        continue;
      }
      const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      if (radios.length) await tap(pick(radios), 'choice');
      for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) if (random() < 0.3) await tap(box, 'a box');
      const number = form.querySelector<HTMLInputElement>('#q-input');
      if (number) type(number, String(Math.floor(random() * 95)));
      await settle();
      await tap($('button[type=submit]'), 'submit');
      // An answer the form did not take: "don't know" instead.
      if ($<HTMLFormElement>('form.question')?.dataset.key === key) await tap($('[data-action=skip]'), 'skip');
      answered++;
    }
    const complete = next('welfare-quiz-complete', 60_000);
    const reset = next('welfare-kiosk-reset', 120_000);
    await tap($('[data-action=results]'), 'results button');
    await complete;
    // The visitor walks away; the kiosk clears itself.
    const { detail } = (await reset) as CustomEvent<{ reason: string }>;
    if (detail.reason !== 'idle') throw new Error(`soak: the kiosk reset for ${detail.reason}, not idle`);
    await kiosk.updateComplete;
    await frame();
    if (quiz()) throw new Error('soak: the quiz is still there after the reset');
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
    await waitUntil(page, () => document.querySelector('welfare-kiosk')?.shadowRoot?.querySelector('button[data-view=quiz]'), 60_000);
    await page.evaluate(sessions, WARM_UP, -WARM_UP);
    const start = await counters(cdp);
    const t0 = Date.now();
    let answered = 0;
    for (let done = 0; done < total; done += BATCH) answered += await page.evaluate(sessions, Math.min(BATCH, total - done), done);
    const seconds = (Date.now() - t0) / 1000;
    const end = await counters(cdp);
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return [
      figure(`soak: ${total} kiosk quiz sessions (${answered} answers), each cleared by the idle timeout, duration`, seconds, 's', 'lower'),
      figure(`soak: JS heap after GC, start (after ${WARM_UP} warm-up sessions)`, mb(start.heap), 'MB', 'lower'),
      figure('soak: JS heap after GC, end', mb(end.heap), 'MB', 'lower'),
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
