/**
 * The eligibility quiz's questions, as data. Each question sets facts of the
 * shared vocabulary (facts.ts), about one member (asked once per member it
 * can matter for), about the household, or about everyone at once. Which
 * question comes next is decided from the benefits' rules (flow.ts), never
 * from a hand-written tree. Words are functions so they render in the
 * element's language at the time they are shown.
 */
import { msg, str } from '@lit/localize';
import { DISABILITY_TYPES, DISASTER_DAMAGES, type Answers, type FactName } from './facts.js';
import {
  disabilityLevelLabel,
  disabilityTypeLabel,
  disasterDamageLabel,
  householdStatusLabel,
  housingLabel,
  maritalStatusLabel,
  schoolStageLabel,
} from './describe.js';

/**
 * `checklist`: several yes-no facts of one member (or of the household) at
 * once, "tick what applies": a ticked fact is true, the others offered false.
 */
export type QuestionKind = 'yes-no' | 'choice' | 'number' | 'multi' | 'checklist';

/** Whom a question is about: one member, the household, or every member at once. */
export type QuestionScope = 'member' | 'household' | 'everyone';

export interface Choice {
  /** Stable id, also used in the shared link. */
  readonly id: string;
  /** The facts this choice sets. */
  readonly facts: Answers;
  readonly label: () => string;
}

export interface Question {
  /** Stable id; with a member, `id@m2` is the key of that member's question. */
  readonly id: string;
  readonly facts: readonly FactName[];
  readonly scope: QuestionScope;
  readonly kind: QuestionKind;
  /** Lower comes first among questions that matter as much. */
  readonly order: number;
  /** Optional and says why it is asked; the skip button reads "prefer not to say". */
  readonly sensitive: boolean;
  readonly choices?: readonly Choice[];
  /** Choices worked out from the rules' thresholds (months of registration, months since an event). */
  readonly thresholdChoices?: 'months-registered' | 'months-since-event';
  /** Values of a `multi` question (each becomes a checkbox). */
  readonly options?: readonly { id: string; label: () => string }[];
  /** Options worked out from the rules: the benefits they ask whether the household already receives. */
  readonly benefitOptions?: true;
  /** A checklist's item for each of its facts. */
  readonly itemLabel?: (fact: FactName, self: boolean) => string;
  /** Bounds of a number answer. */
  readonly min?: number;
  readonly max?: number;
  /** Asked only when what is known makes it meaningful (the member's facts with the household's). */
  readonly askIf?: (facts: Answers) => boolean;
  /** The question; `self` when it is about the person answering. */
  readonly prompt: (self: boolean) => string;
  readonly hint?: () => string;
  /** Why a sensitive question is asked. */
  readonly why?: () => string;
  /** A yes-no question about several members at once: "who of these…". */
  readonly whoPrompt?: () => string;
}

const yesNo = (
  id: string,
  fact: FactName,
  scope: QuestionScope,
  order: number,
  prompt: Question['prompt'],
  extra: Partial<Pick<Question, 'hint' | 'why' | 'askIf' | 'sensitive' | 'whoPrompt'>> = {},
): Question => ({ id, facts: [fact], scope, kind: 'yes-no', order, sensitive: false, ...extra, prompt });

const isAdultOrUnknown = (f: Answers) => typeof f.age !== 'number' || f.age >= 15;

/** Every question of the quiz, in the default order. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'baseline-all',
    facts: ['registeredInTaichung', 'livesInTaichung', 'nhiInsured', 'citizen', 'inTaiwan183Days'],
    scope: 'everyone',
    kind: 'checklist',
    order: 10,
    sensitive: false,
    prompt: () =>
      msg('下面哪些是家裡「每個人」都符合的？', { desc: 'Eligibility quiz: question, which of these hold for everyone in the household' }),
    hint: () =>
      msg('每個人都符合才勾；有人不符合就不要勾，之後會分別問。戶籍是戶口名簿上登記的地址。', {
        desc: 'Eligibility quiz: hint, tick only what holds for everyone; otherwise asked per person later',
      }),
    itemLabel: (fact) => everyoneLabel(fact),
  },
  {
    id: 'months-registered-all',
    facts: ['monthsRegisteredInTaichung'],
    scope: 'everyone',
    kind: 'choice',
    order: 11,
    sensitive: false,
    thresholdChoices: 'months-registered',
    askIf: (f) => f.registeredInTaichung === true,
    prompt: () =>
      msg('全家的戶籍設在臺中市多久了？', { desc: 'Eligibility quiz: question, how long everyone has been registered in Taichung' }),
    hint: () =>
      msg('每個人不一樣的話，選最後一項，接下來分別問。', {
        desc: 'Eligibility quiz: hint, choose the last choice when it differs, then asked per person',
      }),
  },
  {
    id: 'residence',
    facts: ['registeredInTaichung', 'livesInTaichung'],
    scope: 'member',
    kind: 'choice',
    order: 11,
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
    prompt: (self) =>
      self
        ? msg('您的戶籍在臺中市嗎？平常住在臺中市嗎？', { desc: 'Eligibility quiz: question, residence (you)' })
        : msg('這個人的戶籍在臺中市嗎？平常住在臺中市嗎？', { desc: 'Eligibility quiz: question, residence (the person)' }),
  },
  {
    id: 'months-registered',
    facts: ['monthsRegisteredInTaichung'],
    scope: 'member',
    kind: 'choice',
    order: 12,
    sensitive: false,
    thresholdChoices: 'months-registered',
    askIf: (f) => f.registeredInTaichung !== false,
    prompt: (self) =>
      self
        ? msg('您的戶籍設在臺中市多久了？', { desc: 'Eligibility quiz: question, how long registered in Taichung (you)' })
        : msg('這個人的戶籍設在臺中市多久了？', { desc: 'Eligibility quiz: question, how long registered in Taichung (the person)' }),
    hint: () =>
      msg('從最近一次遷入臺中市算起。', { desc: 'Eligibility quiz: hint, count from the latest move of registration into Taichung' }),
  },
  yesNo(
    'in-taiwan-183',
    'inTaiwan183Days',
    'member',
    13,
    (self) =>
      self
        ? msg('最近一年，您住在國內的時間超過 183 天嗎？', {
            desc: 'Eligibility quiz: question, lived in Taiwan more than 183 days last year (you)',
          })
        : msg('最近一年，這個人住在國內的時間超過 183 天嗎？', {
            desc: 'Eligibility quiz: question, lived in Taiwan more than 183 days last year (the person)',
          }),
    {
      whoPrompt: () =>
        msg('最近一年，哪幾位住在國內的時間超過 183 天？', {
          desc: 'Eligibility quiz: who question, lived in Taiwan more than 183 days last year',
        }),
    },
  ),
  {
    id: 'age',
    facts: ['age'],
    scope: 'member',
    kind: 'number',
    order: 20,
    sensitive: false,
    min: 0,
    max: 120,
    prompt: (self) =>
      self
        ? msg('您幾歲？', { desc: 'Eligibility quiz: question, age (you)' })
        : msg('這個人幾歲？', { desc: 'Eligibility quiz: question, age (the person)' }),
    hint: () => msg('填足歲（滿幾歲）。', { desc: 'Eligibility quiz: hint, age in whole years' }),
  },
  {
    id: 'female',
    facts: ['female'],
    scope: 'member',
    kind: 'choice',
    order: 21,
    sensitive: false,
    choices: [
      { id: 'f', facts: { female: true }, label: () => msg('女性', { desc: 'Eligibility quiz: sex choice, female' }) },
      { id: 'm', facts: { female: false }, label: () => msg('男性', { desc: 'Eligibility quiz: sex choice, male' }) },
    ],
    prompt: (self) =>
      self
        ? msg('您的性別是？', { desc: 'Eligibility quiz: question, sex (you)' })
        : msg('這個人的性別是？', { desc: 'Eligibility quiz: question, sex (the person)' }),
  },
  {
    id: 'situations',
    facts: [
      'pregnant',
      'recentBirth',
      'longTermCareNeed',
      'caregiver',
      'indigenous',
      'newImmigrant',
      'involuntaryUnemployment',
      'occupationalInjury',
    ],
    scope: 'member',
    kind: 'checklist',
    order: 15,
    sensitive: true,
    prompt: (self) =>
      self
        ? msg('下面哪些是您的情形？', { desc: 'Eligibility quiz: question, which of these situations apply to you' })
        : msg('下面哪些是這個人的情形？', { desc: 'Eligibility quiz: question, which of these situations apply to the person' }),
    hint: () => msg('勾選符合的項目；都不符合就不要勾。', { desc: 'Eligibility quiz: hint, tick what applies, or nothing' }),
    why: () =>
      msg('這些情形各有專門的補助。回答只留在這個畫面，不會傳給任何人；可以選「不想回答」。', {
        desc: 'Eligibility quiz: why the situations checklist is asked',
      }),
    itemLabel: (fact) => situationLabel(fact),
  },
  {
    id: 'events',
    facts: [
      'disaster',
      'deathInFamily',
      'suddenIncomeLoss',
      'otherEmergency',
      'violenceOrAbuse',
      'homeless',
      'singleParent',
      'specialCircumstancesFamily',
      'livingAlone',
      'firstHomePurchase',
      'homeNeedsRepair',
    ],
    scope: 'household',
    kind: 'checklist',
    order: 31,
    sensitive: true,
    why: () =>
      msg('這些情形各有專門的補助與保護。回答只留在這個畫面，不會傳給任何人；可以選「不想回答」。需要協助請打 113。', {
        desc: 'Eligibility quiz: why the household situations checklist is asked',
      }),
    prompt: () => msg('這個家有下面哪些情形？', { desc: 'Eligibility quiz: question, which of these apply to the household' }),
    hint: () => msg('勾選符合的項目；都不符合就不要勾。', { desc: 'Eligibility quiz: hint, tick what applies, or nothing' }),
    itemLabel: (fact) => situationLabel(fact),
  },
  {
    id: 'household-status',
    facts: ['householdStatus'],
    scope: 'household',
    kind: 'choice',
    order: 30,
    sensitive: false,
    choices: (['low-income', 'middle-low-income', 'neither'] as const).map((status) => ({
      id: status === 'low-income' ? 'l' : status === 'middle-low-income' ? 'm' : 'n',
      facts: { householdStatus: status },
      label: () =>
        status === 'neither'
          ? msg('都不是（一般戶）', { desc: 'Eligibility quiz: household status choice, neither' })
          : householdStatusLabel(status),
    })),
    prompt: () => msg('這個家是區公所核定的低收入戶或中低收入戶嗎？', { desc: 'Eligibility quiz: question, household status' }),
    hint: () =>
      msg('核定後會拿到低收入戶或中低收入戶證明。還沒申請過請選「都不是」。', {
        desc: 'Eligibility quiz: hint, status is certified by the district office; choose neither if never applied',
      }),
  },
  {
    id: 'marital-status',
    facts: ['maritalStatus'],
    scope: 'member',
    kind: 'choice',
    order: 35,
    sensitive: true,
    choices: (['single', 'married', 'divorced', 'widowed'] as const).map((s) => ({
      id: s,
      facts: { maritalStatus: s },
      label: () => maritalStatusLabel(s),
    })),
    askIf: isAdultOrUnknown,
    prompt: (self) =>
      self
        ? msg('您的婚姻狀況是？', { desc: 'Eligibility quiz: question, marital status (you)' })
        : msg('這個人的婚姻狀況是？', { desc: 'Eligibility quiz: question, marital status (the person)' }),
    why: () =>
      msg('有些補助給未婚懷孕、離婚或喪偶的家長。可以不回答。', { desc: 'Eligibility quiz: why the marital status question is asked' }),
  },
  yesNo(
    'disability',
    'disability',
    'member',
    40,
    (self) =>
      self
        ? msg('您有身心障礙證明（或身心障礙手冊）嗎？', { desc: 'Eligibility quiz: question, disability certificate (you)' })
        : msg('這個人有身心障礙證明（或身心障礙手冊）嗎？', { desc: 'Eligibility quiz: question, disability certificate (the person)' }),
    {
      sensitive: true,
      why: () =>
        msg('許多身心障礙福利要有證明才能申請。可以不回答，我們會列出可能適合、需要再確認的項目。', {
          desc: 'Eligibility quiz: why the disability question is asked',
        }),
      whoPrompt: () =>
        msg('哪幾位有身心障礙證明（或身心障礙手冊）？', { desc: 'Eligibility quiz: who question, holds a disability certificate' }),
    },
  ),
  {
    id: 'disability-level',
    facts: ['disabilityLevel'],
    scope: 'member',
    kind: 'choice',
    order: 41,
    sensitive: true,
    askIf: (f) => f.disability === true,
    choices: (['mild', 'moderate', 'severe', 'profound'] as const).map((level) => ({
      id: level === 'mild' ? 'mi' : level === 'moderate' ? 'mo' : level === 'severe' ? 'se' : 'pr',
      facts: { disabilityLevel: level },
      label: () => disabilityLevelLabel(level),
    })),
    prompt: () => msg('證明上的障礙等級是？', { desc: 'Eligibility quiz: question, disability level on the certificate' }),
    why: () =>
      msg('有些補助只給中度以上，金額也依等級不同。可以不回答。', { desc: 'Eligibility quiz: why the disability level question is asked' }),
  },
  {
    id: 'disability-types',
    facts: ['disabilityTypes'],
    scope: 'member',
    kind: 'multi',
    order: 42,
    sensitive: true,
    askIf: (f) => f.disability === true,
    options: DISABILITY_TYPES.map((type) => ({ id: type, label: () => disabilityTypeLabel(type) })),
    prompt: () => msg('證明上寫的障礙類別是哪些？', { desc: 'Eligibility quiz: question, kinds of impairment on the certificate' }),
    hint: () => msg('可以選不只一項。', { desc: 'Eligibility quiz: hint, more than one may be chosen' }),
    why: () =>
      msg('有些服務只給某些障礙類別，例如視障者計程車補助。可以不回答。', {
        desc: 'Eligibility quiz: why the disability type question is asked',
      }),
  },
  yesNo(
    'developmental-delay',
    'developmentalDelay',
    'member',
    43,
    () =>
      msg('這個孩子有發展遲緩（或疑似遲緩）嗎？', { desc: 'Eligibility quiz: question, this child has a (suspected) developmental delay' }),
    {
      sensitive: true,
      askIf: (f) => typeof f.age !== 'number' || f.age < 18,
      why: () =>
        msg('早期療育的補助與服務是給這些孩子的。可以不回答。', {
          desc: 'Eligibility quiz: why the developmental delay question is asked',
        }),
      whoPrompt: () =>
        msg('哪幾位孩子有發展遲緩（或疑似遲緩）？', { desc: 'Eligibility quiz: who question, a (suspected) developmental delay' }),
    },
  ),
  {
    id: 'indigenous-group',
    facts: ['indigenousGroup'],
    scope: 'member',
    kind: 'choice',
    order: 51,
    sensitive: false,
    askIf: (f) => f.indigenous === true,
    choices: [
      {
        id: 'mountain',
        facts: { indigenousGroup: 'mountain' },
        label: () => msg('山地原住民', { desc: 'Condition describer: mountain indigenous' }),
      },
      {
        id: 'plains',
        facts: { indigenousGroup: 'plains' },
        label: () => msg('平地原住民', { desc: 'Condition describer: plains indigenous' }),
      },
    ],
    prompt: () =>
      msg('戶口名簿上註記的是山地原住民還是平地原住民？', { desc: 'Eligibility quiz: question, mountain or plains indigenous' }),
  },
  yesNo(
    'citizen',
    'citizen',
    'member',
    51,
    (self) =>
      self
        ? msg('您是中華民國（臺灣）國籍嗎？', { desc: 'Eligibility quiz: question, a citizen (you)' })
        : msg('這個人是中華民國（臺灣）國籍嗎？', { desc: 'Eligibility quiz: question, a citizen (the person)' }),
    { whoPrompt: () => msg('哪幾位是中華民國（臺灣）國籍？', { desc: 'Eligibility quiz: who question, a citizen' }) },
  ),
  yesNo(
    'health-insurance',
    'nhiInsured',
    'member',
    53,
    (self) =>
      self
        ? msg('您有參加全民健保嗎？', { desc: 'Eligibility quiz: question, covered by national health insurance (you)' })
        : msg('這個人有參加全民健保嗎？', { desc: 'Eligibility quiz: question, covered by national health insurance (the person)' }),
    { whoPrompt: () => msg('哪幾位有參加全民健保？', { desc: 'Eligibility quiz: who question, covered by national health insurance' }) },
  ),
  yesNo(
    'employed',
    'employed',
    'member',
    60,
    (self) =>
      self
        ? msg('您現在有工作嗎？', { desc: 'Eligibility quiz: question, employed (you)' })
        : msg('這個人現在有工作嗎？', { desc: 'Eligibility quiz: question, employed (the person)' }),
    { askIf: isAdultOrUnknown, whoPrompt: () => msg('哪幾位現在有工作？', { desc: 'Eligibility quiz: who question, employed' }) },
  ),
  yesNo(
    'works-in-taichung',
    'worksInTaichung',
    'member',
    61,
    (self) =>
      self
        ? msg('您在臺中市工作嗎？', { desc: 'Eligibility quiz: question, works in Taichung (you)' })
        : msg('這個人在臺中市工作嗎？', { desc: 'Eligibility quiz: question, works in Taichung (the person)' }),
    {
      askIf: (f) => f.employed !== false,
      whoPrompt: () => msg('哪幾位在臺中市工作？', { desc: 'Eligibility quiz: who question, works in Taichung' }),
    },
  ),
  {
    id: 'school-stage',
    facts: ['schoolStage'],
    scope: 'member',
    kind: 'choice',
    order: 64,
    sensitive: false,
    choices: (['none', 'preschool', 'elementary', 'junior-high', 'senior-high', 'college'] as const).map((stage) => ({
      id: stage,
      facts: { schoolStage: stage },
      label: () => schoolStageLabel(stage),
    })),
    askIf: (f) => typeof f.age !== 'number' || f.age <= 30,
    prompt: (self) =>
      self
        ? msg('您現在在上學嗎？讀哪一個階段？', { desc: 'Eligibility quiz: question, school stage (you)' })
        : msg('這個人現在在上學嗎？讀哪一個階段？', { desc: 'Eligibility quiz: question, school stage (the person)' }),
  },
  {
    id: 'housing',
    facts: ['housing'],
    scope: 'household',
    kind: 'choice',
    order: 71,
    sensitive: false,
    choices: (['own', 'rent', 'family', 'other'] as const).map((h) => ({ id: h, facts: { housing: h }, label: () => housingLabel(h) })),
    prompt: () => msg('你們住的房子是？', { desc: 'Eligibility quiz: question, the home is owned, rented, a family member’s, other' }),
  },
  {
    id: 'disaster-damage',
    facts: ['disasterDamage'],
    scope: 'household',
    kind: 'multi',
    order: 82,
    sensitive: false,
    askIf: (f) => f.disaster !== false,
    options: DISASTER_DAMAGES.map((d) => ({ id: d, label: () => disasterDamageLabel(d) })),
    prompt: () => msg('災害造成了哪些損害？', { desc: 'Eligibility quiz: question, what the disaster did' }),
    hint: () => msg('可以選不只一項；都沒有就不要勾。', { desc: 'Eligibility quiz: hint, choose all that apply, or none' }),
  },
  {
    id: 'months-since-event',
    facts: ['monthsSinceEvent'],
    scope: 'household',
    kind: 'choice',
    order: 84,
    sensitive: false,
    thresholdChoices: 'months-since-event',
    prompt: () =>
      msg('家裡最近發生的急難或變故（災害、家人過世、重病或受傷、失業、收入中斷）是多久以前的事？', {
        desc: 'Eligibility quiz: question, how long ago the household’s emergency or upheaval happened',
      }),
    hint: () =>
      msg('急難救助多要在事情發生後幾個月內申請。', {
        desc: 'Eligibility quiz: hint, emergency aid must be applied for within months of the event',
      }),
  },
  {
    id: 'receives-benefits',
    facts: ['receivesBenefits'],
    scope: 'household',
    kind: 'multi',
    order: 90,
    sensitive: false,
    benefitOptions: true,
    prompt: () =>
      msg('家裡有人已經在領下列哪些補助？', {
        desc: 'Eligibility quiz: question, which of these benefits someone in the household already receives',
      }),
    hint: () =>
      msg('有些補助不能重複領，有些要先領另一項。都沒有就不要勾。', {
        desc: 'Eligibility quiz: hint, some benefits exclude or require another; choose none if none',
      }),
  },
];

/** The words of an item of the question about everyone. */
export function everyoneLabel(fact: FactName): string {
  switch (fact) {
    case 'registeredInTaichung':
      return msg('戶籍在臺中市', { desc: 'Condition describer: registered in Taichung' });
    case 'livesInTaichung':
      return msg('實際住在臺中市', { desc: 'Condition describer: lives in Taichung' });
    case 'nhiInsured':
      return msg('有參加全民健保', { desc: 'Condition describer: covered by national health insurance' });
    case 'citizen':
      return msg('本國籍', { desc: 'Condition describer: a citizen of Taiwan (ROC)' });
    case 'inTaiwan183Days':
      return msg('最近 1 年住在國內超過 183 天', { desc: 'Condition describer: lived in Taiwan more than 183 days in the last year' });
    default:
      return situationLabel(fact);
  }
}

/** The words of a checklist's item. */
export function situationLabel(fact: FactName): string {
  switch (fact) {
    case 'pregnant':
      return msg('懷孕中', { desc: 'Condition describer: pregnant' });
    case 'recentBirth':
      return msg('最近生產（各項補助期限不同）', { desc: 'Eligibility quiz: situation, gave birth recently' });
    case 'longTermCareNeed':
      return msg('日常生活需要別人長期照顧（例如失能、臥床）', { desc: 'Eligibility quiz: situation, needs long-term care' });
    case 'caregiver':
      return msg('在照顧需要照顧的家人', { desc: 'Eligibility quiz: situation, cares for a family member' });
    case 'indigenous':
      return msg('原住民', { id: 'describe-indigenous', desc: 'Condition describer: indigenous' });
    case 'newImmigrant':
      return msg('新住民（外籍或大陸配偶）', { desc: 'Condition describer: new immigrant spouse' });
    case 'involuntaryUnemployment':
      return msg('非自願失業（例如被資遣、公司關廠）', { desc: 'Eligibility quiz: situation, involuntarily unemployed' });
    case 'occupationalInjury':
      return msg('曾因工作受傷或生病（職業災害）', { desc: 'Eligibility quiz: situation, occupational injury or disease' });
    case 'disaster':
      return msg('最近遇到天災、火災等災害', { desc: 'Eligibility quiz: situation, a recent disaster or fire' });
    case 'deathInFamily':
      return msg('最近有家人過世', { desc: 'Eligibility quiz: situation, a recent death in the family' });
    case 'suddenIncomeLoss':
      return msg('收入突然中斷（主要賺錢的人過世、失蹤、重病或失業）', { desc: 'Eligibility quiz: situation, sudden loss of income' });
    case 'homeless':
      return msg('現在沒有地方住', { desc: 'Eligibility quiz: situation, homeless' });
    case 'otherEmergency':
      return msg('其他急難（例如家人重病、意外受傷）', {
        desc: 'Eligibility quiz: situation, another emergency such as serious illness or an accident',
      });
    case 'violenceOrAbuse':
      return msg('家裡有人正遭受家庭暴力、性侵害或虐待', {
        desc: 'Eligibility quiz: situation, someone in the household is experiencing violence or abuse',
      });
    case 'singleParent':
      return msg('單親家庭', { desc: 'Eligibility quiz: situation, a single-parent family' });
    case 'specialCircumstancesFamily':
      return msg('已被核定為「特殊境遇家庭」', { desc: 'Eligibility quiz: situation, a certified special-circumstances family' });
    case 'livingAlone':
      return msg('一個人住', { desc: 'Eligibility quiz: situation, lives alone' });
    case 'firstHomePurchase':
      return msg('正在買第一間自己的房子', { desc: 'Eligibility quiz: situation, buying a first home' });
    case 'homeNeedsRepair':
      return msg('住的房子需要修繕', { desc: 'Eligibility quiz: situation, the home needs repairs' });
    default:
      return fact;
  }
}

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

/** The facts a choice question's answers match, if any. */
export function choiceFor(choices: readonly Choice[], facts: Answers): Choice | undefined {
  return choices.find((c) => Object.keys(c.facts).length > 0 && Object.entries(c.facts).every(([k, v]) => facts[k as FactName] === v));
}

/** Plain words for a number of months: "6 個月", "1 年", "1 年 6 個月". */
export function monthsText(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (!years) return msg(str`${rest} 個月`, { desc: 'Eligibility quiz: a number of months' });
  if (!rest)
    return years === 1
      ? msg('1 年', { desc: 'Eligibility quiz: one year' })
      : msg(str`${years} 年`, { desc: 'Eligibility quiz: a number of years' });
  return msg(str`${years} 年 ${rest} 個月`, { desc: 'Eligibility quiz: a number of years and months' });
}

/**
 * Choices that split months at the rules' own thresholds, so every answer
 * decides every rule: [0, 4) → "未滿 4 個月", [4, 6) → "4 個月到未滿 6 個月", … .
 * Each choice sets the lowest month of its range.
 */
export function monthChoices(thresholds: readonly number[], fact: 'monthsRegisteredInTaichung' | 'monthsSinceEvent'): Choice[] {
  const cuts = [...new Set(thresholds.filter((n) => n > 0))].sort((a, b) => a - b);
  const choices: Choice[] = [];
  let from = 0;
  for (const cut of cuts) {
    const lower = from;
    choices.push({
      id: String(lower),
      facts: { [fact]: lower },
      label: () =>
        lower === 0
          ? msg(str`未滿 ${monthsText(cut)}`, { desc: 'Eligibility quiz: months choice, less than this long' })
          : msg(str`${monthsText(lower)}到未滿 ${monthsText(cut)}`, {
              desc: 'Eligibility quiz: months choice, from this long to less than that long',
            }),
    });
    from = cut;
  }
  const last = from;
  choices.push({
    id: String(last),
    facts: { [fact]: last },
    label: () =>
      last === 0
        ? msg('多久都可以', { desc: 'Eligibility quiz: months choice, any length (no threshold)' })
        : msg(str`${monthsText(last)}以上`, { desc: 'Eligibility quiz: months choice, this long or longer' }),
  });
  return choices;
}

export type LifeEventId = 'new-baby' | 'turning-65' | 'disability' | 'lost-job' | 'emergency' | 'death' | 'moved' | 'caring';

export interface LifeEvent {
  readonly id: LifeEventId;
  /** Household facts the event already tells us; shown in the summary and editable. */
  readonly presets: Answers;
  /** Facts of the person answering that the event already tells us. */
  readonly selfPresets: Answers;
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
    selfPresets: {},
    first: ['situations', 'household-status'],
    label: () => msg('懷孕或生了寶寶', { desc: 'Eligibility quiz: life event, a new baby' }),
    scene: () => msg('恭喜！先問懷孕、生產和孩子的事，再問其他可能有幫助的補助。', { desc: 'Eligibility quiz: scene for a new baby' }),
  },
  {
    id: 'turning-65',
    presets: {},
    selfPresets: {},
    first: ['household-status', 'situations', 'events'],
    label: () => msg('年滿 65 歲', { desc: 'Eligibility quiz: life event, turning 65' }),
    scene: () => msg('年滿 65 歲起有許多長者福利。先問年齡、居住和家庭狀況。', { desc: 'Eligibility quiz: scene for turning 65' }),
  },
  {
    id: 'disability',
    presets: {},
    selfPresets: {},
    first: ['disability', 'disability-level', 'disability-types', 'developmental-delay'],
    label: () => msg('身心障礙或發展遲緩', { desc: 'Eligibility quiz: life event, disability' }),
    scene: () => msg('先問身心障礙證明與等級，再問其他條件。這些問題都可以不回答。', { desc: 'Eligibility quiz: scene for disability' }),
  },
  {
    id: 'lost-job',
    presets: { suddenIncomeLoss: true },
    selfPresets: { employed: false },
    first: ['situations', 'months-since-event', 'household-status'],
    label: () => msg('失業或收入中斷', { desc: 'Eligibility quiz: life event, lost a job' }),
    scene: () => msg('失去工作很辛苦。先問失業的原因，再看有哪些生活與急難補助。', { desc: 'Eligibility quiz: scene for a lost job' }),
  },
  {
    id: 'emergency',
    presets: {},
    selfPresets: {},
    first: ['events', 'disaster-damage', 'months-since-event'],
    label: () => msg('急難或災害', { desc: 'Eligibility quiz: life event, an emergency or disaster' }),
    scene: () =>
      msg('先問發生了什麼事，找出可以馬上申請的急難救助。有立即危險請打 119 或 110。', {
        desc: 'Eligibility quiz: scene for an emergency or disaster',
      }),
  },
  {
    id: 'death',
    presets: { deathInFamily: true },
    selfPresets: {},
    first: ['events', 'months-since-event', 'household-status'],
    label: () => msg('家人過世', { desc: 'Eligibility quiz: life event, a death in the family' }),
    scene: () => msg('請節哀。先問喪葬與家庭生活可能需要的補助。', { desc: 'Eligibility quiz: scene for a death in the family' }),
  },
  {
    id: 'moved',
    presets: {},
    selfPresets: {},
    first: ['residence', 'months-registered', 'situations', 'health-insurance'],
    label: () => msg('剛搬到臺中', { desc: 'Eligibility quiz: life event, moved to Taichung' }),
    scene: () => msg('歡迎來到臺中！很多福利要設籍一段時間，先問戶籍與居住。', { desc: 'Eligibility quiz: scene for moving to Taichung' }),
  },
  {
    id: 'caring',
    presets: {},
    selfPresets: { caregiver: true },
    first: ['situations', 'disability', 'disability-level'],
    label: () => msg('照顧家人', { desc: 'Eligibility quiz: life event, caring for someone' }),
    scene: () =>
      msg('照顧家人很辛苦。請在家人名單上勾選被照顧的人，接下來也會找照顧者可用的支持。', {
        desc: 'Eligibility quiz: scene for caring for someone',
      }),
  },
];

export function lifeEventById(id: string): LifeEvent | undefined {
  return LIFE_EVENTS.find((e) => e.id === id);
}
