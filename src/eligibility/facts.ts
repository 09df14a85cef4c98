/**
 * The shared vocabulary of facts about a household and its members. Benefit
 * rules, the quiz's questions and the finder's "your tier" all speak of these
 * names, so a fact means the same thing everywhere.
 *
 * A `member` fact belongs to one person of the household (age, disability,
 * work); a `household` fact to the household as a whole (its certified
 * status, an event that struck it). In a rule, a member fact outside a
 * `some` group is about the person the benefit is for; inside one, about
 * each member the group names (rules.ts).
 */
export type FactType = 'boolean' | 'number' | 'numbers' | 'enum' | 'strings';

export type FactScope = 'member' | 'household';

export interface FactDefinition {
  readonly type: FactType;
  readonly scope: FactScope;
  /** Allowed values of an enum fact, or of each item of a strings fact. */
  readonly values?: readonly string[];
  /** Whether asking is sensitive: the quiz marks it optional and says why. */
  readonly sensitive?: boolean;
  /** Worked out from other facts (the roster, months of registration); never asked. */
  readonly derived?: boolean;
  /** Bounds of a number fact. */
  readonly max?: number;
}

export const HOUSEHOLD_STATUSES = ['low-income', 'middle-low-income', 'neither'] as const;
export type HouseholdStatus = (typeof HOUSEHOLD_STATUSES)[number];

export const DISABILITY_LEVELS = ['mild', 'moderate', 'severe', 'profound'] as const;
export type DisabilityLevel = (typeof DISABILITY_LEVELS)[number];

/**
 * The kinds of impairment the handbook's rules name (視覺、聽覺、聲音或語言、
 * 肢體、智能、自閉症、慢性精神病、多重、罕見疾病、失智症, and the rest as
 * other). A certificate may name more than one.
 */
export const DISABILITY_TYPES = [
  'visual',
  'hearing',
  'speech',
  'physical',
  'intellectual',
  'autism',
  'mental-illness',
  'dementia',
  'multiple',
  'rare-disease',
  'other',
] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];

export const SCHOOL_STAGES = ['none', 'preschool', 'elementary', 'junior-high', 'senior-high', 'college'] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];

/** `none` is implied for a member who is not indigenous. */
export const INDIGENOUS_GROUPS = ['mountain', 'plains', 'none'] as const;

export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;

export const HOUSING = ['own', 'rent', 'family', 'other'] as const;

/** What a disaster did to the household (陸十六's parts and 急難救助's cases). */
export const DISASTER_DAMAGES = ['death', 'missing', 'injury', 'home-destroyed', 'home-damaged', 'landslide'] as const;

export const FACTS = {
  // ---- Each member -------------------------------------------------------
  /** 設籍臺中市: household registration in Taichung. */
  registeredInTaichung: { type: 'boolean', scope: 'member' },
  /** 實際居住: actually lives in Taichung. */
  livesInTaichung: { type: 'boolean', scope: 'member' },
  /** Months of registration in Taichung (設籍滿 6 個月, 180 日, 1 年 …). */
  monthsRegisteredInTaichung: { type: 'number', scope: 'member', max: 1500 },
  /** Whole years of registration in Taichung: worked out from the months. */
  yearsRegisteredInTaichung: { type: 'number', scope: 'member', derived: true },
  /** Lived in Taiwan more than 183 days in the last year (最近 1 年居住國內超過 183 日). */
  inTaiwan183Days: { type: 'boolean', scope: 'member' },
  /** 本國籍: a citizen of the Republic of China (Taiwan). */
  citizen: { type: 'boolean', scope: 'member' },
  /** Age in whole years. */
  age: { type: 'number', scope: 'member', max: 120 },
  female: { type: 'boolean', scope: 'member' },
  maritalStatus: { type: 'enum', scope: 'member', values: MARITAL_STATUSES },
  pregnant: { type: 'boolean', scope: 'member' },
  /** Gave birth recently (the rule's quote says how recently). */
  recentBirth: { type: 'boolean', scope: 'member' },
  /** Holds a disability certificate or handbook (身心障礙證明/手冊). */
  disability: { type: 'boolean', scope: 'member', sensitive: true },
  disabilityLevel: { type: 'enum', scope: 'member', values: DISABILITY_LEVELS, sensitive: true },
  /** The kinds of impairment on the certificate. */
  disabilityTypes: { type: 'strings', scope: 'member', values: DISABILITY_TYPES, sensitive: true },
  /** A (suspected) developmental delay, assessed or being assessed (發展遲緩). */
  developmentalDelay: { type: 'boolean', scope: 'member', sensitive: true },
  /** 原住民. */
  indigenous: { type: 'boolean', scope: 'member' },
  /** 山地原住民 or 平地原住民. */
  indigenousGroup: { type: 'enum', scope: 'member', values: INDIGENOUS_GROUPS },
  /** 新住民: a foreign or mainland spouse. */
  newImmigrant: { type: 'boolean', scope: 'member', sensitive: true },
  /** Covered by the national health insurance (全民健保). */
  nhiInsured: { type: 'boolean', scope: 'member' },
  employed: { type: 'boolean', scope: 'member' },
  /** Works in Taichung (在臺中市境內工作). */
  worksInTaichung: { type: 'boolean', scope: 'member' },
  involuntaryUnemployment: { type: 'boolean', scope: 'member' },
  occupationalInjury: { type: 'boolean', scope: 'member' },
  /** The school stage the member is in; `none` when not at school. */
  schoolStage: { type: 'enum', scope: 'member', values: SCHOOL_STAGES },
  /** At school or college: worked out from the school stage. */
  student: { type: 'boolean', scope: 'member', derived: true },
  /** Cares for a family member who needs care. */
  caregiver: { type: 'boolean', scope: 'member' },
  /** The person someone in the household cares for. */
  caredFor: { type: 'boolean', scope: 'member' },
  /** Needs long-term care (失能: cannot manage daily life alone). */
  longTermCareNeed: { type: 'boolean', scope: 'member' },

  // ---- The household -----------------------------------------------------
  /** 低收入戶 / 中低收入戶 / neither: a certified status, not an estimate. */
  householdStatus: { type: 'enum', scope: 'household', values: HOUSEHOLD_STATUSES },
  /** 特殊境遇家庭 status. */
  specialCircumstancesFamily: { type: 'boolean', scope: 'household' },
  singleParent: { type: 'boolean', scope: 'household' },
  livingAlone: { type: 'boolean', scope: 'household' },
  /** How many people the household has: the roster's count. */
  householdSize: { type: 'number', scope: 'household', derived: true },
  /** Ages of the household's children (its children and grandchildren): from the roster. */
  childAges: { type: 'numbers', scope: 'household', derived: true },
  /**
   * A child of the household with a (suspected) developmental delay or a
   * disability: worked out from the roster when not given.
   */
  childDisabilityOrDelay: { type: 'boolean', scope: 'household', sensitive: true },
  /** The home: owned, rented, a family member's, other. */
  housing: { type: 'enum', scope: 'household', values: HOUSING },
  /** Buying a first home (首次購屋). */
  firstHomePurchase: { type: 'boolean', scope: 'household' },
  /** The home needs repairs (住屋修繕). */
  homeNeedsRepair: { type: 'boolean', scope: 'household' },
  /** Ids of benefits already received (for rules that exclude doubling up). */
  receivesBenefits: { type: 'strings', scope: 'household' },
  /** Affected by a disaster (天然災害, 火災…). */
  disaster: { type: 'boolean', scope: 'household' },
  /** What the disaster did. */
  disasterDamage: { type: 'strings', scope: 'household', values: DISASTER_DAMAGES },
  deathInFamily: { type: 'boolean', scope: 'household' },
  /** Sudden loss of income: the breadwinner died, disappeared, fell ill, lost work. */
  suddenIncomeLoss: { type: 'boolean', scope: 'household' },
  /** Another emergency: a member seriously ill or injured in an accident (急難: 重病、意外傷害). */
  otherEmergency: { type: 'boolean', scope: 'household' },
  /** Whole months since the event (disaster, death, income loss, job loss) happened. */
  monthsSinceEvent: { type: 'number', scope: 'household', max: 600 },
  /** Experiencing domestic violence, sexual assault or abuse. */
  violenceOrAbuse: { type: 'boolean', scope: 'household', sensitive: true },
  homeless: { type: 'boolean', scope: 'household' },
} as const satisfies Record<string, FactDefinition>;

export type FactName = keyof typeof FACTS;

export type FactValue = boolean | number | string | readonly number[] | readonly string[];

/** What is known of one member, or of the household as one person; a missing fact is unknown. */
export type Answers = Partial<Record<FactName, FactValue>>;

export const OPS_BY_TYPE: Record<FactType, readonly string[]> = {
  boolean: ['is'],
  number: ['is', 'lt', 'lte', 'gt', 'gte', 'between'],
  numbers: ['lt', 'lte', 'gt', 'gte', 'between'],
  enum: ['is', 'in'],
  strings: ['includes'],
};

export const FACT_NAMES = Object.keys(FACTS) as FactName[];

export function factDefinition(fact: FactName): FactDefinition {
  return FACTS[fact];
}

export function isMemberFact(fact: FactName): boolean {
  return FACTS[fact].scope === 'member';
}

/**
 * Conditions nearly every resident meets (where one lives, being insured,
 * a citizen, not already receiving a benefit): meeting only these says
 * nothing about whether a benefit fits this person.
 */
const BASELINE_FACTS: ReadonlySet<FactName> = new Set([
  'registeredInTaichung',
  'livesInTaichung',
  'monthsRegisteredInTaichung',
  'yearsRegisteredInTaichung',
  'inTaiwan183Days',
  'citizen',
  'receivesBenefits',
  'nhiInsured',
]);

export function isBaselineFact(fact: FactName): boolean {
  return BASELINE_FACTS.has(fact);
}

export function isFactName(name: string): name is FactName {
  return Object.hasOwn(FACTS, name);
}

/** Checks that `value` is a valid value of `fact`. */
export function isValidFactValue(fact: FactName, value: unknown): value is FactValue {
  const def: FactDefinition = FACTS[fact];
  const max = def.max ?? 150;
  const number = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return number(value);
    case 'numbers':
      return Array.isArray(value) && value.length <= 30 && value.every(number);
    case 'enum':
      return typeof value === 'string' && (def.values ?? []).includes(value);
    case 'strings':
      return (
        Array.isArray(value) &&
        value.length <= 300 &&
        value.every((s) => typeof s === 'string' && s.length <= 200 && (!def.values || def.values.includes(s)))
      );
  }
}
