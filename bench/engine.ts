/**
 * The quiz engine in node, on households:
 * - the time to evaluate every benefit's rule for every member of a
 *   household, and the amount tiers for whom each benefit is for (what the
 *   quiz's results evaluate), over 1,000 seeded-random households
 *   (`randomHousehold`, src/eligibility/simulate.ts) with a fifth of their
 *   members' and household's facts left unknown, as when people skip questions;
 * - how many questions the flow asks after the roster (src/eligibility/flow.ts),
 *   each answered as the household would: over the households worked out
 *   from the handbook (test/node/households/*.ts; a fact a case leaves out is
 *   answered "don't know") and over 200 random households.
 */
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { benefitRules } from '../src/generated/benefit-rules.js';
import { contextFor, holds } from '../src/eligibility/evaluate.js';
import type { Answers, FactName } from '../src/eligibility/facts.js';
import type { Household } from '../src/eligibility/household.js';
import { answer, nextStep, type AskedQuestion, type QuestionAnswer, type QuizState } from '../src/eligibility/flow.js';
import { randomHousehold, rosterOf, seededRandom as flowRandom, truthfulAnswer } from '../src/eligibility/simulate.js';
import { householdVerdicts } from '../src/eligibility/verdicts.js';
import type { HouseholdCase } from '../test/node/households/case.js';
import { figure, type Figure } from './report.js';
import { median, quantile, seededRandom } from './stats.js';
import type { Options } from './run.js';

const HOUSEHOLDS = 1000;
const WARM_UP = 200;
/** The share of facts a household leaves unanswered. */
const UNKNOWN = 0.2;
/** Random households whose questions are counted. */
const FLOW_HOUSEHOLDS = 200;
/** The budget for the handbook households' median number of questions after the roster. */
const QUESTIONS_BUDGET = 12;

/** Households of plausible members, a fifth of their facts left unknown. */
export function randomHouseholds(count: number, seed = 20150101): Household[] {
  const random = seededRandom(seed);
  const drop = (facts: Answers): Answers => Object.fromEntries(Object.entries(facts).filter(() => random() >= UNKNOWN)) as Answers;
  return Array.from({ length: count }, () => {
    const h = randomHousehold(random);
    return { members: h.members.map((m) => ({ ...m, facts: drop(m.facts) })), facts: drop(h.facts) };
  });
}

/** Every benefit's verdict for every member, and the amount tiers for whom it is for. */
function evaluateAll(household: Household): number {
  let likely = 0;
  for (const verdict of householdVerdicts(benefitRules, household)) {
    if (verdict.outcome === 'likely') likely++;
    const tiers = benefitRules[verdict.id]!.amounts.flatMap((a) => a.tiers ?? []);
    if (!tiers.length) continue;
    const members = verdict.for.length ? verdict.for.map((id) => household.members.find((m) => m.id === id)) : [undefined];
    for (const member of members) {
      const ctx = contextFor(household, member);
      for (const tier of tiers) holds(tier.when, ctx);
    }
  }
  return likely;
}

/** The same households as new objects: the engine keeps what it works out per household object. */
const fresh = (households: readonly Household[]): Household[] => households.map((h) => structuredClone(h));

/**
 * The answer the household `truth` gives. A case leaves out what does not
 * apply, as a person leaves a box unticked: checklists and "who of these"
 * questions are answered from what it says (unticked is no). To a question
 * only about facts it leaves out, it says "don't know".
 */
function caseAnswer(asked: AskedQuestion, truth: Household): QuestionAnswer {
  const { question } = asked;
  if (asked.members || question.kind === 'checklist' || question.kind === 'multi') return truthfulAnswer(asked, truth);
  const facts: readonly FactName[] = asked.items ?? question.facts;
  const factsOf = (id: string | undefined): Answers => truth.members.find((m) => m.id === id)?.facts ?? {};
  const sources: Answers[] =
    question.scope === 'household'
      ? [truth.facts]
      : question.scope === 'everyone'
        ? truth.members.map((m) => m.facts)
        : [factsOf(asked.member?.id)];
  const known = sources.some((source) => facts.some((f) => source[f] !== undefined));
  return known ? truthfulAnswer(asked, truth) : null;
}

/** The number of questions the flow asks after the roster, answered as `truth` would. */
export function questionsAfterRoster(truth: Household, answerOf = truthfulAnswer, limit = 200): number {
  let state: QuizState = { household: rosterOf(truth), asked: [] };
  let count = 0;
  for (; count < limit; count++) {
    const { next } = nextStep(state, benefitRules);
    if (!next) break;
    state = answer(state, next, answerOf(next, truth));
  }
  return count;
}

async function handbookHouseholds(): Promise<{ name: string; household: Household }[]> {
  const dir = new URL('../test/node/households/', import.meta.url);
  const out: { name: string; household: Household }[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'case.ts')
    .sort()) {
    const mod = (await import(new URL(file, dir).href)) as { HOUSEHOLDS: HouseholdCase[] };
    for (const c of mod.HOUSEHOLDS) out.push({ name: c.name, household: c.household });
  }
  return out;
}

function spread(label: string, counts: number[], budget: number | null): Figure[] {
  const sorted = [...counts].sort((a, b) => a - b);
  return [
    figure(`${label}: min`, sorted[0]!, 'questions', 'lower'),
    figure(`${label}: median`, median(sorted), 'questions', 'lower', budget),
    figure(`${label}: max`, sorted.at(-1)!, 'questions', 'lower'),
  ];
}

export async function engineFigures(options: Options): Promise<Figure[]> {
  const households = randomHouseholds(HOUSEHOLDS);
  for (const h of randomHouseholds(WARM_UP, 1)) evaluateAll(h);
  const rounds = options.quick ? 1 : 5;
  const perHousehold: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const h of fresh(households)) {
      const t0 = performance.now();
      evaluateAll(h);
      perHousehold.push(performance.now() - t0);
    }
  }
  const rules = Object.keys(benefitRules).length;
  const members = households.reduce((n, h) => n + h.members.length, 0) / households.length;

  const handbook = await handbookHouseholds();
  const handbookCounts = handbook.map(({ household }) => questionsAfterRoster(household, caseAnswer));
  const random = flowRandom(20151231);
  const randomCounts = Array.from({ length: FLOW_HOUSEHOLDS }, () => questionsAfterRoster(randomHousehold(random)));

  return [
    figure(
      `engine: all ${rules} rules, every member (${members.toFixed(1)} on average), one household, median of ${HOUSEHOLDS} × ${rounds}`,
      median(perHousehold),
      'ms',
      'lower',
    ),
    figure(`engine: all ${rules} rules, every member, one household, p95`, quantile(perHousehold, 0.95), 'ms', 'lower'),
    ...spread(`quiz: questions after the roster, ${handbook.length} handbook households`, handbookCounts, QUESTIONS_BUDGET),
    ...spread(`quiz: questions after the roster, ${FLOW_HOUSEHOLDS} random households`, randomCounts, null),
  ];
}
