import type { FactName, FactValue, HouseholdStatus } from './facts.js';
import type { LocalizedText } from '../data/localized-text.js';

export type { LocalizedText } from '../data/localized-text.js';

/** A condition over one fact, with the source's words. */
export interface FactCondition {
  fact: FactName;
  op: 'is' | 'in' | 'lt' | 'lte' | 'gt' | 'gte' | 'between' | 'includes';
  value: FactValue | readonly [number, number];
  /** Verbatim words of the source this condition comes from. */
  quote: string;
  label?: LocalizedText;
}

/**
 * What the office decides or checks. Only `documents` is routine (the office
 * verifies papers for what the household has told us), so only it leaves a
 * benefit "likely"; every other kind makes it "check with the office":
 * - `income-test`, `asset-test`: a means test, settled only for a household
 *   whose certified status is in `settledBy` (the status's own test is at
 *   least as strict, as the rule's quote shows);
 * - `assessment`: a professional's assessment (a social worker, a care
 *   manager, a doctor);
 * - `quota`: places or funds are limited;
 * - `discretion`: a special case the bureau judges;
 * - `other`: anything else the office decides.
 */
export const OFFICE_KINDS = ['income-test', 'asset-test', 'assessment', 'documents', 'quota', 'discretion', 'other'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export interface OfficeCheck {
  office: OfficeKind;
  quote: string;
  label: LocalizedText;
  /** Certified statuses that settle this means test. */
  settledBy?: readonly HouseholdStatus[];
}

/**
 * Which members a `some` group looks at, relative to the household:
 * - `member`: anyone, the person the benefit is for included;
 * - `other-member`: anyone but the person the benefit is for;
 * - `child`: the household's children and grandchildren;
 * - `adult`: members 18 or older (or of a grown-up role when the age is not given);
 * - `guardian`: the person answering and their partner (the children's parents or guardians);
 * - `parent`: the parents (or grandparents, one generation up) of the person the benefit is for;
 * - `cared-for`: the member someone cares for.
 */
export const MEMBER_SCOPES = ['member', 'other-member', 'child', 'adult', 'guardian', 'parent', 'cared-for'] as const;
export type MemberScope = (typeof MEMBER_SCOPES)[number];

/** At least one member of `some` meets `rule` (member facts inside are that member's). */
export interface SomeMember {
  some: MemberScope;
  rule: Rule;
  label?: LocalizedText;
}

export type Rule =
  | FactCondition
  | OfficeCheck
  | SomeMember
  | { all: readonly Rule[] }
  | { any: readonly Rule[] }
  | { not: Rule }
  /** No personal eligibility: a procedure, hotline or information anyone may use. */
  | { open: true };

export type Leaf = FactCondition | OfficeCheck;

export function isFactCondition(rule: Rule): rule is FactCondition {
  return 'fact' in rule;
}

export function isOfficeCheck(rule: Rule): rule is OfficeCheck {
  return 'office' in rule;
}

export function isSomeMember(rule: Rule): rule is SomeMember {
  return 'some' in rule;
}

export function isOpen(rule: Rule): rule is { open: true } {
  return 'open' in rule;
}

/** The rules directly inside this one. */
export function childrenOf(rule: Rule): readonly Rule[] {
  if ('all' in rule) return rule.all;
  if ('any' in rule) return rule.any;
  if ('not' in rule) return [rule.not];
  if (isSomeMember(rule)) return [rule.rule];
  return [];
}

/** Every condition and office check of a rule, in order. */
export function leavesOf(rule: Rule): Leaf[] {
  if (isFactCondition(rule) || isOfficeCheck(rule)) return [rule];
  return childrenOf(rule).flatMap(leavesOf);
}

/** The facts a rule asks about. */
export function factsOf(rule: Rule): Set<FactName> {
  return new Set(leavesOf(rule).flatMap((leaf) => (isFactCondition(leaf) ? [leaf.fact] : [])));
}
