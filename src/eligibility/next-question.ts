/**
 * The quiz's engine, as pure functions: what the household has said, which
 * question can still change some benefit's outcome, and the state's encoding
 * in a shared link. The element only renders what these decide.
 */
import { evaluate, type Outcome } from './evaluate.js';
import { FACTS, isBaselineFact, isFactName, type Answers, type FactName, type FactValue } from './facts.js';
import { isFactCondition, isOfficeCheck, isOpen, type Rule } from './rules.js';
import { explain, type Explained } from './describe.js';
import {
  LIFE_EVENTS,
  QUESTIONS,
  SUBJECTS,
  choiceFor,
  isValidFactValue,
  lifeEventById,
  questionByCode,
  type LifeEventId,
  type Question,
  type Subject,
} from './questions.js';

export interface QuizState {
  subject?: Subject;
  lifeEvent?: LifeEventId;
  /** Facts the household has given (a missing fact is unknown). */
  answers: Answers;
  /** Questions already asked, in order; one asked without its facts was "don't know". */
  asked: readonly string[];
}

export const EMPTY_STATE: QuizState = { answers: {}, asked: [] };

/** An answer to one question: a choice id, yes/no, a number, a list of ages, or null for "don't know". */
export type QuestionAnswer = string | boolean | number | readonly number[] | null;

/**
 * The household's facts with what they imply: no registration means no
 * years of it; a man is not pregnant.
 */
export function effectiveFacts(answers: Answers): Answers {
  const facts: Answers = { ...answers };
  if (facts.registeredInTaichung === false && facts.yearsRegisteredInTaichung === undefined) facts.yearsRegisteredInTaichung = 0;
  if (facts.female === false && facts.pregnant === undefined) facts.pregnant = false;
  // Nobody in the handbook's programmes is pregnant at 60 or over.
  if (typeof facts.age === 'number' && facts.age >= 60 && facts.pregnant === undefined) facts.pregnant = false;
  return facts;
}

type Status = 'met' | 'failed' | 'unknown' | 'office';

/**
 * The unknown facts whose answers could still change this rule's outcome.
 * A fact under a branch already decided (an `any` with a met branch, an
 * `all` with a failed one) cannot, and is left out.
 */
export function decisiveUnknowns(rule: Rule, facts: Answers): Set<FactName> {
  const out = new Set<FactName>();
  walk(rule, facts, out);
  return out;
}

function walk(rule: Rule, facts: Answers, out: Set<FactName>): Status {
  if (isOpen(rule)) return 'met';
  if (isOfficeCheck(rule)) return 'office';
  if (isFactCondition(rule)) {
    const status = statusOf(rule, facts);
    if (status === 'unknown') out.add(rule.fact);
    return status;
  }
  if ('not' in rule) {
    const inner = walk(rule.not, facts, out);
    return inner === 'met' ? 'failed' : inner === 'failed' ? 'met' : inner;
  }
  const children = 'all' in rule ? rule.all : rule.any;
  const local = children.map((child) => {
    const found = new Set<FactName>();
    return { status: walk(child, facts, found), found };
  });
  const statuses = local.map((l) => l.status);
  let status: Status;
  if ('all' in rule) {
    status = statuses.includes('failed')
      ? 'failed'
      : statuses.includes('unknown')
        ? 'unknown'
        : statuses.includes('office')
          ? 'office'
          : 'met';
  } else {
    // An office branch already counts as "likely": an unknown sibling cannot change the outcome.
    status = statuses.includes('met')
      ? 'met'
      : statuses.includes('office')
        ? 'office'
        : statuses.includes('unknown')
          ? 'unknown'
          : 'failed';
  }
  if (status === 'unknown') for (const l of local) if (l.status === 'unknown') for (const f of l.found) out.add(f);
  return status;
}

function statusOf(rule: Extract<Rule, { fact: FactName }>, facts: Answers): Status {
  // Reuse the engine's test so the two never disagree.
  const result = evaluate(rule, facts);
  const leaf = result.conditions[0];
  return leaf ? leaf.status : 'unknown';
}

/** Whether a question's facts are all known (given or implied). */
function settled(question: Question, facts: Answers): boolean {
  return question.facts.length > 0 && question.facts.every((f) => facts[f] !== undefined);
}

/**
 * The questions that can still change some benefit's outcome, in the order
 * they will be asked: whom we ask for first, then the life event's first
 * questions, then the default order.
 */
export function remainingQuestions(state: QuizState, rules: Iterable<Rule>): Question[] {
  const facts = effectiveFacts(state.answers);
  const asked = new Set(state.asked);
  const decisive = new Set<FactName>();
  for (const rule of rules) for (const f of decisiveUnknowns(rule, facts)) decisive.add(f);
  const event = state.lifeEvent ? lifeEventById(state.lifeEvent) : undefined;
  const rank = (q: Question) => {
    if (q.id === 'subject') return -1000;
    const i = event?.first.indexOf(q.id) ?? -1;
    return i >= 0 ? -100 + i : q.order;
  };
  return QUESTIONS.filter((q) => {
    if (asked.has(q.id)) return false;
    if (q.id === 'subject') return state.subject === undefined;
    if (settled(q, facts)) return false;
    if (q.askIf && !q.askIf(facts)) return false;
    return q.facts.some((f) => decisive.has(f));
  }).sort((a, b) => rank(a) - rank(b));
}

/** The next question to ask, or undefined when nothing left can change a result. */
export function nextQuestion(state: QuizState, rules: Iterable<Rule>): Question | undefined {
  return remainingQuestions(state, rules)[0];
}

/** Records an answer (null: "don't know" / "prefer not to say"). */
export function answer(state: QuizState, question: Question, value: QuestionAnswer): QuizState {
  const answers: Answers = { ...state.answers };
  for (const f of question.facts) delete answers[f];
  let subject = state.subject;
  if (question.id === 'subject') {
    subject = typeof value === 'string' && (SUBJECTS as readonly string[]).includes(value) ? (value as Subject) : undefined;
  } else if (value !== null) {
    Object.assign(answers, factsOfAnswer(question, value));
  }
  const asked = [...state.asked.filter((id) => id !== question.id), question.id];
  return { ...state, subject, answers, asked };
}

/** The facts an answer sets; throws on an answer of the wrong kind. */
export function factsOfAnswer(question: Question, value: Exclude<QuestionAnswer, null>): Answers {
  const fact = question.facts[0];
  switch (question.kind) {
    case 'choice': {
      const choice = question.choices?.find((c) => c.id === value);
      if (!choice) throw new Error(`no choice ${String(value)} for ${question.id}`);
      return { ...choice.facts };
    }
    case 'yes-no':
      if (typeof value !== 'boolean' || !fact) throw new Error(`yes or no expected for ${question.id}`);
      return { [fact]: value };
    case 'number':
      if (typeof value !== 'number' || !fact || !inBounds(question, value)) throw new Error(`a number expected for ${question.id}`);
      return { [fact]: value };
    case 'child-ages':
      if (!Array.isArray(value) || !fact || !value.every((n) => typeof n === 'number' && inBounds(question, n))) {
        throw new Error(`ages expected for ${question.id}`);
      }
      return { [fact]: [...(value as number[])].sort((a, b) => a - b) };
  }
}

function inBounds(question: Question, n: number): boolean {
  return Number.isInteger(n) && n >= (question.min ?? 0) && n <= (question.max ?? 150);
}

/** The answer a question has in this state: undefined when not asked, null when "don't know". */
export function answerOf(state: QuizState, question: Question): QuestionAnswer | undefined {
  if (question.id === 'subject') return state.subject ?? (state.asked.includes('subject') ? null : undefined);
  const known = question.facts.every((f) => state.answers[f] !== undefined);
  if (known && question.facts.length) {
    if (question.kind === 'choice') return choiceFor(question, state.answers)?.id ?? null;
    return state.answers[question.facts[0]!] as QuestionAnswer;
  }
  return state.asked.includes(question.id) ? null : undefined;
}

/** Starts the quiz from a life event: its facts are set and its questions marked as answered. */
export function startWithLifeEvent(state: QuizState, id: LifeEventId | undefined): QuizState {
  const event = id ? lifeEventById(id) : undefined;
  if (!event) return { ...state, lifeEvent: undefined };
  const answers = { ...state.answers, ...event.presets };
  const presetQuestions = QUESTIONS.filter((q) => q.facts.length && q.facts.every((f) => answers[f] !== undefined)).map((q) => q.id);
  const asked = [...state.asked, ...presetQuestions.filter((q) => !state.asked.includes(q))];
  return { ...state, lifeEvent: event.id, answers, asked };
}

export interface BenefitOutcome {
  id: string;
  outcome: Outcome;
}

/** How many conditions about the person (not residence) this household meets: more first in the results. */
export function matchStrength(rule: Rule, facts: Answers): number {
  const count = (item: Explained): number =>
    item.kind === 'leaf'
      ? Number(item.status === 'met' && isFactCondition(item.leaf) && !isBaselineFact(item.leaf.fact))
      : item.status === 'failed'
        ? 0
        : item.items.reduce((n, i) => n + count(i), 0);
  return explain(rule, facts).reduce((n, i) => n + count(i), 0);
}

/** Outcomes for every benefit in scope; benefits open to all are left out. */
export function outcomes(state: QuizState, rules: Readonly<Record<string, { rule: Rule }>>, ids?: Iterable<string>): BenefitOutcome[] {
  const facts = effectiveFacts(state.answers);
  const out: BenefitOutcome[] = [];
  for (const id of ids ?? Object.keys(rules)) {
    const r = rules[id];
    if (!r || isOpen(r.rule)) continue;
    out.push({ id, outcome: evaluate(r.rule, facts).outcome });
  }
  return out;
}

// ---- The shared link -------------------------------------------------------
// wq-s: subject; wq-e: life event; wq-a: answers as `code.value` joined by `~`
// (a code alone is "don't know"); wq-v: `r` when the results were open.

export interface EncodedState {
  s?: string;
  e?: string;
  a?: string;
  v?: string;
}

function encodeValue(question: Question, facts: Answers): string {
  const value = facts[question.facts[0]!];
  switch (question.kind) {
    case 'choice':
      return choiceFor(question, facts)?.id ?? '';
    case 'yes-no':
      return value ? '1' : '0';
    case 'number':
      return String(value);
    case 'child-ages': {
      const ages = value as readonly number[];
      return ages.length ? ages.join('_') : 'x';
    }
  }
}

export function encodeState(state: QuizState, view?: 'results'): Record<string, string> {
  const tokens: string[] = [];
  for (const id of state.asked) {
    const q = QUESTIONS.find((x) => x.id === id);
    if (!q || q.id === 'subject') continue;
    const known = q.facts.every((f) => state.answers[f] !== undefined);
    const value = known ? encodeValue(q, state.answers) : '';
    tokens.push(value ? `${q.code}.${value}` : q.code);
  }
  return {
    s: state.subject ?? '',
    e: state.lifeEvent ?? '',
    a: tokens.join('~'),
    v: view === 'results' ? 'r' : '',
  };
}

export class AnswersFormatError extends Error {}

function decodeValue(question: Question, raw: string): Exclude<QuestionAnswer, null> {
  switch (question.kind) {
    case 'choice':
      return raw;
    case 'yes-no':
      if (raw !== '1' && raw !== '0') throw new AnswersFormatError(`${question.code}: expected 1 or 0`);
      return raw === '1';
    case 'number':
      if (!/^\d{1,3}$/.test(raw)) throw new AnswersFormatError(`${question.code}: expected a number`);
      return Number(raw);
    case 'child-ages':
      if (raw === 'x') return [];
      if (!/^\d{1,2}(_\d{1,2})*$/.test(raw)) throw new AnswersFormatError(`${question.code}: expected ages`);
      return raw.split('_').map(Number);
  }
}

/** Reads the link's encoding; throws AnswersFormatError when it is malformed. */
export function decodeState(encoded: EncodedState): { state: QuizState; view?: 'results' } {
  let state: QuizState = { answers: {}, asked: [] };
  if (encoded.s) {
    if (!(SUBJECTS as readonly string[]).includes(encoded.s)) throw new AnswersFormatError(`unknown subject ${encoded.s}`);
    state = { ...state, subject: encoded.s as Subject, asked: ['subject'] };
  }
  if (encoded.e) {
    if (!LIFE_EVENTS.some((e) => e.id === encoded.e)) throw new AnswersFormatError(`unknown life event ${encoded.e}`);
    state = { ...state, lifeEvent: encoded.e as LifeEventId };
  }
  for (const token of (encoded.a ?? '').split('~').filter(Boolean)) {
    const [code = '', raw, ...rest] = token.split('.');
    const question = questionByCode(code);
    if (!question || question.id === 'subject' || rest.length) throw new AnswersFormatError(`unknown answer ${token}`);
    try {
      state = answer(state, question, raw === undefined ? null : decodeValue(question, raw));
    } catch (error) {
      throw error instanceof AnswersFormatError ? error : new AnswersFormatError(`bad answer ${token}`);
    }
  }
  return { state, ...(encoded.v === 'r' ? { view: 'results' as const } : {}) };
}

/**
 * Reads a prefill: a JSON object of facts (`{"age":68,"householdStatus":"middle-low-income"}`),
 * or the link's encoding (`wq-a=ag.68~hs.m` or just `ag.68~hs.m`).
 * Throws AnswersFormatError when it is neither.
 */
export function parsePrefill(text: string): { state: QuizState; view?: 'results' } {
  const trimmed = text.trim();
  if (!trimmed) return { state: { answers: {}, asked: [] } };
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new AnswersFormatError('not valid JSON');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new AnswersFormatError('expected an object of facts');
    const answers: Answers = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (!isFactName(key)) throw new AnswersFormatError(`unknown fact ${key}`);
      if (!isValidFactValue(key, value)) throw new AnswersFormatError(`bad value for ${key}`);
      (answers as Record<FactName, FactValue>)[key] = value;
    }
    const asked = QUESTIONS.filter((q) => q.facts.length && q.facts.every((f) => answers[f] !== undefined)).map((q) => q.id);
    return { state: { answers, asked } };
  }
  const params = new URLSearchParams(trimmed.replace(/^#/, ''));
  const encoded: EncodedState = {};
  let prefixed = false;
  for (const [key, value] of params) {
    const m = /^wq-([seav])$/.exec(key);
    if (m) {
      prefixed = true;
      encoded[m[1] as keyof EncodedState] = value;
    }
  }
  return decodeState(prefixed ? encoded : { a: trimmed });
}

/** All facts a question list can set; for tests and checks. */
export const ASKED_FACTS: ReadonlySet<FactName> = new Set(QUESTIONS.flatMap((q) => q.facts));
export const UNASKED_FACTS: readonly FactName[] = (Object.keys(FACTS) as FactName[]).filter((f) => !ASKED_FACTS.has(f));
