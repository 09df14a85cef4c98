/**
 * The engine against every kind of condition the data actually uses: for
 * each condition in every rule and amount tier, a household whose answer
 * meets it, one whose answer fails it, and one that did not answer. A
 * condition inside a `some` group is evaluated inside its group, for a
 * member the group looks at; facts worked out from others are given as the
 * roster gives them (children's ages as children, years as months, "student"
 * as a school stage).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FACTS, type Answers, type FactDefinition, type FactName } from '../../src/eligibility/facts.ts';
import { contextFor, evaluateCondition, holds } from '../../src/eligibility/evaluate.ts';
import type { Household, Member, Role } from '../../src/eligibility/household.ts';
import { childrenOf, isFactCondition, isSomeMember, type FactCondition, type MemberScope, type Rule } from '../../src/eligibility/rules.ts';
import { buildBenefitData } from '../../scripts/build-data.ts';

interface Found {
  id: string;
  condition: FactCondition;
  /** The innermost `some` group around it, if any. */
  scope?: MemberScope;
}

const { rules } = buildBenefitData();
const conditions: Found[] = [];
function collect(id: string, rule: Rule, scope?: MemberScope): void {
  if (isFactCondition(rule)) conditions.push({ id, condition: rule, ...(scope ? { scope } : {}) });
  else if (isSomeMember(rule)) collect(id, rule.rule, rule.some);
  else for (const child of childrenOf(rule)) collect(id, child, scope);
}
for (const [id, { rule, amounts }] of Object.entries(rules)) {
  collect(id, rule);
  for (const a of amounts) for (const t of a.tiers ?? []) collect(id, t.when);
}

type Value = FactCondition['value'];

/** An answer that meets the condition, and one that fails it (undefined when none exists). */
function answersFor(c: FactCondition): { meets: unknown; fails: unknown } {
  const def: FactDefinition = FACTS[c.fact];
  const v = c.value as Value;
  const list = def.type === 'numbers';
  const wrap = (n: number) => (list ? [n] : n);
  switch (c.op) {
    case 'is':
      if (def.type === 'boolean') return { meets: v, fails: !v };
      if (def.type === 'enum') return { meets: v, fails: def.values!.find((x) => x !== v) };
      return { meets: wrap(v as number), fails: wrap((v as number) + 1) };
    case 'in': {
      const values = v as readonly string[];
      return { meets: values[0], fails: def.values!.find((x) => !values.includes(x)) };
    }
    case 'lt':
      return { meets: wrap((v as number) - 1), fails: wrap(v as number) };
    case 'lte':
      return { meets: wrap(v as number), fails: wrap((v as number) + 1) };
    case 'gt':
      return { meets: wrap((v as number) + 1), fails: wrap(v as number) };
    case 'gte':
      return { meets: wrap(v as number), fails: wrap((v as number) - 1) };
    case 'between': {
      const [min, max] = v as readonly [number, number];
      return { meets: wrap(min), fails: wrap(max + 1) };
    }
    case 'includes':
      return { meets: [v], fails: [] };
  }
}

/** A member's own facts that give `fact` the value `value` (derived facts as the roster gives them). */
function memberAnswer(fact: FactName, value: unknown): Answers {
  if (value === undefined) return {};
  if (fact === 'yearsRegisteredInTaichung') return { monthsRegisteredInTaichung: (value as number) * 12 };
  if (fact === 'student') return { schoolStage: value ? 'college' : 'none' };
  return { [fact]: value } as Answers;
}

const member = (id: string, role: Role, facts: Answers = {}): Member => ({ id, role, facts });

/**
 * A household where the condition's fact has `value` (undefined: not
 * answered), and the member the benefit is for. Inside a group, the only
 * member the group looks at is the one with the answer.
 */
function householdFor(found: Found, value: unknown): { household: Household; subject: Member } {
  const { fact } = found.condition;
  if (fact === 'childAges') {
    // Not answered: a child whose age is not given.
    const ages = value === undefined ? [undefined] : (value as number[]);
    const children = ages.map((age, i) => member(`m${i + 2}`, 'child', age === undefined ? {} : { age }));
    const self = member('m1', 'self', { age: 40 });
    return { household: { members: [self, ...children], facts: {} }, subject: self };
  }
  if (fact === 'householdSize') {
    const size = value === undefined ? 1 : (value as number);
    const members = Array.from({ length: Math.max(1, size) }, (_, i) => member(`m${i + 1}`, i ? 'child' : 'self'));
    return { household: { members, facts: {} }, subject: members[0]! };
  }
  if (fact === 'childDisabilityOrDelay' && value === undefined) {
    // Not answered: a child of whom it is not known.
    const self = member('m1', 'self', { age: 40 });
    return { household: { members: [self, member('m2', 'child')], facts: {} }, subject: self };
  }
  const shared = FACTS[fact].scope === 'household';
  const facts: Answers = shared && value !== undefined ? ({ [fact]: value } as Answers) : {};
  const answer = shared ? {} : memberAnswer(fact, value);
  switch (found.scope) {
    case undefined:
    case 'member':
    case 'guardian': {
      const self = member('m1', 'self', answer);
      return { household: { members: [self], facts }, subject: self };
    }
    case 'adult': {
      // A grown-up role: an adult when no age is given.
      const self = member('m1', 'self', answer);
      return { household: { members: [self], facts }, subject: self };
    }
    case 'other-member': {
      const self = member('m1', 'self');
      return { household: { members: [self, member('m2', 'partner', answer)], facts }, subject: self };
    }
    case 'child': {
      const self = member('m1', 'self');
      return { household: { members: [self, member('m2', 'child', answer)], facts }, subject: self };
    }
    case 'parent': {
      const child = member('m2', 'child');
      return { household: { members: [member('m1', 'self', answer), child], facts }, subject: child };
    }
    case 'cared-for': {
      const self = member('m1', 'self');
      const caredFor = member('m2', 'parent', { caredFor: true, ...answer });
      return { household: { members: [self, caredFor], facts }, subject: self };
    }
  }
}

function statusOf(found: Found, value: unknown): string {
  const { household, subject } = householdFor(found, value);
  const rule: Rule = found.scope ? { some: found.scope, rule: found.condition } : found.condition;
  return holds(rule, contextFor(household, subject));
}

const label = (f: Found) =>
  `${f.id}: ${JSON.stringify({ fact: f.condition.fact, op: f.condition.op, value: f.condition.value })}${f.scope ? ` in some ${f.scope}` : ''}`;

test('the data uses conditions of many kinds, inside some groups too', () => {
  const kinds = new Set(conditions.map((c) => `${FACTS[c.condition.fact].type}:${c.condition.op}`));
  assert.ok(conditions.length > 300, `${conditions.length} conditions`);
  assert.ok(kinds.size >= 8, [...kinds].join(' '));
  const scopes = new Set(conditions.flatMap((c) => (c.scope ? [c.scope] : [])));
  assert.ok(scopes.size >= 4, [...scopes].join(' '));
  assert.ok(conditions.filter((c) => c.scope).length >= 30, `${conditions.filter((c) => c.scope).length} conditions in groups`);
});

test('every condition in the data: met, failed, and unknown when not answered (evaluateCondition)', () => {
  for (const { condition: c } of conditions) {
    const { meets, fails } = answersFor(c);
    const l = JSON.stringify({ fact: c.fact, op: c.op, value: c.value });
    assert.equal(evaluateCondition(c, { [c.fact]: meets } as Answers), 'met', `meets ${l}`);
    if (fails !== undefined) assert.equal(evaluateCondition(c, { [c.fact]: fails } as Answers), 'failed', `fails ${l}`);
    assert.equal(evaluateCondition(c, {}), 'unknown', `unknown ${l}`);
  }
});

test('every condition in the data, in a household and inside its group: met, failed, unknown when not answered', () => {
  const problems: string[] = [];
  for (const found of conditions) {
    const { meets, fails } = answersFor(found.condition);
    const expect = (value: unknown, status: string, what: string) => {
      const got = statusOf(found, value);
      if (got !== status) problems.push(`${what} ${label(found)}: ${got}, expected ${status}`);
    };
    expect(meets, 'met', 'meets');
    if (fails !== undefined) expect(fails, 'failed', 'fails');
    // Not answered: unknown, except where the group is then empty (nobody cared for); the roster always gives its size.
    if (found.condition.fact === 'householdSize') continue;
    expect(undefined, found.scope === 'cared-for' && found.condition.fact === 'caredFor' ? 'failed' : 'unknown', 'unknown');
  }
  assert.deepEqual(problems, []);
});
