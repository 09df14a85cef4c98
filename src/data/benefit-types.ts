import type { LocalizedText } from './localized-text.js';
import type { Rule } from '../eligibility/rules.js';

export type { LocalizedText };

export type Audience =
  | 'older-people'
  | 'children-youth'
  | 'women'
  | 'disability'
  | 'low-income'
  | 'indigenous'
  | 'new-immigrants'
  | 'crisis'
  | 'caregivers'
  | 'organizations';

export type BenefitKind = 'cash' | 'subsidy' | 'service' | 'procedure' | 'hotline';

/**
 * An extension: digits only.
 * @pattern ^[0-9]{1,8}$
 */
export type Extension = string;

export interface AmountTier {
  when: Rule;
  label: LocalizedText;
  /**
   * @minimum 0
   * @maximum 1000000000
   */
  value?: number;
  /**
   * @minimum 0
   * @maximum 1000000000
   */
  min?: number;
  /**
   * @minimum 0
   * @maximum 1000000000
   */
  max?: number;
}

export interface Amount {
  label: LocalizedText;
  /**
   * @minimum 0
   * @maximum 1000000000
   */
  value?: number;
  /**
   * @minimum 0
   * @maximum 1000000000
   */
  min?: number;
  /**
   * @minimum 0
   * @maximum 1000000000
   */
  max?: number;
  unit: 'TWD' | 'hours' | 'times' | 'days' | 'percent' | 'multiple' | 'fraction' | 'items';
  per?: 'month' | 'week' | 'year' | 'time' | 'once' | 'day' | 'hour' | 'person' | 'semester' | 'household' | 'lifetime';
  cap?: boolean;
  actualCost?: boolean;
  tiers?: AmountTier[];
  quote: string;
}

export interface PrintedPhone {
  printed: string;
  /** @pattern ^\+?[0-9][0-9-]{0,24}$ */
  number: string;
  /** Digits only: an extension goes into `tel:` links and vCards as it is. */
  extensions?: Extension[];
  kind?: 'voice' | 'fax';
}

export interface Contact {
  ref?: string;
  name: string;
  phones: PrintedPhone[];
}

export type ApplyTarget =
  | { kind: 'district-office-of-residence' }
  | { kind: 'organization'; ref: string }
  | { kind: 'named'; name: string; ref?: string };

export interface Section {
  label: string;
  role: 'eligibility' | 'amount' | 'content' | 'documents' | 'contact' | 'apply' | 'process' | 'other';
  lines: [number, number];
  text: string[];
}

export interface SourceCitation {
  document: 'handbook-2015' | 'plan-108-111';
  file: string;
  chapter?: string;
  item?: string;
  heading?: string;
  lines: [number, number];
}

export interface Note {
  kind: 'source-error' | 'doubt' | 'extraction' | 'toc-differs' | 'no-body-text' | 'diagram-lost' | 'updated';
  text: string;
}

/** A record as stored in data/benefits/*.json. */
export interface BenefitRecord {
  id: string;
  parent?: string;
  part?: { label: string; index: number };
  chapter: number;
  item: number;
  heading: string;
  tocHeading?: string;
  kind: BenefitKind;
  title: LocalizedText;
  summary: LocalizedText;
  audiences: Audience[];
  free: boolean | null;
  noBodyText?: true;
  sections: Section[];
  amounts: Amount[];
  documents: string[];
  apply: { text?: string; targets: ApplyTarget[] };
  contacts: Contact[];
  rule: Rule;
  notes: Note[];
  source: SourceCitation;
}

/** A change the 108–111 plan makes to a handbook record, kept beside it. */
export interface PlanUpdate {
  id: string;
  target: string;
  effective: string;
  summary: LocalizedText;
  /** What the plan leaves unsaid or doubtful about the change. */
  notes?: Note[];
  source: SourceCitation;
}

/** What the finder's first paint needs: no long texts, no rules. */
export interface BenefitSummary {
  id: string;
  parent?: string;
  part?: { label: string; index: number };
  chapter: number;
  item: number;
  kind: BenefitKind;
  title: LocalizedText;
  summary: LocalizedText;
  audiences: Audience[];
  free: boolean | null;
  /** Ids of the 108–111 plan's updates to this record, newest last. */
  updates: string[];
}

/** What the quiz evaluates and a detail shows as "how much": the effective rule and amounts. */
export interface BenefitRules {
  rule: Rule;
  amounts: Amount[];
}

/** The long texts, loaded when a benefit is opened. */
export interface BenefitDetail {
  id: string;
  heading: string;
  tocHeading?: string;
  noBodyText?: true;
  sections: Section[];
  documents: string[];
  apply: BenefitRecord['apply'];
  contacts: Contact[];
  notes: Note[];
  source: SourceCitation;
  updates: PlanUpdate[];
}

/** A chapter of the handbook (0 for programmes only the 108–111 plan describes). */
export interface Chapter {
  number: number;
  numeral: string;
  title: LocalizedText;
}
