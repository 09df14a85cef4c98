/**
 * A household as the quiz knows it: a short roster of members, each with the
 * few facts that matter, and the facts that belong to the household as a
 * whole. This is also the JSON that a share link carries and that
 * `verdicts()` takes (docs/eligibility.md, dist/data/household.schema.json).
 */
import { FACTS, isFactName, isMemberFact, isValidFactValue, type Answers, type FactName, type FactValue } from './facts.js';
import type { MemberScope } from './rules.js';

/** How a member is related to the person the quiz is for (the first member). */
export const ROLES = ['self', 'partner', 'child', 'grandchild', 'parent', 'grandparent', 'sibling', 'other'] as const;
export type Role = (typeof ROLES)[number];

export interface Member {
  /** Stable within the household: `m1`, `m2`, … */
  id: string;
  role: Role;
  /** Member facts only; a missing fact is unknown. */
  facts: Answers;
}

export interface Household {
  /** The first member is the person the quiz is for (role `self`). */
  members: Member[];
  /** Household facts only; a missing fact is unknown. */
  facts: Answers;
}

export const HOUSEHOLD_FORMAT_VERSION = 2;

/** What "months since the event" is when nothing happened: longer than any deadline. */
export const NO_EVENT_MONTHS = 600;

/** The most members a household may list: more than any real roster, few enough to stay fast. */
export const MAX_MEMBERS = 12;

export function emptyHousehold(): Household {
  return { members: [{ id: 'm1', role: 'self', facts: {} }], facts: {} };
}

const CHILD_ROLES: ReadonlySet<Role> = new Set(['child', 'grandchild']);
const GROWN_UP_ROLES: ReadonlySet<Role> = new Set(['self', 'partner', 'parent', 'grandparent']);

function isChild(member: Member): boolean {
  return CHILD_ROLES.has(member.role);
}

function isAdult(member: Member): boolean {
  const age = member.facts.age;
  return typeof age === 'number' ? age >= 18 : GROWN_UP_ROLES.has(member.role);
}

/** The members a `some` group looks at, for a benefit meant for `subject`. */
export function membersIn(scope: MemberScope, household: Household, subject: Member | undefined): Member[] {
  const { members } = household;
  switch (scope) {
    case 'member':
      return members;
    case 'other-member':
      return members.filter((m) => m !== subject);
    case 'child':
      return members.filter(isChild);
    case 'adult':
      return members.filter(isAdult);
    case 'guardian':
      return members.filter((m) => m.role === 'self' || m.role === 'partner');
    case 'parent': {
      const level = subject ? GENERATION[subject.role] : 0;
      return level === undefined ? [] : members.filter((m) => GENERATION[m.role] === level + 1);
    }
    case 'cared-for':
      return members.filter((m) => m.facts.caredFor === true);
  }
}

/** Generations relative to the person answering; `other` has none. */
const GENERATION: Partial<Record<Role, number>> = { grandparent: 2, parent: 1, self: 0, partner: 0, sibling: 0, child: -1, grandchild: -2 };

/**
 * What the household's facts and roster imply: the children's ages, the
 * household's size, whether a child has a delay; no registration means no
 * months of it; a man is not pregnant.
 */
export function householdFacts(household: Household): Answers {
  const facts: Answers = { ...household.facts };
  const children = household.members.filter(isChild);
  facts.householdSize = household.members.length;
  // An age not given is NaN: "a child under 6" then stays unknown rather than failing.
  facts.childAges = children.map((c) => (typeof c.facts.age === 'number' ? c.facts.age : Number.NaN));
  if (facts.childDisabilityOrDelay === undefined) {
    const flags = children.map((c) => {
      if (c.facts.disability === true || c.facts.developmentalDelay === true) return true;
      return c.facts.disability === false && c.facts.developmentalDelay === false ? false : undefined;
    });
    if (flags.includes(true)) facts.childDisabilityOrDelay = true;
    else if (flags.every((f) => f === false)) facts.childDisabilityOrDelay = false;
  }
  if (household.members.length > 1 && facts.livingAlone === undefined) facts.livingAlone = false;
  if (household.members.some((m) => m.role === 'partner') && facts.singleParent === undefined) facts.singleParent = false;
  if (facts.disaster === false && facts.disasterDamage === undefined) facts.disasterDamage = [];
  // Nothing happened that a deadline could run from (the household said no
  // disaster, death, loss of income or other emergency, and nobody lost a
  // job): "within N months of it" then fails.
  const quiet =
    facts.disaster === false &&
    facts.deathInFamily === false &&
    facts.suddenIncomeLoss === false &&
    facts.otherEmergency === false &&
    household.members.every((m) => m.facts.involuntaryUnemployment === false || m.facts.employed === true);
  if (quiet && facts.monthsSinceEvent === undefined) facts.monthsSinceEvent = NO_EVENT_MONTHS;
  return facts;
}

/** One member's own facts with what they imply. */
export function memberFacts(member: Member): Answers {
  const facts: Answers = { ...member.facts };
  const age = typeof facts.age === 'number' ? facts.age : undefined;
  if (facts.registeredInTaichung === false && facts.monthsRegisteredInTaichung === undefined) facts.monthsRegisteredInTaichung = 0;
  if (typeof facts.monthsRegisteredInTaichung === 'number')
    facts.yearsRegisteredInTaichung = Math.floor(facts.monthsRegisteredInTaichung / 12);
  if (facts.female === false && facts.pregnant === undefined) facts.pregnant = false;
  if (facts.female === false && facts.recentBirth === undefined) facts.recentBirth = false;
  // Nobody in the handbook's programmes is pregnant under 12 or at 60 or over.
  if (age !== undefined && (age < 12 || age >= 60)) {
    facts.pregnant ??= false;
    facts.recentBirth ??= false;
  }
  // Children under 15 may not be employed in Taiwan, are nobody's spouse or carer.
  if (age !== undefined && age < 15) {
    facts.employed ??= false;
    facts.involuntaryUnemployment ??= false;
    facts.occupationalInjury ??= false;
    facts.caregiver ??= false;
    facts.newImmigrant ??= false;
    facts.maritalStatus ??= 'single';
  }
  // A developmental delay is assessed in children; past 30 nobody is asked a school stage.
  if (age !== undefined && age >= 18) facts.developmentalDelay ??= false;
  if (age !== undefined && age > 30) facts.schoolStage ??= 'none';
  if (facts.employed === true) facts.involuntaryUnemployment ??= false;
  if (facts.employed === false) facts.worksInTaichung ??= false;
  if (facts.schoolStage !== undefined) facts.student = facts.schoolStage !== 'none' && facts.schoolStage !== 'preschool';
  if (facts.disability === false) facts.disabilityTypes ??= [];
  if (facts.indigenous === false) facts.indigenousGroup ??= 'none';
  return dropUndefined(facts);
}

function dropUndefined(facts: Answers): Answers {
  for (const key of Object.keys(facts) as FactName[]) if (facts[key] === undefined) delete facts[key];
  return facts;
}

// Households and members are never changed in place (answers make new
// objects), so what is worked out from one can be kept with it.
const sharedCache = new WeakMap<Household, Answers>();
const memberCache = new WeakMap<Household, WeakMap<Member, Answers>>();

/** The facts a rule sees when the benefit is for `subject`: theirs and the household's. */
export function factsFor(household: Household, subject: Member | undefined): Answers {
  let shared = sharedCache.get(household);
  if (!shared) {
    shared = householdFacts(household);
    sharedCache.set(household, shared);
  }
  if (!subject) return shared;
  let byMember = memberCache.get(household);
  if (!byMember) {
    byMember = new WeakMap();
    memberCache.set(household, byMember);
  }
  let facts = byMember.get(subject);
  if (!facts) {
    facts = { ...shared, ...memberFacts(subject) };
    byMember.set(subject, facts);
  }
  return facts;
}

/**
 * A household from the flat answers of one person (the format of share links
 * before households, and of a finder's `answers` attribute): its member facts
 * become the first member's, `childAges` become children, the rest stays
 * with the household.
 */
export function householdFromAnswers(answers: Answers): Household {
  const self: Member = { id: 'm1', role: 'self', facts: {} };
  const household: Household = { members: [self], facts: {} };
  for (const [name, value] of Object.entries(answers) as [FactName, FactValue][]) {
    if (name === 'yearsRegisteredInTaichung') {
      self.facts.monthsRegisteredInTaichung ??= (value as number) * 12;
    } else if (name === 'student') {
      self.facts.schoolStage ??= value ? 'college' : 'none';
    } else if (name === 'childAges') {
      (value as readonly number[]).forEach((age, i) => household.members.push({ id: `m${i + 2}`, role: 'child', facts: { age } }));
    } else if (name === 'householdSize') {
      // Worked out from the roster.
    } else if (isMemberFact(name)) {
      self.facts[name] = value;
    } else {
      household.facts[name] = value;
    }
  }
  return household;
}

export class HouseholdFormatError extends Error {}

/**
 * Reads a household from untrusted JSON (a share link, an attribute, a
 * host's call); throws HouseholdFormatError saying what is wrong. Derived
 * facts are refused: they come from the roster.
 */
export function parseHousehold(json: unknown): Household {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new HouseholdFormatError('expected an object');
  const input = json as Record<string, unknown>;
  if (input.version !== undefined && input.version !== HOUSEHOLD_FORMAT_VERSION) {
    throw new HouseholdFormatError(`version ${String(input.version)} is not supported`);
  }
  const members = input.members;
  if (!Array.isArray(members) || members.length === 0 || members.length > MAX_MEMBERS) {
    throw new HouseholdFormatError(`members: 1 to ${MAX_MEMBERS} expected`);
  }
  const ids = new Set<string>();
  const parsedMembers = members.map((raw, i): Member => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new HouseholdFormatError(`members[${i}]: expected an object`);
    const m = raw as Record<string, unknown>;
    const id = typeof m.id === 'string' && /^m\d{1,2}$/.test(m.id) ? m.id : `m${i + 1}`;
    if (ids.has(id)) throw new HouseholdFormatError(`members[${i}]: duplicate id ${id}`);
    ids.add(id);
    if (typeof m.role !== 'string' || !(ROLES as readonly string[]).includes(m.role))
      throw new HouseholdFormatError(`members[${i}]: unknown role`);
    if (i === 0 && m.role !== 'self') throw new HouseholdFormatError('members[0]: the first member is "self"');
    return { id, role: m.role as Role, facts: parseFacts(m.facts ?? {}, 'member', `members[${i}].facts`) };
  });
  return { members: parsedMembers, facts: parseFacts(input.facts ?? {}, 'household', 'facts') };
}

function parseFacts(raw: unknown, scope: 'member' | 'household', where: string): Answers {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new HouseholdFormatError(`${where}: expected an object`);
  const facts: Answers = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isFactName(key)) throw new HouseholdFormatError(`${where}: unknown fact ${key}`);
    const def = FACTS[key];
    if (def.scope !== scope) throw new HouseholdFormatError(`${where}: ${key} is a ${def.scope} fact`);
    if ('derived' in def && def.derived) throw new HouseholdFormatError(`${where}: ${key} is worked out, not given`);
    if (!isValidFactValue(key, value)) throw new HouseholdFormatError(`${where}: bad value for ${key}`);
    facts[key] = value;
  }
  return facts;
}

/** The household as plain JSON (what `parseHousehold` reads). */
export function householdToJson(household: Household): { version: number; members: Member[]; facts: Answers } {
  return { version: HOUSEHOLD_FORMAT_VERSION, members: household.members, facts: household.facts };
}
