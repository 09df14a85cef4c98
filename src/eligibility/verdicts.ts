/**
 * A household's verdict on each benefit: who in the household it is for,
 * and for each of them likely / check with the office / not eligible, with
 * the conditions and what the office still decides.
 */
import { contextFor, evaluate, isAboutSubject, type Evaluation, type Outcome } from './evaluate.js';
import type { Household } from './household.js';
import { isOpen, type Rule } from './rules.js';

export interface MemberEvaluation extends Evaluation {
  /** The member the benefit would be for; absent when the rule speaks of the household only. */
  member?: string;
}

export interface Verdict {
  id: string;
  /** The best outcome for anyone in the household. */
  outcome: Outcome;
  /** Members with that outcome (empty when the rule is about the household as a whole). */
  for: string[];
  /** One evaluation per member (or one for the household), best first. */
  evaluations: MemberEvaluation[];
}

/** Best first: a benefit's outcome is its best member's. */
export const OUTCOME_RANK: Record<Outcome, number> = { open: 0, likely: 1, 'more-info': 2, unlikely: 3 };

/** One benefit's verdict for a household. */
export function verdictFor(id: string, rule: Rule, household: Household): Verdict {
  if (isOpen(rule)) return { id, outcome: 'open', for: [], evaluations: [{ ...evaluate(rule, contextFor(household)) }] };
  const evaluations: MemberEvaluation[] = isAboutSubject(rule)
    ? household.members.map((m) => ({ ...evaluate(rule, contextFor(household, m)), member: m.id }))
    : [evaluate(rule, contextFor(household))];
  evaluations.sort((a, b) => OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome]);
  const outcome = evaluations[0]!.outcome;
  const forMembers = evaluations.filter((e) => e.outcome === outcome && e.member).map((e) => e.member!);
  return { id, outcome, for: forMembers, evaluations };
}

/**
 * Unknown facts that could still change this verdict's outcome, as question
 * keys (`fact` for the household's, `fact@m2` for a member's). Once a benefit is likely for someone,
 * nothing can improve it; otherwise any member's unknowns may.
 */
export function decisiveQuestions(verdict: Verdict): Set<string> {
  const keys = new Set<string>();
  if (verdict.outcome === 'likely' || verdict.outcome === 'open') return keys;
  for (const e of verdict.evaluations) {
    if (e.outcome === 'unlikely') continue;
    for (const key of e.unknown) keys.add(key);
  }
  return keys;
}

/** Every benefit's verdict; benefits open to anyone are left out. */
export function householdVerdicts(
  rules: Readonly<Record<string, { rule: Rule }>>,
  household: Household,
  ids?: Iterable<string>,
): Verdict[] {
  const out: Verdict[] = [];
  for (const id of ids ?? Object.keys(rules)) {
    const r = Object.hasOwn(rules, id) ? rules[id] : undefined;
    if (!r || isOpen(r.rule)) continue;
    out.push(verdictFor(id, r.rule, household));
  }
  return out;
}
