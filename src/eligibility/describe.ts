/**
 * Plain words for a rule's conditions, for the conditions that carry no
 * label of their own: "65 歲以上", "戶籍在臺中市", "有 6 歲以下的孩子".
 */
import { msg, str } from '@lit/localize';
import { asContext, contextFor, evaluateCondition, holds, officeStatus, type Context, type LeafStatus } from './evaluate.js';
import { membersIn } from './household.js';
import type { Answers, DisabilityLevel, HouseholdStatus } from './facts.js';
import {
  childrenOf,
  isFactCondition,
  isOfficeCheck,
  isOpen,
  isSomeMember,
  leavesOf,
  type FactCondition,
  type Leaf,
  type LocalizedText,
  type MemberScope,
  type Rule,
} from './rules.js';

export function householdStatusLabel(status: HouseholdStatus): string {
  switch (status) {
    case 'low-income':
      return msg('低收入戶', { id: 'describe-low-income', desc: 'Condition describer: low-income household' });
    case 'middle-low-income':
      return msg('中低收入戶', { id: 'describe-middle-low-income', desc: 'Condition describer: middle-low-income household' });
    case 'neither':
      return msg('一般戶', { desc: 'Condition describer: neither low nor middle-low income' });
  }
}

export function disabilityLevelLabel(level: DisabilityLevel): string {
  switch (level) {
    case 'mild':
      return msg('輕度', { id: 'describe-mild', desc: 'Condition describer: disability level mild' });
    case 'moderate':
      return msg('中度', { id: 'describe-moderate', desc: 'Condition describer: disability level moderate' });
    case 'severe':
      return msg('重度', { id: 'describe-severe', desc: 'Condition describer: disability level severe' });
    case 'profound':
      return msg('極重度', { id: 'describe-profound', desc: 'Condition describer: disability level profound' });
  }
}

function list(items: string[]): string {
  return items.join(msg('或', { desc: 'Condition describer: "or" between alternatives, e.g. 低收入戶或中低收入戶' }));
}

function range(op: FactCondition['op'], value: FactCondition['value']): string {
  const n = value as number;
  switch (op) {
    case 'is':
      return msg(str`${n} 歲`, { id: 'describe-age-exactly', desc: 'Condition describer: exactly this age' });
    case 'lt':
      return msg(str`未滿 ${n} 歲`, { desc: 'Condition describer: under this age' });
    case 'lte':
      return msg(str`${n} 歲以下`, { desc: 'Condition describer: this age or younger' });
    case 'gt':
      return msg(str`超過 ${n} 歲`, { desc: 'Condition describer: older than this age' });
    case 'gte':
      return msg(str`${n} 歲以上`, { desc: 'Condition describer: this age or older' });
    case 'between': {
      const [min, max] = value as readonly [number, number];
      return msg(str`${min} 至 ${max} 歲`, { desc: 'Condition describer: between two ages, inclusive' });
    }
    default:
      return '';
  }
}

const yes = (condition: FactCondition) => condition.value === true;

/**
 * A condition in the words a resident understands. `titleOf` names a benefit
 * (for "not already receiving …").
 */
export function describeCondition(condition: FactCondition, titleOf: (id: string) => string = (id) => id): string {
  const { fact, op, value } = condition;
  switch (fact) {
    case 'registeredInTaichung':
      return yes(condition)
        ? msg('戶籍在臺中市', { desc: 'Condition describer: registered in Taichung' })
        : msg('戶籍不在臺中市', { desc: 'Condition describer: not registered in Taichung' });
    case 'livesInTaichung':
      return yes(condition)
        ? msg('實際住在臺中市', { desc: 'Condition describer: lives in Taichung' })
        : msg('不住在臺中市', { desc: 'Condition describer: does not live in Taichung' });
    case 'yearsRegisteredInTaichung': {
      const n = op === 'between' ? (value as readonly number[])[0] : (value as number);
      return op === 'gt' || op === 'gte'
        ? msg(str`戶籍設在臺中市滿 ${op === 'gt' ? Number(n) + 1 : n} 年`, {
            desc: 'Condition describer: registered in Taichung for at least N years',
          })
        : msg(str`戶籍設在臺中市的年數：${n}`, { desc: 'Condition describer: years of registration in Taichung (other comparisons)' });
    }
    case 'age':
      return msg(str`年齡 ${range(op, value)}`, { desc: 'Condition describer: the person’s age, e.g. 年齡 65 歲以上' });
    case 'childAges':
      return msg(str`有 ${range(op, value)}的孩子`, { desc: 'Condition describer: at least one child of these ages' });
    case 'female':
      return yes(condition)
        ? msg('女性', { id: 'describe-female', desc: 'Condition describer: female' })
        : msg('男性', { id: 'describe-male', desc: 'Condition describer: male' });
    case 'householdStatus': {
      const values = (op === 'in' ? (value as readonly HouseholdStatus[]) : [value as HouseholdStatus]).map(householdStatusLabel);
      return list(values);
    }
    case 'disability':
      return yes(condition)
        ? msg('有身心障礙證明', { desc: 'Condition describer: holds a disability certificate' })
        : msg('沒有身心障礙證明', { desc: 'Condition describer: holds no disability certificate' });
    case 'disabilityLevel': {
      const values = (op === 'in' ? (value as readonly DisabilityLevel[]) : [value as DisabilityLevel]).map(disabilityLevelLabel);
      return msg(str`障礙等級為${list(values)}`, { desc: 'Condition describer: disability level is one of these' });
    }
    case 'childDisabilityOrDelay':
      return yes(condition)
        ? msg('孩子有發展遲緩或身心障礙', { desc: 'Condition describer: a child with a developmental delay or disability' })
        : msg('孩子沒有發展遲緩或身心障礙', { desc: 'Condition describer: no child with a developmental delay or disability' });
    case 'indigenous':
      return yes(condition)
        ? msg('原住民', { id: 'describe-indigenous', desc: 'Condition describer: indigenous' })
        : msg('不是原住民', { desc: 'Condition describer: not indigenous' });
    case 'newImmigrant':
      return yes(condition)
        ? msg('新住民（外籍或大陸配偶）', { desc: 'Condition describer: new immigrant spouse' })
        : msg('不是新住民', { desc: 'Condition describer: not a new immigrant' });
    case 'nhiInsured':
      return yes(condition)
        ? msg('有參加全民健保', { desc: 'Condition describer: covered by national health insurance' })
        : msg('沒有參加全民健保', { desc: 'Condition describer: not covered by national health insurance' });
    case 'specialCircumstancesFamily':
      return yes(condition)
        ? msg('核定為特殊境遇家庭', { desc: 'Condition describer: certified special-circumstances family' })
        : msg('不是特殊境遇家庭', { desc: 'Condition describer: not a special-circumstances family' });
    case 'singleParent':
      return yes(condition)
        ? msg('單親家長', { desc: 'Condition describer: single parent' })
        : msg('不是單親家長', { desc: 'Condition describer: not a single parent' });
    case 'pregnant':
      return yes(condition)
        ? msg('懷孕中', { desc: 'Condition describer: pregnant' })
        : msg('沒有懷孕', { desc: 'Condition describer: not pregnant' });
    case 'recentBirth':
      return yes(condition)
        ? msg('最近生產（期限依各項規定）', { desc: 'Condition describer: gave birth recently' })
        : msg('最近沒有生產', { desc: 'Condition describer: did not give birth recently' });
    case 'employed':
      return yes(condition)
        ? msg('目前有工作', { desc: 'Condition describer: employed' })
        : msg('目前沒有工作', { desc: 'Condition describer: not employed' });
    case 'involuntaryUnemployment':
      return yes(condition)
        ? msg('非自願失業', { desc: 'Condition describer: involuntarily unemployed' })
        : msg('不是非自願失業', { desc: 'Condition describer: not involuntarily unemployed' });
    case 'occupationalInjury':
      return yes(condition)
        ? msg('因工作受傷或生病（職業災害）', { desc: 'Condition describer: occupational injury or disease' })
        : msg('沒有職業災害', { desc: 'Condition describer: no occupational injury' });
    case 'student':
      return yes(condition)
        ? msg('在學學生', { desc: 'Condition describer: a student' })
        : msg('不是學生', { desc: 'Condition describer: not a student' });
    case 'caregiver':
      return yes(condition)
        ? msg('照顧需要照顧的家人', { desc: 'Condition describer: a family caregiver' })
        : msg('沒有在照顧家人', { desc: 'Condition describer: not a family caregiver' });
    case 'longTermCareNeed':
      return yes(condition)
        ? msg('需要長期照顧（失能）', { desc: 'Condition describer: needs long-term care' })
        : msg('不需要長期照顧', { desc: 'Condition describer: does not need long-term care' });
    case 'livingAlone':
      return yes(condition)
        ? msg('獨居', { desc: 'Condition describer: lives alone' })
        : msg('沒有獨居', { desc: 'Condition describer: does not live alone' });
    case 'receivesBenefits':
      return msg(str`已領取「${titleOf(String(value))}」`, { desc: 'Condition describer: already receives this benefit' });
    case 'disaster':
      return yes(condition)
        ? msg('遭遇天災、火災等災害', { desc: 'Condition describer: affected by a disaster' })
        : msg('沒有遭遇災害', { desc: 'Condition describer: not affected by a disaster' });
    case 'deathInFamily':
      return yes(condition)
        ? msg('家人過世', { id: 'describe-death-in-family', desc: 'Condition describer: a death in the family' })
        : msg('家中沒有人過世', { desc: 'Condition describer: no death in the family' });
    case 'suddenIncomeLoss':
      return yes(condition)
        ? msg('家庭收入突然中斷', { desc: 'Condition describer: sudden loss of household income' })
        : msg('家庭收入沒有中斷', { desc: 'Condition describer: no sudden loss of income' });
    case 'violenceOrAbuse':
      return yes(condition)
        ? msg('遭受家庭暴力、性侵害或虐待', { desc: 'Condition describer: experiencing violence or abuse' })
        : msg('沒有遭受暴力或虐待', { desc: 'Condition describer: not experiencing violence or abuse' });
    case 'homeless':
      return yes(condition)
        ? msg('沒有地方住（遊民）', { desc: 'Condition describer: homeless' })
        : msg('有地方住', { desc: 'Condition describer: not homeless' });
    case 'monthsRegisteredInTaichung': {
      const n = op === 'between' ? (value as readonly number[])[0] : (value as number);
      return op === 'gt' || op === 'gte'
        ? msg(str`戶籍設在臺中市滿 ${op === 'gt' ? Number(n) + 1 : n} 個月`, {
            desc: 'Condition describer: registered in Taichung for at least N months',
          })
        : msg(str`戶籍設在臺中市的月數：${n}`, { desc: 'Condition describer: months of registration in Taichung (other comparisons)' });
    }
    case 'inTaiwan183Days':
      return yes(condition)
        ? msg('最近 1 年住在國內超過 183 天', { desc: 'Condition describer: lived in Taiwan more than 183 days in the last year' })
        : msg('最近 1 年住在國內沒有超過 183 天', { desc: 'Condition describer: did not live in Taiwan more than 183 days' });
    case 'citizen':
      return yes(condition)
        ? msg('本國籍', { desc: 'Condition describer: a citizen of Taiwan (ROC)' })
        : msg('不是本國籍', { desc: 'Condition describer: not a citizen of Taiwan (ROC)' });
    case 'maritalStatus': {
      const values = (op === 'in' ? (value as readonly string[]) : [value as string]).map(maritalStatusLabel);
      return list(values);
    }
    case 'disabilityTypes':
      return msg(str`障礙類別包括${disabilityTypeLabel(String(value))}`, {
        desc: 'Condition describer: the disability certificate names this kind',
      });
    case 'developmentalDelay':
      return yes(condition)
        ? msg('發展遲緩（含疑似）', { desc: 'Eligibility quiz: roster tick, a (suspected) developmental delay' })
        : msg('沒有發展遲緩', { desc: 'Condition describer: no developmental delay' });
    case 'indigenousGroup':
      return value === 'mountain'
        ? msg('山地原住民', { desc: 'Condition describer: mountain indigenous' })
        : msg('平地原住民', { desc: 'Condition describer: plains indigenous' });
    case 'worksInTaichung':
      return yes(condition)
        ? msg('在臺中市工作', { desc: 'Condition describer: works in Taichung' })
        : msg('不在臺中市工作', { desc: 'Condition describer: does not work in Taichung' });
    case 'schoolStage': {
      const values = (op === 'in' ? (value as readonly string[]) : [value as string]).map(schoolStageLabel);
      return list(values);
    }
    case 'caredFor':
      return yes(condition)
        ? msg('是家人照顧的對象', { desc: 'Condition describer: the person the family cares for' })
        : msg('不是家人照顧的對象', { desc: 'Condition describer: not the person the family cares for' });
    case 'householdSize':
      return householdSizeText(op, value);
    case 'housing': {
      const values = (op === 'in' ? (value as readonly string[]) : [value as string]).map(housingLabel);
      return list(values);
    }
    case 'firstHomePurchase':
      return yes(condition)
        ? msg('首次購屋', { desc: 'Condition describer: buying a first home' })
        : msg('不是首次購屋', { desc: 'Condition describer: not buying a first home' });
    case 'homeNeedsRepair':
      return yes(condition)
        ? msg('住屋需要修繕', { desc: 'Condition describer: the home needs repairs' })
        : msg('住屋不需要修繕', { desc: 'Condition describer: the home needs no repairs' });
    case 'disasterDamage':
      return msg(str`災害造成：${disasterDamageLabel(String(value))}`, { desc: 'Condition describer: what the disaster did' });
    case 'otherEmergency':
      return yes(condition)
        ? msg('其他急難（例如家人重病、意外受傷）', {
            desc: 'Eligibility quiz: situation, another emergency such as serious illness or an accident',
          })
        : msg('沒有其他急難', { desc: 'Condition describer: no other emergency' });
    case 'monthsSinceEvent': {
      const n = op === 'between' ? (value as readonly number[])[1] : (value as number);
      return msg(str`事情發生在 ${n} 個月內`, { desc: 'Condition describer: the event happened within N months' });
    }
  }
}

function householdSizeText(op: FactCondition['op'], value: FactCondition['value']): string {
  const n = value as number;
  switch (op) {
    case 'gte':
      return msg(str`家中 ${n} 人以上`, { desc: 'Condition describer: the household has this many people or more' });
    case 'gt':
      return msg(str`家中超過 ${n} 人`, { desc: 'Condition describer: the household has more than this many people' });
    case 'lte':
      return msg(str`家中 ${n} 人以下`, { desc: 'Condition describer: the household has this many people or fewer' });
    case 'lt':
      return msg(str`家中未滿 ${n} 人`, { desc: 'Condition describer: the household has fewer than this many people' });
    case 'between': {
      const [min, max] = value as readonly [number, number];
      return msg(str`家中 ${min} 至 ${max} 人`, { desc: 'Condition describer: the household has between two numbers of people' });
    }
    default:
      return msg(str`家中 ${n} 人`, { desc: 'Condition describer: the household has exactly this many people' });
  }
}

export function maritalStatusLabel(status: string): string {
  switch (status) {
    case 'single':
      return msg('未婚', { desc: 'Marital status: single' });
    case 'married':
      return msg('已婚', { desc: 'Marital status: married' });
    case 'divorced':
      return msg('離婚', { desc: 'Marital status: divorced' });
    default:
      return msg('喪偶', { desc: 'Marital status: widowed' });
  }
}

export function schoolStageLabel(stage: string): string {
  switch (stage) {
    case 'none':
      return msg('沒有上學', { desc: 'School stage: not at school' });
    case 'preschool':
      return msg('幼兒園', { desc: 'School stage: preschool' });
    case 'elementary':
      return msg('國小', { desc: 'School stage: elementary school' });
    case 'junior-high':
      return msg('國中', { desc: 'School stage: junior high school' });
    case 'senior-high':
      return msg('高中職', { desc: 'School stage: senior high or vocational school' });
    default:
      return msg('大專院校', { desc: 'School stage: college or university' });
  }
}

export function housingLabel(housing: string): string {
  switch (housing) {
    case 'own':
      return msg('住自己的房子', { desc: 'Housing: own home' });
    case 'rent':
      return msg('租屋', { desc: 'Housing: renting' });
    case 'family':
      return msg('住家人的房子', { desc: 'Housing: a family member’s home' });
    default:
      return msg('其他住處', { desc: 'Housing: other' });
  }
}

export function disabilityTypeLabel(type: string): string {
  switch (type) {
    case 'visual':
      return msg('視覺障礙', { desc: 'Disability type: visual' });
    case 'hearing':
      return msg('聽覺障礙', { desc: 'Disability type: hearing' });
    case 'speech':
      return msg('聲音或語言障礙', { desc: 'Disability type: voice or speech' });
    case 'physical':
      return msg('肢體障礙', { desc: 'Disability type: physical' });
    case 'intellectual':
      return msg('智能障礙', { desc: 'Disability type: intellectual' });
    case 'autism':
      return msg('自閉症', { desc: 'Disability type: autism' });
    case 'mental-illness':
      return msg('慢性精神病', { desc: 'Disability type: chronic mental illness' });
    case 'dementia':
      return msg('失智症', { desc: 'Disability type: dementia' });
    case 'multiple':
      return msg('多重障礙', { desc: 'Disability type: multiple' });
    case 'rare-disease':
      return msg('罕見疾病', { desc: 'Disability type: rare disease' });
    default:
      return msg('其他障礙', { desc: 'Disability type: other' });
  }
}

export function disasterDamageLabel(damage: string): string {
  switch (damage) {
    case 'death':
      return msg('有人死亡', { desc: 'Disaster damage: someone died' });
    case 'missing':
      return msg('有人失蹤', { desc: 'Disaster damage: someone is missing' });
    case 'injury':
      return msg('有人受傷', { desc: 'Disaster damage: someone was injured' });
    case 'home-destroyed':
      return msg('房子毀損到不能住', { desc: 'Disaster damage: home destroyed or uninhabitable' });
    case 'home-damaged':
      return msg('房子受損但還能住', { desc: 'Disaster damage: home damaged but habitable' });
    default:
      return msg('土石流或坍方', { desc: 'Disaster damage: landslide' });
  }
}

/**
 * A leaf in plain words: its own label where the record gives one (in the
 * reader's language), else the describer's words.
 */
export function describeLeaf(leaf: Leaf, locale: string, titleOf?: (id: string) => string): string {
  const label: LocalizedText | undefined = leaf.label;
  if (label) return locale === 'zh-Hant' ? label['zh-Hant'] : label.en;
  return describeCondition(leaf as FactCondition, titleOf);
}

export type ExplainedStatus = LeafStatus;

/** A rule laid out for reading: each condition with its status, "one of" groups kept. */
export type Explained =
  | { kind: 'leaf'; leaf: Leaf; status: ExplainedStatus; negated: boolean }
  | { kind: 'any' | 'all'; status: ExplainedStatus; items: Explained[] }
  /** A condition about another member ("a child under 6"), shown for the member who best meets it. */
  | { kind: 'some'; scope: MemberScope; label?: LocalizedText; member?: string; status: ExplainedStatus; items: Explained[] };

function flip(status: ExplainedStatus, negated: boolean): ExplainedStatus {
  if (!negated) return status;
  return status === 'met' ? 'failed' : status === 'failed' ? 'met' : status;
}

/**
 * The rule's conditions with their statuses for this household member (or
 * one person's answers), in the rule's order. A condition under `not` keeps
 * its words and says so (`negated`); its status is the status of the
 * negation, so "met" always means "in the household's favour".
 */
export function explain(rule: Rule, input: Answers | Context, negated = false): Explained[] {
  const ctx = asContext(input);
  if (isOpen(rule)) return [];
  if (isFactCondition(rule) || isOfficeCheck(rule)) {
    const raw: ExplainedStatus = isOfficeCheck(rule) ? officeStatus(rule, ctx.facts) : evaluateCondition(rule, ctx.facts);
    return [{ kind: 'leaf', leaf: rule, status: flip(raw, negated), negated }];
  }
  if ('not' in rule) return explain(rule.not, ctx, !negated);
  if (isSomeMember(rule)) {
    const status = holds(rule, ctx);
    const candidates = membersIn(rule.some, ctx.household, ctx.subject);
    const best = candidates.find((m) => holds(rule.rule, contextFor(ctx.household, m)) === status) ?? candidates[0];
    // Nobody in the group (no child, nobody cared for): its conditions are unmet.
    const items = best
      ? explain(rule.rule, contextFor(ctx.household, best), negated)
      : leavesOf(rule.rule).map((leaf): Explained => ({ kind: 'leaf', leaf, status: flip('failed', negated), negated }));
    return [
      {
        kind: 'some',
        scope: rule.some,
        ...(rule.label ? { label: rule.label } : {}),
        ...(best ? { member: best.id } : {}),
        status: flip(status, negated),
        items,
      },
    ];
  }
  const kind = 'all' in rule ? 'all' : 'any';
  const items = childrenOf(rule).flatMap((r) => explain(r, ctx, negated));
  // Under a negation, all and any swap (De Morgan).
  const effective = negated ? (kind === 'all' ? 'any' : 'all') : kind;
  return [{ kind: effective, status: flip(holds(rule, ctx), negated), items }];
}

/** The top-level list: an `all` at the top is spread into its items. */
export function explainRule(rule: Rule, facts: Answers | Context): Explained[] {
  const top = explain(rule, facts);
  return top.length === 1 && top[0]!.kind === 'all' ? (top[0] as { items: Explained[] }).items.flatMap(spreadAll) : top;
}

function spreadAll(item: Explained): Explained[] {
  return item.kind === 'all' ? item.items.flatMap(spreadAll) : [item];
}

/** A leaf in words, negated where it sits under `not`. */
export function describeExplainedLeaf(
  item: Extract<Explained, { kind: 'leaf' }>,
  locale: string,
  titleOf?: (id: string) => string,
): string {
  const { leaf } = item;
  if (item.negated && isFactCondition(leaf) && leaf.fact === 'receivesBenefits' && !leaf.label) {
    return msg(str`沒有同時領取「${titleOf ? titleOf(String(leaf.value)) : String(leaf.value)}」`, {
      desc: 'Condition describer: not already receiving this benefit',
    });
  }
  const text = describeLeaf(leaf, locale, titleOf);
  return item.negated ? msg(str`不符合以下情形：${text}`, { desc: 'Condition describer: the negation of a condition' }) : text;
}
