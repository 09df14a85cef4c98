/**
 * The quiz's flow agrees with the evaluation: for random households whose
 * every fact is known, the verdicts after the flow's questions (answered as
 * that household would) equal the verdicts of evaluating all their facts.
 * Also prints how many questions the flow asked after the roster.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benefitRules } from '../../src/generated/benefit-rules.ts';
import { householdVerdicts } from '../../src/eligibility/verdicts.ts';
import { randomHousehold, seededRandom, simulate } from '../../src/eligibility/simulate.ts';

const HOUSEHOLDS = Number(process.env.FLOW_HOUSEHOLDS ?? 30);

test(`the flow's verdicts equal the full evaluation (${HOUSEHOLDS} random households)`, () => {
  const random = seededRandom(20151231);
  const counts: number[] = [];
  const problems: string[] = [];
  for (let i = 0; i < HOUSEHOLDS; i++) {
    const truth = randomHousehold(random);
    const { state, asked } = simulate(truth, benefitRules);
    counts.push(asked.length);
    const after = householdVerdicts(benefitRules, state.household);
    const full = householdVerdicts(benefitRules, truth);
    for (let j = 0; j < full.length; j++) {
      if (after[j]!.outcome !== full[j]!.outcome)
        problems.push(`household ${i}: ${full[j]!.id} flow ${after[j]!.outcome}, full ${full[j]!.outcome}`);
    }
  }
  counts.sort((a, b) => a - b);
  console.log(`questions after the roster: min ${counts[0]}, median ${counts[Math.floor(counts.length / 2)]}, max ${counts.at(-1)}`);
  assert.deepEqual(problems, []);
});
