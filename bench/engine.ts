/**
 * The quiz engine in node: every benefit's rule, and its amount tiers (what
 * the quiz's results evaluate), for 1,000 seeded-random households built from
 * the fact definitions (src/eligibility/facts.ts) and the questions' bounds.
 * Some facts are left unknown, as in a quiz where people skip questions.
 */
import { performance } from 'node:perf_hooks';
import { benefitRules } from '../src/generated/benefit-rules.js';
import { evaluate, holds } from '../src/eligibility/evaluate.js';
import { FACTS, type Answers, type FactName } from '../src/eligibility/facts.js';
import { QUESTIONS } from '../src/eligibility/questions.js';
import { figure, type Figure } from './report.js';
import { median, quantile, seededRandom } from './stats.js';
import type { Options } from './run.js';

const HOUSEHOLDS = 1000;
const WARM_UP = 200;
/** The share of facts a household leaves unanswered. */
const UNKNOWN = 0.2;

function bounds(fact: FactName): { min: number; max: number } {
  const question = QUESTIONS.find((q) => q.facts.includes(fact) && q.kind !== 'choice');
  return { min: question?.min ?? 0, max: question?.max ?? 100 };
}

export function randomHouseholds(count: number, seed = 20150101): Answers[] {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const ids = Object.keys(benefitRules);
  return Array.from({ length: count }, () => {
    const answers: Record<string, unknown> = {};
    for (const [name, definition] of Object.entries(FACTS) as [FactName, (typeof FACTS)[FactName]][]) {
      if (random() < UNKNOWN) continue;
      const { min, max } = bounds(name);
      switch (definition.type) {
        case 'boolean':
          answers[name] = random() < 0.5;
          break;
        case 'number':
          answers[name] = int(min, Math.min(max, 100));
          break;
        case 'numbers':
          answers[name] = Array.from({ length: int(0, 3) }, () => int(min, max));
          break;
        case 'enum': {
          const values = (definition as { values: readonly string[] }).values;
          answers[name] = values[int(0, values.length - 1)];
          break;
        }
        case 'strings':
          answers[name] = Array.from({ length: int(0, 2) }, () => ids[int(0, ids.length - 1)]);
          break;
      }
    }
    return answers as Answers;
  });
}

function evaluateAll(answers: Answers): number {
  let likely = 0;
  for (const { rule, amounts } of Object.values(benefitRules)) {
    if (evaluate(rule, answers).outcome === 'likely') likely++;
    for (const amount of amounts) for (const tier of amount.tiers ?? []) holds(tier.when, answers);
  }
  return likely;
}

export async function engineFigures(options: Options): Promise<Figure[]> {
  const households = randomHouseholds(HOUSEHOLDS);
  for (const h of randomHouseholds(WARM_UP, 1)) evaluateAll(h);
  const rounds = options.quick ? 1 : 5;
  const perHousehold: number[] = [];
  const totals: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (const h of households) {
      const t0 = performance.now();
      evaluateAll(h);
      perHousehold.push(performance.now() - t0);
    }
    totals.push(performance.now() - start);
  }
  const rules = Object.keys(benefitRules).length;
  return [
    figure(`engine: all ${rules} rules for one household, median of ${HOUSEHOLDS} × ${rounds}`, median(perHousehold), 'ms', 'lower'),
    figure(`engine: all ${rules} rules for one household, p95`, quantile(perHousehold, 0.95), 'ms', 'lower'),
    figure(`engine: ${HOUSEHOLDS} households, median of ${rounds} rounds`, median(totals), 'ms', 'lower'),
  ];
}
