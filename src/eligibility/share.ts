/**
 * The quiz's state in a link the person chooses to share, and prefills a
 * host gives: the household JSON (household.ts), the life event, the
 * questions asked. Links made before households (`wq-s`, `wq-a`) still open:
 * their one person becomes the household's first member.
 */
import { isFactName, isValidFactValue, type Answers, type FactName, type FactValue } from './facts.js';
import { householdFromAnswers, householdToJson, parseHousehold, HouseholdFormatError, type Household } from './household.js';
import { LIFE_EVENTS, type LifeEventId } from './questions.js';
import type { QuizState } from './flow.js';

export class AnswersFormatError extends Error {}

export function encodeState(state: QuizState, view?: 'results'): Record<string, string> {
  return {
    h: JSON.stringify(householdToJson(state.household)),
    e: state.lifeEvent ?? '',
    k: state.asked.join('~'),
    v: view === 'results' ? 'r' : '',
  };
}

export interface EncodedState {
  h?: string;
  e?: string;
  k?: string;
  v?: string;
  /** Before households: whom the quiz was for (ignored now). */
  s?: string;
  /** Before households: answers as `code.value` joined by `~`. */
  a?: string;
}

export function decodeState(encoded: EncodedState): { state: QuizState; view?: 'results'; legacy?: true } {
  let lifeEvent: LifeEventId | undefined;
  if (encoded.e) {
    if (!LIFE_EVENTS.some((e) => e.id === encoded.e)) throw new AnswersFormatError(`unknown life event ${encoded.e}`);
    lifeEvent = encoded.e as LifeEventId;
  }
  const view = encoded.v === 'r' ? ({ view: 'results' } as const) : {};
  if (!encoded.h && (encoded.a || encoded.s)) {
    const answers = decodeLegacyAnswers(encoded.a ?? '');
    return { state: { household: householdFromAnswers(answers), asked: [], ...(lifeEvent ? { lifeEvent } : {}) }, ...view, legacy: true };
  }
  let household: Household;
  try {
    household = encoded.h ? parseHousehold(JSON.parse(encoded.h)) : parseHousehold({ members: [{ role: 'self' }] });
  } catch (error) {
    if (error instanceof HouseholdFormatError || error instanceof SyntaxError) throw new AnswersFormatError(error.message);
    throw error;
  }
  const asked = (encoded.k ?? '').split('~').filter(Boolean);
  if (asked.length > 400 || asked.some((k) => !/^[a-z0-9-]{1,40}(@m\d{1,2})?$/.test(k))) throw new AnswersFormatError('bad question keys');
  return { state: { household, asked, ...(lifeEvent ? { lifeEvent } : {}) }, ...view };
}

/**
 * Reads a prefill: the household JSON (`{"members":[…],"facts":{…}}`), one
 * person's facts (`{"age":68,"householdStatus":"middle-low-income"}`), or a
 * share link's fragment (`wq-h=…`, or the older `wq-a=ag.68~hs.m`).
 * Throws AnswersFormatError when it is none of these.
 */
export function parsePrefill(text: string): { state: QuizState; view?: 'results'; legacy?: true } {
  const trimmed = text.trim();
  if (!trimmed) return { state: { household: householdFromAnswers({}), asked: [] } };
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new AnswersFormatError('not valid JSON');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new AnswersFormatError('expected an object');
    if ('members' in parsed) {
      try {
        return { state: { household: parseHousehold(parsed), asked: [] } };
      } catch (error) {
        if (error instanceof HouseholdFormatError) throw new AnswersFormatError(error.message);
        throw error;
      }
    }
    return { state: { household: householdFromAnswers(parseFlatFacts(parsed as Record<string, unknown>)), asked: [] } };
  }
  const params = new URLSearchParams(trimmed.replace(/^#/, ''));
  const encoded: EncodedState = {};
  let prefixed = false;
  for (const [key, value] of params) {
    const m = /^wq-([heksva])$/.exec(key);
    if (m) {
      prefixed = true;
      encoded[m[1] as keyof EncodedState] = value;
    }
  }
  return decodeState(prefixed ? encoded : { a: trimmed });
}

function parseFlatFacts(input: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const [key, value] of Object.entries(input)) {
    if (!isFactName(key)) throw new AnswersFormatError(`unknown fact ${key}`);
    if (key === 'yearsRegisteredInTaichung' || key === 'childAges') {
      // Facts of the one-person format, turned into the roster's.
      const ok =
        key === 'childAges'
          ? Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0 && n <= 120)
          : Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 120;
      if (!ok) throw new AnswersFormatError(`bad value for ${key}`);
    } else if (!isValidFactValue(key, value)) {
      throw new AnswersFormatError(`bad value for ${key}`);
    }
    (answers as Record<FactName, FactValue>)[key] = value as FactValue;
  }
  return answers;
}

// ---- Links made before households ------------------------------------------

type LegacyDecoder = (raw: string | undefined) => Answers;

const yesNo =
  (fact: FactName): LegacyDecoder =>
  (raw) => {
    if (raw === undefined) return {};
    if (raw !== '1' && raw !== '0') throw new AnswersFormatError(`expected 1 or 0 for ${fact}`);
    return { [fact]: raw === '1' };
  };

const number =
  (fact: FactName): LegacyDecoder =>
  (raw) => {
    if (raw === undefined) return {};
    if (!/^\d{1,3}$/.test(raw) || Number(raw) > 120) throw new AnswersFormatError(`expected a number for ${fact}`);
    return { [fact]: Number(raw) };
  };

const choice =
  (table: Record<string, Answers>): LegacyDecoder =>
  (raw) => {
    if (raw === undefined) return {};
    if (!Object.hasOwn(table, raw)) throw new AnswersFormatError(`unknown choice ${raw}`);
    return { ...table[raw] };
  };

/** The question codes of links made before households, and what each answer set. */
const LEGACY: Record<string, LegacyDecoder> = {
  rs: choice({
    both: { registeredInTaichung: true, livesInTaichung: true },
    registered: { registeredInTaichung: true, livesInTaichung: false },
    lives: { registeredInTaichung: false, livesInTaichung: true },
    neither: { registeredInTaichung: false, livesInTaichung: false },
  }),
  yr: number('yearsRegisteredInTaichung'),
  ag: number('age'),
  fe: choice({ f: { female: true }, m: { female: false } }),
  hs: choice({ l: { householdStatus: 'low-income' }, m: { householdStatus: 'middle-low-income' }, n: { householdStatus: 'neither' } }),
  ch: (raw) => {
    if (raw === undefined) return {};
    if (raw === 'x') return { childAges: [] };
    if (!/^\d{1,2}(_\d{1,2}){0,19}$/.test(raw)) throw new AnswersFormatError('expected ages');
    return { childAges: raw.split('_').map(Number) };
  },
  dl: choice({
    mi: { disabilityLevel: 'mild' },
    mo: { disabilityLevel: 'moderate' },
    se: { disabilityLevel: 'severe' },
    pr: { disabilityLevel: 'profound' },
  }),
  sp: yesNo('singleParent'),
  pg: yesNo('pregnant'),
  rb: yesNo('recentBirth'),
  di: yesNo('disability'),
  cd: yesNo('childDisabilityOrDelay'),
  lc: yesNo('longTermCareNeed'),
  la: yesNo('livingAlone'),
  cg: yesNo('caregiver'),
  in: yesNo('indigenous'),
  ni: yesNo('newImmigrant'),
  hi: yesNo('nhiInsured'),
  em: yesNo('employed'),
  iu: yesNo('involuntaryUnemployment'),
  oi: yesNo('occupationalInjury'),
  st: yesNo('student'),
  sc: yesNo('specialCircumstancesFamily'),
  il: yesNo('suddenIncomeLoss'),
  ds: yesNo('disaster'),
  dt: yesNo('deathInFamily'),
  hm: yesNo('homeless'),
  vi: yesNo('violenceOrAbuse'),
};

/** One person's answers from a link made before households (`ag.68~hs.m`). */
export function decodeLegacyAnswers(encoded: string): Answers {
  const answers: Answers = {};
  const tokens = encoded.split('~').filter(Boolean);
  if (tokens.length > 60) throw new AnswersFormatError('too many answers');
  for (const token of tokens) {
    const [code = '', raw, ...rest] = token.split('.');
    const decode = Object.hasOwn(LEGACY, code) ? LEGACY[code] : undefined;
    if (!decode || rest.length) throw new AnswersFormatError(`unknown answer ${token}`);
    Object.assign(answers, decode(raw));
  }
  return answers;
}
