import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './benefit-finder.js';
import '../contact-directory/contact-directory.js';
import type { WelfareBenefitFinder } from './benefit-finder.component.js';

async function ready(el: WelfareBenefitFinder): Promise<void> {
  for (let i = 0; i < 40 && el.shadowRoot!.querySelector('.status--loading'); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await el.updateComplete;
  await nextFrame();
}

/** Waits until the open benefit's long texts have rendered. */
async function detailShown(el: WelfareBenefitFinder): Promise<void> {
  for (let i = 0; i < 60 && !(el.shadowRoot!.querySelector('.source') || el.shadowRoot!.querySelector('[role="alert"]')); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await el.updateComplete;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: Element) => $$(el, '.result-title').map((t) => t.textContent!.trim());

async function search(el: WelfareBenefitFinder, query: string): Promise<string[]> {
  const input = $(el, '#search') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return titles(el);
}

describe('<welfare-benefit-finder>', () => {
  beforeEach(() => {
    document.documentElement.lang = 'zh-Hant';
    history.replaceState(null, '', location.pathname);
  });

  it('shows commonly needed benefits and filters before a search, accessibly', async () => {
    const el = await fixture<WelfareBenefitFinder>(html`<welfare-benefit-finder></welfare-benefit-finder>`);
    await ready(el);
    expect(titles(el)).to.include('生育津貼');
    expect($$(el, '.chip').length).to.be.greaterThan(5);
    await expect(el).to.be.accessible();
  });

  for (const [query, expected] of [
    ['老人', '中低收入老人生活津貼'],
    ['長者', '中低收入老人生活津貼'],
    ['身障', '身心障礙者生活補助'],
    ['坐月子', '生育津貼'],
    ['台中市 身心障礙', '身心障礙者生活補助'],
    ['ｄｉｓａｂｉｌｉｔｙ', '身心障礙者生活補助'],
  ] as const) {
    it(`finds ${expected} for ${query}`, async () => {
      const el = await fixture<WelfareBenefitFinder>(html`<welfare-benefit-finder></welfare-benefit-finder>`);
      await ready(el);
      expect(await search(el, query)).to.include(expected);
    });
  }

  it('searches in English with typos and highlights what matched', async () => {
    const el = await fixture<WelfareBenefitFinder>(html`<welfare-benefit-finder lang="en"></welfare-benefit-finder>`);
    await ready(el);
    const found = await search(el, 'disabilty allowance');
    expect(found).to.include('Living allowance for people with disabilities');
    expect($$(el, 'mark').length).to.be.greaterThan(0);
    expect($(el, '[role="status"]')!.textContent).to.match(/\d+ found/);
    await expect(el).to.be.accessible();
  });

  it('combines audience and chapter filters with counts, and says when nothing matches', async () => {
    const el = await fixture<WelfareBenefitFinder>(html`<welfare-benefit-finder></welfare-benefit-finder>`);
    await ready(el);
    const older = $$(el, '.chip').find((c) => c.textContent!.includes('長者'))!;
    const count = Number(older.querySelector('.count')!.textContent);
    older.click();
    await el.updateComplete;
    expect(older.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[role="status"]')!.textContent).to.equal(`找到 ${count} 項`);
    expect($$(el, '.result')).to.have.length(Math.min(count, 20));
    const select = $(el, '#chapter') as HTMLSelectElement;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(0);
    expect($(el, '.status')!.textContent).to.include('沒有找到');
    expect($(el, '.status a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+886422289111');
    await expect(el).to.be.accessible();
    $(el, '.status button')!.click();
    await el.updateComplete;
    expect(el.audience).to.equal('');
    expect(el.category).to.equal('');
  });

  it('draws a long list 20 at a time: "show more" adds the next, takes focus there, and a printout has them all', async () => {
    const el = await fixture<WelfareBenefitFinder>(html`<welfare-benefit-finder audience="older-people"></welfare-benefit-finder>`);
    await ready(el);
    const total = Number(/\d+/.exec($(el, '[role="status"]')!.textContent!)![0]);
    expect(total).to.be.greaterThan(20);
    expect($$(el, '.result')).to.have.length(20);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(total);
    expect($(el, '.show-more')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(20);
    const more = $(el, '.show-more')!;
    expect(more.textContent).to.include(`再顯示 ${Math.min(20, total - 20)} 筆（還有 ${total - 20} 筆）`);
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '.result')).to.have.length(Math.min(40, total));
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.result-button')[20]);
    await expect(el).to.be.accessible();
    // A new query starts again at one page.
    await search(el, '津貼');
    expect($$(el, '.result').length).to.be.at.most(20);
  });

  it('opens a benefit with tiers, documents and dialable extensions', async () => {
    const el = await fixture<WelfareBenefitFinder>(
      html`<welfare-benefit-finder benefit="disability-living-allowance"></welfare-benefit-finder>`,
    );
    await ready(el);
    await detailShown(el);
    expect($(el, '#detail-heading')!.textContent).to.equal('身心障礙者生活補助');
    const tiers = $$(el, 'table tbody tr').map((r) => r.textContent!.replace(/\s+/g, ''));
    expect(tiers.some((t) => t.includes('8,200'))).to.equal(true);
    expect($$(el, '.checklist input[type="checkbox"]').length).to.be.greaterThan(2);
    const tel = $$(el, 'a.phone').map((a) => a.getAttribute('href'));
    expect(tel.some((href) => /^tel:\+8864\d{8},\d+$/.test(href!))).to.equal(true);
    expect($(el, '.disclaimer')).to.exist;
    expect($(el, '.source')!.textContent).to.include('肆');
    await expect(el).to.be.accessible();
  });

  it("puts the household's own tier first, from answers or from a quiz on the page", async () => {
    const el = await fixture<WelfareBenefitFinder>(
      html`<welfare-benefit-finder
        benefit="disability-living-allowance"
        answers='{"householdStatus":"middle-low-income","disabilityLevel":"mild"}'
      ></welfare-benefit-finder>`,
    );
    await ready(el);
    await detailShown(el);
    const rows = () => $$(el, 'table tbody tr');
    expect(rows()[0]!.classList.contains('tier--mine')).to.equal(true);
    expect(rows()[0]!.textContent!.replace(/\s+/g, '')).to.include('中低收入戶：輕度').and.include('3,500');
    expect(rows().filter((r) => r.classList.contains('tier--mine'))).to.have.length(1);
    await expect(el).to.be.accessible();

    document.dispatchEvent(
      new CustomEvent('welfare-quiz-change', {
        detail: {
          question: 'household-status',
          answer: 'l',
          household: { version: 2, members: [{ id: 'm1', role: 'self', facts: {} }], facts: { householdStatus: 'low-income' } },
          asked: 1,
          remaining: 3,
        },
      }),
    );
    await el.updateComplete;
    // Level not known yet: both low-income tiers may apply, neither is marked as the household's own.
    expect(rows()[0]!.textContent).to.include('低收入戶').and.not.include('中低');
    expect(rows().filter((r) => r.classList.contains('tier--mine'))).to.have.length(0);
  });

  it('puts first the tier of the member the benefit is for, in a household', async () => {
    // The grandmother has the moderate disability; the person answering has none.
    const household = {
      members: [
        { id: 'm1', role: 'self', facts: { age: 45, disability: false, registeredInTaichung: true, livesInTaichung: true } },
        {
          id: 'm2',
          role: 'parent',
          facts: { age: 70, disability: true, disabilityLevel: 'moderate', registeredInTaichung: true, livesInTaichung: true },
        },
      ],
      facts: { householdStatus: 'middle-low-income' },
    };
    const el = await fixture<WelfareBenefitFinder>(
      html`<welfare-benefit-finder benefit="disability-living-allowance" answers=${JSON.stringify(household)}></welfare-benefit-finder>`,
    );
    await ready(el);
    await detailShown(el);
    const mine = $$(el, 'table tbody tr').filter((r) => r.classList.contains('tier--mine'));
    expect(mine).to.have.length(1);
    expect(mine[0]!.textContent!.replace(/\s+/g, '')).to.include('中低收入戶：極重度、重度、中度').and.include('4,700');
    await expect(el).to.be.accessible();
  });

  it('ignores malformed answers with one warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<WelfareBenefitFinder>(
        html`<welfare-benefit-finder benefit="disability-living-allowance" answers='{"age": "old"'></welfare-benefit-finder>`,
      );
      await ready(el);
      await detailShown(el);
      expect($$(el, 'table tbody tr')[0]!.textContent).to.include('低收入戶：極重度');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('answers ignored'))).to.have.length(1);
  });

  it("names the resident's own district office with its address and phone", async () => {
    const el = await fixture<WelfareBenefitFinder>(
      html`<welfare-benefit-finder district="豐原區" benefit="disability-living-allowance"></welfare-benefit-finder>`,
    );
    await ready(el);
    await detailShown(el);
    const office = $(el, '.office')!;
    expect(office.textContent).to.include('豐原區公所');
    expect(office.textContent).to.include('市政路 2 號');
    expect(office.querySelector('a.phone')!.getAttribute('href')).to.equal('tel:+886425222106');
    await expect(el).to.be.accessible();
  });

  it('takes the district the way the map and the directory do: by id or English name too', async () => {
    for (const district of ['fengyuan', 'Fengyuan District', '台中市豐原區']) {
      const el = await fixture<WelfareBenefitFinder>(
        html`<welfare-benefit-finder district=${district} benefit="disability-living-allowance"></welfare-benefit-finder>`,
      );
      await ready(el);
      await detailShown(el);
      expect($(el, '.office')?.textContent, district).to.include('豐原區公所');
    }
  });

  it('hands a contact over to a directory element on the same page', async () => {
    const wrapper = await fixture(
      html`<div>
        <welfare-contact-directory></welfare-contact-directory>
        <welfare-benefit-finder benefit="disability-living-allowance"></welfare-benefit-finder>
      </div>`,
    );
    const el = wrapper.querySelector('welfare-benefit-finder') as WelfareBenefitFinder;
    await ready(el);
    await detailShown(el);
    const button = $$(el, '.contacts button').find((b) => b.textContent!.includes('聯絡資料'))!;
    const event = oneEvent(document, 'welfare-show-contact');
    button.click();
    expect((await event).detail.organizationId).to.equal('bureau-disability-welfare');
  });

  it('says when the 108–111 plan updated a benefit', async () => {
    const el = await fixture<WelfareBenefitFinder>(
      html`<welfare-benefit-finder benefit="parents-not-working-childcare-allowance"></welfare-benefit-finder>`,
    );
    await ready(el);
    await detailShown(el);
    expect($(el, '.updated')!.textContent).to.include('2,500');
  });

  it('shows the protection line on violence and abuse content', async () => {
    const el = await fixture<WelfareBenefitFinder>(
      html`<welfare-benefit-finder benefit="domestic-violence-protection-hotlines"></welfare-benefit-finder>`,
    );
    await ready(el);
    await detailShown(el);
    const links = $$(el, '.detail .safety a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:113', 'tel:110']);
  });

  it('keeps its state in the URL fragment and follows the back button', async () => {
    const el = await fixture<WelfareBenefitFinder>(html`<welfare-benefit-finder sync-url></welfare-benefit-finder>`);
    await ready(el);
    await search(el, '喪葬');
    expect(decodeURIComponent(location.hash)).to.include('wn-q=喪葬');
    const selected = oneEvent(el, 'welfare-benefit-select');
    $(el, '.result-button')!.click();
    await selected;
    expect(location.hash).to.include('wn-b=');
    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(el.benefit).to.equal('');
    expect(titles(el).length).to.be.greaterThan(0);
    history.replaceState(null, '', location.pathname);
  });

  it('works from the keyboard: search, open, back', async () => {
    const el = await fixture<WelfareBenefitFinder>(html`<welfare-benefit-finder></welfare-benefit-finder>`);
    await ready(el);
    ($(el, '#search') as HTMLInputElement).focus();
    await sendKeys({ type: '喪葬' });
    await el.updateComplete;
    expect(titles(el)).to.include('低收入戶及中低收入戶喪葬補助');
    // Past the chapter select and the audience chips to the first result.
    const stops = 2 + $$(el, '.chip').length;
    for (let i = 0; i < stops; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.classList.contains('result-button')).to.equal(true);
    const selected = oneEvent(el, 'welfare-benefit-select');
    await sendKeys({ press: 'Enter' });
    await selected;
    await detailShown(el);
    expect(el.shadowRoot!.activeElement!.id).to.equal('detail-heading');
    await expect(el).to.be.accessible();
  });

  it('shows a clear message for an unknown benefit id', async () => {
    const el = await fixture<WelfareBenefitFinder>(
      html`<welfare-benefit-finder benefit="no-such-benefit" lang="en"></welfare-benefit-finder>`,
    );
    await ready(el);
    expect($(el, '[role="alert"]')!.textContent).to.include('could not be found');
  });
});
