/**
 * Runs the quiz's flow for a household whose every fact is known, answering
 * each question as that household would: for the property test that the
 * flow's verdicts equal the full evaluation, and for the bench's count of
 * questions asked.
 */
import type { Answers, FactName } from './facts.js';
import { NO_EVENT_MONTHS, type Household, type Member } from './household.js';
import { answer, nextStep, type AskedQuestion, type QuestionAnswer, type QuizState, type RuleSet } from './flow.js';
import { choiceFor } from './questions.js';

/** The facts the roster screen asks of every member: role, age, sex, school stage and four checkboxes. */
export const ROSTER_FACTS: readonly FactName[] = [
  'age',
  'female',
  'schoolStage',
  'disability',
  'developmentalDelay',
  'employed',
  'caredFor',
];

/** What the roster screen would have recorded for this household. */
export function rosterOf(truth: Household): Household {
  // The roster's ticks are answers whether ticked or not, as on screen.
  const ticks: Answers = { disability: false, developmentalDelay: false, employed: false, caredFor: false };
  const pick = (facts: Answers) =>
    ({ ...ticks, ...Object.fromEntries(ROSTER_FACTS.filter((f) => facts[f] !== undefined).map((f) => [f, facts[f]])) }) as Answers;
  return { members: truth.members.map((m) => ({ ...m, facts: pick(m.facts) })), facts: {} };
}

/** The answer the household `truth` gives to a question. */
export function truthfulAnswer(asked: AskedQuestion, truth: Household): QuestionAnswer {
  const { question } = asked;
  if (asked.members) {
    return asked.members.filter((m) => truth.members.find((t) => t.id === m.id)?.facts[question.facts[0]!] === true).map((m) => m.id);
  }
  if (question.scope === 'everyone' && question.kind === 'checklist') {
    return (asked.items ?? question.facts).filter((f) => truth.members.every((m) => m.facts[f] === true));
  }
  if (question.scope === 'everyone') {
    // One choice for everyone when each member's own answer would be the same one.
    const own = truth.members.map((m) => choiceFor(asked.choices ?? [], m.facts)?.id ?? floorChoice(asked, m.facts));
    return own[0] !== undefined && own.every((id) => id === own[0]) ? own[0] : 'not-all';
  }
  const facts: Answers =
    question.scope === 'household' ? truth.facts : (truth.members.find((m) => m.id === asked.member?.id) as Member).facts;
  const fact = question.facts[0]!;
  if (question.kind === 'choice') return choiceFor(asked.choices ?? [], facts)?.id ?? floorChoice(asked, facts) ?? null;
  if (question.kind === 'checklist') return (asked.items ?? question.facts).filter((f) => facts[f] === true);
  const value = facts[fact];
  if (value === undefined) return null;
  return value as QuestionAnswer;
}

/** For a choice split at thresholds: the range the true number falls in. */
function floorChoice(asked: AskedQuestion, facts: Answers): string | undefined {
  const fact = asked.question.facts[0]!;
  const n = facts[fact];
  if (typeof n !== 'number') return undefined;
  let best: string | undefined;
  for (const c of asked.choices ?? []) {
    const lower = c.facts[fact];
    if (typeof lower === 'number' && lower <= n) best = c.id;
  }
  return best;
}

/** Runs the flow to its end; returns the final state and the keys asked. */
export function simulate(
  truth: Household,
  rules: RuleSet,
  start: QuizState = { household: rosterOf(truth), asked: [] },
  limit = 200,
): { state: QuizState; asked: string[] } {
  let state = start;
  const asked: string[] = [];
  for (let i = 0; i < limit; i++) {
    const { next } = nextStep(state, rules);
    if (!next) break;
    asked.push(next.key);
    state = answer(state, next, truthfulAnswer(next, truth));
  }
  return { state, asked };
}

/** A small seeded random generator (mulberry32), so a failing household can be found again. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A household with every fact known, its members of plausible roles and
 * ages: the truth the flow's answers come from.
 */
export function randomHousehold(random: () => number): Household {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const roles: Member['role'][] = ['self'];
  const size = 1 + Math.floor(random() * 5);
  for (let i = 1; i < size; i++) roles.push(pick(['partner', 'child', 'child', 'grandchild', 'parent', 'grandparent', 'sibling']));
  const ageOf = (role: Member['role']) => {
    switch (role) {
      case 'child':
      case 'grandchild':
        return Math.floor(random() * 26);
      case 'parent':
      case 'grandparent':
        return 50 + Math.floor(random() * 55);
      default:
        return 16 + Math.floor(random() * 80);
    }
  };
  const members: Member[] = roles.map((role, i) => {
    const age = ageOf(role);
    const female = chance(0.5);
    const registered = chance(0.9);
    const disability = chance(0.15);
    const indigenous = chance(0.1);
    const employed = age >= 15 && age < 70 && chance(0.6);
    const facts: Answers = {
      age,
      female,
      registeredInTaichung: registered,
      livesInTaichung: chance(0.92),
      monthsRegisteredInTaichung: registered ? pick([1, 3, 5, 7, 13, 30, 80, 300]) : 0,
      inTaiwan183Days: chance(0.95),
      citizen: chance(0.93),
      maritalStatus: age < 18 ? 'single' : pick(['single', 'married', 'married', 'divorced', 'widowed']),
      pregnant: female && age >= 15 && age < 50 && chance(0.1),
      recentBirth: female && age >= 15 && age < 50 && chance(0.08),
      disability,
      ...(disability
        ? {
            disabilityLevel: pick(['mild', 'moderate', 'severe', 'profound']),
            disabilityTypes: [pick(['visual', 'hearing', 'physical', 'intellectual', 'autism', 'mental-illness', 'dementia', 'multiple'])],
          }
        : { disabilityTypes: [] }),
      developmentalDelay: age < 12 && chance(0.15),
      indigenous,
      indigenousGroup: indigenous ? pick(['mountain', 'plains']) : 'none',
      newImmigrant: age >= 18 && chance(0.08),
      nhiInsured: chance(0.95),
      employed,
      worksInTaichung: employed && chance(0.85),
      involuntaryUnemployment: !employed && age >= 18 && age < 65 && chance(0.2),
      occupationalInjury: age >= 18 && chance(0.05),
      schoolStage:
        age < 3
          ? 'none'
          : age < 6
            ? 'preschool'
            : age < 12
              ? 'elementary'
              : age < 15
                ? 'junior-high'
                : age < 18
                  ? 'senior-high'
                  : age < 23 && chance(0.5)
                    ? 'college'
                    : 'none',
      caregiver: age >= 18 && chance(0.15),
      caredFor: chance(0.1),
      longTermCareNeed: (age >= 65 || disability) && chance(0.3),
    };
    return { id: `m${i + 1}`, role, facts };
  });
  const disaster = chance(0.1);
  const deathInFamily = chance(0.1);
  const suddenIncomeLoss = chance(0.1);
  const otherEmergency = chance(0.05);
  // A deadline runs from something that happened: a listed event or a lost job.
  const event =
    disaster || deathInFamily || suddenIncomeLoss || otherEmergency || members.some((m) => m.facts.involuntaryUnemployment === true);
  return {
    members,
    facts: {
      householdStatus: pick(['low-income', 'middle-low-income', 'neither', 'neither', 'neither']),
      specialCircumstancesFamily: chance(0.05),
      singleParent: !members.some((m) => m.role === 'partner') && chance(0.2),
      livingAlone: members.length === 1 && chance(0.6),
      housing: pick(['own', 'rent', 'family', 'other']),
      firstHomePurchase: chance(0.05),
      homeNeedsRepair: chance(0.1),
      receivesBenefits: [],
      disaster,
      disasterDamage: disaster ? [pick(['death', 'missing', 'injury', 'home-destroyed', 'home-damaged', 'landslide'])] : [],
      deathInFamily,
      suddenIncomeLoss,
      otherEmergency,
      monthsSinceEvent: event ? pick([0, 1, 2, 4, 7, 13]) : NO_EVENT_MONTHS,
      violenceOrAbuse: chance(0.05),
      homeless: chance(0.03),
    },
  };
}
