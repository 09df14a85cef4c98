/**
 * The eligibility engine's stable entry point, for embedders and checks.
 *
 *   import { householdVerdictsJson } from 'welfare-navigator/eligibility';
 *   const result = householdVerdictsJson({ members: [{ role: 'self', facts: { age: 68 } }], facts: {} }, { asOf: '2026-12-03', rules });
 *
 * It takes a household's answers (the JSON a share link carries, described by
 * `dist/data/household.schema.json`) and returns every benefit's verdict with
 * its reasons, following docs/eligibility.md.
 */
import type { LocalizedText } from '../data/localized-text.js';
import type { FactName } from './facts.js';
import { parseHousehold } from './household.js';
import { isFactCondition, isOfficeCheck, type Leaf, type OfficeKind } from './rules.js';
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

/** One condition behind a verdict, in the source's words. */
export interface Reason {
  quote: string;
  label?: LocalizedText;
  fact?: FactName;
  office?: OfficeKind;
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

function memberJson(e: MemberEvaluation): MemberVerdictJson {
  return {
    ...(e.member ? { member: e.member } : {}),
    outcome: e.outcome as Exclude<Outcome, 'open'>,
    met: e.conditions.filter((c) => c.status === 'met').map((c) => reason(c.leaf)),
    failed: e.conditions.filter((c) => c.status === 'failed').map((c) => reason(c.leaf)),
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
      members: v.evaluations.map(memberJson),
    })),
  };
}
