/**
 * The shared vocabulary of facts about a household. Benefit rules, the
 * quiz's questions and the finder's "your tier" all speak of these names, so
 * a fact means the same thing everywhere.
 */
export type FactType = 'boolean' | 'number' | 'numbers' | 'enum' | 'strings';

export interface FactDefinition {
  readonly type: FactType;
  /** Allowed values of an enum fact. */
  readonly values?: readonly string[];
  /** Whether asking is sensitive: the quiz marks it optional and says why. */
  readonly sensitive?: boolean;
}

export const HOUSEHOLD_STATUSES = ['low-income', 'middle-low-income', 'neither'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const DISABILITY_LEVELS = ['mild', 'moderate', 'severe', 'profound'] as const;
export type DisabilityLevel = (typeof DISABILITY_LEVELS)[number];

export const FACTS = {
  /** 設籍臺中市: household registration in Taichung. */
  registeredInTaichung: { type: 'boolean' },
  /** 實際居住: actually lives in Taichung. */
  livesInTaichung: { type: 'boolean' },
  /** Whole years of registration in Taichung (設籍滿 N 年). */
  yearsRegisteredInTaichung: { type: 'number' },
  /** Age in whole years of the person the benefit is for. */
  age: { type: 'number' },
  female: { type: 'boolean' },
  /** Ages in whole years of the children in the household (0 for a baby). */
  childAges: { type: 'numbers' },
  /** 低收入戶 / 中低收入戶 / neither. */
  householdStatus: { type: 'enum', values: HOUSEHOLD_STATUSES },
  /** Holds a disability certificate or handbook (身心障礙證明/手冊). */
  disability: { type: 'boolean', sensitive: true },
  disabilityLevel: { type: 'enum', values: DISABILITY_LEVELS, sensitive: true },
  /** A child with a (suspected) developmental delay or a disability. */
  childDisabilityOrDelay: { type: 'boolean', sensitive: true },
  /** 原住民. */
  indigenous: { type: 'boolean' },
  /** 新住民: a foreign or mainland spouse. */
  newImmigrant: { type: 'boolean', sensitive: true },
  /** Covered by the national health insurance (全民健保). */
  nhiInsured: { type: 'boolean' },
  /** 特殊境遇家庭 status. */
  specialCircumstancesFamily: { type: 'boolean' },
  singleParent: { type: 'boolean' },
  pregnant: { type: 'boolean' },
  /** Gave birth recently (the rule's quote says how recently). */
  recentBirth: { type: 'boolean' },
  employed: { type: 'boolean' },
  involuntaryUnemployment: { type: 'boolean' },
  occupationalInjury: { type: 'boolean' },
  student: { type: 'boolean' },
  /** Cares for a family member who needs care. */
  caregiver: { type: 'boolean' },
  /** Needs long-term care (失能, assessed need). */
  longTermCareNeed: { type: 'boolean' },
  livingAlone: { type: 'boolean' },
  /** Ids of benefits already received (for rules that exclude doubling up). */
  receivesBenefits: { type: 'strings' },
  /** Affected by a disaster (天然災害, 火災…). */
  disaster: { type: 'boolean' },
  deathInFamily: { type: 'boolean' },
  /** Sudden loss of income: the breadwinner died, disappeared, fell ill, lost work. */
  suddenIncomeLoss: { type: 'boolean' },
  /** Experiencing domestic violence, sexual assault or abuse. */
  violenceOrAbuse: { type: 'boolean', sensitive: true },
  homeless: { type: 'boolean' },
} as const satisfies Record<string, FactDefinition>;

export type FactName = keyof typeof FACTS;

export type FactValue = boolean | number | string | readonly number[] | readonly string[];

/** What the household has told us; a missing fact is unknown. */
export type Answers = Partial<Record<FactName, FactValue>>;

export const OPS_BY_TYPE: Record<FactType, readonly string[]> = {
  boolean: ['is'],
  number: ['is', 'lt', 'lte', 'gt', 'gte', 'between'],
  numbers: ['lt', 'lte', 'gt', 'gte', 'between'],
  enum: ['is', 'in'],
  strings: ['includes'],
};

/**
 * Conditions nearly every resident meets (where one lives, being insured,
 * not already receiving a benefit): meeting only these says nothing about
 * whether a benefit fits this person.
 */
const BASELINE_FACTS: ReadonlySet<FactName> = new Set([
  'registeredInTaichung',
  'livesInTaichung',
  'yearsRegisteredInTaichung',
  'receivesBenefits',
  'nhiInsured',
]);

export function isBaselineFact(fact: FactName): boolean {
  return BASELINE_FACTS.has(fact);
}

export function isFactName(name: string): name is FactName {
  return Object.hasOwn(FACTS, name);
}
