/**
 * Acceptance: a family of four on a 360 px phone — you (40) and your partner
 * (38), both working, your child (8, 國小, a developmental delay) and your
 * mother (68) — goes from the first screen through the roster and every
 * question to the results, once by keyboard alone and once by touch alone.
 * The results must say whom each benefit is for. axe checks every screen;
 * the steps, key presses and taps are printed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './eligibility-quiz.js';
import type { WelfareEligibilityQuiz } from './eligibility-quiz.component.js';
import { $, FAMILY, chipsOf, familyReply, heading, onScreen, root, settle, type Reply, type RowInput } from './quiz-test-helpers.js';

type Quiz = WelfareEligibilityQuiz;

/** A screen of the quiz, to count steps. */
function screenOf(el: Quiz): string {
  const q = onScreen(el);
  if (q) return `question ${q.key}`;
  if ($(el, 'form.roster')) return 'roster';
  if ($(el, '.summary')) return 'summary';
  if ($(el, '.results')) return 'results';
  return 'intro';
}

interface Walk {
  steps: string[];
  /** Keys pressed to move and choose (Tab, arrows, Space, Enter). */
  keys: number;
  /** Characters typed into fields. */
  typed: number;
  taps: number;
}

/** Checks the results the family should see, whoever entered them. */
function checkResults(el: Quiz): void {
  expect($(el, '.results'), 'the results').to.exist;
  const results = el.results!;
  expect(results.household.members.map((m) => [m.role, m.facts.age])).to.deep.equal([
    ['self', 40],
    ['partner', 38],
    ['child', 8],
    ['parent', 68],
  ]);
  const child = results.household.members[2]!.facts;
  expect(child).to.include({ schoolStage: 'elementary', developmentalDelay: true });
  // 老人乘車補助 is likely, for the grandmother.
  expect(results.likely).to.include('senior-bus-fare-subsidy');
  expect(chipsOf(el, 'senior-bus-fare-subsidy')).to.deep.equal(['父母（68 歲）']);
  const byMember = $(el, '[data-section=by-member]')!;
  expect(byMember.querySelectorAll('.member-row[data-member^=m]').length).to.equal(4);
  expect(byMember.querySelector('[data-member=m4] dd')!.textContent).to.contain('老人乘車補助');
  // Something is for the child, and nothing for the grown-ups is said of the child.
  const forChild = [...root(el).querySelectorAll<HTMLElement>('[data-group=likely] .benefit, [data-group=more-info] .benefit')].filter(
    (card) => [...card.querySelectorAll('.member-chip')].some((c) => c.textContent!.trim() === '子女（8 歲）'),
  );
  expect(forChild.length, 'benefits for the child').to.be.greaterThan(0);
  expect(chipsOf(el, 'senior-bus-fare-subsidy')).to.not.include('子女（8 歲）');
}

describe('acceptance: a family of four on a 360 px phone', function () {
  this.timeout(120000);
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'zh-Hant');
    history.replaceState(null, '', location.pathname);
  });

  let keyboardLikely: string[] = [];

  it('by keyboard alone: Tab, Space, Enter, arrow keys and typing', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    const walk: Walk = { steps: [], keys: 0, typed: 0, taps: 0 };
    const active = () => root(el).activeElement as HTMLElement | null;
    const step = async () => {
      walk.steps.push(screenOf(el));
      expect(active()?.id, `focus on the heading of ${screenOf(el)}`).to.equal('step-heading');
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(360);
      await expect(el).to.be.accessible();
    };
    const press = async (key: string) => {
      walk.keys++;
      await sendKeys({ press: key });
      await settle(el);
    };
    const type = async (text: string) => {
      walk.typed += text.length;
      await sendKeys({ type: text });
      await settle(el);
    };
    const tabTo = async (what: string, match: (e: HTMLElement) => boolean) => {
      for (let i = 0; i < 60; i++) {
        await press('Tab');
        const a = active();
        if (a && match(a)) return a;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    const chooseOption = async (value: string) => {
      const select = active() as HTMLSelectElement;
      const target = [...select.options].findIndex((o) => o.value === value);
      expect(target, `option ${value}`).to.be.at.least(0);
      for (let i = 0; i < 12 && select.selectedIndex !== target; i++) await press(select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp');
      expect(select.value).to.equal(value);
    };

    // The first screen: Tab to "start", Enter.
    root(el).querySelector<HTMLElement>('#step-heading')!.focus();
    await step();
    await tabTo('start', (e) => e.dataset.action === 'start');
    await press('Enter');

    // The roster, row by row.
    await step();
    const rows: readonly RowInput[] = FAMILY;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const li = () => root(el).querySelectorAll<HTMLElement>('li.member')[i]!;
      const inRow = (field: string) => (e: HTMLElement) => e.dataset.field === field && li().contains(e);
      if (i > 0) {
        // "Add a member" put the focus on the new row's relation.
        expect(active()?.dataset.field).to.equal('role');
        await chooseOption(row.role!);
      }
      await tabTo(`age ${i + 1}`, inRow('age'));
      await type(String(row.age));
      if (row.sex) {
        await tabTo(`sex ${i + 1}`, inRow('sex'));
        await chooseOption(row.sex);
      }
      if (row.schoolStage) {
        await tabTo(`school stage ${i + 1}`, inRow('school-stage'));
        await chooseOption(row.schoolStage);
      }
      for (const tick of row.ticks ?? []) {
        await tabTo(`${tick} ${i + 1}`, (e) => e.dataset.tick === tick && li().contains(e));
        await press('Space');
        expect((active() as HTMLInputElement).checked).to.equal(true);
      }
      if (i < rows.length - 1) {
        await tabTo('add a member', (e) => e.dataset.action === 'add-member');
        await press('Enter');
      }
    }
    await expect(el).to.be.accessible();
    await tabTo('next', (e) => e.dataset.action === 'roster-next');
    await press('Enter');

    // Every question, answered as the family would.
    for (let n = 0; n < 60 && onScreen(el); n++) {
      await step();
      const q = onScreen(el)!;
      const answer: Reply = familyReply(q) ?? 'skip';
      const form = $<HTMLFormElement>(el, 'form.question')!;
      if (answer === 'skip') {
        await tabTo('skip', (e) => e.dataset.action === 'skip');
        await press('Enter');
      } else if ('choice' in answer) {
        const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')];
        const target = radios.findIndex((r) => r.value === answer.choice);
        await tabTo('the choices', (e) => e instanceof HTMLInputElement && e.type === 'radio');
        // The arrow keys move through the group and choose; Space chooses the first.
        if (target === 0) await press('Space');
        for (let i = 0; i < target; i++) await press('ArrowDown');
        expect((active() as HTMLInputElement).value).to.equal(answer.choice);
        expect((active() as HTMLInputElement).checked).to.equal(true);
        await press('Enter');
      } else if ('tick' in answer) {
        const wanted = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
          .map((b) => b.value)
          .filter((v) => answer.tick === 'all' || answer.tick.includes(v));
        for (const value of wanted) {
          await tabTo(`box ${value}`, (e) => e instanceof HTMLInputElement && e.value === value);
          await press('Space');
        }
        await tabTo('next', (e) => e.getAttribute('type') === 'submit');
        await press('Enter');
      } else {
        await tabTo('the number', (e) => e.id === 'q-input');
        await type(String(answer.number));
        await press('Enter');
      }
      expect(onScreen(el)?.key, `${q.key} was answered`).to.not.equal(q.key);
    }

    // The summary, then the results.
    await step();
    expect(heading(el)).to.equal('確認您的回答');
    await tabTo('see the results', (e) => e.dataset.action === 'results');
    await press('Enter');
    await settle(el);
    await step();
    checkResults(el);
    keyboardLikely = el.results!.likely;
    const questions = walk.steps.filter((s) => s.startsWith('question')).length;
    console.log(
      `acceptance, keyboard: ${walk.steps.length} steps (${questions} questions), ${walk.keys} key presses (Tab, arrows, Space, Enter) and ${walk.typed} characters typed`,
    );
  });

  it('by touch alone: taps on targets of at least 44 × 44 px', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    const walk: Walk = { steps: [], keys: 0, typed: 0, taps: 0 };
    const step = async () => {
      walk.steps.push(screenOf(el));
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(360);
      await expect(el).to.be.accessible();
    };
    /** A finger on a target (its box, a checkbox's or radio's label, is at least 44 × 44 px); `activate`: what the tap does. */
    const touch = async (target: HTMLElement | null | undefined, what: string, activate: (e: HTMLElement) => void) => {
      expect(target, what).to.exist;
      const box =
        target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio') ? target.closest('label')! : target!;
      box.scrollIntoView({ block: 'center' });
      const r = box.getBoundingClientRect();
      expect(Math.min(r.width, r.height), `${what}: ${Math.round(r.width)}×${Math.round(r.height)}`).to.be.at.least(44);
      walk.taps++;
      box.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
      box.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerType: 'touch' }));
      activate(box);
      await settle(el);
    };
    const tap = (target: HTMLElement | null | undefined, what: string) => touch(target, what, (box) => box.click());
    /** The phone's own picker: a tap on the select, then on an option. */
    const pick = async (select: HTMLSelectElement | null, value: string, what: string) => {
      await touch(select, what, (s) => s.focus());
      walk.taps++;
      select!.value = value;
      select!.dispatchEvent(new Event('change'));
      await settle(el);
    };
    /** The phone's keyboard: a tap on the field, then the digits. */
    const typeInto = async (input: HTMLInputElement | null, text: string, what: string) => {
      await touch(input, what, (i) => i.focus());
      expect(root(el).activeElement, `${what} has the focus`).to.equal(input);
      walk.typed += text.length;
      await sendKeys({ type: text });
      await settle(el);
    };

    await step();
    await tap($(el, '[data-action=start]'), 'start');
    await step();
    for (let i = 0; i < FAMILY.length; i++) {
      const row = FAMILY[i]!;
      if (i > 0) await tap($(el, '[data-action=add-member]'), 'add a member');
      const li = root(el).querySelectorAll<HTMLElement>('li.member')[i]!;
      if (row.role) await pick(li.querySelector('[data-field=role]'), row.role, `relation ${i + 1}`);
      await typeInto(li.querySelector('[data-field=age]'), String(row.age), `age ${i + 1}`);
      if (row.sex) await pick(li.querySelector('[data-field=sex]'), row.sex, `sex ${i + 1}`);
      if (row.schoolStage) await pick(li.querySelector('[data-field=school-stage]'), row.schoolStage, `school stage ${i + 1}`);
      for (const tick of row.ticks ?? []) await tap(li.querySelector<HTMLElement>(`[data-tick=${tick}]`), `${tick} ${i + 1}`);
    }
    await expect(el).to.be.accessible();
    await tap($(el, '[data-action=roster-next]'), 'next');

    for (let n = 0; n < 60 && onScreen(el); n++) {
      await step();
      const q = onScreen(el)!;
      const answer: Reply = familyReply(q) ?? 'skip';
      if (answer === 'skip') {
        await tap($(el, '[data-action=skip]'), 'skip');
        continue;
      }
      if ('choice' in answer) {
        await tap($(el, `form.question input[value="${answer.choice}"]`), answer.choice);
      } else if ('tick' in answer) {
        for (const box of root(el).querySelectorAll<HTMLInputElement>('form.question input[type=checkbox]'))
          if (answer.tick === 'all' || answer.tick.includes(box.value)) await tap(box, box.value);
      } else {
        await typeInto($(el, '#q-input'), String(answer.number), 'the number');
      }
      await tap($(el, 'form.question button[type=submit]'), 'next');
      expect(onScreen(el)?.key, `${q.key} was answered`).to.not.equal(q.key);
    }
    await step();
    await tap($(el, '[data-action=results]'), 'see the results');
    await settle(el);
    await step();
    checkResults(el);
    if (keyboardLikely.length) expect(el.results!.likely, 'the same results by keyboard and by touch').to.deep.equal(keyboardLikely);
    const questions = walk.steps.filter((s) => s.startsWith('question')).length;
    console.log(
      `acceptance, touch: ${walk.steps.length} steps (${questions} questions), ${walk.taps} taps and ${walk.typed} characters typed`,
    );
  });
});
