import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluate, holds } from '../../src/eligibility/evaluate.ts';
import { factsOf, type Rule } from '../../src/eligibility/rules.ts';

const quote = 'q';
const registered: Rule = { fact: 'registeredInTaichung', op: 'is', value: true, quote };
const senior: Rule = { fact: 'age', op: 'gte', value: 65, quote };
const lowIncome: Rule = { fact: 'householdStatus', op: 'in', value: ['low-income', 'middle-low-income'], quote };
const toddler: Rule = { fact: 'childAges', op: 'between', value: [0, 1], quote };
const incomeTest: Rule = { office: 'income-test', quote, label: { 'zh-Hant': '所得審查', en: 'Income test' } };

test('all conditions met gives likely', () => {
  const r = evaluate({ all: [registered, senior] }, { registeredInTaichung: true, age: 70 });
  assert.equal(r.outcome, 'likely');
  assert.deepEqual(
    r.conditions.map((c) => c.status),
    ['met', 'met'],
  );
});

test('an unknown answer gives more-info, never a guess', () => {
  const r = evaluate({ all: [registered, senior] }, { registeredInTaichung: true });
  assert.equal(r.outcome, 'more-info');
  assert.deepEqual(
    r.conditions.map((c) => c.status),
    ['met', 'unknown'],
  );
});

test('a failed condition gives unlikely even when others are unknown', () => {
  const r = evaluate({ all: [registered, senior] }, { age: 40 });
  assert.equal(r.outcome, 'unlikely');
});

test('office checks stay listed and do not block likely', () => {
  const r = evaluate({ all: [registered, senior, incomeTest] }, { registeredInTaichung: true, age: 70 });
  assert.equal(r.outcome, 'likely');
  assert.equal(r.conditions[2]?.status, 'office');
});

test('meeting only where-you-live conditions, the rest left to the office, is not "likely"', () => {
  assert.equal(evaluate({ all: [registered, incomeTest] }, { registeredInTaichung: true }).outcome, 'more-info');
  assert.equal(evaluate({ all: [registered, incomeTest] }, { registeredInTaichung: false }).outcome, 'unlikely');
});

test('any: one met branch is enough; all failed is unlikely; unknown stays unknown', () => {
  const rule: Rule = { any: [senior, lowIncome] };
  assert.equal(evaluate(rule, { age: 30, householdStatus: 'low-income' }).outcome, 'likely');
  assert.equal(evaluate(rule, { age: 30, householdStatus: 'neither' }).outcome, 'unlikely');
  assert.equal(evaluate(rule, { age: 30 }).outcome, 'more-info');
  // An exception the office decides is no way to "likely" for someone the rule rules out.
  assert.equal(evaluate({ any: [senior, incomeTest] }, { age: 30 }).outcome, 'more-info');
  assert.equal(evaluate({ any: [senior, incomeTest] }, { age: 70 }).outcome, 'likely');
  assert.equal(evaluate({ all: [senior, { any: [incomeTest, incomeTest] }] }, { age: 70 }).outcome, 'likely');
});

test('not inverts met and failed and keeps unknown', () => {
  const rule: Rule = { not: lowIncome };
  assert.equal(evaluate(rule, { householdStatus: 'neither' }).outcome, 'likely');
  assert.equal(evaluate(rule, { householdStatus: 'low-income' }).outcome, 'unlikely');
  assert.equal(evaluate(rule, {}).outcome, 'more-info');
});

test('numeric ops on the applicant and on any child', () => {
  const cases: [Rule, Record<string, unknown>, string][] = [
    [{ fact: 'age', op: 'lt', value: 18, quote }, { age: 17 }, 'likely'],
    [{ fact: 'age', op: 'lt', value: 18, quote }, { age: 18 }, 'unlikely'],
    [{ fact: 'age', op: 'lte', value: 18, quote }, { age: 18 }, 'likely'],
    [{ fact: 'age', op: 'gt', value: 64, quote }, { age: 65 }, 'likely'],
    [{ fact: 'age', op: 'is', value: 12, quote }, { age: 12 }, 'likely'],
    [{ fact: 'age', op: 'between', value: [45, 69], quote }, { age: 69 }, 'likely'],
    [{ fact: 'age', op: 'between', value: [45, 69], quote }, { age: 70 }, 'unlikely'],
    [{ fact: 'yearsRegisteredInTaichung', op: 'gte', value: 1, quote }, { yearsRegisteredInTaichung: 0 }, 'unlikely'],
    [toddler, { childAges: [5, 1] }, 'likely'],
    [toddler, { childAges: [5, 3] }, 'unlikely'],
    [toddler, { childAges: [] }, 'unlikely'],
    [{ fact: 'childAges', op: 'lt', value: 2, quote }, { childAges: [1] }, 'likely'],
    [{ fact: 'disabilityLevel', op: 'is', value: 'severe', quote }, { disabilityLevel: 'mild' }, 'unlikely'],
    [{ fact: 'disabilityLevel', op: 'in', value: ['severe', 'profound'], quote }, { disabilityLevel: 'profound' }, 'likely'],
  ];
  for (const [rule, answers, expected] of cases) {
    assert.equal(evaluate(rule, answers).outcome, expected, JSON.stringify({ rule, answers }));
  }
});

test('receivesBenefits: excluded when received, checked at the office when not answered', () => {
  const rule: Rule = { all: [senior, { not: { fact: 'receivesBenefits', op: 'includes', value: 'x', quote } }] };
  assert.equal(evaluate(rule, { age: 70, receivesBenefits: ['x'] }).outcome, 'unlikely');
  assert.equal(evaluate(rule, { age: 70, receivesBenefits: [] }).outcome, 'likely');
  const unanswered = evaluate(rule, { age: 70 });
  assert.equal(unanswered.outcome, 'likely');
  assert.equal(unanswered.conditions[1]?.status, 'office');
});

test('open rules have no personal eligibility', () => {
  assert.equal(evaluate({ open: true }, {}).outcome, 'open');
});

test('holds picks an amount tier', () => {
  assert.equal(holds(lowIncome, { householdStatus: 'middle-low-income' }), 'met');
  assert.equal(holds(lowIncome, {}), 'unknown');
});

test('factsOf lists the facts a rule asks about', () => {
  assert.deepEqual([...factsOf({ all: [registered, { not: lowIncome }, incomeTest] })], ['registeredInTaichung', 'householdStatus']);
});

test('a real record (handbook 貳一) evaluates as its text says', () => {
  const example = JSON.parse(readFileSync(new URL('../../data/benefits/chapter-02.json', import.meta.url), 'utf8')).records[0];
  assert.equal(example.id, 'early-intervention-therapy-transport-subsidy');
  const preschooler = { registeredInTaichung: true, childDisabilityOrDelay: true, childAges: [4] };
  assert.equal(evaluate(example.rule, preschooler).outcome, 'likely');
  assert.equal(evaluate(example.rule, { ...preschooler, registeredInTaichung: false }).outcome, 'unlikely');
  assert.equal(evaluate(example.rule, { registeredInTaichung: true, childAges: [4] }).outcome, 'more-info');
});
