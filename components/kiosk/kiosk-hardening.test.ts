/**
 * The kiosk under the values and visitors its tests of the happy path do not
 * meet: idle timings that are not numbers, visitors who only click (a screen
 * reader, a switch device), a `share-base` that is no web address, and a
 * take-away made under the documented Content-Security-Policy.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import './kiosk.js';
import type { WelfareKiosk } from './kiosk.component.js';
import type { WelfareContactDirectory } from '../contact-directory/contact-directory.component.js';
import type { WelfareQrCode } from '../base/qr-code.js';
import { until } from '../../test/browser/helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector);

/** The idle clock's delay as the kiosk reads its attributes. */
const timeoutMs = (el: WelfareKiosk) => (el as unknown as { timeoutMs: number }).timeoutMs;

let warnings: string[] = [];
const originalWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  history.replaceState(null, '', location.pathname);
});
afterEach(() => {
  console.warn = originalWarn;
});

describe('<welfare-kiosk> idle-timeout that is not a number of seconds', () => {
  for (const bad of ['90s', 'abc', '-5', '', 'NaN', 'Infinity']) {
    it(`idle-timeout="${bad}" warns once and keeps the default 90 s`, async () => {
      const el = await fixture<WelfareKiosk>(html`<welfare-kiosk idle-timeout=${bad as unknown as number}></welfare-kiosk>`);
      await el.updateComplete;
      expect(timeoutMs(el)).to.equal(90_000);
      expect(timeoutMs(el)).to.equal(90_000);
      expect(
        warnings.filter((w) => w.includes('idle-timeout')),
        warnings.join('\n'),
      ).to.have.length(1);
    });
  }

  it('an explicit 0 means never, without a warning', async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk idle-timeout="0"></welfare-kiosk>`);
    await el.updateComplete;
    expect(timeoutMs(el)).to.equal(0);
    expect(warnings).to.deep.equal([]);
  });

  it('a property set to null, a string or an object falls back or reads the number', async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    const kiosk = el as unknown as { idleTimeout: unknown };
    kiosk.idleTimeout = '30';
    await el.updateComplete;
    expect(timeoutMs(el)).to.equal(30_000);
    kiosk.idleTimeout = { seconds: 5 };
    await el.updateComplete;
    expect(timeoutMs(el)).to.equal(90_000);
    kiosk.idleTimeout = null;
    await el.updateComplete;
    expect(timeoutMs(el)).to.equal(90_000);
    expect(warnings.filter((w) => w.includes('idle-timeout'))).to.have.length(1);
  });

  it('a huge timeout is capped at the longest timer, not re-armed in a loop', async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk idle-timeout="1e12"></welfare-kiosk>`);
    await el.updateComplete;
    expect(timeoutMs(el)).to.equal(2 ** 31 - 1);
    const original = window.setTimeout;
    let armed = 0;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      if ((delay ?? 0) > 1_000_000) armed++;
      return original(handler, delay, ...rest);
    }) as typeof window.setTimeout;
    try {
      $(el, '.choice[data-view=finder]')!.click();
      await sleep(300);
    } finally {
      window.setTimeout = original;
    }
    expect(armed).to.equal(1);
    expect(el.currentView).to.equal('finder');
    el.reset();
  });
});

describe('<welfare-kiosk> a visitor who only clicks', function () {
  this.timeout(20000);

  it('clears a session made of clicks alone (a screen reader or switch device sends no pointerdown)', async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk idle-timeout="0.6" idle-warning="0"></welfare-kiosk>`);
    const resets: string[] = [];
    el.addEventListener('welfare-kiosk-reset', (e) => resets.push((e as CustomEvent<{ reason: string }>).detail.reason));
    $(el, '.choice[data-view=directory]')!.click();
    await el.updateComplete;
    expect(el.currentView).to.equal('directory');
    await until(() => resets.length, 4000);
    expect(el.currentView).to.equal('start');
    // Back on the start screen, its own focus move starts no new session.
    await sleep(1500);
    expect(resets).to.deep.equal(['idle']);
  });

  it('clears a view opened by show() with no touch at all', async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk idle-timeout="0.6" idle-warning="0"></welfare-kiosk>`);
    await el.show('quiz');
    await until(() => el.currentView === 'start', 4000);
  });

  it('counts moving the focus into a tool as someone at the screen', async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk idle-timeout="0.6" idle-warning="0"></welfare-kiosk>`);
    const resets: string[] = [];
    el.addEventListener('welfare-kiosk-reset', (e) => resets.push((e as CustomEvent<{ reason: string }>).detail.reason));
    $(el, '.choice[data-view=finder]')!.focus();
    await until(() => resets.length, 4000);
  });
});

describe('<welfare-kiosk> share-base', () => {
  for (const bad of ['javascript:alert(1)', 'data:text/html,<b>hi</b>', 'http://[bad', 'ftp://example.org/quiz']) {
    it(`share-base="${bad}" is not handed to the quiz, with one warning`, async () => {
      const el = await fixture<WelfareKiosk>(html`<welfare-kiosk share-base=${bad}></welfare-kiosk>`);
      await el.show('quiz');
      const quiz = $(el, 'welfare-eligibility-quiz')!;
      expect(quiz.getAttribute('share-base')).to.equal('');
      expect(
        warnings.filter((w) => w.includes('share-base')),
        warnings.join('\n'),
      ).to.have.length(1);
      el.reset();
    });
  }

  it('an https address goes to the quiz as it is', async () => {
    const el = await fixture<WelfareKiosk>(html`<welfare-kiosk share-base="https://welfare.example/quiz.html"></welfare-kiosk>`);
    await el.show('quiz');
    expect($(el, 'welfare-eligibility-quiz')!.getAttribute('share-base')).to.equal('https://welfare.example/quiz.html');
    expect(warnings).to.deep.equal([]);
    el.reset();
  });
});

describe('<welfare-kiosk> take-away of a download', function () {
  this.timeout(30000);

  it('puts the vCard in the code without fetching its blob: URL (connect-src refuses that)', async () => {
    const original = window.fetch;
    const fetched: string[] = [];
    // What `connect-src 'self'` does to fetch(blob:…).
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith('blob:')) {
        fetched.push(url);
        return Promise.reject(new TypeError('Failed to fetch: refused by connect-src'));
      }
      return original(input, init);
    }) as typeof window.fetch;
    try {
      const el = await fixture<WelfareKiosk>(html`<welfare-kiosk></welfare-kiosk>`);
      await el.show('directory');
      const directory = $<WelfareContactDirectory>(el, 'welfare-contact-directory')!;
      await until(() => directory.shadowRoot?.querySelector('.actions button'));
      directory.category = 'district-office';
      directory.district = '和平區';
      directory.districtMatch = 'located';
      await directory.updateComplete;
      await nextFrame();
      [...directory.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')][1]!.click();
      const dialog = $<HTMLDialogElement>(el, '#take-away')!;
      const code = await until(() => (dialog.open ? dialog.querySelector<WelfareQrCode>('welfare-qr-code') : null));
      await until(() => code.value, 3000);
      expect(code.value).to.match(/^BEGIN:VCARD/);
      expect(fetched).to.deep.equal([]);
      el.reset();
    } finally {
      window.fetch = original;
    }
  });
});
