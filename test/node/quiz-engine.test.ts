import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Rule } from '../../src/eligibility/rules.ts';
import { FACTS, type FactName } from '../../src/eligibility/facts.ts';
import { QUESTIONS, LIFE_EVENTS, questionById, type Question } from '../../src/eligibility/questions.ts';
import {
  AnswersFormatError,
  EMPTY_STATE,
  answer,
  answerOf,
  decisiveUnknowns,
  decodeState,
  effectiveFacts,
  encodeState,
  nextQuestion,
  outcomes,
  parsePrefill,
  remainingQuestions,
  startWithLifeEvent,
  type QuizState,
} from '../../src/eligibility/next-question.ts';
import { describeCondition, describeExplainedLeaf, explainRule } from '../../src/eligibility/describe.ts';
import { benefitRules } from '../../src/generated/benefit-rules.ts';

const quote = 'q';
const registered: Rule = { fact: 'registeredInTaichung', op: 'is', value: true, quote };
const senior: Rule = { fact: 'age', op: 'gte', value: 65, quote };
const lowIncome: Rule = { fact: 'householdStatus', op: 'in', value: ['low-income', 'middle-low-income'], quote };
const disabled: Rule = { fact: 'disability', op: 'is', value: true, quote };

const q = (id: string): Question => {
  const found = questionById(id);
  assert.ok(found, id);
  return found;
};
const ids = (qs: Question[]) => qs.map((x) => x.id);

test('whom we ask for comes first, then residence, then age, in the default order', () => {
  const rules = [{ all: [registered, senior, lowIncome] }];
  assert.deepEqual(ids(remainingQuestions(EMPTY_STATE, rules)), ['subject', 'residence', 'age', 'household-status']);
});

test('a question is skipped when no benefit in play has an unknown condition on its facts', () => {
  const rules = [{ all: [registered, senior] }, { all: [registered, disabled] }];
  let state: QuizState = answer(EMPTY_STATE, q('subject'), 'self');
  state = answer(state, q('residence'), 'neither');
  // Both benefits need registration: nothing left can change a result.
  assert.equal(nextQuestion(state, rules), undefined);
  state = answer(state, q('residence'), 'both');
  assert.deepEqual(ids(remainingQuestions(state, rules)), ['age', 'disability']);
  state = answer(state, q('age'), 40);
  assert.deepEqual(ids(remainingQuestions(state, rules)), ['disability']);
});

test('a branch already decided does not make its other facts worth asking', () => {
  const rule: Rule = { any: [senior, lowIncome] };
  assert.deepEqual([...decisiveUnknowns(rule, { age: 70 })], []);
  assert.deepEqual([...decisiveUnknowns(rule, { age: 30 })], ['householdStatus']);
  assert.deepEqual([...decisiveUnknowns({ all: [registered, senior] }, { age: 30 })], []);
  // An office branch already counts as likely.
  const office: Rule = { office: 'assessment', quote, label: { 'zh-Hant': '評估', en: 'Assessment' } };
  assert.deepEqual([...decisiveUnknowns({ any: [senior, office] }, {})], []);
  assert.deepEqual([...decisiveUnknowns({ not: lowIncome }, {})], ['householdStatus']);
});

test('never asks the same thing twice, also after "don\'t know"', () => {
  const rules = Object.values(benefitRules).map((r) => r.rule);
  let state: QuizState = EMPTY_STATE;
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    const next = nextQuestion(state, rules);
    if (!next) break;
    assert.ok(!seen.includes(next.id), `asked ${next.id} twice`);
    seen.push(next.id);
    state = answer(state, next, null);
  }
  assert.equal(nextQuestion(state, rules), undefined);
  assert.ok(seen.length > 10);
  assert.deepEqual(state.answers, {});
  assert.equal(answerOf(state, q('age')), null);
});

test('"don\'t know" leaves the fact unknown, so the benefit stays "more-info"', () => {
  const rules = { a: { rule: { all: [registered, senior] } as Rule } };
  let state = answer(EMPTY_STATE, q('residence'), 'both');
  state = answer(state, q('age'), null);
  assert.equal(state.answers.age, undefined);
  assert.deepEqual(outcomes(state, rules), [{ id: 'a', outcome: 'more-info' }]);
  assert.equal(nextQuestion(state, [rules.a.rule]), q('subject'));
});

test('changing an answer replaces the facts of that question', () => {
  let state = answer(EMPTY_STATE, q('residence'), 'both');
  state = answer(state, q('residence'), 'lives');
  assert.deepEqual(state.answers, { registeredInTaichung: false, livesInTaichung: true });
  assert.deepEqual(state.asked, ['residence']);
  assert.equal(answerOf(state, q('residence')), 'lives');
});

test('questions ask only when meaningful: years after registration, pregnancy for women', () => {
  const yearsRule: Rule = { fact: 'yearsRegisteredInTaichung', op: 'gte', value: 1, quote };
  const pregnantRule: Rule = { fact: 'pregnant', op: 'is', value: true, quote };
  let state = answer(EMPTY_STATE, q('subject'), 'self');
  state = answer(state, q('residence'), 'lives');
  assert.equal(effectiveFacts(state.answers).yearsRegisteredInTaichung, 0);
  assert.equal(nextQuestion(state, [yearsRule]), undefined);
  state = answer(state, q('female'), 'm');
  assert.equal(nextQuestion(state, [pregnantRule]), undefined);
  state = answer(state, q('female'), 'f');
  assert.equal(nextQuestion(state, [pregnantRule])?.id, 'pregnant');
});

test('a life event presets facts and puts its questions first', () => {
  const rules = Object.values(benefitRules).map((r) => r.rule);
  let state = startWithLifeEvent(EMPTY_STATE, 'death');
  assert.equal(state.answers.deathInFamily, true);
  assert.ok(state.asked.includes('death-in-family'));
  state = answer(state, q('subject'), 'self');
  assert.deepEqual(ids(remainingQuestions(state, rules)).slice(0, 3), ['residence', 'household-status', 'sudden-income-loss']);
  const job = startWithLifeEvent(EMPTY_STATE, 'lost-job');
  assert.equal(nextQuestion(answer(job, q('subject'), 'self'), rules)?.id, 'involuntary-unemployment');
  for (const event of LIFE_EVENTS) for (const id of event.first) assert.ok(questionById(id), `${event.id}: ${id}`);
});

test('every fact a rule uses is asked by some question (receivesBenefits is left to the office)', () => {
  const asked = new Set(QUESTIONS.flatMap((x) => x.facts));
  const missing = (Object.keys(FACTS) as FactName[]).filter((f) => !asked.has(f));
  assert.deepEqual(missing, ['receivesBenefits']);
  const codes = QUESTIONS.map((x) => x.code);
  assert.equal(new Set(codes).size, codes.length, 'question codes are unique');
});

test('the shared link round-trips answers, "don\'t know", subject, life event and view', () => {
  let state = startWithLifeEvent(EMPTY_STATE, 'new-baby');
  state = answer(state, q('subject'), 'family');
  state = answer(state, q('residence'), 'both');
  state = answer(state, q('age'), 31);
  state = answer(state, q('household-status'), 'l');
  state = answer(state, q('children'), [3, 0]);
  state = answer(state, q('disability'), null);
  state = answer(state, q('pregnant'), false);
  const encoded = encodeState(state, 'results');
  assert.equal(encoded.a, 'rs.both~ag.31~hs.l~ch.0_3~di~pg.0');
  const { state: back, view } = decodeState(encoded);
  assert.equal(view, 'results');
  assert.deepEqual(back.answers, state.answers);
  assert.deepEqual(back.subject, 'family');
  assert.equal(back.lifeEvent, 'new-baby');
  assert.deepEqual(back.asked, state.asked);
  assert.deepEqual(decodeState(encodeState(answer(EMPTY_STATE, q('children'), []))).state.answers, { childAges: [] });
});

test('malformed links and prefills are reported, never half-applied', () => {
  for (const bad of [
    { a: 'zz.1' },
    { a: 'ag.abc' },
    { a: 'rs.nowhere' },
    { s: 'king' },
    { e: 'lottery' },
    { a: 'di.2' },
    { a: 'ag.500' },
  ]) {
    assert.throws(() => decodeState(bad), AnswersFormatError, JSON.stringify(bad));
  }
  assert.throws(() => parsePrefill('{"age": "old"}'), AnswersFormatError);
  assert.throws(() => parsePrefill('{"shoeSize": 42}'), AnswersFormatError);
  assert.throws(() => parsePrefill('{not json'), AnswersFormatError);
  assert.throws(() => parsePrefill('[1,2]'), AnswersFormatError);
});

test('prefill: JSON facts or the link encoding', () => {
  const json = parsePrefill('{"age":68,"householdStatus":"middle-low-income","registeredInTaichung":true}');
  assert.deepEqual(json.state.answers, { age: 68, householdStatus: 'middle-low-income', registeredInTaichung: true });
  assert.deepEqual(json.state.asked, ['age', 'household-status']);
  assert.deepEqual(parsePrefill('ag.68~hs.m').state.answers, { age: 68, householdStatus: 'middle-low-income' });
  const fragment = parsePrefill('#wn-q=x&wq-s=self&wq-a=ag.70&wq-v=r');
  assert.equal(fragment.view, 'results');
  assert.equal(fragment.state.subject, 'self');
  assert.deepEqual(parsePrefill('').state, { answers: {}, asked: [] });
});

test('conditions are described in plain words', () => {
  assert.equal(describeCondition(senior as never), '年齡 65 歲以上');
  assert.equal(describeCondition(lowIncome as never), '低收入戶或中低收入戶');
  assert.equal(describeCondition({ fact: 'childAges', op: 'between', value: [0, 2], quote }), '有 0 至 2 歲的孩子');
  assert.equal(describeCondition({ fact: 'yearsRegisteredInTaichung', op: 'gte', value: 1, quote }), '戶籍設在臺中市滿 1 年');
  const rule: Rule = { all: [registered, { not: { fact: 'receivesBenefits', op: 'includes', value: ['x'] as never, quote } }] };
  const receives: Rule = { all: [registered, { not: { fact: 'receivesBenefits', op: 'includes', value: 'birth-allowance', quote } }] };
  assert.equal(explainRule(rule, {}).length, 2);
  const [reg, not] = explainRule(receives, { registeredInTaichung: true, receivesBenefits: ['birth-allowance'] });
  assert.equal(reg?.status, 'met');
  assert.equal(not?.status, 'failed');
  assert.equal(not?.kind, 'leaf');
  if (not?.kind === 'leaf')
    assert.equal(
      describeExplainedLeaf(not, 'zh-Hant', () => '生育津貼'),
      '沒有同時領取「生育津貼」',
    );
  const any = explainRule({ any: [senior, lowIncome] }, { age: 70 });
  assert.equal(any[0]?.kind, 'any');
  assert.equal(any[0]?.status, 'met');
});

test('every fact condition in the data can be described', () => {
  const walk = (rule: Rule): void => {
    if ('fact' in rule) assert.ok(describeCondition(rule).length > 0, JSON.stringify(rule));
    else if ('all' in rule) rule.all.forEach(walk);
    else if ('any' in rule) rule.any.forEach(walk);
    else if ('not' in rule) walk(rule.not);
  };
  for (const r of Object.values(benefitRules)) walk(r.rule);
});
