/**
 * Drives <welfare-eligibility-quiz> in tests: the roster filled in by
 * setting its fields, questions answered by id. (The acceptance test drives it
 * by keyboard and by touch instead.)
 */
import { expect, nextFrame } from '@open-wc/testing';
import type { WelfareEligibilityQuiz } from './eligibility-quiz.component.js';

type Quiz = WelfareEligibilityQuiz;

/** Waits for the element's update, and for its data while it loads (the first load compiles the data modules: seconds). */
export async function settle(el: Quiz): Promise<void> {
  const start = performance.now();
  for (;;) {
    await el.updateComplete;
    await nextFrame();
    if (!el.shadowRoot!.querySelector('.status--loading') || performance.now() - start > 20000) break;
  }
  await el.updateComplete;
}

export const root = (el: Quiz) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Quiz, selector: string) => root(el).querySelector<T & HTMLElement>(selector);
export const currentQuestion = (el: Quiz) => $(el, 'form.question')?.dataset.question;
export const currentKey = (el: Quiz) => $(el, 'form.question')?.dataset.key;
export const heading = (el: Quiz) => $(el, '#step-heading')?.textContent?.trim() ?? '';

export async function click(el: Quiz, selector: string): Promise<void> {
  const target = $(el, selector);
  expect(target, selector).to.not.equal(null);
  target!.click();
  await settle(el);
}

/** One roster row as the tests give it. */
export interface RowInput {
  role?: string;
  age?: number | string;
  sex?: '' | 'f' | 'm';
  schoolStage?: string;
  ticks?: readonly ('disability' | 'developmentalDelay' | 'employed' | 'caredFor')[];
}

function setField(field: HTMLInputElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** Fills the roster (adding rows as needed) without submitting it. */
export async function fillRoster(el: Quiz, rows: readonly RowInput[]): Promise<void> {
  expect($(el, 'form.roster'), 'the roster').to.not.equal(null);
  for (let i = 0; i < rows.length; i++) {
    const items = () => [...root(el).querySelectorAll<HTMLElement>('li.member')];
    if (items().length <= i) await click(el, '[data-action=add-member]');
    const row = items()[i]!;
    const input = rows[i]!;
    const field = <T extends HTMLElement>(name: string) => row.querySelector<T>(`[data-field=${name}]`);
    if (input.role) setField(field<HTMLSelectElement>('role')!, input.role);
    if (input.age !== undefined) setField(field<HTMLInputElement>('age')!, String(input.age));
    await settle(el);
    if (input.sex !== undefined) setField(field<HTMLSelectElement>('sex')!, input.sex);
    if (input.schoolStage !== undefined) setField(field<HTMLSelectElement>('school-stage')!, input.schoolStage);
    await settle(el);
    for (const box of row.querySelectorAll<HTMLInputElement>('[data-tick]')) {
      const on = (input.ticks ?? []).includes(box.dataset.tick as never);
      if (box.checked !== on) {
        box.click();
        await settle(el);
      }
    }
  }
}

/** Fills the roster and goes on to the first question. */
export async function submitRoster(el: Quiz, rows: readonly RowInput[]): Promise<void> {
  await fillRoster(el, rows);
  await click(el, '[data-action=roster-next]');
}

/** How a test answers one question: a choice, boxes to tick, a number, or "don't know". */
export type Reply = { choice: string } | { tick: readonly string[] | 'all' } | { number: number } | 'skip';

/** The question on screen: its id, key and the values its inputs offer. */
export interface OnScreen {
  id: string;
  key: string;
  values: string[];
}

export function onScreen(el: Quiz): OnScreen | undefined {
  const form = $<HTMLFormElement>(el, 'form.question');
  if (!form) return undefined;
  return {
    id: form.dataset.question!,
    key: form.dataset.key!,
    values: [...form.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].map((i) => i.value),
  };
}

/** Answers one question with `reply` and submits it. */
export async function reply(el: Quiz, answer: Reply): Promise<void> {
  if (answer === 'skip') {
    await click(el, '[data-action=skip]');
    return;
  }
  if ('choice' in answer) {
    await click(el, `form.question input[type=radio][value="${answer.choice}"]`);
  } else if ('tick' in answer) {
    for (const box of root(el).querySelectorAll<HTMLInputElement>('form.question input[type=checkbox]')) {
      const on = answer.tick === 'all' || answer.tick.includes(box.value);
      // One tick at a time, as a person ticks them: each render gives the boxes the draft so far.
      if (box.checked !== on) {
        box.click();
        await settle(el);
      }
    }
  } else {
    const input = $<HTMLInputElement>(el, '#q-input')!;
    input.value = String(answer.number);
    input.dispatchEvent(new Event('input'));
    await settle(el);
  }
  await click(el, 'form.question button[type=submit]');
}

/** Answers every question with `plan` (undefined: "don't know") up to the summary; returns the keys asked. */
export async function answerAll(el: Quiz, plan: (q: OnScreen) => Reply | undefined, seen: string[] = []): Promise<string[]> {
  for (let i = 0; i < 60; i++) {
    const q = onScreen(el);
    if (!q) break;
    seen.push(q.key);
    await reply(el, plan(q) ?? 'skip');
  }
  expect(onScreen(el), 'the questions came to an end').to.equal(undefined);
  return seen;
}

/** The benefit ids shown in a results group. */
export const shownIds = (el: Quiz, group: string) =>
  [...root(el).querySelectorAll<HTMLElement>(`[data-group="${group}"] .benefit`)].map((b) => b.dataset.benefit!);

/** The 適用 chips of a benefit's card. */
export const chipsOf = (el: Quiz, id: string) =>
  [...root(el).querySelectorAll<HTMLElement>(`[data-benefit="${id}"] .member-chip`)].map((c) => c.textContent!.trim());

/** The family of the acceptance test: you (40), your partner (38), your child (8, 國小, a developmental delay), your mother (68). */
export const FAMILY: readonly RowInput[] = [
  { age: 40, sex: 'm', ticks: ['employed'] },
  { role: 'partner', age: 38, sex: 'f', ticks: ['employed'] },
  { role: 'child', age: 8, schoolStage: 'elementary', ticks: ['developmentalDelay'] },
  { role: 'parent', age: 68, sex: 'f' },
];

/** How that family answers: everyone registered and living in Taichung for years, nothing happened, an ordinary household. */
export function familyReply(q: OnScreen): Reply | undefined {
  switch (q.id) {
    case 'baseline-all':
      return { tick: 'all' };
    case 'months-registered-all':
    case 'months-registered':
      // The longest range: "… 以上".
      return { choice: q.values.filter((v) => v !== 'not-all').at(-1)! };
    case 'residence':
      return { choice: 'both' };
    case 'household-status':
      return { choice: 'n' };
    case 'months-since-event':
      return { choice: 'none' };
    case 'marital-status':
      return { choice: q.key.endsWith('@m4') ? 'widowed' : 'married' };
    case 'housing':
      return { choice: 'own' };
    case 'works-in-taichung':
    case 'in-taiwan-183':
    case 'citizen':
    case 'health-insurance':
      return q.key.includes('+') ? { tick: 'all' } : { choice: 'yes' };
    case 'events':
    case 'situations':
    case 'receives-benefits':
    case 'disaster-damage':
      return { tick: [] };
    default:
      return undefined;
  }
}
