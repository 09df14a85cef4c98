/**
 * The eligibility engine's stable entry point, for embedders and checks.
 *
 *   import { householdVerdictsJson, loadBenefitRules } from 'welfare-navigator/eligibility';
 *   const rules = await loadBenefitRules();
 *   const result = householdVerdictsJson({ members: [{ role: 'self', facts: { age: 68 } }], facts: {} }, { asOf: '2026-12-03', rules });
 *
 * It takes a household's answers (the JSON a share link carries, described by
 * `dist/data/household.schema.json`) and returns every benefit's verdict with
 * its reasons, following docs/eligibility.md.
 */
import type { LocalizedText } from '../data/localized-text.js';
import type { FactName } from './facts.js';
import { parseHousehold, type Household } from './household.js';
import { contextFor } from './evaluate.js';
import { explainRule, type Explained } from './describe.js';
import { isFactCondition, isOfficeCheck, type Leaf, type OfficeKind, type Rule } from './rules.js';
import { householdVerdicts, type MemberEvaluation } from './verdicts.js';
import type { Outcome } from './evaluate.js';
import type { RuleSet } from './flow.js';

export { parseHousehold, householdFromAnswers, HouseholdFormatError, HOUSEHOLD_FORMAT_VERSION, ROLES } from './household.js';
export type { Household, Member, Role } from './household.js';
export { FACTS } from './facts.js';
export type { Answers, FactName } from './facts.js';
export { verdictFor, householdVerdicts } from './verdicts.js';
export type { Verdict } from './verdicts.js';
export { parsePrefill, AnswersFormatError } from './share.js';
/** The bundled rules (or a newer data file's, given its `{ url }`), loaded when asked for. */
export { loadBenefitRules } from '../data/benefits.js';

/** One condition behind a verdict, in the source's words. */
export interface Reason {
  quote: string;
  label?: LocalizedText;
  fact?: FactName;
  office?: OfficeKind;
  /** The condition is that this does not hold ("not already receiving …"). */
  negated?: true;
}

export interface MemberVerdictJson {
  /** The member the benefit would be for; absent when the rule is about the household. */
  member?: string;
  outcome: Exclude<Outcome, 'open'>;
  /** Conditions met. */
  met: Reason[];
  /** Conditions a known answer fails. */
  failed: Reason[];
  /** What the office still decides. */
  pending: Reason[];
  /** Questions whose answers could still change the outcome (`fact` or `fact@m2`). */
  unknown: string[];
}

export interface BenefitVerdictJson {
  id: string;
  outcome: Exclude<Outcome, 'open'>;
  /** Members it is likely (or, failing that, possible) for. */
  for: string[];
  members: MemberVerdictJson[];
}

export interface VerdictsJson {
  /** The date the verdicts are for (YYYY-MM-DD). */
  asOf: string;
  verdicts: BenefitVerdictJson[];
}

function reason(leaf: Leaf): Reason {
  return {
    quote: leaf.quote,
    ...(leaf.label ? { label: leaf.label } : {}),
    ...(isFactCondition(leaf) ? { fact: leaf.fact } : {}),
    ...(isOfficeCheck(leaf) ? { office: leaf.office } : {}),
  };
}

/**
 * The conditions that decide, read as the finder shows them (a condition
 * under `not` counts as met when its negation holds): failed ones only from
 * groups that fail, met ones only from groups that do not.
 */
function collect(items: readonly Explained[], want: 'met' | 'failed', out: Reason[]): Reason[] {
  for (const item of items) {
    if (item.kind === 'leaf') {
      if (item.status === want) out.push({ ...reason(item.leaf), ...(item.negated ? { negated: true } : {}) });
    } else if (want === 'failed' ? item.status === 'failed' : item.status !== 'failed') {
      collect(item.items, want, out);
    }
  }
  return out;
}

function memberJson(rule: Rule, household: Household, e: MemberEvaluation): MemberVerdictJson {
  const member = e.member ? household.members.find((m) => m.id === e.member) : undefined;
  const explained = explainRule(rule, contextFor(household, member));
  return {
    ...(e.member ? { member: e.member } : {}),
    outcome: e.outcome as Exclude<Outcome, 'open'>,
    met: collect(explained, 'met', []),
    failed: e.outcome === 'unlikely' ? collect(explained, 'failed', []) : [],
    pending: e.pending.map(reason),
    unknown: e.unknown,
  };
}

/**
 * Every benefit's verdict for a household (benefits open to anyone are left
 * out). Throws HouseholdFormatError when the answers are not a household.
 * `asOf` is the date the answers describe (ages and months are as of then);
 * it is returned with the verdicts so a saved result says when it was true.
 */
export function householdVerdictsJson(answers: unknown, options: { rules: RuleSet; asOf?: Date | string }): VerdictsJson {
  const household = parseHousehold(answers);
  const asOf =
    options.asOf instanceof Date ? options.asOf.toISOString().slice(0, 10) : (options.asOf ?? new Date().toISOString().slice(0, 10));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError('asOf: a date as YYYY-MM-DD');
  return {
    asOf,
    verdicts: householdVerdicts(options.rules, household).map((v) => ({
      id: v.id,
      outcome: v.outcome as Exclude<Outcome, 'open'>,
      for: v.for,
      members: v.evaluations.map((e) => memberJson(options.rules[v.id]!.rule, household, e)),
    })),
  };
}
