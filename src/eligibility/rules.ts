import type { FactName, FactValue } from './facts.js';

/** A string in each language the content is written in. */
export interface LocalizedText {
  'zh-Hant': string;
  en: string;
}

/** A condition over one fact of the household, with the source's words. */
export interface FactCondition {
  fact: FactName;
  op: 'is' | 'in' | 'lt' | 'lte' | 'gt' | 'gte' | 'between' | 'includes';
  value: FactValue | readonly [number, number];
  /** Verbatim words of the source this condition comes from. */
  quote: string;
  label?: LocalizedText;
}

/** A condition that a form cannot settle: the office decides. */
export interface OfficeCheck {
  office: 'income-test' | 'asset-test' | 'assessment' | 'documents' | 'quota' | 'other';
  quote: string;
  label: LocalizedText;
}

export type Rule =
  | FactCondition
  | OfficeCheck
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

export function isOpen(rule: Rule): rule is { open: true } {
  return 'open' in rule;
}

/** Every condition and office check of a rule, in order. */
export function leavesOf(rule: Rule): Leaf[] {
  if (isFactCondition(rule) || isOfficeCheck(rule)) return [rule];
  if ('all' in rule) return rule.all.flatMap(leavesOf);
  if ('any' in rule) return rule.any.flatMap(leavesOf);
  if ('not' in rule) return leavesOf(rule.not);
  return [];
}

/** The facts a rule asks about. */
export function factsOf(rule: Rule): Set<FactName> {
  return new Set(leavesOf(rule).flatMap((leaf) => (isFactCondition(leaf) ? [leaf.fact] : [])));
}
