/**
 * Evaluates a benefit's rule against what a household has told us, which may
 * be partial. A condition whose fact is unknown is "unknown", never guessed.
 *
 * The verdict policy (docs/eligibility.md):
 * - `likely`: every condition a resident can know is met, at least one of
 *   them about the person (not only where they live), and what is left for
 *   the office is routine (documents, checking what was told);
 * - `more-info` ("check with the office"): nothing failed, but an answer is
 *   missing, or the office still decides something: a means test the
 *   household's certified status does not settle, an assessment, a quota, a
 *   special case. `pending` and `unknown` say which;
 * - `unlikely`: an answer fails a condition;
 * - `open`: anyone may use it (procedures, hotlines, information).
 */
import { FACTS, isBaselineFact, type Answers, type FactName, type FactValue, type HouseholdStatus } from './facts.js';
import { factsFor, householdFromAnswers, membersIn, type Household, type Member } from './household.js';
import {
  childrenOf,
  isFactCondition,
  isOfficeCheck,
  isOpen,
  isSomeMember,
  type FactCondition,
  type Leaf,
  type OfficeCheck,
  type Rule,
} from './rules.js';

/**
 * - `office`: routine for the office (documents): as good as met;
 * - `pending`: the office decides (means test, assessment, quota, discretion).
 */
export type LeafStatus = 'met' | 'failed' | 'unknown' | 'office' | 'pending';

export type Outcome = 'likely' | 'more-info' | 'unlikely' | 'open';

export interface LeafResult {
  leaf: Leaf;
  status: LeafStatus;
  /** The member a condition inside a `some` group was checked for. */
  member?: string;
}

export interface Evaluation {
  outcome: Outcome;
  /** Every condition with its own status, in the rule's order. */
  conditions: LeafResult[];
  /** What the office still decides, where that keeps the benefit from "likely". */
  pending: OfficeCheck[];
  /**
   * Unknown facts whose answers could still change the outcome, as question
   * keys: `fact` for the household's, `fact@m2` for a member's.
   */
  unknown: string[];
}

/** Where a rule is evaluated: the household, and the member the benefit would be for. */
export interface Context {
  household: Household;
  subject: Member | undefined;
  facts: Answers;
}

export function contextFor(household: Household, subject?: Member): Context {
  return { household, subject, facts: factsFor(household, subject) };
}

/** A Context as given, or one person's answers as the first member of a household of one. */
export function asContext(input: Answers | Context): Context {
  if ('household' in input && 'facts' in input && typeof input.facts === 'object') return input as Context;
  const household = householdFromAnswers(input as Answers);
  return contextFor(household, household.members[0]);
}

export function evaluateCondition(condition: FactCondition, facts: Answers): 'met' | 'failed' | 'unknown' {
  const answer = facts[condition.fact];
  if (answer === undefined || answer === null) return 'unknown';
  return test(condition, answer);
}

function test(condition: FactCondition, answer: FactValue): 'met' | 'failed' | 'unknown' {
  const { op, value } = condition;
  const type = FACTS[condition.fact].type;
  if (type === 'numbers') {
    // "At least one child" of the listed ages; an age not given (NaN) may still be one.
    const list = answer as readonly number[];
    if (list.some((n) => !Number.isNaN(n) && compare(op, n, value))) return 'met';
    return list.some((n) => Number.isNaN(n)) ? 'unknown' : 'failed';
  }
  if (type === 'strings') return op === 'includes' && (answer as readonly string[]).includes(value as string) ? 'met' : 'failed';
  if (op === 'is') return answer === value ? 'met' : 'failed';
  if (op === 'in') return (value as readonly unknown[]).includes(answer) ? 'met' : 'failed';
  return compare(op, answer as number, value) ? 'met' : 'failed';
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

/** An office check's status: only documents are routine; a means test may be settled by a certified status. */
export function officeStatus(check: OfficeCheck, facts: Answers): LeafStatus {
  if (check.office === 'documents') return 'office';
  const status = facts.householdStatus as HouseholdStatus | undefined;
  if ((check.office === 'income-test' || check.office === 'asset-test') && status && check.settledBy?.includes(status)) return 'met';
  return 'pending';
}

interface NodeResult {
  status: LeafStatus;
  /** A met condition about the person (not where they live) supports this result. */
  personal: boolean;
  /** Shared empty lists where there are none: evaluation runs often and should make little garbage. */
  pending: readonly OfficeCheck[];
  unknown: readonly string[];
}

const NONE: readonly never[] = [];

const ALL_ORDER: readonly LeafStatus[] = ['failed', 'unknown', 'pending', 'office', 'met'];
const ANY_ORDER: readonly LeafStatus[] = ['met', 'office', 'unknown', 'pending', 'failed'];

function node(status: LeafStatus, personal = false, pending: readonly OfficeCheck[] = NONE, unknown: readonly string[] = NONE): NodeResult {
  return { status, personal, pending, unknown };
}

function concat<T>(a: readonly T[], b: readonly T[]): readonly T[] {
  return !a.length ? b : !b.length ? a : [...a, ...b];
}

function combine(results: readonly NodeResult[], order: readonly LeafStatus[]): NodeResult {
  let status: LeafStatus = 'met';
  for (const s of order) {
    if (results.some((r) => r.status === s)) {
      status = s;
      break;
    }
  }
  // All of an `all` hold together: any of them about the person counts; in
  // a choice, only the ways that decide it do.
  let personal = order === ALL_ORDER && status !== 'failed' && results.some((r) => r.personal);
  let pending: readonly OfficeCheck[] = NONE;
  let unknown: readonly string[] = NONE;
  for (const r of results) {
    if (r.status !== status) continue;
    personal ||= r.personal;
    pending = concat(pending, r.pending);
    unknown = concat(unknown, r.unknown);
  }
  // A choice met only by where-you-live conditions could still be met by
  // something about the person: its unknown branches still matter.
  if (order === ANY_ORDER && (status === 'met' || status === 'office') && !personal) {
    for (const r of results) if (r.status === 'unknown') unknown = concat(unknown, r.unknown);
  }
  return { status, personal, pending, unknown };
}

/** `out` collects each condition's status; null when only the outcome is wanted. */
function evaluateNode(rule: Rule, ctx: Context, out: LeafResult[] | null, member?: string): NodeResult {
  if (isFactCondition(rule)) {
    const status = evaluateCondition(rule, ctx.facts);
    out?.push(member ? { leaf: rule, status, member } : { leaf: rule, status });
    return node(status, status === 'met' && !isBaselineFact(rule.fact), NONE, status === 'unknown' ? askableKeys(rule.fact, ctx) : NONE);
  }
  if (isOfficeCheck(rule)) {
    const status = officeStatus(rule, ctx.facts);
    out?.push(member ? { leaf: rule, status, member } : { leaf: rule, status });
    return node(status, status === 'met', status === 'pending' ? [rule] : NONE);
  }
  if (isOpen(rule)) return node('met');
  if ('not' in rule) {
    const inner = evaluateNode(rule.not, ctx, out, member);
    const status = inner.status === 'met' ? 'failed' : inner.status === 'failed' ? 'met' : inner.status;
    const personal = status === 'met' && [...factsOfRule(rule.not)].some((f) => !isBaselineFact(f));
    return { ...inner, status, personal };
  }
  if (isSomeMember(rule)) return evaluateSome(rule, ctx, out);
  const branches = childrenOf(rule);
  const results = branches.map((r) => evaluateNode(r, ctx, out, member));
  if ('all' in rule) return combine(results, ALL_ORDER);
  // In a choice, a bare office check (no fact of the household's behind it)
  // is an exception the office decides, not a way the household already
  // meets, unless every way is paperwork.
  const onlyOffice = results.every((r) => r.status === 'office');
  const weighed = results.map((r, i) =>
    r.status === 'office' && !onlyOffice && factsOfRule(branches[i]!).size === 0
      ? { ...r, status: 'pending' as const, pending: [...r.pending, ...(leafOffice(branches[i]!) ?? [])] }
      : r,
  );
  return combine(weighed, ANY_ORDER);
}

function leafOffice(rule: Rule): OfficeCheck[] | undefined {
  return isOfficeCheck(rule) ? [rule] : undefined;
}

/** At least one member of the group meets the rule; the group's conditions are reported for the best member. */
function evaluateSome(rule: Extract<Rule, { some: unknown }>, ctx: Context, out: LeafResult[] | null): NodeResult {
  const members = membersIn(rule.some, ctx.household, ctx.subject);
  if (!members.length) {
    if (out) for (const leaf of leavesOfRule(rule.rule)) out.push({ leaf, status: 'failed' });
    return node('failed');
  }
  const tries = members.map((m) => {
    const conditions: LeafResult[] | null = out ? [] : null;
    const result = evaluateNode(rule.rule, contextFor(ctx.household, m), conditions, m.id);
    return { result, conditions };
  });
  const combined = combine(
    tries.map((t) => t.result),
    ANY_ORDER,
  );
  const best = tries.find((t) => t.result.status === combined.status) ?? tries[0]!;
  if (out && best.conditions) out.push(...best.conditions);
  return combined;
}

/**
 * The question keys behind an unknown fact: `fact` for the household's,
 * `fact@m2` for a member's; a fact worked out from others points to those.
 */
export function askableKeys(fact: FactName, ctx: Context): readonly string[] {
  const member = ctx.subject?.id;
  switch (fact) {
    case 'childAges':
      return membersIn('child', ctx.household, ctx.subject)
        .filter((c) => typeof c.facts.age !== 'number')
        .map((c) => `age@${c.id}`);
    case 'yearsRegisteredInTaichung':
      return member ? [`monthsRegisteredInTaichung@${member}`] : NONE;
    case 'student':
      return member ? [`schoolStage@${member}`] : NONE;
    default:
      if (FACTS[fact].scope === 'household') return [fact];
      return member ? [`${fact}@${member}`] : NONE;
  }
}

const factsCache = new WeakMap<Rule, Set<FactName>>();

function factsOfRule(rule: Rule): Set<FactName> {
  let facts = factsCache.get(rule);
  if (!facts) {
    facts = new Set(leavesOfRule(rule).flatMap((leaf) => (isFactCondition(leaf) ? [leaf.fact] : [])));
    factsCache.set(rule, facts);
  }
  return facts;
}

function leavesOfRule(rule: Rule): Leaf[] {
  if (isFactCondition(rule) || isOfficeCheck(rule)) return [rule];
  return childrenOf(rule).flatMap(leavesOfRule);
}

export function outcomeOf(status: LeafStatus, personal: boolean): Exclude<Outcome, 'open'> {
  if (status === 'failed') return 'unlikely';
  if (status === 'unknown' || status === 'pending') return 'more-info';
  // "Likely" needs something the household said about itself: meeting only
  // where-you-live conditions, with the rest left to the office, says nothing.
  return personal ? 'likely' : 'more-info';
}

/** Evaluates a rule for one person's answers, or for a member of a household (a Context). */
export function evaluate(rule: Rule, input: Answers | Context): Evaluation {
  if (isOpen(rule)) return { outcome: 'open', conditions: [], pending: [], unknown: [] };
  const conditions: LeafResult[] = [];
  const result = evaluateNode(rule, asContext(input), conditions);
  return {
    outcome: outcomeOf(result.status, result.personal),
    conditions,
    pending: result.status === 'pending' ? dedupe(result.pending) : [],
    unknown: dedupe(result.unknown),
  };
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Whether `rule` holds for these answers (used for amount tiers). */
export function holds(rule: Rule, input: Answers | Context): LeafStatus {
  return evaluateNode(rule, asContext(input), null).status;
}

/** The outcome only, without the conditions' statuses: for weighing questions. */
export function outcomeOnly(rule: Rule, ctx: Context): Outcome {
  if (isOpen(rule)) return 'open';
  const result = evaluateNode(rule, ctx, null);
  return outcomeOf(result.status, result.personal);
}

const aboutSubjectCache = new WeakMap<Rule, boolean>();

/** Whether a rule speaks of the person it is for (a member fact outside any `some` group). */
export function isAboutSubject(rule: Rule): boolean {
  let about = aboutSubjectCache.get(rule);
  if (about === undefined) {
    about = isFactCondition(rule) ? FACTS[rule.fact].scope === 'member' : !isSomeMember(rule) && childrenOf(rule).some(isAboutSubject);
    aboutSubjectCache.set(rule, about);
  }
  return about;
}
