import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import './eligibility-quiz.js';
import type { WelfareEligibilityQuiz } from './eligibility-quiz.component.js';
import type { WelfareEventMap } from '../base/events.js';
import { scanQr } from '../../test/browser/scan-qr.js';
import {
  $,
  FAMILY,
  answerAll,
  chipsOf,
  click,
  currentKey,
  currentQuestion,
  familyReply,
  fillRoster,
  heading,
  onScreen,
  reply,
  root,
  settle,
  shownIds,
  submitRoster,
} from './quiz-test-helpers.js';

type Quiz = WelfareEligibilityQuiz;
type QuizChange = CustomEvent<WelfareEventMap['welfare-quiz-change']>;

/** A household of one: a 68-year-old woman in a middle-low-income household, living alone in Taichung for 30 years. */
const SENIOR = JSON.stringify({
  members: [
    {
      role: 'self',
      facts: {
        age: 68,
        female: true,
        registeredInTaichung: true,
        livesInTaichung: true,
        monthsRegisteredInTaichung: 360,
        disability: false,
        employed: false,
        caredFor: false,
      },
    },
  ],
  facts: { householdStatus: 'middle-low-income', livingAlone: true },
});

/** One person's facts, the format before households. */
const FLAT = JSON.stringify({ age: 68, householdStatus: 'middle-low-income', registeredInTaichung: true, livesInTaichung: true });

const isoHousehold = (el: Quiz) => el.results!.household;

/** From the first screen through the roster of `SENIOR` (prefilled) to the summary, answering as she would. */
async function seniorToSummary(el: Quiz): Promise<void> {
  await click(el, '[data-action=start]');
  expect($(el, 'form.roster')).to.exist;
  await click(el, '[data-action=roster-next]');
  await answerAll(el, familyReply);
  expect($(el, '.summary')).to.exist;
}

describe('<welfare-eligibility-quiz>', function () {
  // Result pages list every benefit in scope; axe needs a few seconds to read them.
  this.timeout(90000);

  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'zh-Hant');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens on a first screen that says answers stay here and this is not an application, then asks who lives there', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    const text = root(el).textContent!;
    expect(text).to.contain('不會傳送到任何地方');
    expect(text).to.contain('這不是申請');
    expect(root(el).querySelectorAll('[data-event]').length).to.equal(8);
    await expect(el).to.be.accessible();
    await click(el, '[data-action=start]');
    expect(heading(el)).to.equal('家裡有哪些人？');
    expect(root(el).activeElement?.id).to.equal('step-heading');
    expect($(el, '[role=status]')!.textContent).to.contain('家裡有哪些人');
    // One row to start with: the person the quiz is for, who has no relation to choose.
    expect(root(el).querySelectorAll('li.member').length).to.equal(1);
    expect($(el, '[data-member=m1] [data-field=role]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('lists the household on the roster: rows added and removed, ticks offered by age, a bad age explained', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await click(el, '[data-action=add-member]');
    expect(root(el).querySelectorAll('li.member').length).to.equal(2);
    // The new row's first field has the focus.
    expect(root(el).activeElement?.getAttribute('data-field')).to.equal('role');
    await fillRoster(el, [{ age: 40 }, { role: 'child', age: 8 }]);
    const ticks = (id: string) =>
      [...root(el).querySelectorAll<HTMLInputElement>(`[data-member=${id}] [data-tick]`)].map((t) => t.dataset.tick);
    // A delay is asked of children, work of people 15 and over; the school stage of people up to 30.
    expect(ticks('m1')).to.deep.equal(['disability', 'employed', 'caredFor']);
    expect(ticks('m2')).to.deep.equal(['disability', 'developmentalDelay', 'caredFor']);
    expect($(el, '[data-member=m1] [data-field=school-stage]')).to.not.exist;
    expect($(el, '[data-member=m2] [data-field=school-stage]')).to.exist;
    await expect(el).to.be.accessible();
    await click(el, '[data-action=add-member]');
    await fillRoster(el, [{ age: 40 }, { role: 'child', age: 8 }, { role: 'parent', age: '老' }]);
    await click(el, '[data-action=roster-next]');
    const error = $(el, '[data-member=m3] .error')!;
    expect(error.textContent).to.contain('0 到 120');
    const age = $<HTMLInputElement>(el, '[data-member=m3] [data-field=age]')!;
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect(age.getAttribute('aria-describedby')).to.equal(error.id);
    expect(root(el).activeElement).to.equal(age);
    expect(currentQuestion(el)).to.equal(undefined);
    await expect(el).to.be.accessible();
    await click(el, '[data-member=m3] [data-action=remove-member]');
    expect(root(el).querySelectorAll('li.member').length).to.equal(2);
    const change = oneEvent(el, 'welfare-quiz-change');
    await click(el, '[data-action=roster-next]');
    const { detail } = (await change) as QuizChange;
    expect(detail.question).to.equal('roster');
    expect(detail.household.members.map((m) => [m.role, m.facts.age])).to.deep.equal([
      ['self', 40],
      ['child', 8],
    ]);
    // Unticked is an answer: no.
    expect(detail.household.members[1]!.facts.developmentalDelay).to.equal(false);
    expect(currentQuestion(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks about everyone first, then only what can still change a result, never twice, naming whom', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await submitRoster(el, FAMILY);
    expect(currentQuestion(el)).to.equal('baseline-all');
    expect(heading(el)).to.contain('每個人');
    expect($(el, '[role=status]')!.textContent).to.contain('第 1 題');
    await expect(el).to.be.accessible();
    const seen: string[] = [];
    let whoOfThese = false;
    let aboutSomeone = false;
    await answerAll(
      el,
      (q) => {
        if (q.key.includes('+')) {
          whoOfThese = true;
          // "Who of these…": a box per member, named by role and age.
          expect([...root(el).querySelectorAll('form.question .option')].map((o) => o.textContent!.trim())).to.include(
            '配偶或伴侶（38 歲）',
          );
        }
        if ($(el, 'form.question .about')) aboutSomeone = true;
        return familyReply(q);
      },
      seen,
    );
    expect(new Set(seen).size, seen.join()).to.equal(seen.length);
    // Everyone is registered: nobody is asked it again, nor the man whether he is pregnant.
    expect(seen.filter((k) => k.startsWith('residence'))).to.deep.equal([]);
    expect(seen).to.not.include('age@m1');
    expect(whoOfThese, 'a "who of these" question').to.equal(true);
    expect(aboutSomeone, 'a question about one member says whom').to.equal(true);
    expect($(el, '.summary')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('goes back with the answer kept, and edits an answer and the roster from the summary', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await submitRoster(el, FAMILY);
    expect(currentQuestion(el)).to.equal('baseline-all');
    await reply(el, { tick: ['registeredInTaichung', 'livesInTaichung'] });
    const second = currentKey(el);
    await click(el, '[data-action=back]');
    expect(currentQuestion(el)).to.equal('baseline-all');
    expect($<HTMLInputElement>(el, 'input[value=registeredInTaichung]')!.checked).to.be.true;
    expect($<HTMLInputElement>(el, 'input[value=citizen]')!.checked).to.be.false;
    await expect(el).to.be.accessible();
    await click(el, 'form.question button[type=submit]');
    expect(currentKey(el)).to.equal(second);
    // Back from the first question is the roster, with the rows kept.
    await click(el, '[data-action=back]');
    await click(el, '[data-action=back]');
    expect($(el, 'form.roster')).to.exist;
    expect($<HTMLInputElement>(el, '[data-member=m2] [data-field=age]')!.value).to.equal('38');
    // The roster again: the answer given is kept, the next question follows.
    await click(el, '[data-action=roster-next]');
    expect(currentKey(el)).to.equal(second);
    await click(el, '[data-action=finish]');
    expect(heading(el)).to.equal('確認您的回答');
    expect($(el, '[data-section=roster]')!.textContent).to.contain('配偶或伴侶（38 歲）');
    expect(root(el).textContent).to.contain('戶籍在臺中市、實際住在臺中市');
    await expect(el).to.be.accessible();
    await click(el, '[data-edit=baseline-all]');
    expect(currentQuestion(el)).to.equal('baseline-all');
    expect($(el, '[data-action=back]')!.textContent).to.contain('回到確認頁');
    await reply(el, { tick: ['registeredInTaichung', 'livesInTaichung', 'citizen'] });
    expect($(el, '.summary')).to.exist;
    expect(root(el).textContent).to.contain('戶籍在臺中市、實際住在臺中市、本國籍');
    expect(isoHousehold(el).members.every((m) => m.facts.citizen === true)).to.equal(true);
    expect(root(el).activeElement?.id).to.equal('step-heading');
    // The roster from the summary: a changed age comes back to the summary.
    await click(el, '[data-action=edit-roster]');
    await fillRoster(el, [{ age: 41 }]);
    await click(el, '[data-action=roster-next]');
    expect($(el, '.summary')).to.exist;
    expect($(el, '[data-section=roster]')!.textContent).to.contain('您（41 歲）');
    expect(isoHousehold(el).members[1]!.facts.citizen).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('accepts "don\'t know" and "prefer not to say", and keeps those benefits to check', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz audience="older-people"></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await submitRoster(el, [{ age: 70, sex: 'f' }]);
    // An unanswered submit of a choice explains what to do.
    let sensitive = false;
    let explained = false;
    for (let i = 0; i < 60 && onScreen(el); i++) {
      const q = onScreen(el)!;
      if (!explained && $(el, 'form.question input[type=radio]')) {
        await click(el, 'form.question button[type=submit]');
        expect($(el, '#q-error')!.textContent).to.contain('不知道');
        expect(currentKey(el)).to.equal(q.key);
        await expect(el).to.be.accessible();
        explained = true;
      }
      if ($(el, '#q-why')) {
        // A sensitive question says why it is asked and offers "prefer not to say".
        expect($(el, '[data-action=skip]')!.textContent!.trim()).to.equal('不想回答');
        if (!sensitive) await expect(el).to.be.accessible();
        sensitive = true;
      } else {
        expect($(el, '[data-action=skip]')!.textContent!.trim()).to.equal('不知道');
      }
      await reply(el, 'skip');
    }
    expect(explained && sensitive).to.equal(true);
    expect(root(el).textContent).to.contain('不想回答');
    expect(root(el).textContent).to.contain('不知道');
    await click(el, '[data-action=results]');
    expect(shownIds(el, 'likely')).to.deep.equal(el.results!.likely);
    const more = shownIds(el, 'more-info');
    expect(more).to.include('senior-middle-low-income-living-allowance');
    const card = $(el, '[data-benefit="senior-middle-low-income-living-allowance"]')!;
    expect(card.textContent).to.contain('還不確定的條件');
    expect(card.textContent).to.contain('不確定');
    await expect(el).to.be.accessible();
  });

  it('starts from a life event: the scene, its preset answer and its first questions', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-event=death]');
    expect($(el, 'form.roster')).to.exist;
    await submitRoster(el, [{ age: 50, sex: 'f' }]);
    expect(currentQuestion(el)).to.equal('events');
    expect($(el, '.scene')!.textContent).to.contain('喪葬');
    // The event already said a family member died.
    expect(isoHousehold(el).facts.deathInFamily).to.equal(true);
    expect($(el, 'input[value=deathInFamily]')).to.not.exist;
    await expect(el).to.be.accessible();
    await reply(el, { tick: [] });
    expect(currentQuestion(el)).to.equal('months-since-event');
    await reply(el, { choice: '0' });
    expect(currentQuestion(el)).to.equal('household-status');
    await reply(el, { choice: 'l' });
    await answerAll(el, familyReply);
    expect(root(el).textContent).to.contain('從「家人過世」開始');
    await click(el, '[data-action=results]');
    // Likely only while the event's "a family member died" is kept: the flow's answer to the
    // household checklist clears the facts it did not offer (src/eligibility/flow.ts withFacts).
    expect([...shownIds(el, 'likely'), ...shownIds(el, 'more-info')]).to.include('low-income-funeral-subsidy');
    await expect(el).to.be.accessible();
  });

  it('shows results in three groups and by member, the not-eligible group collapsed, each with whom, why, how much and where', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz district="豐原區"></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await submitRoster(el, FAMILY);
    await answerAll(el, familyReply);
    const complete = oneEvent(el, 'welfare-quiz-complete');
    await click(el, '[data-action=results]');
    const { detail } = await complete;
    const results = el.results!;
    expect(detail.likely).to.deep.equal(results.likely);
    expect(detail.household).to.deep.equal(results.household);
    expect(detail.household.members).to.have.length(4);
    expect(new Set(shownIds(el, 'likely'))).to.deep.equal(new Set(results.likely));
    expect(shownIds(el, 'more-info')).to.deep.equal(results.moreInfo);
    expect(shownIds(el, 'unlikely')).to.deep.equal(results.unlikely);
    expect(results.likely).to.include('senior-bus-fare-subsidy');
    expect(chipsOf(el, 'senior-bus-fare-subsidy')).to.deep.equal(['父母（68 歲）']);
    expect(($(el, 'details[data-group=unlikely]') as HTMLDetailsElement).open).to.be.false;
    const byMember = $(el, '[data-section=by-member]')!;
    expect(byMember.querySelector('h3')!.textContent).to.contain('每個人很可能可以申請的');
    expect(byMember.querySelector('[data-member=m4]')!.textContent).to.contain('老人乘車補助');
    expect(byMember.querySelector('[data-member=m4] dt')!.textContent).to.equal('父母（68 歲）');
    const card = $(el, '[data-benefit="senior-bus-fare-subsidy"]')!;
    expect(card.querySelector('.conditions')!.textContent).to.contain('符合');
    expect(card.textContent).to.contain('下一步');
    expect(card.querySelector<HTMLAnchorElement>('a[href^="tel:"]'), 'a phone to call').to.exist;
    await expect(el).to.be.accessible();
    ($(el, 'details[data-group=unlikely]') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('names the district office of the `district` attribute, and limits the benefits to the `audience`', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR} district="豐原區"></welfare-eligibility-quiz>`);
    await settle(el);
    await seniorToSummary(el);
    await click(el, '[data-action=results]');
    expect(root(el).textContent).to.contain('您的戶籍地區公所：豐原區公所');
    const all = el.results!.verdicts.length;
    const older = await fixture<Quiz>(
      html`<welfare-eligibility-quiz answers=${SENIOR} audience="older-people"></welfare-eligibility-quiz>`,
    );
    await settle(older);
    await seniorToSummary(older);
    await click(older, '[data-action=results]');
    expect(older.results!.verdicts.length).to.be.greaterThan(0).and.lessThan(all);
    expect(older.results!.likely).to.include('senior-bus-fare-subsidy');
    expect(older.results!.likely).to.not.include('birth-allowance');
    await expect(older).to.be.accessible();
  });

  it('combines the likely benefits’ documents into one checklist', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR}></welfare-eligibility-quiz>`);
    await settle(el);
    await seniorToSummary(el);
    await click(el, '[data-action=results]');
    const rows = [...root(el).querySelectorAll<HTMLElement>('.checklist li')];
    expect(rows.length).to.be.greaterThan(2);
    const count = Number(/(\d+) 項福利需要/.exec(rows[0]!.textContent!)?.[1]);
    expect(count).to.be.greaterThan(1);
    expect(rows[0]!.querySelector('input[type=checkbox]')).to.exist;
    expect($(el, '[data-action=print]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('makes a link that reopens the same results; writes the URL only with sync-url', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await submitRoster(el, FAMILY);
    await answerAll(el, familyReply);
    await click(el, '[data-action=results]');
    expect(location.hash).to.equal('');
    await click(el, '[data-action=copy-link]');
    const link = ($(el, '#share-url') as HTMLInputElement).value;
    expect(link).to.match(/#.*wq-h=/);
    expect($(el, '.share [role=status]')!.textContent).to.contain('連結');
    expect(location.hash, 'the page URL is untouched').to.equal('');
    await expect(el).to.be.accessible();

    history.replaceState(null, '', new URL(link).hash);
    const reopened = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(reopened);
    await settle(reopened);
    expect($(reopened, '.results')).to.exist;
    expect(reopened.results).to.deep.equal(el.results);
    expect(chipsOf(reopened, 'senior-bus-fare-subsidy')).to.deep.equal(['父母（68 歲）']);

    history.replaceState(null, '', location.pathname);
    const synced = await fixture<Quiz>(html`<welfare-eligibility-quiz sync-url></welfare-eligibility-quiz>`);
    await settle(synced);
    await click(synced, '[data-action=start]');
    await submitRoster(synced, [{ age: 70 }]);
    expect(decodeURIComponent(location.hash)).to.contain('"age":70');
    await reply(synced, familyReply(onScreen(synced)!) ?? 'skip');
    expect(location.hash).to.match(/wq-k=[^&]+/);
    synced.reset();
    await settle(synced);
    expect(location.hash).to.equal('');
  });

  it('prefills from the `answers` attribute: a household, one person’s facts, a link, and a link made before households', async () => {
    const household = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR}></welfare-eligibility-quiz>`);
    await settle(household);
    expect(isoHousehold(household).members[0]!.facts.age).to.equal(68);
    expect(isoHousehold(household).facts.householdStatus).to.equal('middle-low-income');
    // Prefilled: the first screen continues.
    expect($(household, '[data-action=start]')!.textContent).to.contain('繼續回答');
    await click(household, '[data-action=start]');
    expect($<HTMLInputElement>(household, '[data-member=m1] [data-field=age]')!.value).to.equal('68');

    const flat = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${FLAT}></welfare-eligibility-quiz>`);
    await settle(flat);
    expect(isoHousehold(flat).members).to.have.length(1);
    expect(isoHousehold(flat).members[0]!.facts.age).to.equal(68);
    expect(isoHousehold(flat).facts.householdStatus).to.equal('middle-low-income');
    expect($(flat, '.intro .note')).to.not.exist;

    const h = JSON.stringify({
      members: [
        { role: 'self', facts: { age: 40 } },
        { role: 'child', facts: { age: 3 } },
      ],
      facts: {},
    });
    const link = await fixture<Quiz>(
      html`<welfare-eligibility-quiz answers=${`#wq-h=${encodeURIComponent(h)}&wq-v=r`}></welfare-eligibility-quiz>`,
    );
    await settle(link);
    await settle(link);
    expect($(link, '.results')).to.exist;
    expect(isoHousehold(link).members.map((m) => m.role)).to.deep.equal(['self', 'child']);
    await expect(link).to.be.accessible();

    const before = '#wq-s=self&wq-a=ag.68~hs.m~rs.both';
    const legacy = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${before}></welfare-eligibility-quiz>`);
    await settle(legacy);
    const note = $(legacy, '.intro .note')!;
    expect(note.textContent).to.contain('請檢查「家裡有哪些人」');
    expect(isoHousehold(legacy).members[0]!.facts.age).to.equal(68);
    expect(isoHousehold(legacy).facts.householdStatus).to.equal('middle-low-income');
    await expect(legacy).to.be.accessible();
    await click(legacy, '[data-action=start]');
    expect($(legacy, 'form.roster')).to.exist;
    expect($<HTMLInputElement>(legacy, '[data-member=m1] [data-field=age]')!.value).to.equal('68');
  });

  it('reset() forgets every answer', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR}></welfare-eligibility-quiz>`);
    await settle(el);
    expect(isoHousehold(el).members[0]!.facts.age).to.equal(68);
    el.reset();
    await settle(el);
    expect(isoHousehold(el).members).to.deep.equal([{ id: 'm1', role: 'self', facts: {} }]);
    expect(isoHousehold(el).facts).to.deep.equal({});
    expect($(el, '.intro')).to.exist;
    expect($(el, '[data-action=start]')!.textContent).to.contain('不選，直接開始');
    expect(root(el).activeElement?.id).to.equal('step-heading');
    await click(el, '[data-action=start]');
    expect($<HTMLInputElement>(el, '[data-member=m1] [data-field=age]')!.value).to.equal('');
  });

  it('shows a clear message for malformed answers, and never throws', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz answers='{"age": "old"}'></welfare-eligibility-quiz>`);
    await settle(el);
    expect($(el, '[role=alert]')!.textContent).to.contain('格式不正確');
    await expect(el).to.be.accessible();
    el.answers = '{"members":[{"role":"child"}]}';
    await settle(el);
    expect($(el, '[role=alert]')!.textContent).to.contain('格式不正確');
    el.answers = 'ag.68~hs.m';
    await settle(el);
    expect($(el, '[role=alert]')).to.not.exist;
    expect(isoHousehold(el).members[0]!.facts.age).to.equal(68);
    expect(isoHousehold(el).facts.householdStatus).to.equal('middle-low-income');
  });

  it('sends welfare-quiz-change with the question key, the answer and the household', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await submitRoster(el, [{ age: 40 }, { role: 'partner', age: 38 }]);
    const change = oneEvent(el, 'welfare-quiz-change');
    await reply(el, { tick: ['registeredInTaichung', 'livesInTaichung'] });
    const { detail } = (await change) as QuizChange;
    expect(detail.question).to.equal('baseline-all');
    expect(detail.answer).to.deep.equal(['registeredInTaichung', 'livesInTaichung']);
    expect(detail.household.members.map((m) => [m.facts.registeredInTaichung, m.facts.livesInTaichung])).to.deep.equal([
      [true, true],
      [true, true],
    ]);
    expect(detail.asked).to.equal(1);
    expect(detail.remaining).to.be.greaterThan(0);
    // "Don't know" is null.
    const skipped = oneEvent(el, 'welfare-quiz-change');
    const key = currentKey(el);
    await reply(el, 'skip');
    expect((await skipped).detail).to.include({ question: key, answer: null });
  });

  it('in kiosk mode, offers the results link as a QR code that scans back to the link, not a clipboard', async () => {
    const plain = await fixture<Quiz>(html`<welfare-eligibility-quiz answers=${SENIOR}></welfare-eligibility-quiz>`);
    await settle(plain);
    await seniorToSummary(plain);
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
    await seniorToSummary(el);
    await click(el, '[data-action=results]');
    expect($(el, '[data-action=copy-link]'), 'no clipboard on a shared screen').to.not.exist;
    const code = $(el, '[part=share-code] welfare-qr-code') as HTMLElement & { value: string };
    expect(code).to.exist;
    expect(code.value).to.match(/^https:\/\/example\.org\/welfare\/quiz\.html\?x=1#.*wq-h=/);
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

  it('has 44 px targets, and 60 px in kiosk mode, on the roster and the questions', async () => {
    const height = (q: Quiz, s: string) => $(q, s)!.getBoundingClientRect().height;
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz></welfare-eligibility-quiz>`);
    await settle(el);
    await click(el, '[data-action=start]');
    await fillRoster(el, [{ age: 40 }, { role: 'child', age: 8 }]);
    for (const s of [
      '[data-field=age]',
      '[data-field=sex]',
      '[data-field=role]',
      '.tick',
      '[data-action=add-member]',
      '[data-action=remove-member]',
    ])
      expect(height(el, s), s).to.be.at.least(44);
    await click(el, '[data-action=roster-next]');
    expect(height(el, '.option')).to.be.at.least(44);
    expect(height(el, 'button[type=submit]')).to.be.at.least(44);
    const kiosk = await fixture<Quiz>(html`<welfare-eligibility-quiz kiosk></welfare-eligibility-quiz>`);
    await settle(kiosk);
    expect(height(kiosk, '[data-event=death]')).to.be.at.least(60);
    await click(kiosk, '[data-action=start]');
    for (const s of ['[data-field=age]', '[data-field=sex]', '.tick', '[data-action=add-member]', '[data-action=roster-next]'])
      expect(height(kiosk, s), s).to.be.at.least(60);
    await expect(kiosk).to.be.accessible();
    await submitRoster(kiosk, [{ age: 40 }, { role: 'child', age: 8 }]);
    expect(height(kiosk, '.option')).to.be.at.least(60);
    expect(height(kiosk, '[data-action=skip]')).to.be.at.least(60);
    await expect(kiosk).to.be.accessible();
  });

  it('marks the language of benefit titles: Chinese, or the English they fall back to', async () => {
    const link = `#wq-h=${encodeURIComponent(SENIOR)}&wq-v=r`;
    for (const [lang, titles] of [
      ['zh-Hant', 'zh-Hant'],
      ['vi', 'en'],
    ] as const) {
      const el = await fixture<Quiz>(html`<welfare-eligibility-quiz lang=${lang} answers=${link}></welfare-eligibility-quiz>`);
      await settle(el);
      await settle(el);
      const title = $(el, '[data-benefit="senior-bus-fare-subsidy"] h4')!;
      expect(title.getAttribute('lang'), lang).to.equal(titles);
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<Quiz>(html`<welfare-eligibility-quiz lang="en"></welfare-eligibility-quiz>`);
    await settle(el);
    for (let i = 0; i < 10 && !/[A-Za-z]{4}/.test(heading(el)); i++) await settle(el);
    expect(heading(el)).to.match(/benefit/i);
    expect($(el, '[data-action=start]')!.textContent).to.match(/[A-Za-z]{4}/);
    await click(el, '[data-action=start]');
    expect($(el, 'form.roster')).to.exist;
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
    await submitRoster(el, [{ age: 40 }, { role: 'partner', age: 38 }]);
    expect(currentQuestion(el)).to.exist;
    await expect(el).to.be.accessible();
  });
});
