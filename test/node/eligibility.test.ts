/**
 * The evaluation policy of docs/eligibility.md, condition by condition: what
 * the office still decides, means tests a certified status settles, `some`
 * groups of members, whom a benefit is for, the facts worked out from the
 * roster and what a member's answers imply.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contextFor, evaluate, holds } from '../../src/eligibility/evaluate.ts';
import { factsOf, OFFICE_KINDS, type OfficeCheck, type OfficeKind, type Rule } from '../../src/eligibility/rules.ts';
import { factsFor, householdFacts, memberFacts, type Household, type Role } from '../../src/eligibility/household.ts';
import { verdictFor } from '../../src/eligibility/verdicts.ts';
import type { Answers, HouseholdStatus } from '../../src/eligibility/facts.ts';

const quote = 'q';
const label = { 'zh-Hant': '查核', en: 'Check' };
const registered: Rule = { fact: 'registeredInTaichung', op: 'is', value: true, quote };
const senior: Rule = { fact: 'age', op: 'gte', value: 65, quote };
const lowIncome: Rule = { fact: 'householdStatus', op: 'in', value: ['low-income', 'middle-low-income'], quote };
const toddler: Rule = { fact: 'childAges', op: 'between', value: [0, 1], quote };
const office = (kind: OfficeKind, settledBy?: HouseholdStatus[]): OfficeCheck => ({
  office: kind,
  quote,
  label,
  ...(settledBy ? { settledBy } : {}),
});
const documents = office('documents');
const incomeTest = office('income-test');

/** A household from roles and facts; members are m1, m2, … in order. */
function household(members: [Role, Answers][], facts: Answers = {}): Household {
  return { members: members.map(([role, f], i) => ({ id: `m${i + 1}`, role, facts: f })), facts };
}

const verdict = (rule: Rule, h: Household) => verdictFor('x', rule, h);

// ---- One person's answers ------------------------------------------------------

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
  assert.deepEqual(r.unknown, ['age@m1']);
});

test('a failed condition gives unlikely even when others are unknown', () => {
  assert.equal(evaluate({ all: [registered, senior] }, { age: 40 }).outcome, 'unlikely');
});

test('documents are routine: they stay listed and leave the benefit likely', () => {
  const r = evaluate({ all: [registered, senior, documents] }, { registeredInTaichung: true, age: 70 });
  assert.equal(r.outcome, 'likely');
  assert.equal(r.conditions[2]?.status, 'office');
  assert.deepEqual(r.pending, []);
});

test('every other office kind keeps "check with the office" and is named in pending', () => {
  const others = OFFICE_KINDS.filter((k) => k !== 'documents');
  assert.deepEqual(others, ['income-test', 'asset-test', 'assessment', 'quota', 'discretion', 'other']);
  for (const kind of others) {
    const check = office(kind);
    const r = evaluate({ all: [registered, senior, documents, check] }, { registeredInTaichung: true, age: 70 });
    assert.equal(r.outcome, 'more-info', kind);
    assert.equal(r.conditions[3]?.status, 'pending', kind);
    assert.deepEqual(r.pending, [check], kind);
    // A failed condition still wins over what the office decides.
    assert.equal(evaluate({ all: [senior, check] }, { age: 40 }).outcome, 'unlikely', kind);
  }
});

test('settledBy settles a means test only for the statuses it lists', () => {
  for (const kind of ['income-test', 'asset-test'] as const) {
    const test = office(kind, ['low-income']);
    const rule: Rule = { all: [senior, test] };
    const low = evaluate(rule, { age: 70, householdStatus: 'low-income' });
    assert.equal(low.outcome, 'likely', kind);
    assert.equal(low.conditions[1]?.status, 'met', kind);
    assert.deepEqual(low.pending, [], kind);
    for (const answers of [
      { age: 70, householdStatus: 'middle-low-income' },
      { age: 70, householdStatus: 'neither' },
      { age: 70 },
    ] as Answers[]) {
      const r = evaluate(rule, answers);
      assert.equal(r.outcome, 'more-info', `${kind} ${JSON.stringify(answers)}`);
      assert.deepEqual(r.pending, [test], `${kind} ${JSON.stringify(answers)}`);
    }
    const both = evaluate(
      { all: [senior, office(kind, ['low-income', 'middle-low-income'])] },
      { age: 70, householdStatus: 'middle-low-income' },
    );
    assert.equal(both.outcome, 'likely', kind);
  }
  // settledBy on anything but a means test settles nothing.
  const assessment = office('assessment', ['low-income']);
  assert.equal(evaluate({ all: [senior, assessment] }, { age: 70, householdStatus: 'low-income' }).outcome, 'more-info');
});

test('meeting only where-you-live conditions, the rest left to the office, is not "likely"', () => {
  assert.equal(evaluate({ all: [registered, documents] }, { registeredInTaichung: true }).outcome, 'more-info');
  assert.equal(evaluate({ all: [registered, documents] }, { registeredInTaichung: false }).outcome, 'unlikely');
});

test('any: one met branch is enough; all failed is unlikely; unknown stays unknown', () => {
  const rule: Rule = { any: [senior, lowIncome] };
  assert.equal(evaluate(rule, { age: 30, householdStatus: 'low-income' }).outcome, 'likely');
  assert.equal(evaluate(rule, { age: 30, householdStatus: 'neither' }).outcome, 'unlikely');
  assert.equal(evaluate(rule, { age: 30 }).outcome, 'more-info');
  // An exception the office decides is no way to "likely" for someone the rule rules out.
  assert.equal(evaluate({ any: [senior, incomeTest] }, { age: 30 }).outcome, 'more-info');
  assert.equal(evaluate({ any: [senior, documents] }, { age: 30 }).outcome, 'more-info');
  assert.equal(evaluate({ any: [senior, incomeTest] }, { age: 70 }).outcome, 'likely');
  // Every way paperwork: routine.
  assert.equal(evaluate({ all: [senior, { any: [documents, documents] }] }, { age: 70 }).outcome, 'likely');
  assert.equal(evaluate({ all: [senior, { any: [incomeTest, incomeTest] }] }, { age: 70 }).outcome, 'more-info');
});

test('not inverts met and failed and keeps unknown', () => {
  const rule: Rule = { not: lowIncome };
  assert.equal(evaluate(rule, { householdStatus: 'neither' }).outcome, 'likely');
  assert.equal(evaluate(rule, { householdStatus: 'low-income' }).outcome, 'unlikely');
  assert.equal(evaluate(rule, {}).outcome, 'more-info');
});

test('numeric ops on the person and on any child', () => {
  const cases: [Rule, Answers, string][] = [
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

test('receivesBenefits: excluded when received; unknown (a question, not the office) when not answered', () => {
  const rule: Rule = { all: [senior, { not: { fact: 'receivesBenefits', op: 'includes', value: 'x', quote } }] };
  assert.equal(evaluate(rule, { age: 70, receivesBenefits: ['x'] }).outcome, 'unlikely');
  assert.equal(evaluate(rule, { age: 70, receivesBenefits: [] }).outcome, 'likely');
  assert.equal(evaluate(rule, { age: 70, receivesBenefits: ['y'] }).outcome, 'likely');
  const unanswered = evaluate(rule, { age: 70 });
  assert.equal(unanswered.outcome, 'more-info');
  assert.equal(unanswered.conditions[1]?.status, 'unknown');
  assert.deepEqual(unanswered.unknown, ['receivesBenefits']);
});

test('open rules have no personal eligibility', () => {
  assert.equal(evaluate({ open: true }, {}).outcome, 'open');
  assert.equal(verdict({ open: true }, household([['self', {}]])).outcome, 'open');
});

test('holds picks an amount tier', () => {
  assert.equal(holds(lowIncome, { householdStatus: 'middle-low-income' }), 'met');
  assert.equal(holds(lowIncome, { householdStatus: 'neither' }), 'failed');
  assert.equal(holds(lowIncome, {}), 'unknown');
});

test('factsOf lists the facts a rule asks about, inside some groups too', () => {
  assert.deepEqual([...factsOf({ all: [registered, { not: lowIncome }, incomeTest] })], ['registeredInTaichung', 'householdStatus']);
  assert.deepEqual([...factsOf({ some: 'child', rule: { all: [senior, registered] } })], ['age', 'registeredInTaichung']);
});

// ---- Whom a benefit is for -----------------------------------------------------

test('member facts are about the person the benefit is for; verdictFor lists whom', () => {
  const rule: Rule = { all: [registered, senior] };
  const family = household([
    ['self', { age: 40, registeredInTaichung: true }],
    ['parent', { age: 70, registeredInTaichung: true }],
    ['grandparent', { age: 90, registeredInTaichung: false }],
  ]);
  const v = verdict(rule, family);
  assert.equal(v.outcome, 'likely');
  assert.deepEqual(v.for, ['m2']);
  assert.equal(v.evaluations.length, 3);
  assert.equal(v.evaluations[0]?.member, 'm2');
  assert.deepEqual(
    v.evaluations.map((e) => e.outcome),
    ['likely', 'unlikely', 'unlikely'],
  );
  // Two members for whom it is likely: both listed.
  const two = household([
    ['self', { age: 66, registeredInTaichung: true }],
    ['partner', { age: 70, registeredInTaichung: true }],
  ]);
  assert.deepEqual(verdict(rule, two).for.sort(), ['m1', 'm2']);
  // Nobody likely but someone possible: "check with the office", for that member.
  const possible = household([
    ['self', { age: 40, registeredInTaichung: true }],
    ['parent', { age: 70 }],
  ]);
  const p = verdict(rule, possible);
  assert.equal(p.outcome, 'more-info');
  assert.deepEqual(p.for, ['m2']);
  assert.deepEqual(p.evaluations[0]?.unknown, ['registeredInTaichung@m2']);
});

test('a rule of household facts only is evaluated once, for nobody in particular', () => {
  const v = verdict(
    { all: [lowIncome, documents] },
    household(
      [
        ['self', { age: 40 }],
        ['child', { age: 3 }],
      ],
      { householdStatus: 'low-income' },
    ),
  );
  assert.equal(v.outcome, 'likely');
  assert.deepEqual(v.for, []);
  assert.equal(v.evaluations.length, 1);
  assert.equal(v.evaluations[0]?.member, undefined);
});

test('some child: one child must meet all of the inner rule', () => {
  const rule: Rule = {
    some: 'child',
    rule: {
      all: [
        { fact: 'age', op: 'lt', value: 6, quote },
        { fact: 'developmentalDelay', op: 'is', value: true, quote },
      ],
    },
  };
  // One child under 6 without a delay, another with a delay but 8: nobody meets both.
  const split = household([
    ['self', { age: 35 }],
    ['child', { age: 4, developmentalDelay: false }],
    ['child', { age: 8, developmentalDelay: true }],
  ]);
  assert.equal(verdict(rule, split).outcome, 'unlikely');
  const one = household([
    ['self', { age: 35, developmentalDelay: true }],
    ['child', { age: 4, developmentalDelay: true }],
    ['child', { age: 8, developmentalDelay: false }],
  ]);
  const v = verdict(rule, one);
  assert.equal(v.outcome, 'likely');
  assert.deepEqual(v.for, []);
  // The conditions reported are the child's who meets them.
  const { conditions } = evaluate(rule, contextFor(one));
  assert.deepEqual(
    conditions.map((c) => [c.status, c.member]),
    [
      ['met', 'm2'],
      ['met', 'm2'],
    ],
  );
  // The person answering is no child, even when young enough.
  assert.equal(verdict(rule, household([['self', { age: 3, developmentalDelay: true }]])).outcome, 'unlikely');
  // A child whose age is not given may still be one: asked about.
  const unknownAge = verdict(
    rule,
    household([
      ['self', { age: 35 }],
      ['child', { developmentalDelay: true }],
    ]),
  );
  assert.equal(unknownAge.outcome, 'more-info');
  assert.deepEqual(unknownAge.evaluations[0]?.unknown, ['age@m2']);
  // Grandchildren are the household's children too.
  assert.equal(
    verdict(
      rule,
      household([
        ['self', { age: 60 }],
        ['grandchild', { age: 2, developmentalDelay: true }],
      ]),
    ).outcome,
    'likely',
  );
});

test('some guardian: the person answering or their partner, nobody else', () => {
  const rule: Rule = { some: 'guardian', rule: { fact: 'employed', op: 'is', value: true, quote } };
  const partnerWorks = household([
    ['self', { age: 30, employed: false }],
    ['partner', { age: 31, employed: true }],
  ]);
  assert.equal(verdict(rule, partnerWorks).outcome, 'likely');
  const onlyOthersWork = household([
    ['self', { age: 30, employed: false }],
    ['parent', { age: 55, employed: true }],
    ['child', { age: 20, employed: true }],
    ['sibling', { age: 25, employed: true }],
  ]);
  assert.equal(verdict(rule, onlyOthersWork).outcome, 'unlikely');
});

test('some parent: a parent of the person the benefit is for', () => {
  const rule: Rule = {
    all: [
      { fact: 'age', op: 'lt', value: 18, quote },
      { some: 'parent', rule: { fact: 'employed', op: 'is', value: true, quote } },
    ],
  };
  const family = household([
    ['self', { age: 40, employed: true }],
    ['child', { age: 10 }],
    ['grandchild', { age: 1 }],
  ]);
  const v = verdict(rule, family);
  // The child's parent (the person answering) works; the grandchild's parents are not listed.
  assert.equal(v.outcome, 'likely');
  assert.deepEqual(v.for, ['m2']);
  const grandchild = v.evaluations.find((e) => e.member === 'm3');
  assert.equal(grandchild?.outcome, 'unlikely');
});

test('some cared-for: the member someone cares for', () => {
  const rule: Rule = {
    all: [
      { fact: 'caregiver', op: 'is', value: true, quote },
      { some: 'cared-for', rule: { fact: 'disability', op: 'is', value: true, quote } },
    ],
  };
  const caring = household([
    ['self', { age: 50, caregiver: true }],
    ['parent', { age: 80, caredFor: true, disability: true }],
  ]);
  const v = verdict(rule, caring);
  assert.equal(v.outcome, 'likely');
  assert.deepEqual(v.for, ['m1']);
  // The disabled member is not the one cared for.
  const other = household([
    ['self', { age: 50, caregiver: true }],
    ['parent', { age: 80, caredFor: true, disability: false }],
    ['sibling', { age: 45, caredFor: false, disability: true }],
  ]);
  assert.equal(verdict(rule, other).outcome, 'unlikely');
  // Nobody cared for: the group is empty and fails.
  assert.equal(verdict(rule, household([['self', { age: 50, caregiver: true }]])).outcome, 'unlikely');
});

test('some adult: 18 or over, or of a grown-up role when the age is not given', () => {
  const rule: Rule = { some: 'adult', rule: { fact: 'employed', op: 'is', value: true, quote } };
  const young = household([
    ['self', { age: 17, employed: true }],
    ['parent', { employed: false }],
  ]);
  assert.equal(verdict(rule, young).outcome, 'unlikely');
  const withGrandparent = household([
    ['self', { age: 17, employed: true }],
    ['grandparent', { employed: true }],
  ]);
  assert.equal(verdict(rule, withGrandparent).outcome, 'likely');
  const grownChild = household([
    ['self', { age: 50, employed: false }],
    ['child', { age: 25, employed: true }],
  ]);
  assert.equal(verdict(rule, grownChild).outcome, 'likely');
});

test('some member and other-member: anyone, or anyone but the person the benefit is for', () => {
  const other: Rule = { all: [senior, { some: 'other-member', rule: { fact: 'caregiver', op: 'is', value: true, quote } }] };
  const alone = household([['self', { age: 70, caregiver: true }]]);
  assert.equal(verdict(other, alone).outcome, 'unlikely');
  const couple = household([
    ['self', { age: 70, caregiver: true }],
    ['partner', { age: 68, caregiver: false }],
  ]);
  // For the partner, the person answering cares; for the person answering, nobody else does.
  const v = verdict(other, couple);
  assert.equal(v.outcome, 'likely');
  assert.deepEqual(v.for, ['m2']);
  const anyone: Rule = { all: [senior, { some: 'member', rule: { fact: 'caregiver', op: 'is', value: true, quote } }] };
  assert.equal(verdict(anyone, alone).outcome, 'likely');
});

// ---- Facts worked out from others --------------------------------------------------

test('childAges come from the roster; an age not given stays unknown', () => {
  const family = household([
    ['self', { age: 30 }],
    ['child', { age: 4 }],
    ['child', {}],
    ['partner', { age: 31 }],
  ]);
  const facts = householdFacts(family);
  assert.equal(facts.householdSize, 4);
  assert.equal((facts.childAges as number[]).length, 2);
  assert.equal((facts.childAges as number[])[0], 4);
  assert.ok(Number.isNaN((facts.childAges as number[])[1]));
  const underThree = evaluate({ fact: 'childAges', op: 'lt', value: 3, quote }, contextFor(family));
  assert.equal(underThree.outcome, 'more-info');
  assert.deepEqual(underThree.unknown, ['age@m3']);
  assert.equal(evaluate({ fact: 'childAges', op: 'lt', value: 6, quote }, contextFor(family)).outcome, 'likely');
  const known = household([
    ['self', { age: 30 }],
    ['child', { age: 10 }],
  ]);
  assert.equal(evaluate({ fact: 'childAges', op: 'lt', value: 3, quote }, contextFor(known)).outcome, 'unlikely');
  assert.equal(evaluate(toddler, contextFor(household([['self', { age: 30 }]]))).outcome, 'unlikely');
});

test('yearsRegisteredInTaichung from the months; none when not registered', () => {
  const years = (months: number) =>
    memberFacts({ id: 'm1', role: 'self', facts: { monthsRegisteredInTaichung: months } }).yearsRegisteredInTaichung;
  assert.equal(years(0), 0);
  assert.equal(years(11), 0);
  assert.equal(years(12), 1);
  assert.equal(years(23), 1);
  assert.equal(years(24), 2);
  const notRegistered = memberFacts({ id: 'm1', role: 'self', facts: { registeredInTaichung: false } });
  assert.equal(notRegistered.monthsRegisteredInTaichung, 0);
  assert.equal(notRegistered.yearsRegisteredInTaichung, 0);
  const rule: Rule = { fact: 'yearsRegisteredInTaichung', op: 'gte', value: 2, quote };
  assert.equal(verdict(rule, household([['self', { monthsRegisteredInTaichung: 23 }]])).outcome, 'unlikely');
  assert.equal(verdict(rule, household([['self', { monthsRegisteredInTaichung: 24 }]])).outcome, 'more-info'); // only where one lives
  const unknown = verdict(rule, household([['self', { registeredInTaichung: true }]]));
  assert.deepEqual(unknown.evaluations[0]?.unknown, ['monthsRegisteredInTaichung@m1']);
});

test('student from the school stage', () => {
  const student = (schoolStage?: string) =>
    memberFacts({ id: 'm1', role: 'self', facts: schoolStage ? ({ schoolStage } as Answers) : {} }).student;
  assert.equal(student('college'), true);
  assert.equal(student('elementary'), true);
  assert.equal(student('senior-high'), true);
  assert.equal(student('preschool'), false);
  assert.equal(student('none'), false);
  assert.equal(student(), undefined);
  const rule: Rule = {
    all: [
      { fact: 'student', op: 'is', value: true, quote },
      { fact: 'age', op: 'lt', value: 25, quote },
    ],
  };
  assert.equal(verdict(rule, household([['self', { age: 20, schoolStage: 'college' }]])).outcome, 'likely');
  const unknown = verdict(rule, household([['self', { age: 20 }]]));
  assert.equal(unknown.outcome, 'more-info');
  assert.deepEqual(unknown.evaluations[0]?.unknown, ['schoolStage@m1']);
});

test("what a member's answers imply (memberFacts)", () => {
  const of = (facts: Answers) => memberFacts({ id: 'm1', role: 'self', facts });
  const man = of({ female: false });
  assert.equal(man.pregnant, false);
  assert.equal(man.recentBirth, false);
  assert.equal(of({ female: true }).pregnant, undefined);
  const child = of({ age: 10 });
  assert.equal(child.employed, false);
  assert.equal(child.involuntaryUnemployment, false);
  assert.equal(child.occupationalInjury, false);
  assert.equal(child.caregiver, false);
  assert.equal(child.newImmigrant, false);
  assert.equal(child.maritalStatus, 'single');
  assert.equal(child.pregnant, false);
  assert.equal(child.recentBirth, false);
  assert.equal(of({ age: 15 }).employed, undefined);
  assert.equal(of({ age: 70 }).pregnant, false);
  assert.equal(of({ age: 30, female: true }).pregnant, undefined);
  assert.equal(of({ age: 18 }).developmentalDelay, false);
  assert.equal(of({ age: 17 }).developmentalDelay, undefined);
  assert.equal(of({ age: 31 }).schoolStage, 'none');
  assert.equal(of({ age: 31 }).student, false);
  assert.equal(of({ age: 30 }).schoolStage, undefined);
  assert.equal(of({ employed: true }).involuntaryUnemployment, false);
  assert.equal(of({ employed: false }).worksInTaichung, false);
  assert.deepEqual(of({ disability: false }).disabilityTypes, []);
  assert.equal(of({ indigenous: false }).indigenousGroup, 'none');
  // What was said is kept.
  assert.equal(of({ age: 45, developmentalDelay: true }).developmentalDelay, true);
  assert.equal(of({ employed: false, worksInTaichung: true }).worksInTaichung, true);
  // Nothing is left undefined in the result.
  assert.ok(Object.values(of({ age: 40 })).every((v) => v !== undefined));
  // A rule sees them: a man is not eligible for a pregnancy benefit.
  const pregnancy: Rule = { fact: 'pregnant', op: 'is', value: true, quote };
  assert.equal(verdict(pregnancy, household([['self', { female: false }]])).outcome, 'unlikely');
});

test('what the roster implies for the household (householdFacts)', () => {
  const couple = household([
    ['self', { age: 30 }],
    ['partner', { age: 31 }],
  ]);
  const facts = householdFacts(couple);
  assert.equal(facts.livingAlone, false);
  assert.equal(facts.singleParent, false);
  assert.equal(householdFacts(household([['self', {}]])).livingAlone, undefined);
  assert.deepEqual(householdFacts(household([['self', {}]], { disaster: false })).disasterDamage, []);
  const delay = (kids: Answers[]) =>
    householdFacts(household([['self', { age: 40 }], ...kids.map((k): [Role, Answers] => ['child', k])])).childDisabilityOrDelay;
  assert.equal(delay([{ developmentalDelay: true }, { disability: false, developmentalDelay: false }]), true);
  assert.equal(delay([{ disability: false, developmentalDelay: false }]), false);
  assert.equal(delay([{ disability: false }]), undefined);
  assert.equal(delay([]), false);
  // Given by the household, it is kept.
  assert.equal(householdFacts(household([['self', {}]], { childDisabilityOrDelay: true })).childDisabilityOrDelay, true);
  // A member's facts with the household's: what a rule for that member sees.
  const seen = factsFor(household([['self', { age: 40 }]], { householdStatus: 'low-income' }), undefined);
  assert.equal(seen.householdStatus, 'low-income');
  assert.equal(seen.age, undefined);
});

test('a real record (handbook 貳一) evaluates as its text says, for the child', () => {
  const example = JSON.parse(readFileSync(new URL('../../data/benefits/chapter-02.json', import.meta.url), 'utf8')).records[0];
  assert.equal(example.id, 'early-intervention-therapy-transport-subsidy');
  const child: Answers = { age: 4, registeredInTaichung: true, developmentalDelay: true };
  const family = (c: Answers) =>
    household(
      [
        ['self', { age: 35, registeredInTaichung: true }],
        ['child', c],
      ],
      { receivesBenefits: [] },
    );
  const v = verdict(example.rule, family(child));
  assert.equal(v.outcome, 'likely');
  assert.deepEqual(v.for, ['m2']);
  assert.equal(verdict(example.rule, family({ ...child, registeredInTaichung: false })).outcome, 'unlikely');
  const noDelayKnown = verdict(example.rule, family({ age: 4, registeredInTaichung: true }));
  assert.equal(noDelayKnown.outcome, 'more-info');
  assert.ok(noDelayKnown.evaluations[0]?.unknown.includes('developmentalDelay@m2'), String(noDelayKnown.evaluations[0]?.unknown));
});
