/**
 * The eligibility quiz's questions, as data. Each question sets one or more
 * facts of the shared vocabulary (facts.ts); which question comes next is
 * decided from the benefits' rules (next-question.ts), never from a
 * hand-written tree. Words are functions so they render in the element's
 * language at the time they are shown.
 */
import { msg } from '@lit/localize';
import { FACTS, type Answers, type FactName, type FactValue } from './facts.js';

/** Whom the resident is asking for: changes the wording, not the rules. */
export type Subject = 'self' | 'family' | 'client';
export const SUBJECTS: readonly Subject[] = ['self', 'family', 'client'];

export type QuestionKind = 'yes-no' | 'number' | 'choice' | 'child-ages';

export interface Choice {
  /** Stable id, also used in the shared link. */
  readonly id: string;
  /** The facts this choice sets. */
  readonly facts: Answers;
  readonly label: () => string;
}

export interface Question {
  /** Stable id (also the element's `data-question`). */
  readonly id: string;
  /** Short code in the shared link (`wq-a`). */
  readonly code: string;
  /** The facts this question sets; empty for the scene question. */
  readonly facts: readonly FactName[];
  readonly kind: QuestionKind;
  /** Lower comes first: whom → residence → age → household → … */
  readonly order: number;
  /** Optional and says why it is asked; the skip button reads "prefer not to say". */
  readonly sensitive: boolean;
  readonly choices?: readonly Choice[];
  /** Bounds of a number answer. */
  readonly min?: number;
  readonly max?: number;
  /** Asked only when the answers so far make it meaningful. */
  readonly askIf?: (facts: Answers) => boolean;
  readonly prompt: (subject: Subject) => string;
  /** A plain-words hint under the question. */
  readonly hint?: () => string;
  /** Why a sensitive question is asked. */
  readonly why?: () => string;
}

const self = (subject: Subject) => subject === 'self';

const yesNo = (
  id: string,
  code: string,
  fact: FactName,
  order: number,
  prompt: Question['prompt'],
  extra: Partial<Pick<Question, 'hint' | 'why' | 'askIf'>> = {},
): Question => ({
  id,
  code,
  facts: [fact],
  kind: 'yes-no',
  order,
  sensitive: Boolean((FACTS[fact] as { sensitive?: boolean }).sensitive),
  ...extra,
  prompt,
});

/** Every question of the quiz, in the default order. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'subject',
    code: 'sb',
    facts: [],
    kind: 'choice',
    order: 0,
    sensitive: false,
    choices: [
      { id: 'self', facts: {}, label: () => msg('我自己', { desc: 'Eligibility quiz: subject choice, myself' }) },
      { id: 'family', facts: {}, label: () => msg('家人', { desc: 'Eligibility quiz: subject choice, a family member' }) },
      {
        id: 'client',
        facts: {},
        label: () =>
          msg('我協助的人（社工、志工、鄰里長）', { desc: 'Eligibility quiz: subject choice, someone I help as a worker or volunteer' }),
      },
    ],
    prompt: () => msg('您在幫誰查詢？', { desc: 'Eligibility quiz: question, whom are you asking for' }),
    hint: () =>
      msg('之後的問題都是問「需要協助的這個人」。', {
        desc: 'Eligibility quiz: hint, the following questions are about the person who needs help',
      }),
  },
  {
    id: 'residence',
    code: 'rs',
    facts: ['registeredInTaichung', 'livesInTaichung'],
    kind: 'choice',
    order: 10,
    sensitive: false,
    choices: [
      {
        id: 'both',
        facts: { registeredInTaichung: true, livesInTaichung: true },
        label: () => msg('戶籍在臺中市，也住在臺中市', { desc: 'Eligibility quiz: residence choice, registered and living in Taichung' }),
      },
      {
        id: 'registered',
        facts: { registeredInTaichung: true, livesInTaichung: false },
        label: () =>
          msg('戶籍在臺中市，但住在外縣市', { desc: 'Eligibility quiz: residence choice, registered in Taichung, living elsewhere' }),
      },
      {
        id: 'lives',
        facts: { registeredInTaichung: false, livesInTaichung: true },
        label: () =>
          msg('住在臺中市，但戶籍在外縣市', { desc: 'Eligibility quiz: residence choice, living in Taichung, registered elsewhere' }),
      },
      {
        id: 'neither',
        facts: { registeredInTaichung: false, livesInTaichung: false },
        label: () => msg('都不是', { desc: 'Eligibility quiz: residence choice, neither registered nor living in Taichung' }),
      },
    ],
    prompt: (s) =>
      self(s)
        ? msg('您的戶籍在臺中市嗎？平常住在臺中市嗎？', { desc: 'Eligibility quiz: question, residence (you)' })
        : msg('這個人的戶籍在臺中市嗎？平常住在臺中市嗎？', { desc: 'Eligibility quiz: question, residence (the person)' }),
    hint: () =>
      msg('戶籍是戶口名簿上登記的地址。', {
        desc: 'Eligibility quiz: hint, household registration is the address in the household register',
      }),
  },
  {
    id: 'years',
    code: 'yr',
    facts: ['yearsRegisteredInTaichung'],
    kind: 'number',
    order: 11,
    sensitive: false,
    min: 0,
    max: 120,
    askIf: (f) => f.registeredInTaichung !== false,
    prompt: (s) =>
      self(s)
        ? msg('您的戶籍設在臺中市幾年了？', { desc: 'Eligibility quiz: question, years registered in Taichung (you)' })
        : msg('這個人的戶籍設在臺中市幾年了？', { desc: 'Eligibility quiz: question, years registered in Taichung (the person)' }),
    hint: () => msg('未滿 1 年請填 0。', { desc: 'Eligibility quiz: hint, enter 0 for less than a year' }),
  },
  {
    id: 'age',
    code: 'ag',
    facts: ['age'],
    kind: 'number',
    order: 20,
    sensitive: false,
    min: 0,
    max: 120,
    prompt: (s) =>
      self(s)
        ? msg('您幾歲？', { desc: 'Eligibility quiz: question, age (you)' })
        : msg('這個人幾歲？', { desc: 'Eligibility quiz: question, age (the person)' }),
    hint: () => msg('填足歲（滿幾歲）。', { desc: 'Eligibility quiz: hint, age in whole years' }),
  },
  {
    id: 'female',
    code: 'fe',
    facts: ['female'],
    kind: 'choice',
    order: 21,
    sensitive: false,
    choices: [
      { id: 'f', facts: { female: true }, label: () => msg('女性', { desc: 'Eligibility quiz: sex choice, female' }) },
      { id: 'm', facts: { female: false }, label: () => msg('男性', { desc: 'Eligibility quiz: sex choice, male' }) },
    ],
    prompt: (s) =>
      self(s)
        ? msg('您的性別是？', { desc: 'Eligibility quiz: question, sex (you)' })
        : msg('這個人的性別是？', { desc: 'Eligibility quiz: question, sex (the person)' }),
    hint: () => msg('有些補助只給婦女，例如生育與婦女福利。', { desc: 'Eligibility quiz: hint, some benefits are for women only' }),
  },
  {
    id: 'household-status',
    code: 'hs',
    facts: ['householdStatus'],
    kind: 'choice',
    order: 30,
    sensitive: false,
    choices: [
      {
        id: 'l',
        facts: { householdStatus: 'low-income' },
        label: () => msg('低收入戶', { desc: 'Eligibility quiz: household status choice, low-income' }),
      },
      {
        id: 'm',
        facts: { householdStatus: 'middle-low-income' },
        label: () => msg('中低收入戶', { desc: 'Eligibility quiz: household status choice, middle-low-income' }),
      },
      {
        id: 'n',
        facts: { householdStatus: 'neither' },
        label: () => msg('都不是（一般戶）', { desc: 'Eligibility quiz: household status choice, neither' }),
      },
    ],
    prompt: () => msg('這個家是區公所核定的低收入戶或中低收入戶嗎？', { desc: 'Eligibility quiz: question, household status' }),
    hint: () =>
      msg('核定後會拿到低收入戶或中低收入戶證明。還沒申請過請選「都不是」。', {
        desc: 'Eligibility quiz: hint, status is certified by the district office; choose neither if never applied',
      }),
  },
  {
    id: 'children',
    code: 'ch',
    facts: ['childAges'],
    kind: 'child-ages',
    order: 31,
    sensitive: false,
    min: 0,
    max: 25,
    prompt: () => msg('家裡有 25 歲以下的子女嗎？', { desc: 'Eligibility quiz: question, children aged 25 or under in the household' }),
    hint: () => msg('請填每個孩子的足歲，未滿 1 歲填 0。', { desc: 'Eligibility quiz: hint, enter each child’s age, 0 for a baby' }),
  },
  yesNo('single-parent', 'sp', 'singleParent', 32, (s) =>
    self(s)
      ? msg('您是單親家長嗎？', { desc: 'Eligibility quiz: question, single parent (you)' })
      : msg('這個人是單親家長嗎？', { desc: 'Eligibility quiz: question, single parent (the person)' }),
  ),
  yesNo(
    'pregnant',
    'pg',
    'pregnant',
    33,
    (s) =>
      self(s)
        ? msg('您現在懷孕嗎？', { desc: 'Eligibility quiz: question, pregnant (you)' })
        : msg('這個人現在懷孕嗎？', { desc: 'Eligibility quiz: question, pregnant (the person)' }),
    { askIf: (f) => f.female !== false },
  ),
  yesNo(
    'recent-birth',
    'rb',
    'recentBirth',
    34,
    () => msg('這個家最近有新生兒出生嗎？', { desc: 'Eligibility quiz: question, a baby was born recently' }),
    {
      hint: () =>
        msg('各項補助對「最近」的期限不同，結果會寫出來。', {
          desc: 'Eligibility quiz: hint, each benefit sets its own time limit after the birth',
        }),
    },
  ),
  yesNo(
    'disability',
    'di',
    'disability',
    40,
    (s) =>
      self(s)
        ? msg('您有身心障礙證明（或身心障礙手冊）嗎？', { desc: 'Eligibility quiz: question, disability certificate (you)' })
        : msg('這個人有身心障礙證明（或身心障礙手冊）嗎？', { desc: 'Eligibility quiz: question, disability certificate (the person)' }),
    {
      why: () =>
        msg('許多身心障礙福利要有證明才能申請。可以不回答，我們會列出可能適合、需要再確認的項目。', {
          desc: 'Eligibility quiz: why the disability question is asked',
        }),
    },
  ),
  {
    id: 'disability-level',
    code: 'dl',
    facts: ['disabilityLevel'],
    kind: 'choice',
    order: 41,
    sensitive: true,
    askIf: (f) => f.disability === true,
    choices: [
      {
        id: 'mi',
        facts: { disabilityLevel: 'mild' },
        label: () => msg('輕度', { desc: 'Eligibility quiz: disability level choice, mild' }),
      },
      {
        id: 'mo',
        facts: { disabilityLevel: 'moderate' },
        label: () => msg('中度', { desc: 'Eligibility quiz: disability level choice, moderate' }),
      },
      {
        id: 'se',
        facts: { disabilityLevel: 'severe' },
        label: () => msg('重度', { desc: 'Eligibility quiz: disability level choice, severe' }),
      },
      {
        id: 'pr',
        facts: { disabilityLevel: 'profound' },
        label: () => msg('極重度', { desc: 'Eligibility quiz: disability level choice, profound' }),
      },
    ],
    prompt: () => msg('證明上的障礙等級是？', { desc: 'Eligibility quiz: question, disability level on the certificate' }),
    why: () =>
      msg('有些補助只給中度以上，金額也依等級不同。可以不回答。', {
        desc: 'Eligibility quiz: why the disability level question is asked',
      }),
  },
  yesNo(
    'child-delay',
    'cd',
    'childDisabilityOrDelay',
    42,
    () =>
      msg('家裡有發展遲緩（或疑似遲緩）或身心障礙的兒童嗎？', {
        desc: 'Eligibility quiz: question, a child with a developmental delay or disability',
      }),
    {
      why: () =>
        msg('早期療育的補助與服務是給這些孩子的。可以不回答。', {
          desc: 'Eligibility quiz: why the developmental delay question is asked',
        }),
    },
  ),
  yesNo('long-term-care', 'lc', 'longTermCareNeed', 43, (s) =>
    self(s)
      ? msg('您的日常生活需要別人長期照顧嗎（例如失能、臥床）？', { desc: 'Eligibility quiz: question, needs long-term care (you)' })
      : msg('這個人的日常生活需要別人長期照顧嗎（例如失能、臥床）？', {
          desc: 'Eligibility quiz: question, needs long-term care (the person)',
        }),
  ),
  yesNo('living-alone', 'la', 'livingAlone', 44, (s) =>
    self(s)
      ? msg('您一個人住嗎？', { desc: 'Eligibility quiz: question, living alone (you)' })
      : msg('這個人一個人住嗎？', { desc: 'Eligibility quiz: question, living alone (the person)' }),
  ),
  yesNo('caregiver', 'cg', 'caregiver', 45, (s) =>
    self(s)
      ? msg('您在照顧需要照顧的家人嗎？', { desc: 'Eligibility quiz: question, caring for a family member (you)' })
      : msg('這個人在照顧需要照顧的家人嗎？', { desc: 'Eligibility quiz: question, caring for a family member (the person)' }),
  ),
  yesNo('indigenous', 'in', 'indigenous', 50, (s) =>
    self(s)
      ? msg('您是原住民嗎？', { desc: 'Eligibility quiz: question, indigenous (you)' })
      : msg('這個人是原住民嗎？', { desc: 'Eligibility quiz: question, indigenous (the person)' }),
  ),
  yesNo(
    'new-immigrant',
    'ni',
    'newImmigrant',
    51,
    (s) =>
      self(s)
        ? msg('您是新住民（外籍或大陸配偶）嗎？', { desc: 'Eligibility quiz: question, new immigrant spouse (you)' })
        : msg('這個人是新住民（外籍或大陸配偶）嗎？', { desc: 'Eligibility quiz: question, new immigrant spouse (the person)' }),
    {
      why: () =>
        msg('有些服務與補助是專為新住民家庭設的。回答不會影響居留，也不會傳送給任何人。可以不回答。', {
          desc: 'Eligibility quiz: why the new immigrant question is asked',
        }),
    },
  ),
  yesNo('health-insurance', 'hi', 'nhiInsured', 52, (s) =>
    self(s)
      ? msg('您有參加全民健保嗎？', { desc: 'Eligibility quiz: question, covered by national health insurance (you)' })
      : msg('這個人有參加全民健保嗎？', { desc: 'Eligibility quiz: question, covered by national health insurance (the person)' }),
  ),
  yesNo('employed', 'em', 'employed', 60, (s) =>
    self(s)
      ? msg('您現在有工作嗎？', { desc: 'Eligibility quiz: question, employed (you)' })
      : msg('這個人現在有工作嗎？', { desc: 'Eligibility quiz: question, employed (the person)' }),
  ),
  yesNo(
    'involuntary-unemployment',
    'iu',
    'involuntaryUnemployment',
    61,
    (s) =>
      self(s)
        ? msg('您是非自願失業（例如被資遣、公司關廠）嗎？', { desc: 'Eligibility quiz: question, involuntary unemployment (you)' })
        : msg('這個人是非自願失業（例如被資遣、公司關廠）嗎？', {
            desc: 'Eligibility quiz: question, involuntary unemployment (the person)',
          }),
    { askIf: (f) => f.employed !== true },
  ),
  yesNo('occupational-injury', 'oi', 'occupationalInjury', 62, (s) =>
    self(s)
      ? msg('您曾在工作時受傷或因工作生病（職業災害）嗎？', { desc: 'Eligibility quiz: question, occupational injury (you)' })
      : msg('這個人曾在工作時受傷或因工作生病（職業災害）嗎？', { desc: 'Eligibility quiz: question, occupational injury (the person)' }),
  ),
  yesNo('student', 'st', 'student', 63, (s) =>
    self(s)
      ? msg('您現在是學生嗎？', { desc: 'Eligibility quiz: question, student (you)' })
      : msg('這個人現在是學生嗎？', { desc: 'Eligibility quiz: question, student (the person)' }),
  ),
  yesNo(
    'special-circumstances',
    'sc',
    'specialCircumstancesFamily',
    70,
    () => msg('這個家已被核定為「特殊境遇家庭」嗎？', { desc: 'Eligibility quiz: question, certified special-circumstances family' }),
    {
      hint: () =>
        msg('例如配偶過世或失蹤、遭受家暴、未婚懷孕等，經區公所核定的家庭。', {
          desc: 'Eligibility quiz: hint, what a special-circumstances family is',
        }),
    },
  ),
  yesNo('sudden-income-loss', 'il', 'suddenIncomeLoss', 71, () =>
    msg('家裡的收入最近突然中斷嗎（主要賺錢的人過世、失蹤、重病或失業）？', {
      desc: 'Eligibility quiz: question, sudden loss of the household income',
    }),
  ),
  yesNo('disaster', 'ds', 'disaster', 72, () =>
    msg('這個家最近遇到天災或火災等災害嗎？', { desc: 'Eligibility quiz: question, affected by a disaster or fire' }),
  ),
  yesNo('death-in-family', 'dt', 'deathInFamily', 73, () =>
    msg('家裡最近有人過世嗎？', { desc: 'Eligibility quiz: question, a death in the family' }),
  ),
  yesNo('homeless', 'hm', 'homeless', 74, (s) =>
    self(s)
      ? msg('您現在沒有地方住嗎？', { desc: 'Eligibility quiz: question, homeless (you)' })
      : msg('這個人現在沒有地方住嗎？', { desc: 'Eligibility quiz: question, homeless (the person)' }),
  ),
  yesNo(
    'violence',
    'vi',
    'violenceOrAbuse',
    75,
    (s) =>
      self(s)
        ? msg('您正遭受家庭暴力、性侵害或虐待嗎？', { desc: 'Eligibility quiz: question, experiencing violence or abuse (you)' })
        : msg('這個人正遭受家庭暴力、性侵害或虐待嗎？', {
            desc: 'Eligibility quiz: question, experiencing violence or abuse (the person)',
          }),
    {
      why: () =>
        msg('受暴者有專門的保護與補助。回答只留在這個畫面，不會傳給任何人。可以不回答；需要協助請打 113。', {
          desc: 'Eligibility quiz: why the violence question is asked',
        }),
    },
  ),
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));
const BY_CODE = new Map(QUESTIONS.map((q) => [q.code, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

export function questionByCode(code: string): Question | undefined {
  return BY_CODE.get(code);
}

/** The question that sets `fact`. */
export function questionForFact(fact: FactName): Question | undefined {
  return QUESTIONS.find((q) => q.facts.includes(fact));
}

/** The facts a choice question's answers match, if any. */
export function choiceFor(question: Question, facts: Answers): Choice | undefined {
  return question.choices?.find((c) => Object.entries(c.facts).every(([k, v]) => facts[k as FactName] === v));
}

export type LifeEventId = 'new-baby' | 'turning-65' | 'disability' | 'lost-job' | 'emergency' | 'death' | 'moved' | 'caring';

export interface LifeEvent {
  readonly id: LifeEventId;
  /** Facts the event already tells us; shown in the summary and editable. */
  readonly presets: Answers;
  /** Questions asked first, in this order (when they can still matter). */
  readonly first: readonly string[];
  readonly label: () => string;
  /** One sentence that sets the scene on the first question. */
  readonly scene: () => string;
}

export const LIFE_EVENTS: readonly LifeEvent[] = [
  {
    id: 'new-baby',
    presets: {},
    first: ['residence', 'pregnant', 'recent-birth', 'children', 'household-status'],
    label: () => msg('懷孕或生了寶寶', { desc: 'Eligibility quiz: life event, a new baby' }),
    scene: () => msg('恭喜！先問懷孕、生產和孩子的事，再問其他可能有幫助的補助。', { desc: 'Eligibility quiz: scene for a new baby' }),
  },
  {
    id: 'turning-65',
    presets: {},
    first: ['age', 'residence', 'household-status', 'living-alone', 'long-term-care'],
    label: () => msg('年滿 65 歲', { desc: 'Eligibility quiz: life event, turning 65' }),
    scene: () => msg('年滿 65 歲起有許多長者福利。先問年齡、居住和家庭狀況。', { desc: 'Eligibility quiz: scene for turning 65' }),
  },
  {
    id: 'disability',
    presets: {},
    first: ['disability', 'disability-level', 'child-delay', 'age', 'residence'],
    label: () => msg('身心障礙或發展遲緩', { desc: 'Eligibility quiz: life event, disability' }),
    scene: () => msg('先問身心障礙證明與等級，再問其他條件。這些問題都可以不回答。', { desc: 'Eligibility quiz: scene for disability' }),
  },
  {
    id: 'lost-job',
    presets: { employed: false, suddenIncomeLoss: true },
    first: ['involuntary-unemployment', 'occupational-injury', 'residence', 'household-status'],
    label: () => msg('失業或收入中斷', { desc: 'Eligibility quiz: life event, lost a job' }),
    scene: () => msg('失去工作很辛苦。先問失業的原因，再看有哪些生活與急難補助。', { desc: 'Eligibility quiz: scene for a lost job' }),
  },
  {
    id: 'emergency',
    presets: {},
    first: ['disaster', 'sudden-income-loss', 'homeless', 'residence', 'violence'],
    label: () => msg('急難或災害', { desc: 'Eligibility quiz: life event, an emergency or disaster' }),
    scene: () =>
      msg('先問發生了什麼事，找出可以馬上申請的急難救助。有立即危險請打 119 或 110。', {
        desc: 'Eligibility quiz: scene for an emergency or disaster',
      }),
  },
  {
    id: 'death',
    presets: { deathInFamily: true },
    first: ['residence', 'household-status', 'sudden-income-loss', 'children'],
    label: () => msg('家人過世', { desc: 'Eligibility quiz: life event, a death in the family' }),
    scene: () => msg('請節哀。先問喪葬與家庭生活可能需要的補助。', { desc: 'Eligibility quiz: scene for a death in the family' }),
  },
  {
    id: 'moved',
    presets: {},
    first: ['residence', 'years', 'new-immigrant', 'health-insurance'],
    label: () => msg('剛搬到臺中', { desc: 'Eligibility quiz: life event, moved to Taichung' }),
    scene: () => msg('歡迎來到臺中！很多福利要設籍一段時間，先問戶籍與居住。', { desc: 'Eligibility quiz: scene for moving to Taichung' }),
  },
  {
    id: 'caring',
    presets: { caregiver: true },
    first: ['long-term-care', 'disability', 'age', 'residence'],
    label: () => msg('照顧家人', { desc: 'Eligibility quiz: life event, caring for someone' }),
    scene: () =>
      msg('照顧家人很辛苦。接下來的問題問的是被照顧的人，也會找照顧者可用的支持。', {
        desc: 'Eligibility quiz: scene for caring for someone',
      }),
  },
];

export function lifeEventById(id: string): LifeEvent | undefined {
  return LIFE_EVENTS.find((e) => e.id === id);
}

/** Checks that `value` is a valid value of `fact`. */
export function isValidFactValue(fact: FactName, value: unknown): value is FactValue {
  const def = FACTS[fact] as { type: string; values?: readonly string[] };
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 150;
    case 'numbers':
      return Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 150);
    case 'enum':
      return typeof value === 'string' && (def.values ?? []).includes(value);
    case 'strings':
      return Array.isArray(value) && value.every((s) => typeof s === 'string');
    default:
      return false;
  }
}
