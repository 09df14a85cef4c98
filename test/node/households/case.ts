/**
 * A household worked out by hand from the handbook (or the 108–111 plan),
 * with the verdict the text gives it on some benefits. Each expectation is
 * written from the source before the engine is run, and carries the deciding
 * words and where they are printed, so anyone can check it.
 *
 * Verdicts follow docs/eligibility.md:
 * - likely: every condition a resident can know is met (at least one about
 *   the person, not only where they live), and the office only checks
 *   documents;
 * - more-info ("check with the office"): nothing known fails, but an answer
 *   is missing, or the office still decides (a means test the household's
 *   certified status does not settle, an assessment, a quota, a special case);
 * - unlikely: a known answer fails a condition.
 */
import type { Answers } from '../../../src/eligibility/facts.ts';
import type { Role } from '../../../src/eligibility/household.ts';

export interface Expectation {
  /** Benefit id. */
  id: string;
  outcome: 'likely' | 'more-info' | 'unlikely';
  /** For a benefit about a member: the members it is likely for (ids), when the outcome is likely. */
  for?: string[];
  /** The deciding words, verbatim from the source. */
  quote: string;
  /** Where they are printed: a line or [first, last] in `source` (the handbook unless said). */
  line: number | [number, number];
  source?: 'handbook' | 'plan';
  /** Why reasonable readers could disagree; such a row is listed, not failed. */
  debatable?: string;
}

export interface HouseholdCase {
  name: string;
  household: {
    members: { id: string; role: Role; facts: Answers }[];
    facts: Answers;
  };
  expect: Expectation[];
}

/** Registered and living in Taichung for years: the usual resident. */
export const RESIDENT: Answers = {
  registeredInTaichung: true,
  livesInTaichung: true,
  monthsRegisteredInTaichung: 120,
  citizen: true,
  nhiInsured: true,
  inTaiwan183Days: true,
};
