/**
 * The quiz's share link and its inputs from the host: the link holds the
 * quiz's own answers and nothing else of the page's fragment; `share-base`
 * is used only when it is an http(s) address; `answers` set to anything at
 * all never breaks the element.
 */
import { expect } from '@open-wc/testing';
import '../../components/eligibility-quiz/eligibility-quiz.js';
import type { WelfareEligibilityQuiz } from '../../components/eligibility-quiz/eligibility-quiz.component.js';
import { mount, removeMounted, until, watchProblems, type ProblemWatch } from './helpers.js';

const HOUSEHOLD = JSON.stringify({
  members: [{ id: 'm1', role: 'self', facts: { age: 68, registeredInTaichung: true, livesInTaichung: true } }],
  facts: { householdStatus: 'middle-low-income' },
});

let watch: ProblemWatch;
let savedHash = '';
beforeEach(() => {
  watch = watchProblems();
  savedHash = location.hash;
});
afterEach(() => {
  watch.stop();
  removeMounted();
  history.replaceState(null, '', `${location.pathname}${location.search}${savedHash}`);
});

async function results(attributes: Record<string, string>): Promise<WelfareEligibilityQuiz> {
  const quiz = mount('welfare-eligibility-quiz', { answers: HOUSEHOLD, ...attributes }) as WelfareEligibilityQuiz;
  const root = await until(() => quiz.shadowRoot?.querySelector('[data-action=start]') && quiz.shadowRoot);
  (root.querySelector('[data-action=start]') as HTMLButtonElement).click();
  const form = await until(() => root.querySelector<HTMLFormElement>('form[data-step=roster]'));
  form.requestSubmit();
  // "See results now", then the results.
  (await until(() => root.querySelector<HTMLButtonElement>('[data-action=finish], [data-action=results]'))).click();
  (await until(() => root.querySelector<HTMLButtonElement>('[data-action=results]'))).click();
  await until(() => root.querySelector('[data-group=likely]'));
  return quiz;
}

async function copiedLink(quiz: WelfareEligibilityQuiz): Promise<URL> {
  const root = quiz.shadowRoot!;
  (root.querySelector('[data-action=copy-link]') as HTMLButtonElement).click();
  const field = await until(() => root.querySelector<HTMLInputElement>('#share-url'));
  return new URL(field.value);
}

describe('the quiz share link', () => {
  it("holds the quiz's own keys only, not the rest of the page's fragment", async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#page-token=abc123&wn-q=%E5%AE%B6%E6%9A%B4`);
    const link = await copiedLink(await results({}));
    const keys = [...new URLSearchParams(link.hash.slice(1)).keys()];
    expect(keys.length).to.be.greaterThan(0);
    expect(
      keys.every((k) => k.startsWith('wq-')),
      keys.join(),
    ).to.equal(true);
    expect(link.hash).not.to.include('page-token');
    expect(link.hash).not.to.include('wn-q');
  });

  it('uses share-base only when it is an http(s) address, and warns once otherwise', async () => {
    const good = await copiedLink(await results({ 'share-base': 'https://example.org/welfare/quiz.html' }));
    expect(good.origin + good.pathname).to.equal('https://example.org/welfare/quiz.html');
    removeMounted();
    for (const bad of ['http://[bad', 'javascript:alert(1)', 'data:text/html,<b>x</b>']) {
      const link = await copiedLink(await results({ 'share-base': bad }));
      expect(link.protocol, bad).to.match(/^https?:$/);
      expect(link.origin).to.equal(location.origin);
      expect(watch.warnings.filter((w) => w.includes(bad))).to.have.length(1);
      removeMounted();
    }
    expect(watch.errors).to.deep.equal([]);
  });
});

describe('the quiz answers property', () => {
  it('takes null, numbers and objects without breaking, and still answers a click', async () => {
    for (const value of [null, undefined, 42, { age: 68 }, ['x']]) {
      const quiz = mount('welfare-eligibility-quiz', {}) as WelfareEligibilityQuiz;
      const root = await until(() => quiz.shadowRoot?.querySelector('[data-action=start]') && quiz.shadowRoot);
      (quiz as unknown as { answers: unknown }).answers = value;
      await quiz.updateComplete;
      (root.querySelector('[data-action=start]') as HTMLButtonElement).click();
      await until(() => root.querySelector('form[data-step=roster]'));
      removeMounted();
    }
    expect(watch.errors).to.deep.equal([]);
  });
});
