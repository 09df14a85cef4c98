import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './eligibility-quiz.js';
import type { WelfareEligibilityQuiz } from './eligibility-quiz.component.js';
import { scanQr } from '../../test/browser/scan-qr.js';

type Quiz = WelfareEligibilityQuiz;

const SENIOR = JSON.stringify({
  registeredInTaichung: true,
  livesInTaichung: true,
  yearsRegisteredInTaichung: 30,
  age: 68,
  householdStatus: 'middle-low-income',
  livingAlone: true,
  childAges: [],
  recentBirth: false,
});

async function settle(el: Quiz): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await el.updateComplete;
    await nextFrame();
    if (!el.shadowRoot!.querySelector('.status--loading')) break;
  }
  await el.updateComplete;
}

const root = (el: Quiz) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Quiz, selector: string) => root(el).querySelector<T & HTMLElement>(selector);
const currentQuestion = (el: Quiz) => $(el, 'form.question')?.dataset.question;
const heading = (el: Quiz) => $(el, '#step-heading')?.textContent?.trim() ?? '';

async function click(el: Quiz, selector: string): Promise<void> {
  const target = $(el, selector);
  expect(target, selector).to.exist;
  target!.click();
  await settle(el);
}

async function choose(el: Quiz, value: string): Promise<void> {
  await click(el, `input[type=radio][value="${value}"]`);
  await click(el, 'button[type=submit]');
}

async function type(el: Quiz, value: string | number): Promise<void> {
  const input = $(el, '#q-input') as HTMLInputElement;
  input.value = String(value);
  input.dispatchEvent(new Event('input'));
  await settle(el);
  await click(el, 'button[type=submit]');
}

/** Answers whatever is asked by its id, "don't know" for the rest, up to the summary. */
async function answerUntilSummary(el: Quiz, answers: Record<string, string | number>, seen: string[] = []): Promise<string[]> {
  for (let i = 0; i < 40 && currentQuestion(el); i++) {
    const id = currentQuestion(el)!;
    seen.push(id);
    const value = answers[id];
    if (value === undefined) await click(el, '[data-action=skip]');
    else if (typeof value === 'number') await type(el, value);
    else await choose(el, value);
  }
  return seen;
}

const ids = (el: Quiz, group: string) =>
  [...root(el).querySelectorAll<HTMLElement>(`[data-group="${group}"] .benefit`)].map((b) => b.dataset.benefit!);

describe('<welfare-eligibility-quiz>', function () {
  // Result pages list every benefit in scope; axe needs a few seconds to read them.
  this.timeout(60000);

  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'zh-Hant');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens on a first screen that says answers stay here and this is not an application', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    const text = root(el).textContent!;
    expect(text).to.contain('不會傳送到任何地方');
    expect(text).to.contain('這不是申請');
    expect(root(el).querySelectorAll('[data-event]').length).to.equal(8);
    await expect(el).to.be.accessible();
    await click(el, '[data-action=start]');
    expect(currentQuestion(el)).to.equal('subject');
    expect(root(el).activeElement?.id).to.equal('step-heading');
    expect($(el, '[role=status]')!.textContent).to.contain('第 1 題');
    await expect(el).to.be.accessible();
  });

  it('skips questions that can no longer change a result and never asks twice', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await choose(el, 'self');
    expect(currentQuestion(el)).to.equal('residence');
    await choose(el, 'lives');
    // Not registered in Taichung: how many years registered cannot matter.
    await expect(el).to.be.accessible();
    expect(currentQuestion(el)).to.equal('age');
    await type(el, 40);
    await expect(el).to.be.accessible();
    const seen = await answerUntilSummary(el, { female: 'm' });
    expect(seen).to.not.include('years');
    // A man is not asked whether he is pregnant.
    expect(seen).to.include('female');
    expect(seen).to.not.include('pregnant');
    expect(new Set(seen).size).to.equal(seen.length);
    expect($(el, '.summary')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('goes back with the answer kept, and edits an answer from the summary', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await choose(el, 'self');
    await choose(el, 'both');
    expect(currentQuestion(el)).to.equal('years');
    await click(el, '[data-action=back]');
    expect(currentQuestion(el)).to.equal('residence');
    expect(($(el, 'input[value=both]') as HTMLInputElement).checked).to.be.true;
    await expect(el).to.be.accessible();
    await choose(el, 'registered');
    await type(el, 3);
    await type(el, 70);
    await click(el, '[data-action=finish]');
    expect(heading(el)).to.equal('確認您的回答');
    expect(root(el).textContent).to.contain('70 歲');
    await expect(el).to.be.accessible();
    await click(el, '[data-edit=age]');
    expect(currentQuestion(el)).to.equal('age');
    expect(($(el, '#q-input') as HTMLInputElement).value).to.equal('70');
    expect($(el, '[data-action=back]')!.textContent).to.contain('回到確認頁');
    await type(el, 66);
    expect($(el, '.summary')).to.exist;
    expect(root(el).textContent).to.contain('66 歲');
    expect(el.results!.answers.age).to.equal(66);
    expect(root(el).activeElement?.id).to.equal('step-heading');
  });

  it('accepts "don\'t know" and "prefer not to say", and keeps those benefits to check', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz audience="disability"></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-event=disability]');
    await choose(el, 'self');
    expect(currentQuestion(el)).to.equal('disability');
    // A sensitive question says why it is asked and offers "prefer not to say".
    expect($(el, '#q-why')).to.exist;
    expect($(el, '[data-action=skip]')!.textContent!.trim()).to.equal('不想回答');
    await expect(el).to.be.accessible();
    await click(el, '[data-action=skip]');
    expect(currentQuestion(el)).to.not.equal('disability');
    expect(currentQuestion(el)).to.not.equal('disability-level');
    // An unanswered submit explains what to do.
    await click(el, 'button[type=submit]');
    expect($(el, '#q-error')!.textContent).to.contain('不知道');
    await expect(el).to.be.accessible();
    await answerUntilSummary(el, { residence: 'both', age: 30 });
    expect(root(el).textContent).to.contain('不想回答');
    await click(el, '[data-action=results]');
    const more = ids(el, 'more-info');
    expect(more).to.include('disability-living-allowance');
    const card = $(el, '[data-benefit="disability-living-allowance"]')!;
    expect(card.textContent).to.contain('不確定');
    expect(card.textContent).to.contain('有身心障礙證明');
    await expect(el).to.be.accessible();
  });

  it('starts from a life event: the scene, its preset answer and its first questions', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-event=death]');
    await choose(el, 'family');
    expect(currentQuestion(el)).to.equal('residence');
    expect($(el, '.scene')!.textContent).to.contain('喪葬');
    // Asking for a family member changes the wording.
    expect(heading(el)).to.contain('這個人');
    await expect(el).to.be.accessible();
    await choose(el, 'both');
    expect(currentQuestion(el)).to.equal('household-status');
    await choose(el, 'l');
    await click(el, '[data-action=finish]');
    expect(root(el).textContent).to.contain('家人過世');
    expect(el.results!.answers.deathInFamily).to.equal(true);
    await click(el, '[data-action=results]');
    expect(ids(el, 'likely')).to.include('low-income-funeral-subsidy');
    await expect(el).to.be.accessible();
  });

  it('shows results in three groups, the not-eligible group collapsed, each with why, how much and where', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR} district="豐原區"></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await answerUntilSummary(el, { subject: 'self' });
    const complete = oneEvent(el, 'welfare-quiz-complete');
    await click(el, '[data-action=results]');
    const { detail } = await complete;
    const results = el.results!;
    expect(detail.likely).to.deep.equal(results.likely);
    expect(new Set(ids(el, 'likely'))).to.deep.equal(new Set(results.likely));
    expect(ids(el, 'more-info')).to.deep.equal(results.moreInfo);
    expect(ids(el, 'unlikely')).to.deep.equal(results.unlikely);
    expect(results.likely).to.include('senior-bus-fare-subsidy');
    expect(results.unlikely).to.include('birth-allowance');
    expect(($(el, 'details[data-group=unlikely]') as HTMLDetailsElement).open).to.be.false;
    const card = $(el, '[data-benefit="senior-bus-fare-subsidy"]')!;
    expect(card.querySelector('.conditions')!.textContent).to.contain('符合');
    expect(card.textContent).to.contain('下一步');
    const tel = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
    expect(tel, 'a phone to call').to.exist;
    await expect(el).to.be.accessible();
    ($(el, 'details[data-group=unlikely]') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('combines the likely benefits’ documents into one checklist', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR}></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await answerUntilSummary(el, { subject: 'self' });
    await click(el, '[data-action=results]');
    const rows = [...root(el).querySelectorAll<HTMLElement>('.checklist li')];
    expect(rows.length).to.be.greaterThan(2);
    const first = rows[0]!.textContent!;
    const count = Number(/(\d+) 項福利需要/.exec(first)?.[1]);
    expect(count).to.be.greaterThan(1);
    expect(rows[0]!.querySelector('input[type=checkbox]')).to.exist;
    expect($(el, '[data-action=print]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('makes a link that reopens the same results; writes the URL only with sync-url', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR}></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await answerUntilSummary(el, { subject: 'self', female: 'f' });
    await click(el, '[data-action=results]');
    expect(location.hash).to.equal('');
    await click(el, '[data-action=copy-link]');
    const link = ($(el, '#share-url') as HTMLInputElement).value;
    expect(link).to.match(/#.*wq-a=/);
    expect(location.hash, 'the page URL is untouched').to.equal('');
    await expect(el).to.be.accessible();

    history.replaceState(null, '', new URL(link).hash);
    const reopened = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(reopened);
    await settle(reopened);
    expect($(reopened, '.results')).to.exist;
    expect(reopened.results).to.deep.equal(el.results);

    history.replaceState(null, '', location.pathname);
    const synced = await fixture<Quiz>(html`<welfare-eligibility-quiz sync-url></welfare-eligibility-quiz>`);
    await settle(synced);
    await click(synced, '[data-action=start]');
    await choose(synced, 'self');
    await choose(synced, 'both');
    expect(location.hash).to.contain('wq-a=rs.both');
    synced.reset();
    await settle(synced);
    expect(location.hash).to.equal('');
  });

  it('reset() forgets every answer', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR}></welfare-eligibility-quiz>`);
    await settle(el);
    expect(el.results!.answers.age).to.equal(68);
    el.reset();
    await settle(el);
    expect(el.results!.answers).to.deep.equal({});
    expect($(el, '.intro')).to.exist;
    expect(root(el).activeElement?.id).to.equal('step-heading');
  });

  it('shows a clear message for malformed answers, and never throws', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers='{"age": "old"}'></welfare-eligibility-quiz>`);
    await settle(el);
    expect($(el, '[role=alert]')!.textContent).to.contain('格式不正確');
    await expect(el).to.be.accessible();
    el.answers = 'ag.68~hs.m';
    await settle(el);
    expect($(el, '[role=alert]')).to.not.exist;
    expect(el.results!.answers).to.deep.equal({ age: 68, householdStatus: 'middle-low-income' });
  });

  it('sends welfare-quiz-change with the answer', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await choose(el, 'self');
    const change = oneEvent(el, 'welfare-quiz-change');
    await choose(el, 'both');
    const { detail } = await change;
    expect(detail.question).to.equal('residence');
    expect(detail.answer).to.equal('both');
    expect(detail.answers).to.deep.equal({ registeredInTaichung: true, livesInTaichung: true });
    expect(detail.remaining).to.be.greaterThan(0);
  });

  it('works with the keyboard alone', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    $(el, '[data-event="turning-65"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentQuestion(el)).to.equal('subject');
    expect(root(el).activeElement?.id).to.equal('step-heading');
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLInputElement).value).to.equal('self');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentQuestion(el)).to.equal('age');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('q-input');
    await sendKeys({ type: '68' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.results!.answers.age).to.equal(68);
    expect(currentQuestion(el)).to.equal('residence');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.results!.answers.livesInTaichung).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('in kiosk mode, offers the results link as a QR code that scans back to the link, not a clipboard', async () => {
    const plain = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR}></welfare-eligibility-quiz>`);
    await settle(plain);
    await click(plain, '[data-action=start]');
    await answerUntilSummary(plain, { subject: 'self', female: 'f' });
    await click(plain, '[data-action=results]');
    expect($(plain, '[part=share-code]'), 'no code outside kiosk mode').to.not.exist;

    const el = await fixture<Quiz>(
      html`<welfare-eligibility-quiz
        kiosk
        share-base="https://example.org/welfare/quiz.html?x=1"
        answers=${SENIOR}
      ></welfare-eligibility-quiz>`,
    );
    await settle(el);
    await click(el, '[data-action=start]');
    await answerUntilSummary(el, { subject: 'self', female: 'f' });
    await click(el, '[data-action=results]');
    expect($(el, '[data-action=copy-link]'), 'no clipboard on a shared screen').to.not.exist;
    const code = $(el, '[part=share-code] welfare-qr-code') as HTMLElement & { value: string };
    expect(code).to.exist;
    expect(code.value).to.match(/^https:\/\/example\.org\/welfare\/quiz\.html\?x=1#.*wq-a=/);
    let svg: SVGSVGElement | null = null;
    for (let i = 0; i < 50 && !svg; i++) {
      await nextFrame();
      svg = code.shadowRoot!.querySelector('svg[role=img]');
    }
    expect(svg, 'the code is drawn').to.exist;
    expect(svg!.getAttribute('aria-label')).to.equal(`QR 碼：${code.value}`);
    expect(code.shadowRoot!.querySelector('figcaption')!.textContent!.trim()).to.equal(code.value);
    expect(await scanQr(svg!)).to.equal(code.value);
    // The link reopens the same results.
    history.replaceState(null, '', new URL(code.value).hash);
    const reopened = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(reopened);
    await settle(reopened);
    expect(reopened.results).to.deep.equal(el.results);
    history.replaceState(null, '', location.pathname);
    await expect(el).to.be.accessible();
  });

  it('has 44 px targets, and 60 px in kiosk mode', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    const height = (q: Quiz, s: string) => $(q, s)!.getBoundingClientRect().height;
    expect(height(el, '.option')).to.be.at.least(44);
    expect(height(el, 'button[type=submit]')).to.be.at.least(44);
    const kiosk = await fixture<Quiz>(html`<welfare-eligibility-quiz kiosk></welfare-eligibility-quiz>`);
    await settle(kiosk);
    expect(height(kiosk, '[data-event=death]')).to.be.at.least(60);
    await click(kiosk, '[data-action=start]');
    expect(height(kiosk, '.option')).to.be.at.least(60);
    expect(height(kiosk, '[data-action=skip]')).to.be.at.least(60);
    await expect(kiosk).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz lang="en"></welfare-eligibility-quiz>`);
    await settle(el);
    for (let i = 0; i < 10 && !/[A-Za-z]{4}/.test(heading(el)); i++) await settle(el);
    expect(heading(el)).to.match(/benefit/i);
    await click(el, '[data-action=start]');
    expect(heading(el)).to.match(/\?$/);
    await expect(el).to.be.accessible();
  });
});
