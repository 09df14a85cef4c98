/**
 * The engine against every kind of condition the data actually uses: for
 * each condition in every rule and amount tier, an answer that meets it, one
 * that fails it, and no answer at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FACTS, type Answers, type FactDefinition } from '../../src/eligibility/facts.ts';
import { evaluateCondition } from '../../src/eligibility/evaluate.ts';
import { leavesOf, isFactCondition, type FactCondition, type Rule } from '../../src/eligibility/rules.ts';
import { buildBenefitData } from '../../scripts/build-data.ts';

const { rules } = buildBenefitData();
const conditions: FactCondition[] = [];
for (const { rule, amounts } of Object.values(rules)) {
  const all: Rule[] = [rule, ...amounts.flatMap((a) => (a.tiers ?? []).map((t) => t.when))];
  for (const r of all) for (const leaf of leavesOf(r)) if (isFactCondition(leaf)) conditions.push(leaf);
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

test('the data uses conditions of many kinds', () => {
  const kinds = new Set(conditions.map((c) => `${FACTS[c.fact].type}:${c.op}`));
  assert.ok(conditions.length > 300, `${conditions.length} conditions`);
  assert.ok(kinds.size >= 8, [...kinds].join(' '));
});

test('every condition in the data: met, failed, and unknown when not answered', () => {
  for (const c of conditions) {
    const { meets, fails } = answersFor(c);
    const label = JSON.stringify({ fact: c.fact, op: c.op, value: c.value });
    assert.equal(evaluateCondition(c, { [c.fact]: meets } as Answers), 'met', `meets ${label}`);
    if (fails !== undefined) assert.equal(evaluateCondition(c, { [c.fact]: fails } as Answers), 'failed', `fails ${label}`);
    assert.equal(evaluateCondition(c, {}), c.fact === 'receivesBenefits' ? 'office' : 'unknown', `unknown ${label}`);
  }
});
