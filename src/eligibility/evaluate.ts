/**
 * Evaluates a benefit's rule against what a household has told us, which may
 * be partial. Three-valued: a condition whose fact is unknown is "unknown",
 * never guessed. Office checks are "office": satisfied as far as a form can
 * tell, to be confirmed at the office.
 */
import { FACTS, isBaselineFact, type Answers, type FactValue } from './facts.js';
import { factsOf, isFactCondition, isOfficeCheck, isOpen, type FactCondition, type Leaf, type Rule } from './rules.js';

export type LeafStatus = 'met' | 'failed' | 'unknown' | 'office';

/**
 * - `likely`: every condition a form can settle is met (office checks may
 *   remain), and at least one of them is about the person, not only where
 *   they live;
 * - `more-info`: nothing failed yet, but some answers are missing, or the only
 *   way left is an exception the office decides;
 * - `unlikely`: a condition is not met;
 * - `open`: anyone may use it (procedures, hotlines, information).
 */
export type Outcome = 'likely' | 'more-info' | 'unlikely' | 'open';

export interface LeafResult {
  leaf: Leaf;
  status: LeafStatus;
}

export interface Evaluation {
  outcome: Outcome;
  /** Every condition with its own status, in the rule's order. */
  conditions: LeafResult[];
}

export function evaluateCondition(condition: FactCondition, answers: Answers): LeafStatus {
  const answer = answers[condition.fact];
  if (answer === undefined || answer === null) {
    // Whether a benefit is already received is checked by the office anyway.
    return condition.fact === 'receivesBenefits' ? 'office' : 'unknown';
  }
  return test(condition, answer) ? 'met' : 'failed';
}

function test(condition: FactCondition, answer: FactValue): boolean {
  const { op, value } = condition;
  const type = FACTS[condition.fact].type;
  if (type === 'numbers') {
    // "At least one child" of the listed ages.
    return (answer as readonly number[]).some((n) => compare(op, n, value));
  }
  if (type === 'strings') return op === 'includes' && (answer as readonly string[]).includes(value as string);
  if (op === 'is') return answer === value;
  if (op === 'in') return (value as readonly unknown[]).includes(answer);
  return compare(op, answer as number, value);
}

function compare(op: FactCondition['op'], n: number, value: FactCondition['value']): boolean {
  switch (op) {
    case 'is':
      return n === value;
    case 'lt':
      return n < (value as number);
    case 'lte':
      return n <= (value as number);
    case 'gt':
      return n > (value as number);
    case 'gte':
      return n >= (value as number);
    case 'between': {
      const [min, max] = value as readonly [number, number];
      return n >= min && n <= max;
    }
    default:
      return false;
  }
}

interface NodeResult {
  status: LeafStatus;
  /** A met condition about the person (not where they live) supports this result. */
  personal: boolean;
}

function evaluateNode(rule: Rule, answers: Answers, out: LeafResult[]): NodeResult {
  if (isFactCondition(rule)) {
    const status = evaluateCondition(rule, answers);
    out.push({ leaf: rule, status });
    return { status, personal: status === 'met' && !isBaselineFact(rule.fact) };
  }
  if (isOfficeCheck(rule)) {
    out.push({ leaf: rule, status: 'office' });
    return { status: 'office', personal: false };
  }
  if (isOpen(rule)) return { status: 'met', personal: false };
  if ('not' in rule) {
    const inner = evaluateNode(rule.not, answers, out).status;
    const status = inner === 'met' ? 'failed' : inner === 'failed' ? 'met' : inner === 'office' ? 'office' : 'unknown';
    return { status, personal: status === 'met' && [...factsOf(rule.not)].some((f) => !isBaselineFact(f)) };
  }
  const branches = 'all' in rule ? rule.all : rule.any;
  const results = branches.map((r) => evaluateNode(r, answers, out));
  const statuses = results.map((r) => r.status);
  if ('all' in rule) {
    if (statuses.includes('failed')) return { status: 'failed', personal: false };
    if (statuses.includes('unknown')) return { status: 'unknown', personal: false };
    return { status: statuses.includes('office') ? 'office' : 'met', personal: results.some((r) => r.personal) };
  }
  const met = results.filter((r) => r.status === 'met');
  if (met.length) return { status: 'met', personal: met.some((r) => r.personal) };
  // A branch the household's answers meet, pending the office's usual checks;
  // or nothing but office checks to choose from: the usual paperwork.
  const supported = results.filter((r, i) => r.status === 'office' && factsOf(branches[i]!).size > 0);
  if (supported.length || statuses.every((s) => s === 'office')) {
    return { status: 'office', personal: supported.some((r) => r.personal) };
  }
  // What is left is an exception the office decides (or answers still
  // missing): not "likely", the household should ask.
  if (statuses.some((s) => s === 'office' || s === 'unknown')) return { status: 'unknown', personal: false };
  return { status: 'failed', personal: false };
}

export function evaluate(rule: Rule, answers: Answers): Evaluation {
  if (isOpen(rule)) return { outcome: 'open', conditions: [] };
  const conditions: LeafResult[] = [];
  const { status, personal } = evaluateNode(rule, answers, conditions);
  // "Likely" needs something the household said about itself: meeting only
  // where-you-live conditions, with the rest left to the office, says nothing.
  const outcome: Outcome = status === 'failed' ? 'unlikely' : status === 'unknown' || !personal ? 'more-info' : 'likely';
  return { outcome, conditions };
}

/** Whether `rule` holds for these answers (used for amount tiers). */
export function holds(rule: Rule, answers: Answers): LeafStatus {
  return evaluateNode(rule, answers, []).status;
}
