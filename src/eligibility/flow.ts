import { msg } from '@lit/localize';
/**
 * The quiz's flow, as pure functions: which question, about whom, can still
 * change some benefit's verdict, and which changes the most (the expected
 * number of verdicts its answer changes). The flow asks nothing whose answer
 * cannot change a verdict, so stopping at any point and evaluating what is
 * known gives the same verdicts as evaluating everything the household could
 * have said (test/node/flow.test.ts checks this over random households).
 */
import { contextFor, isAboutSubject, outcomeOnly, type Outcome } from './evaluate.js';
import type { Answers, FactName } from './facts.js';
import { NO_EVENT_MONTHS, factsFor, type Household, type Member } from './household.js';
import {
  QUESTIONS,
  choiceFor,
  lifeEventById,
  monthChoices,
  questionById,
  type Choice,
  type LifeEventId,
  type Question,
} from './questions.js';
import { childrenOf, isFactCondition, isSomeMember, leavesOf, type Rule } from './rules.js';
import { OUTCOME_RANK, decisiveQuestions, householdVerdicts, verdictFor, type Verdict } from './verdicts.js';

export interface QuizState {
  household: Household;
  lifeEvent?: LifeEventId;
  /** Question keys asked, in order (`id`, or `id@m2` for a member's); one asked without its facts was "don't know". */
  asked: readonly string[];
}

/** A question put to the household, or about one member of it. */
export interface AskedQuestion {
  key: string;
  question: Question;
  /** The member it is about (member questions only). */
  member?: Member;
  /**
   * A yes-no question that matters for several members is asked once, as
   * "who of these…": the answer is the ids of the members it is true for.
   */
  members?: readonly Member[];
  /** The choices to offer (a question's own, or split at the rules' thresholds). */
  choices?: readonly Choice[];
  /** The options of a multi-choice question (for benefits received: the benefit ids that matter). */
  options?: readonly string[];
  /** The facts a checklist offers: those still unknown. */
  items?: readonly FactName[];
}

/** An answer: a choice id, yes/no, a number, the ids of a multi-choice, or null for "don't know". */
export type QuestionAnswer = string | boolean | number | readonly string[] | null;

export type RuleSet = Readonly<Record<string, { rule: Rule }>>;

export function keyOf(question: Question, member?: Member): string {
  return question.scope === 'member' && member ? `${question.id}@${member.id}` : question.id;
}

/** The question and member a key names. */
export function parseKey(key: string, household: Household): { question: Question; member?: Member } | undefined {
  const [id = '', memberId] = key.split('@');
  const question = questionById(id);
  if (!question) return undefined;
  if (question.scope !== 'member') return memberId ? undefined : { question };
  const member = household.members.find((m) => m.id === memberId);
  return member ? { question, member } : undefined;
}

// ---- Thresholds ------------------------------------------------------------

const thresholdCache = new WeakMap<RuleSet, Map<FactName, number[]>>();

/** The constants the rules compare a number fact with (months also from years × 12). */
export function thresholdsOf(fact: FactName, rules: RuleSet): number[] {
  let byFact = thresholdCache.get(rules);
  if (!byFact) {
    byFact = new Map();
    thresholdCache.set(rules, byFact);
  }
  const cached = byFact.get(fact);
  if (cached) return cached;
  const out = new Set<number>();
  const add = (f: FactName, scale: number) => {
    for (const { rule } of Object.values(rules)) {
      for (const leaf of leavesOf(rule)) {
        if (!isFactCondition(leaf) || leaf.fact !== f) continue;
        const values = Array.isArray(leaf.value) ? (leaf.value as number[]) : [leaf.value as number];
        for (const v of values) {
          if (typeof v !== 'number') continue;
          // A rule's "over N" starts at N + 1; "N or under" ends at N.
          const edge = leaf.op === 'gt' || leaf.op === 'lte' ? v + 1 : leaf.op === 'between' && v === values[1] ? v + 1 : v;
          out.add(edge * scale);
        }
      }
    }
  };
  add(fact, 1);
  if (fact === 'monthsRegisteredInTaichung') add('yearsRegisteredInTaichung', 12);
  const list = [...out].sort((a, b) => a - b);
  byFact.set(fact, list);
  return list;
}

const benefitOptionsCache = new WeakMap<RuleSet, string[]>();

/** The benefits the rules ask whether a household already receives. */
export function receivedBenefitIds(rules: RuleSet): string[] {
  let ids = benefitOptionsCache.get(rules);
  if (!ids) {
    const found = new Set<string>();
    for (const { rule } of Object.values(rules)) {
      for (const leaf of leavesOf(rule)) if (isFactCondition(leaf) && leaf.fact === 'receivesBenefits') found.add(String(leaf.value));
    }
    ids = [...found].sort();
    benefitOptionsCache.set(rules, ids);
  }
  return ids;
}

/** The options of a multi-choice question: its own, or the benefits the rules name (labelled by the element). */
export function optionIdsOf(question: Question, rules: RuleSet): string[] {
  return question.benefitOptions ? receivedBenefitIds(rules) : (question.options ?? []).map((o) => o.id);
}

/** For a question about everyone: "it differs", then each member is asked. */
const NOT_EVERYONE: Choice = {
  id: 'not-all',
  facts: {},
  label: () => msg('每個人不一樣（接下來分別問）', { desc: 'Eligibility quiz: everyone choice, it differs; asked per person next' }),
};

/** Nothing happened that a deadline could run from. */
const NO_EVENT: Choice = {
  id: 'none',
  facts: { monthsSinceEvent: NO_EVENT_MONTHS },
  label: () => msg('最近沒有發生這類事情', { desc: 'Eligibility quiz: months since event choice, nothing of the kind happened' }),
};

/** The choices a question offers for these rules. */
export function choicesOf(question: Question, rules: RuleSet): readonly Choice[] | undefined {
  if (question.thresholdChoices === 'months-registered') {
    const choices = monthChoices(thresholdsOf('monthsRegisteredInTaichung', rules), 'monthsRegisteredInTaichung');
    return question.scope === 'everyone' ? [...choices, NOT_EVERYONE] : choices;
  }
  if (question.thresholdChoices === 'months-since-event') {
    return [...monthChoices(thresholdsOf('monthsSinceEvent', rules), 'monthsSinceEvent'), NO_EVENT];
  }
  return question.choices;
}

// ---- Answers ---------------------------------------------------------------

/** The facts an answer sets; throws on an answer of the wrong kind. */
export function factsOfAnswer(asked: AskedQuestion, value: Exclude<QuestionAnswer, null>, rules?: RuleSet): Answers {
  const { question } = asked;
  const fact = question.facts[0]!;
  switch (question.kind) {
    case 'choice': {
      const choice = asked.choices?.find((c) => c.id === value);
      if (!choice) throw new Error(`no choice ${String(value)} for ${question.id}`);
      return { ...choice.facts };
    }
    case 'yes-no':
      if (typeof value !== 'boolean') throw new Error(`yes or no expected for ${question.id}`);
      return { [fact]: value };
    case 'number':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < (question.min ?? 0) || value > (question.max ?? 150)) {
        throw new Error(`a number expected for ${question.id}`);
      }
      return { [fact]: value };
    case 'multi': {
      const allowed = new Set(asked.options ?? (rules ? optionIdsOf(question, rules) : question.options?.map((o) => o.id)));
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && allowed.has(v))) {
        throw new Error(`options expected for ${question.id}`);
      }
      return { [fact]: [...new Set(value as string[])] };
    }
    case 'checklist': {
      const items = asked.items ?? question.facts;
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && (items as readonly string[]).includes(v))) {
        throw new Error(`items expected for ${question.id}`);
      }
      // About everyone, an unticked item only means "not everyone": each member is asked later.
      const offered = question.scope === 'everyone' ? items.filter((f) => (value as readonly string[]).includes(f)) : items;
      return Object.fromEntries(offered.map((f) => [f, (value as readonly string[]).includes(f)])) as Answers;
    }
  }
}

function withFacts(household: Household, asked: AskedQuestion, facts: Answers, clear: boolean): Household {
  // A checklist answers only the items it offered; the others keep their answers.
  const answered = asked.items ?? asked.question.facts;
  const strip = (from: Answers) => {
    const next: Answers = { ...from };
    if (clear) for (const f of answered) delete next[f];
    return { ...next, ...facts };
  };
  switch (asked.question.scope) {
    case 'household':
      return { ...household, facts: strip(household.facts) };
    case 'member':
      // By id: the question may have been put before another answer renewed the member.
      return { ...household, members: household.members.map((m) => (m.id === asked.member?.id ? { ...m, facts: strip(m.facts) } : m)) };
    case 'everyone':
      return { ...household, members: household.members.map((m) => ({ ...m, facts: strip(m.facts) })) };
  }
}

/** Records an answer (null: "don't know" / "prefer not to say"). */
export function answer(state: QuizState, asked: AskedQuestion, value: QuestionAnswer): QuizState {
  if (asked.members) {
    if (value !== null && (!Array.isArray(value) || !value.every((id) => asked.members!.some((m) => m.id === id)))) {
      throw new Error(`member ids expected for ${asked.question.id}`);
    }
    let next = state;
    for (const member of asked.members) {
      const one: AskedQuestion = { key: keyOf(asked.question, member), question: asked.question, member };
      next = answer(next, one, value === null ? null : (value as readonly string[]).includes(member.id));
    }
    return next;
  }
  const facts = value === null ? {} : factsOfAnswer(asked, value);
  // "Not everyone" answers nothing for anyone (the flow asks each member
  // next) and keeps what each member has said.
  const clear = asked.question.scope !== 'everyone' || Object.keys(facts).length > 0;
  const household = withFacts(state.household, asked, facts, clear);
  const key = asked.key;
  return { ...state, household, asked: [...state.asked.filter((k) => k !== key), key] };
}

/** The answer a question has in this state: undefined when not asked, null when "don't know". */
export function answerOf(state: QuizState, asked: AskedQuestion): QuestionAnswer | undefined {
  const { question } = asked;
  if (asked.members) {
    const answers = asked.members.map((m) => answerOf(state, { key: keyOf(question, m), question, member: m }));
    if (answers.every((a) => a === undefined)) return undefined;
    if (answers.every((a) => a === null)) return null;
    return asked.members.filter((_, i) => answers[i] === true).map((m) => m.id);
  }
  const member = state.household.members.find((m) => m.id === asked.member?.id) ?? state.household.members[0]!;
  const facts = question.scope === 'household' ? state.household.facts : member.facts;
  const wasAsked = state.asked.includes(asked.key);
  if (question.scope === 'everyone') {
    if (!wasAsked) return undefined;
    if (question.kind === 'checklist') {
      return (asked.items ?? question.facts).filter((f) => state.household.members.every((m) => m.facts[f] === true));
    }
    return choiceFor(asked.choices ?? [], facts)?.id ?? asked.choices?.find((c) => !Object.keys(c.facts).length)?.id ?? null;
  }
  const known = (asked.items ?? question.facts).some((f) => facts[f] !== undefined);
  if (!known) return wasAsked ? null : undefined;
  switch (question.kind) {
    case 'choice':
      return choiceFor(asked.choices ?? [], facts)?.id ?? null;
    case 'multi':
      return facts[question.facts[0]!] as readonly string[];
    case 'checklist':
      return (asked.items ?? question.facts).filter((f) => facts[f] === true);
    default:
      return facts[question.facts[0]!] as QuestionAnswer;
  }
}

/** Starts the quiz from a life event: its facts are set. */
export function startWithLifeEvent(state: QuizState, id: LifeEventId | undefined): QuizState {
  const event = id ? lifeEventById(id) : undefined;
  if (!event) return { ...state, lifeEvent: undefined };
  const [self, ...rest] = state.household.members;
  const household: Household = {
    members: [{ ...self!, facts: { ...event.selfPresets, ...self!.facts } }, ...rest],
    facts: { ...event.presets, ...state.household.facts },
  };
  return { ...state, lifeEvent: event.id, household };
}

// ---- Choosing the next question ----------------------------------------------

/** Every question that could be asked now, about whom. */
function candidates(state: QuizState, rules: RuleSet): AskedQuestion[] {
  const asked = new Set(state.asked);
  const { household } = state;
  const out: AskedQuestion[] = [];
  for (const question of QUESTIONS) {
    const choices = choicesOf(question, rules);
    if (question.scope === 'member') {
      for (const member of household.members) {
        const key = keyOf(question, member);
        if (asked.has(key)) continue;
        const facts = factsFor(household, member);
        if (question.facts.every((f) => facts[f] !== undefined)) continue;
        if (question.askIf && !question.askIf(facts)) continue;
        const items = question.kind === 'checklist' ? question.facts.filter((f) => facts[f] === undefined) : undefined;
        out.push({ key, question, member, ...(choices ? { choices } : {}), ...(items ? { items } : {}) });
      }
    } else {
      if (asked.has(question.id)) continue;
      if (question.scope === 'everyone') {
        // Asked of households of several people, before anyone's own answer.
        if (household.members.length < 2 || household.members.every((m) => question.facts.every((f) => m.facts[f] !== undefined))) continue;
        if (question.askIf && !household.members.every((m) => question.askIf!(factsFor(household, m)))) continue;
        if (question.kind === 'checklist') {
          const items = question.facts.filter((f) => household.members.some((m) => m.facts[f] === undefined));
          out.push({ key: question.id, question, items });
          continue;
        }
      } else {
        const facts = factsFor(household, undefined);
        if (question.facts.every((f) => facts[f] !== undefined)) continue;
        if (question.askIf && !question.askIf({ ...factsFor(household, household.members[0]), ...facts })) continue;
      }
      const options = question.benefitOptions ? receivedBenefitIds(rules) : undefined;
      const shared = factsFor(household, undefined);
      const items = question.kind === 'checklist' ? question.facts.filter((f) => shared[f] === undefined) : undefined;
      out.push({
        key: question.id,
        question,
        ...(choices ? { choices } : {}),
        ...(options ? { options } : {}),
        ...(items ? { items } : {}),
      });
    }
  }
  return out;
}

/** The values an answer could take, to weigh a question by what it changes. */
function possibleFacts(asked: AskedQuestion, rules: RuleSet): Answers[] {
  const { question } = asked;
  const fact = question.facts[0]!;
  switch (question.kind) {
    case 'yes-no':
      return [{ [fact]: true }, { [fact]: false }];
    case 'choice':
      return (asked.choices ?? []).map((c) => c.facts).filter((f) => Object.keys(f).length > 0);
    case 'multi':
      return [{ [fact]: [] }, ...(asked.options ?? optionIdsOf(question, rules)).map((id) => ({ [fact]: [id] }))];
    case 'checklist': {
      const items = asked.items ?? question.facts;
      const none = Object.fromEntries(items.map((f) => [f, false])) as Answers;
      return [none, ...items.map((f) => ({ ...none, [f]: true }))];
    }
    case 'number': {
      const edges = thresholdsOf(fact, rules);
      const values = new Set<number>(
        [0, ...edges, ...edges.map((n) => n - 1)].filter((n) => n >= (question.min ?? 0) && n <= (question.max ?? 150)),
      );
      return [...values].map((n) => ({ [fact]: n }));
    }
  }
}

/** The member facts a question key stands for, and the facts a rule may know them by. */
function touches(asked: AskedQuestion, decisive: Set<string>): boolean {
  const member = asked.member?.id;
  return (asked.items ?? asked.question.facts).some((f) => {
    if (asked.question.scope === 'everyone') return [...decisive].some((k) => k.startsWith(`${f}@`));
    return decisive.has(member ? `${f}@${member}` : f);
  });
}

export interface NextStep {
  next: AskedQuestion | undefined;
  /** How many more questions could still matter (the candidates that can change a verdict). */
  remaining: number;
}

/**
 * The question whose answer can change the most verdicts; undefined when no
 * answer can change any. A life event's questions come first while they
 * matter.
 */
export function nextStep(state: QuizState, rules: RuleSet, verdicts = householdVerdicts(rules, state.household)): NextStep {
  const decisiveByBenefit = new Map<string, Set<string>>();
  const decisive = new Set<string>();
  for (const v of verdicts) {
    const keys = decisiveQuestions(v);
    if (!keys.size) continue;
    decisiveByBenefit.set(v.id, keys);
    keys.forEach((k) => decisive.add(k));
  }
  const relevant = candidates(state, rules).filter((c) => touches(c, decisive));
  if (!relevant.length) return { next: undefined, remaining: 0 };
  const groups = groupYesNo(relevant);
  const event = state.lifeEvent ? lifeEventById(state.lifeEvent) : undefined;
  const byId = new Map(verdicts.map((v) => [v.id, v]));
  let best: { asked: AskedQuestion; score: number; rank: number } | undefined;
  const scoreOf = (asked: AskedQuestion): number => {
    const affected = [...decisiveByBenefit].filter(([, keys]) => touches(asked, keys)).map(([id]) => id);
    const options = possibleFacts(asked, rules);
    let changed = 0;
    for (const facts of options) {
      const household = withFacts(state.household, asked, facts, false);
      for (const id of affected)
        if (outcomeAfter(rules[id]!.rule, household, byId.get(id)!, asked.member) !== byId.get(id)!.outcome) changed++;
    }
    return options.length ? changed / options.length : 0;
  };
  // Questions about everyone come first (they settle many members at once),
  // then a life event's questions in its order; the rest by how many verdicts
  // an answer changes on average, ties in the default order.
  const everyone = groups.filter((g) => g.question.scope === 'everyone').sort((a, b) => a.question.order - b.question.order);
  if (everyone.length) return { next: everyone[0], remaining: groups.length };
  const eventFirst = event ? groups.filter((g) => event.first.includes(g.question.id)) : [];
  if (eventFirst.length) {
    eventFirst.sort((a, b) => event!.first.indexOf(a.question.id) - event!.first.indexOf(b.question.id));
    return { next: eventFirst[0], remaining: groups.length };
  }
  for (const asked of groups) {
    const score = (asked.members ?? [undefined]).reduce(
      (sum, m) => sum + scoreOf(m ? { key: keyOf(asked.question, m), question: asked.question, member: m } : asked),
      0,
    );
    const rank = -score * 1000 + asked.question.order / 100;
    if (!best || rank < best.rank) best = { asked, score, rank };
  }
  return { next: best?.asked, remaining: groups.length };
}

/**
 * A verdict's outcome once one member's facts change: only that member's
 * evaluation is redone, unless the rule looks at other members too.
 */
function outcomeAfter(rule: Rule, household: Household, before: Verdict, changed: Member | undefined): Outcome {
  if (!changed || !isAboutSubject(rule) || hasSomeGroup(rule)) return verdictFor(before.id, rule, household).outcome;
  const member = household.members.find((m) => m.id === changed.id)!;
  let best = outcomeOnly(rule, contextFor(household, member));
  for (const e of before.evaluations) if (e.member !== changed.id && OUTCOME_RANK[e.outcome] < OUTCOME_RANK[best]) best = e.outcome;
  return best;
}

const someCache = new WeakMap<Rule, boolean>();

function hasSomeGroup(rule: Rule): boolean {
  let found = someCache.get(rule);
  if (found === undefined) {
    const walk = (r: Rule): boolean => isSomeMember(r) || childrenOf(r).some(walk);
    found = walk(rule);
    someCache.set(rule, found);
  }
  return found;
}

/** Yes-no questions that matter for several members become one "who of these…" question. */
function groupYesNo(candidates: AskedQuestion[]): AskedQuestion[] {
  const out: AskedQuestion[] = [];
  const byQuestion = new Map<string, AskedQuestion[]>();
  for (const c of candidates) {
    if (c.question.kind !== 'yes-no' || c.question.scope !== 'member' || !c.member) {
      out.push(c);
      continue;
    }
    const list = byQuestion.get(c.question.id) ?? [];
    if (!list.length) out.push(c);
    list.push(c);
    byQuestion.set(c.question.id, list);
  }
  return out.map((c) => {
    const list = c.member ? byQuestion.get(c.question.id) : undefined;
    if (!list || list.length < 2) return c;
    const members = list.map((l) => l.member!);
    return { key: `${c.question.id}@${members.map((m) => m.id).join('+')}`, question: c.question, members };
  });
}
