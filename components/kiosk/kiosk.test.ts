import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './kiosk.js';
import type { WelfareKiosk } from './kiosk.component.js';
import type { WelfareEligibilityQuiz } from '../eligibility-quiz/eligibility-quiz.component.js';
import type { WelfareServiceMap } from '../service-map/service-map.component.js';
import type { WelfareContactDirectory } from '../contact-directory/contact-directory.component.js';
import type { WelfareBenefitFinder } from '../benefit-finder/benefit-finder.component.js';
import type { WelfareQrCode } from '../base/qr-code.js';
import { mapLoader } from '../service-map/map-loader.js';
import { scanQr } from '../../test/browser/scan-qr.js';

type Kiosk = WelfareKiosk;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector);

/** Every element matching `selector` under `root`, inside every open shadow root too. */
function deepAll(root: ParentNode, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

const visible = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

/** Every control on screen, in the kiosk and inside each tool's shadow root, smaller than 60 × 60 px; a checkbox's or radio's target is its label. */
function smallTargets(el: Kiosk): string[] {
  return deepAll(el.shadowRoot!, 'a[href], button, input, select, textarea, summary, [role="button"]')
    .map((t) => {
      let box: Element = t;
      if (t instanceof HTMLInputElement && (t.type === 'checkbox' || t.type === 'radio')) {
        box = t.closest('label') ?? (t.getRootNode() as ShadowRoot).querySelector(`label[for="${t.id}"]`) ?? t;
      }
      return { t, r: box.getBoundingClientRect() };
    })
    .filter(({ r }) => r.width > 0 && r.height > 0 && (r.height < 59.5 || r.width < 59.5))
    .map(
      ({ t, r }) =>
        `<${t.tagName.toLowerCase()} class="${t.className}"> ${t.textContent!.trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`,
    );
}

function countTargets(el: Kiosk): number {
  return deepAll(el.shadowRoot!, 'a[href], button, input, select').filter(visible).length;
}

/** A touch: pointerdown (what the idle clock listens for), then the click. */
async function tap(target: Element | null | undefined, what = 'target'): Promise<void> {
  expect(target, what).to.exist;
  target!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
  target!.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerType: 'touch' }));
  (target as HTMLElement).click();
  await nextFrame();
}

async function until<T>(read: () => T, what: string, timeout = 10000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = read();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Waits for a tool's data: no loading status left in it. */
async function loaded(tool: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await until(
    () => tool.shadowRoot?.querySelector('[part=base]') && !tool.shadowRoot.querySelector('.status--loading'),
    `${tool.localName} data`,
  );
  await tool.updateComplete;
  await nextFrame();
}

const tool = <T extends HTMLElement>(el: Kiosk, tag: string) => $(el, tag) as (T & { updateComplete: Promise<unknown> }) | null;
const shownView = (el: Kiosk) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.start, .view')].filter((s) => !s.hidden).map((s) => s.dataset.view ?? 'start');

async function open(el: Kiosk, view: 'finder' | 'quiz' | 'map' | 'directory'): Promise<void> {
  if ($(el, '.start')!.hidden) await tap($(el, '[data-action=home]'), 'home');
  await el.updateComplete;
  await tap($(el, `.choice[data-view=${view}]`), `choice ${view}`);
  await el.updateComplete;
  expect(shownView(el)).to.deep.equal([view]);
}

/** The deepest focused element. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What the quiz knows so far: the household, as its results give it. */
const householdOf = (quiz: WelfareEligibilityQuiz) => quiz.results!.household;

/**
 * From the quiz's roster: one member of 70 (typed, then "next"), then the
 * first question answered with its first choice or box.
 */
async function answerSome(quiz: WelfareEligibilityQuiz): Promise<void> {
  const age = await until(() => quiz.shadowRoot!.querySelector<HTMLInputElement>('form.roster [data-field=age]'), 'the roster');
  await tap(age, 'age');
  age.value = '70';
  age.dispatchEvent(new Event('input'));
  await quiz.updateComplete;
  await tap(quiz.shadowRoot!.querySelector('[data-action=roster-next]'), 'roster next');
  const first = await until(
    () => quiz.shadowRoot!.querySelector<HTMLInputElement>('form.question input[type=radio], form.question input[type=checkbox]'),
    'a question',
  );
  await tap(first.closest('label'), 'the first choice');
  await quiz.updateComplete;
  await tap(quiz.shadowRoot!.querySelector('form.question button[type=submit]'), 'submit');
  await quiz.updateComplete;
  expect(householdOf(quiz).members[0]!.facts.age).to.equal(70);
  expect(quiz.shadowRoot!.querySelector('form.question, .summary'), 'the answer was taken').to.exist;
}

describe('<welfare-kiosk>', function () {
  // The screen the kiosk is made for (portrait, as in city hall): at the
  // runner's 800 × 600 the map sits below the fold of the view and waits to be scrolled to.
  before(() => setViewport({ width: 1080, height: 1920 }));
  after(() => setViewport({ width: 800, height: 600 }));
  // axe reads every tool in the kiosk; the map starts MapLibre without a GPU.
  this.timeout(120000);

  beforeEach(() => {
    document.documentElement.lang = 'zh-Hant';
    history.replaceState(null, '', location.pathname);
    mapLoader.reset();
  });

  it('starts with four big choices, what it promises, the settings and the crisis line; no tool loaded yet', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    await el.updateComplete;
    expect(el.currentView).to.equal('start');
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('.choice')].map((c) => c.dataset.view)).to.deep.equal([
      'finder',
      'quiz',
      'map',
      'directory',
    ]);
    const promises = $(el, '.promises')!.textContent!;
    expect(promises).to.include('不會被儲存');
    expect(promises).to.include('不是申請');
    expect(
      deepAll(el.shadowRoot!, 'welfare-benefit-finder, welfare-eligibility-quiz, welfare-service-map, welfare-contact-directory'),
    ).to.deep.equal([]);
    // The header: Home, start over, languages (each named in itself), text size, contrast.
    expect($(el, '[data-action=home]')).to.exist;
    expect($(el, '[data-action=start-over]')).to.exist;
    const langs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-lang]')];
    expect(langs.map((b) => b.dataset.lang)).to.include.members(['zh-Hant', 'en']);
    expect(langs.find((b) => b.dataset.lang === 'en')!.getAttribute('lang')).to.equal('en');
    expect($(el, '[data-action=text-size]')!.getAttribute('aria-pressed')).to.equal('false');
    expect($(el, '[data-action=contrast]')!.getAttribute('aria-pressed')).to.equal('false');
    // The crisis line is buttons that show a code, never links that leave.
    const crisis = $(el, '[part=crisis]')!;
    expect(crisis.textContent).to.include('113');
    expect(crisis.textContent).to.include('110');
    expect(crisis.querySelector('a')).to.equal(null);
    // It fills the screen.
    const box = el.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([window.innerWidth, window.innerHeight]);
    expect(countTargets(el)).to.be.greaterThan(8);
    expect(smallTargets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('opens every view; axe and 60 px targets in every state reached, inside the tools too; the kit stores nothing', async () => {
    const storageBefore = [Object.keys(localStorage).sort(), Object.keys(sessionStorage).sort()];
    const el = await fixture<Kiosk>(html`<welfare-kiosk district="和平區"></welfare-kiosk>`);
    await el.updateComplete;
    const check = async (state: string) => {
      expect(smallTargets(el), state).to.deep.equal([]);
      await expect(el, state).to.be.accessible();
    };

    await open(el, 'finder');
    const finder = tool<WelfareBenefitFinder>(el, 'welfare-benefit-finder')!;
    expect(finder.district).to.equal('和平區');
    await loaded(finder);
    expect(focused()?.id, 'focus on the view heading').to.equal('heading-finder');
    expect(countTargets(el)).to.be.greaterThan(15);
    await check('finder list');
    await tap(finder.shadowRoot!.querySelector('.result-button'), 'a result');
    await until(() => finder.shadowRoot!.querySelector('[part=detail]'), 'a benefit');
    await check('finder detail');
    finder.benefit = 'early-intervention-therapy-transport-subsidy';
    await until(() => finder.shadowRoot!.querySelector('[part=detail] a[href^="tel:"]'), 'a benefit with phones');
    await check('finder detail');

    await open(el, 'quiz');
    const quiz = tool<WelfareEligibilityQuiz>(el, 'welfare-eligibility-quiz')!;
    expect(quiz.kiosk).to.equal(true);
    await loaded(quiz);
    await check('quiz intro');
    await tap(quiz.shadowRoot!.querySelector('[data-action=start]'), 'quiz start');
    await until(() => quiz.shadowRoot!.querySelector('form.roster'), 'the roster');
    await tap(quiz.shadowRoot!.querySelector('[data-action=add-member]'), 'add a member');
    await quiz.updateComplete;
    await check('quiz roster');
    await tap(quiz.shadowRoot!.querySelector('[data-action=roster-next]'), 'roster next');
    await until(() => quiz.shadowRoot!.querySelector('form.question'), 'a question');
    await check('quiz question');
    for (let i = 0; i < 40 && quiz.shadowRoot!.querySelector('[data-action=skip]'); i++) {
      await tap(quiz.shadowRoot!.querySelector('[data-action=skip]'));
      await quiz.updateComplete;
    }
    await tap(await until(() => quiz.shadowRoot!.querySelector('[data-action=results]'), 'the summary'));
    await until(() => quiz.shadowRoot!.querySelector('welfare-qr-code')?.shadowRoot?.querySelector('svg'), 'the share code');
    await check('quiz results');

    await open(el, 'directory');
    const directory = tool<WelfareContactDirectory>(el, 'welfare-contact-directory')!;
    await loaded(directory);
    // The district filter's radio labels are the targets.
    expect(directory.shadowRoot!.querySelector('label.radio')).to.exist;
    expect(directory.shadowRoot!.querySelector('.map-button'), 'show on map without a map on the page').to.exist;
    await check('directory');

    const requestsBefore = mapLoader.requests;
    await open(el, 'map');
    const map = tool<WelfareServiceMap>(el, 'welfare-service-map')!;
    await loaded(map);
    await map.mapReady;
    expect(mapLoader.requests).to.equal(requestsBefore + 1);
    await tap(await until(() => map.shadowRoot!.querySelector('.place-button'), 'a place'));
    await until(() => map.shadowRoot!.querySelector('#detail-heading'), 'the place');
    await check('map with a place');

    // Moving between views keeps each tool and its state.
    await open(el, 'quiz');
    expect(tool(el, 'welfare-eligibility-quiz')).to.equal(quiz);
    expect(quiz.shadowRoot!.querySelector('.results')).to.exist;
    expect([Object.keys(localStorage).sort(), Object.keys(sessionStorage).sort()], 'nothing stored').to.deep.equal(storageBefore);
  });

  it('loads MapLibre only when the map view opens', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    const before = mapLoader.requests;
    await open(el, 'finder');
    await open(el, 'directory');
    await loaded(tool(el, 'welfare-contact-directory')!);
    await sleep(300);
    expect(mapLoader.requests).to.equal(before);
    expect(tool(el, 'welfare-service-map')).to.equal(null);
    await open(el, 'map');
    await until(() => mapLoader.requests === before + 1, 'the map library requested');
  });

  it('"show on map" in the directory opens the map view at that place', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    await open(el, 'directory');
    const directory = tool<WelfareContactDirectory>(el, 'welfare-contact-directory')!;
    await loaded(directory);
    const events: string[] = [];
    el.addEventListener('welfare-show-on-map', (e) => events.push((e as CustomEvent<{ locationId: string }>).detail.locationId));
    await tap(directory.shadowRoot!.querySelector('.map-button'), 'show on map');
    expect(events).to.have.length(1);
    await until(() => el.currentView === 'map', 'the map view');
    const map = tool<WelfareServiceMap>(el, 'welfare-service-map')!;
    await until(() => map.location === events[0], 'the place selected');
    const heading = await until(() => map.shadowRoot!.querySelector<HTMLElement>('#detail-heading'), 'the place shown');
    expect(heading.textContent).to.include('惠中樓');
    expect(shownView(el)).to.deep.equal(['map']);
  });

  it("an open benefit in the finder hands its office to the kiosk's own directory and map", async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk district="豐原區"></welfare-kiosk>`);
    await open(el, 'finder');
    const finder = tool<WelfareBenefitFinder>(el, 'welfare-benefit-finder')!;
    await loaded(finder);
    finder.benefit = 'disability-living-allowance';
    const office = () => finder.shadowRoot!.querySelector<HTMLElement>('.office');
    const buttons = await until(() => (office()?.querySelectorAll('button').length === 2 ? office() : null), 'both hand-off buttons');
    expect(buttons.textContent).to.include('豐原區公所');
    await tap(buttons.querySelectorAll('button')[1], 'see contact details');
    await until(() => el.currentView === 'directory', 'the directory view');
    const directory = tool<WelfareContactDirectory>(el, 'welfare-contact-directory')!;
    const heading = await until(() => directory.shadowRoot!.querySelector<HTMLElement>('#focus-heading'), 'the office shown');
    expect(heading.textContent).to.include('豐原區公所');
    await until(() => focused() === heading, 'focus on the office');
    expect(shownView(el)).to.deep.equal(['directory']);
    await open(el, 'finder');
    await tap(office()!.querySelectorAll('button')[0], 'show on the map');
    await until(() => el.currentView === 'map', 'the map view');
    const map = tool<WelfareServiceMap>(el, 'welfare-service-map')!;
    const place = await until(() => map.shadowRoot!.querySelector<HTMLElement>('#detail-heading'), 'the place shown');
    expect(place.textContent).to.include('豐原');
  });

  it('turns phone, e-mail and outside links and downloads into a QR code; nothing navigates', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    const outcomes: boolean[] = [];
    const record = (e: Event) => {
      if (e.composedPath().some((n) => n instanceof HTMLAnchorElement)) outcomes.push(e.defaultPrevented);
    };
    window.addEventListener('click', record);
    const page = location.href;
    const dialog = () => $<HTMLDialogElement>(el, '#take-away')!;
    const code = () => dialog().querySelector<WelfareQrCode>('welfare-qr-code')!;
    const close = async () => {
      await tap(dialog().querySelector('[data-action=close]'), 'close');
      expect(dialog().open).to.equal(false);
    };
    try {
      // A phone number in the directory.
      await open(el, 'directory');
      const directory = tool<WelfareContactDirectory>(el, 'welfare-contact-directory')!;
      await loaded(directory);
      const phone = [...directory.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.phone')].find((a) => a.href.includes(','))!;
      await tap(phone, 'a phone link with an extension');
      await until(() => dialog().open, 'the dialog');
      expect(code().value).to.equal(phone.href);
      const heading = dialog().querySelector('h2')!.textContent!;
      expect(heading).to.match(/^掃描 QR 碼撥打 04-\d{4}-\d{4} 分機 \d+$/);
      expect(code().text).to.match(/^04-\d{4}-\d{4} 分機 \d+$/);
      const svg = await until(() => code().shadowRoot!.querySelector<SVGSVGElement>('svg[role=img]'), 'the code');
      expect(await scanQr(svg)).to.equal(phone.href);
      await expect(el).to.be.accessible();
      expect(smallTargets(el)).to.deep.equal([]);
      await close();

      // The crisis line.
      await tap($(el, '[data-call="113"]'), '113');
      await until(() => dialog().open, 'the dialog');
      expect(code().value).to.equal('tel:113');
      expect(dialog().querySelector('h2')!.textContent).to.equal('掃描 QR 碼撥打 113');
      await close();

      // E-mail and an outside page, from anywhere in the kiosk.
      for (const [href, heading] of [
        ['mailto:welfare@example.org', '掃描 QR 碼寫信給 welfare@example.org'],
        ['https://example.org/elsewhere', '掃描 QR 碼，在手機上打開這個網頁'],
      ] as const) {
        const a = document.createElement('a');
        a.href = href;
        a.target = '_blank';
        el.append(a);
        a.click();
        await until(() => dialog().open, `the dialog for ${href}`);
        expect(code().value).to.equal(href);
        expect(dialog().querySelector('h2')!.textContent).to.equal(heading);
        a.remove();
        await close();
      }

      // A download: the list narrowed to one entry travels in the code itself.
      directory.category = 'district-office';
      directory.district = '和平區';
      directory.districtMatch = 'located';
      await directory.updateComplete;
      const vcard = [...directory.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')][1]!;
      expect(vcard.textContent).to.include('vCard');
      const rows = directory.toVCard().match(/BEGIN:VCARD/g)!.length;
      expect(rows).to.equal(1);
      await tap(vcard, 'vCard');
      await until(() => dialog().open && code().value, 'the download dialog');
      expect(code().value).to.match(/^BEGIN:VCARD/);
      expect(code().value).to.include('和平區公所');
      expect(code().text).to.match(/\.vcf$/);
      expect(dialog().querySelector('h2')!.textContent).to.include('不能下載');
      const card = await until(() => code().shadowRoot!.querySelector<SVGSVGElement>('svg[role=img]'), 'the code');
      expect(await scanQr(card, 720)).to.equal(code().value);
      await close();
      // The whole list does not fit: the dialog says so and how to narrow it.
      directory.category = '';
      directory.district = '';
      await directory.updateComplete;
      await tap(directory.shadowRoot!.querySelector('.actions button'), 'CSV');
      await until(() => dialog().open && code().shadowRoot!.querySelector('[role=alert]'), 'too long');
      expect(dialog().querySelector('.note')!.textContent).to.include('縮小');
      await close();

      // An outside link inside a tool: the map's directions.
      await open(el, 'map');
      const map = tool<WelfareServiceMap>(el, 'welfare-service-map')!;
      await loaded(map);
      await tap(await until(() => map.shadowRoot!.querySelector('.place-button'), 'a place'));
      const directions = await until(() => map.shadowRoot!.querySelector<HTMLAnchorElement>('a.directions'), 'directions');
      await tap(directions);
      await until(() => dialog().open, 'the dialog');
      expect(code().value).to.equal(directions.href);
      await close();
    } finally {
      window.removeEventListener('click', record);
    }
    expect(outcomes.length, 'tel, mailto, https, vCard, CSV, directions').to.equal(6);
    expect(outcomes.every(Boolean), 'every click on a link was stopped').to.equal(true);
    expect(location.href).to.equal(page);
  });

  it('allows no context menu and no selecting of text outside inputs', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    await open(el, 'finder');
    const finder = tool<WelfareBenefitFinder>(el, 'welfare-benefit-finder')!;
    await loaded(finder);
    const text = finder.shadowRoot!.querySelector('.result-button')!;
    const menu = new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true });
    text.dispatchEvent(menu);
    expect(menu.defaultPrevented).to.equal(true);
    const select = new Event('selectstart', { bubbles: true, composed: true, cancelable: true });
    text.dispatchEvent(select);
    expect(select.defaultPrevented).to.equal(true);
    expect(getComputedStyle(text).userSelect).to.equal('none');
    const input = finder.shadowRoot!.querySelector('input[type=search]')!;
    const inInput = new Event('selectstart', { bubbles: true, composed: true, cancelable: true });
    input.dispatchEvent(inInput);
    expect(inInput.defaultPrevented).to.equal(false);
  });

  it('warns before the idle timeout with a countdown; Continue keeps everything', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk idle-timeout="2.5" idle-warning="1.5"></welfare-kiosk>`);
    const resets: string[] = [];
    el.addEventListener('welfare-kiosk-reset', (e) => resets.push((e as CustomEvent<{ reason: string }>).detail.reason));
    await open(el, 'quiz');
    const quiz = tool<WelfareEligibilityQuiz>(el, 'welfare-eligibility-quiz')!;
    await loaded(quiz);
    await tap(quiz.shadowRoot!.querySelector('[data-action=start]'), 'start');
    await answerSome(quiz);
    const answers = householdOf(quiz);
    const warning = $<HTMLDialogElement>(el, '#idle-dialog')!;
    expect(warning.open).to.equal(false);
    const shownAt = performance.now();
    await until(() => warning.open, 'the warning', 4000);
    expect(performance.now() - shownAt, 'not before the warning is due').to.be.greaterThan(600);
    expect(warning.querySelector('h2')!.textContent).to.equal('您還在嗎？');
    expect(warning.querySelector('#idle-text')!.textContent).to.match(/[12] 秒後清除/);
    const live = warning.querySelector('[aria-live=polite]')!;
    expect(live.textContent).to.match(/\d 秒後清除畫面/);
    const cont = warning.querySelector<HTMLButtonElement>('[data-action=continue]')!;
    expect(cont.getBoundingClientRect().height).to.be.at.least(60);
    expect(smallTargets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await tap(cont, 'Continue');
    expect(warning.open).to.equal(false);
    expect(tool(el, 'welfare-eligibility-quiz')).to.equal(quiz);
    expect(householdOf(quiz)).to.deep.equal(answers);
    // The clock starts again from Continue: nothing is cleared for a while.
    await sleep(700);
    expect(resets).to.deep.equal([]);
    expect(warning.open).to.equal(false);
  });

  it('after the timeout clears answers, URL state, the kit’s storage, settings and tools, and shows the start', async () => {
    history.replaceState(null, '', `${location.pathname}#wn-q=%E8%80%81%E4%BA%BA&wq-a=ag.68&page=1`);
    sessionStorage.setItem('welfare-test', 'x');
    localStorage.setItem('welfare-test', 'y');
    localStorage.setItem('host-page', 'keep');
    const el = await fixture<Kiosk>(html`<welfare-kiosk idle-timeout="1.5" idle-warning="0.5"></welfare-kiosk>`);
    try {
      await open(el, 'quiz');
      const quiz = tool<WelfareEligibilityQuiz>(el, 'welfare-eligibility-quiz')!;
      await loaded(quiz);
      await tap(quiz.shadowRoot!.querySelector('[data-action=start]'), 'start');
      await answerSome(quiz);
      await open(el, 'finder');
      const finder = tool<WelfareBenefitFinder>(el, 'welfare-benefit-finder')!;
      await loaded(finder);
      finder.query = '老人';
      await tap($(el, '[data-lang=en]'), 'English');
      await tap($(el, '[data-action=text-size]'), 'text size');
      await tap($(el, '[data-action=contrast]'), 'contrast');
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('en');
      const main = $(el, 'main')!;
      main.scrollTop = 400;
      const reset = oneEvent(el, 'welfare-kiosk-reset');
      await tap(finder.shadowRoot!.querySelector('input[type=search]'), 'the search');
      const { detail } = (await reset) as CustomEvent<{ reason: string }>;
      expect(detail.reason).to.equal('idle');
      await el.updateComplete;
      await nextFrame();

      expect(shownView(el)).to.deep.equal(['start']);
      expect(
        deepAll(el.shadowRoot!, 'welfare-benefit-finder, welfare-eligibility-quiz, welfare-service-map, welfare-contact-directory'),
      ).to.deep.equal([]);
      expect(quiz.isConnected || finder.isConnected, 'the old tools are gone').to.equal(false);
      expect(location.hash).to.equal('#page=1');
      expect(sessionStorage.getItem('welfare-test')).to.equal(null);
      expect(localStorage.getItem('welfare-test')).to.equal(null);
      expect(localStorage.getItem('host-page')).to.equal('keep');
      expect(el.hasAttribute('lang')).to.equal(false);
      expect($(el, '[data-lang="zh-Hant"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '[data-action=text-size]')!.getAttribute('aria-pressed')).to.equal('false');
      expect($(el, '[data-action=contrast]')!.getAttribute('aria-pressed')).to.equal('false');
      expect($(el, '.kiosk')!.className).to.equal('kiosk');
      expect(main.scrollTop).to.equal(0);
      expect(focused()?.id).to.equal('heading-start');
      expect($<HTMLDialogElement>(el, '#idle-dialog')!.open).to.equal(false);

      // The next visitor's quiz is a new one, with nothing in it.
      await open(el, 'quiz');
      const next = tool<WelfareEligibilityQuiz>(el, 'welfare-eligibility-quiz')!;
      expect(next).to.not.equal(quiz);
      await loaded(next);
      expect(householdOf(next).members).to.deep.equal([{ id: 'm1', role: 'self', facts: {} }]);
      expect(householdOf(next).facts).to.deep.equal({});
      expect(next.shadowRoot!.querySelector('[data-action=start]')).to.exist;
      await open(el, 'finder');
      const nextFinder = tool<WelfareBenefitFinder>(el, 'welfare-benefit-finder')!;
      expect(nextFinder).to.not.equal(finder);
      expect(nextFinder.query).to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      localStorage.removeItem('host-page');
    }
  });

  it('reset() and "start over" clear at once, close dialogs and say why', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    await open(el, 'directory');
    await tap($(el, '[data-call="110"]'), '110');
    await until(() => $<HTMLDialogElement>(el, '#take-away')!.open, 'the dialog');
    const first = oneEvent(el, 'welfare-kiosk-reset');
    el.reset();
    expect(((await first) as CustomEvent<{ reason: string }>).detail.reason).to.equal('api');
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, '#take-away')!.open).to.equal(false);
    expect(shownView(el)).to.deep.equal(['start']);
    expect(tool(el, 'welfare-contact-directory')).to.equal(null);

    await open(el, 'finder');
    const second = oneEvent(el, 'welfare-kiosk-reset');
    await tap($(el, '[data-action=start-over]'), 'start over');
    expect(((await second) as CustomEvent<{ reason: string }>).detail.reason).to.equal('visitor');
    await el.updateComplete;
    expect(shownView(el)).to.deep.equal(['start']);
    expect(tool(el, 'welfare-benefit-finder')).to.equal(null);
    // Home keeps the tools.
    await open(el, 'finder');
    const finder = tool(el, 'welfare-benefit-finder');
    await tap($(el, '[data-action=home]'), 'home');
    await el.updateComplete;
    expect(shownView(el)).to.deep.equal(['start']);
    await open(el, 'finder');
    expect(tool(el, 'welfare-benefit-finder')).to.equal(finder);
  });

  it('switches the language of the tools with it', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk></welfare-kiosk>`);
    await open(el, 'finder');
    const finder = tool<WelfareBenefitFinder>(el, 'welfare-benefit-finder')!;
    await loaded(finder);
    const label = () => finder.shadowRoot!.querySelector('label[for=search]')!.textContent!.trim();
    expect(label()).to.equal('搜尋福利與服務');
    await tap($(el, '[data-lang=en]'), 'English');
    await until(() => /^[A-Za-z]/.test(label()), 'the finder in English');
    expect(el.getAttribute('lang')).to.equal('en');
    expect($(el, '#heading-finder')!.textContent).to.equal('Find a benefit');
    expect($(el, '[data-lang=en]')!.getAttribute('aria-pressed')).to.equal('true');
    // A tool opened after the switch starts in it too.
    await open(el, 'quiz');
    const quiz = tool<WelfareEligibilityQuiz>(el, 'welfare-eligibility-quiz')!;
    await loaded(quiz);
    await until(() => /[A-Za-z]{4}/.test(quiz.shadowRoot!.querySelector('#step-heading')?.textContent ?? ''), 'the quiz in English');
    await expect(el).to.be.accessible();
    await tap($(el, '[data-lang="zh-Hant"]'), '繁體中文');
    await until(() => label() === '搜尋福利與服務', 'the finder in Chinese again');
  });

  it('leaves no timer running when removed, and runs one clock when put back', async () => {
    const el = await fixture<Kiosk>(html`<welfare-kiosk idle-timeout="0.8" idle-warning="0.3"></welfare-kiosk>`);
    const resets: string[] = [];
    el.addEventListener('welfare-kiosk-reset', (e) => resets.push((e as CustomEvent<{ reason: string }>).detail.reason));
    await open(el, 'finder');
    const parent = el.parentNode!;
    el.remove();
    await sleep(1300);
    expect(resets, 'no reset while out of the page').to.deep.equal([]);
    expect($<HTMLDialogElement>(el, '#idle-dialog')!.open).to.equal(false);

    // Mid-warning, too.
    parent.append(el);
    await until(() => $<HTMLDialogElement>(el, '#idle-dialog')!.open, 'the warning after putting it back', 3000);
    el.remove();
    expect($<HTMLDialogElement>(el, '#idle-dialog')!.open).to.equal(false);
    await sleep(900);
    expect(resets).to.deep.equal([]);

    // Put back, and removed and put back again at once: still one clock.
    parent.append(el);
    el.remove();
    parent.append(el);
    await until(() => resets.length > 0, 'the reset', 3000);
    await sleep(1200);
    expect(resets).to.deep.equal(['idle']);
  });
});
