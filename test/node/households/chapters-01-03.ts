/**
 * Households for the handbook's chapters 壹 (civic groups), 貳 (children and
 * youth) and 參 (women), each verdict worked out from the text before the
 * engine was run on it (docs/eligibility.md).
 */
import { RESIDENT, type HouseholdCase } from './case.ts';
import type { Answers } from '../../../src/eligibility/facts.ts';

/** A child registered in Taichung since birth. */
function child(age: number, facts: Answers = {}): Answers {
  return { ...RESIDENT, monthsRegisteredInTaichung: Math.max(1, age * 12), age, ...facts };
}

export const HOUSEHOLDS: HouseholdCase[] = [
  {
    name: 'a new-immigrant mother, pregnant, not yet registered nor insured, with a toddler of 2',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            registeredInTaichung: false,
            livesInTaichung: true,
            citizen: false,
            newImmigrant: true,
            nhiInsured: false,
            age: 27,
            female: true,
            pregnant: true,
            maritalStatus: 'married',
            employed: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, age: 34, female: false, maritalStatus: 'married', employed: true, worksInTaichung: true },
        },
        { id: 'm3', role: 'child', facts: child(2, { schoolStage: 'none' }) },
      ],
      facts: { householdStatus: 'neither' },
    },
    expect: [
      { id: 'new-immigrant-prenatal-check-subsidy', outcome: 'likely', for: ['m1'], quote: '新住民懷孕婦女設籍前未納健保者', line: 1736 },
      { id: 'group-b-strep-screening-subsidy', outcome: 'likely', for: ['m1'], quote: '設籍本國或已婚新住民之懷孕婦女', line: 1715 },
      // She is 27: the other grounds (family history, a screening result, a diagnosis) are for a doctor.
      {
        id: 'prenatal-genetic-diagnosis-subsidy',
        outcome: 'more-info',
        quote: '34 歲以上孕婦、本人或配偶或家族有遺傳性疾病者',
        line: 1228,
      },
      // The toddler is their first child.
      { id: 'pre-pregnancy-health-check-subsidy', outcome: 'unlikely', quote: '已婚尚未生育第一胎之夫或妻', line: 1693 },
      { id: 'child-fluoride-varnish', outcome: 'likely', for: ['m3'], quote: '未滿 6 歲兒童每半年 1 次', line: 1268 },
    ],
  },
  {
    name: 'a single father, divorced five months ago, renting, with children of 9 and 13',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 41, female: false, maritalStatus: 'divorced', employed: true, worksInTaichung: true },
        },
        {
          id: 'm2',
          role: 'child',
          facts: child(9, { schoolStage: 'elementary', female: true, disability: false, developmentalDelay: false }),
        },
        {
          id: 'm3',
          role: 'child',
          facts: child(13, { schoolStage: 'junior-high', female: false, disability: false, developmentalDelay: false }),
        },
      ],
      facts: { householdStatus: 'neither', singleParent: true, housing: 'rent', violenceOrAbuse: false },
    },
    expect: [
      {
        id: 'single-parent-disadvantaged-women-rent-allowance',
        outcome: 'more-info',
        quote: '家庭總收入按全家人口平均分配，每人每月未超過政府當年公布最低生活費二點五倍',
        line: 1326,
        debatable: 'the title names 弱勢婦女, but item 1 (單親家庭) does not say the single parent must be a woman',
      },
      {
        id: 'special-circumstances-childcare-allowance',
        outcome: 'unlikely',
        quote: '如未滿 6 歲之子女或孫子女進入私立立案幼兒園',
        line: 1507,
      },
      {
        id: 'economically-disadvantaged-children-living-allowance',
        outcome: 'more-info',
        quote: '因父母雙亡、一方監護或一方死亡、失蹤、離異、遭遇重大傷病或因案服刑中，以致生活遭遇困難之兒童及少年',
        line: 613,
      },
      { id: 'hpv-vaccination-junior-high-girls', outcome: 'unlikely', quote: '設籍本市國中一年級女生', line: 1780 },
      {
        id: 'temporary-childcare-service',
        outcome: 'more-info',
        quote: '單親家庭：申請人一方監護或一方死亡、離異，且確定監護權歸屬者',
        line: 872,
      },
      { id: 'poor-student-lunch-subsidy', outcome: 'more-info', quote: '家庭突遭逢變故或經導師認定經濟困難之學生', line: 1054 },
      {
        id: 'special-circumstances-education-fee-reduction',
        outcome: 'unlikely',
        quote: '其子女或孫子女就讀國內公立或立案之私立高中高職或大專院校者',
        line: 1566,
      },
    ],
  },
  {
    name: 'a couple with a baby of 1: the father works, the mother stays home to care for the baby',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 30,
            female: true,
            maritalStatus: 'married',
            employed: false,
            disability: false,
            pregnant: false,
            recentBirth: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, age: 32, female: false, maritalStatus: 'married', employed: true, worksInTaichung: true },
        },
        { id: 'm3', role: 'child', facts: child(1, { schoolStage: 'none', disability: false, developmentalDelay: false }) },
      ],
      facts: { householdStatus: 'neither' },
    },
    expect: [
      {
        id: 'parents-not-working-childcare-allowance',
        outcome: 'likely',
        for: ['m3'],
        quote: '凡在家照顧或未領取托育補助的未滿二歲兒童',
        line: 70,
        source: 'plan',
      },
      // One parent does not work and is not disabled, serving or in prison; one child only.
      { id: 'home-childcare-partial-subsidy', outcome: 'unlikely', quote: '父母（或監護人）雙方或單親一方皆就業', line: 695 },
      { id: 'parenting-guidance', outcome: 'likely', quote: '新手爸媽：實際居住於本市，家中育有 2 足歲以下幼兒', line: 982 },
      { id: 'birth-allowance', outcome: 'unlikely', quote: '於新生兒出生之次日起 6 個月內', line: 1375 },
      { id: 'child-fluoride-varnish', outcome: 'likely', for: ['m3'], quote: '未滿 6 歲兒童每半年 1 次', line: 1268 },
      { id: 'preschool-education-subsidy', outcome: 'unlikely', quote: '家有年滿 2 足歲以上至未滿 5 歲幼兒', line: 815 },
    ],
  },
  {
    name: 'two working parents whose baby of 10 months is with a childminder',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 33,
            female: true,
            maritalStatus: 'married',
            employed: true,
            worksInTaichung: true,
            pregnant: false,
            recentBirth: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, age: 35, female: false, maritalStatus: 'married', employed: true, worksInTaichung: true },
        },
        {
          id: 'm3',
          role: 'child',
          facts: child(0, { monthsRegisteredInTaichung: 10, schoolStage: 'none', disability: false, developmentalDelay: false }),
        },
      ],
      facts: { householdStatus: 'neither', specialCircumstancesFamily: false, receivesBenefits: [] },
    },
    expect: [
      { id: 'home-childcare-partial-subsidy', outcome: 'more-info', quote: '綜合所得稅稅率未達 20%', line: 695 },
      {
        id: 'affordable-childcare-subsidy',
        outcome: 'more-info',
        quote: '未滿六歲幼童送托本市協力托育人員且收托地點在本市或送托本市協力托嬰中心',
        line: 748,
      },
      { id: 'parenting-guidance', outcome: 'likely', quote: '新手爸媽：實際居住於本市，家中育有 2 足歲以下幼兒', line: 982 },
      { id: 'five-year-old-free-tuition', outcome: 'unlikely', quote: '就學當學年度 9 月 1 日前滿 5 歲幼兒', line: 1010 },
      {
        id: 'childcare-subsidy-during-work-or-training',
        outcome: 'more-info',
        quote: '家庭總收入按全家人口平均分配，每人每月未超過政府當年公布最低生活費用',
        line: 1074,
      },
      { id: 'disadvantaged-family-childcare-allowance', outcome: 'unlikely', quote: '且符合弱勢家庭資格者', line: 790 },
    ],
  },
  {
    name: 'a family with a child of 7 in 國小 with a developmental delay and a child of 4 in 幼兒園',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 36, female: true, maritalStatus: 'married', employed: true } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 38, female: false, maritalStatus: 'married', employed: true } },
        {
          id: 'm3',
          role: 'child',
          facts: child(7, { schoolStage: 'elementary', developmentalDelay: true, disability: false, indigenous: false }),
        },
        {
          id: 'm4',
          role: 'child',
          facts: child(4, { schoolStage: 'preschool', developmentalDelay: false, disability: false, indigenous: false }),
        },
      ],
      facts: { householdStatus: 'neither' },
    },
    expect: [
      // The child of 7 is at school (not deferred); the child of 4 has no delay.
      {
        id: 'early-intervention-therapy-transport-subsidy',
        outcome: 'unlikely',
        quote: '未達就學年齡之（疑似）發展遲緩或身心障礙兒童',
        line: 496,
      },
      {
        id: 'low-income-vulnerable-children-medical-subsidy',
        outcome: 'likely',
        for: ['m3'],
        quote: '領有發展遲緩證明或經身心障礙需求評估有療育需求之 7 至 12 歲',
        line: 547,
      },
      { id: 'preschool-education-subsidy', outcome: 'likely', for: ['m4'], quote: '家有年滿 2 足歲以上至未滿 5 歲幼兒', line: 815 },
      { id: 'five-year-old-free-tuition', outcome: 'unlikely', quote: '就學當學年度 9 月 1 日前滿 5 歲幼兒', line: 1010 },
      { id: 'indigenous-preschool-subsidy', outcome: 'unlikely', quote: '補助滿三歲至未滿五歲具原住民身分之幼兒', line: 1117 },
      // A sibling with a delay is one ground, but the income and asset test remains.
      { id: 'temporary-childcare-service', outcome: 'more-info', quote: '兒童本人或手足為身心障礙兒童', line: 873 },
      { id: 'child-fluoride-varnish', outcome: 'likely', for: ['m4'], quote: '未滿 6 歲兒童每半年 1 次', line: 1268 },
    ],
  },
  {
    name: 'an indigenous middle-low-income family with children in 國中 and 高中職',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 44,
            female: false,
            maritalStatus: 'married',
            employed: true,
            indigenous: true,
            indigenousGroup: 'mountain',
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: {
            ...RESIDENT,
            age: 41,
            female: true,
            maritalStatus: 'married',
            employed: false,
            indigenous: true,
            indigenousGroup: 'mountain',
          },
        },
        {
          id: 'm3',
          role: 'child',
          facts: child(13, { schoolStage: 'junior-high', female: false, indigenous: true, indigenousGroup: 'mountain' }),
        },
        {
          id: 'm4',
          role: 'child',
          facts: child(16, { schoolStage: 'senior-high', female: true, indigenous: true, indigenousGroup: 'mountain' }),
        },
      ],
      facts: { householdStatus: 'middle-low-income', receivesBenefits: [] },
    },
    expect: [
      {
        id: 'indigenous-after-school-care-subsidy',
        outcome: 'more-info',
        quote: '以低收入戶家庭優先補助，中低收入戶次之',
        line: 1139,
        debatable: 'priority to low-income households implies limited funds, but every condition of the family is met',
      },
      // 中低收入戶's own test (1.5 times the minimum living cost, its asset limit) is the benefit's.
      { id: 'indigenous-student-living-allowance', outcome: 'likely', for: ['m4'], quote: '就讀國內公私立高中（職）以上學校', line: 1167 },
      { id: 'indigenous-preschool-subsidy', outcome: 'unlikely', quote: '補助滿三歲至未滿五歲具原住民身分之幼兒', line: 1117 },
      {
        id: 'middle-low-income-children-nhi-premium-subsidy',
        outcome: 'likely',
        for: ['m3', 'm4'],
        quote: '設籍本市中低收入戶內未滿 18 歲之兒童及少年',
        line: 942,
      },
      {
        id: 'low-income-vulnerable-children-medical-subsidy',
        outcome: 'likely',
        for: ['m3', 'm4'],
        quote: '設籍臺中市符合社會救助法規定未滿 18 歲之低收入戶或中低收入戶兒童及少年',
        line: 538,
      },
      { id: 'school-fees-subsidy-for-students', outcome: 'likely', for: ['m3'], quote: '國中及國小在學學生', line: 1040 },
      // The lunch subsidy is claimed at the 國中小 (line 1064).
      {
        id: 'poor-student-lunch-subsidy',
        outcome: 'likely',
        for: ['m3'],
        quote: '低收入戶、中低收入戶、家庭突遭逢變故或經導師認定經濟困難之學生',
        line: 1054,
      },
      { id: 'child-fluoride-varnish', outcome: 'unlikely', quote: '未滿 12 歲之低收入戶、身心障礙、原住民族地區', line: 1269 },
    ],
  },
  {
    name: 'a low-income family with a child of 5 in 幼兒園',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 34, female: true, maritalStatus: 'married', employed: true } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 37, female: false, maritalStatus: 'married', employed: false } },
        { id: 'm3', role: 'child', facts: child(5, { schoolStage: 'preschool', disability: false, developmentalDelay: false }) },
      ],
      facts: { householdStatus: 'low-income' },
    },
    expect: [
      { id: 'five-year-old-free-tuition', outcome: 'likely', for: ['m3'], quote: '就學當學年度 9 月 1 日前滿 5 歲幼兒', line: 1010 },
      // Only for a public kindergarten, and the household has not said which kind.
      { id: 'public-kindergarten-after-school-care-subsidy', outcome: 'more-info', quote: '本市公立幼兒園且屬學齡滿 5 歲', line: 1030 },
      {
        id: 'disadvantaged-family-childcare-allowance',
        outcome: 'likely',
        for: ['m3'],
        quote: '未滿六歲幼童設籍於本市，且符合弱勢家庭資格者',
        line: 790,
      },
      { id: 'preschool-education-subsidy', outcome: 'unlikely', quote: '家有年滿 2 足歲以上至未滿 5 歲幼兒', line: 815 },
      { id: 'temporary-childcare-service', outcome: 'likely', for: ['m3'], quote: '本市列冊低收入戶', line: 868 },
      {
        id: 'low-income-vulnerable-children-medical-subsidy',
        outcome: 'likely',
        for: ['m3'],
        quote: '設籍臺中市符合社會救助法規定未滿 18 歲之低收入戶或中低收入戶兒童及少年',
        line: 538,
      },
      { id: 'child-fluoride-varnish', outcome: 'likely', for: ['m3'], quote: '未滿 6 歲兒童每半年 1 次', line: 1268 },
      { id: 'special-groups-iud-sterilisation-subsidy', outcome: 'likely', quote: '列案低收入戶者', line: 1647 },
    ],
  },
  {
    name: 'an unmarried pregnant girl of 16 in 高中 living with her parents',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 43, female: true, maritalStatus: 'married', employed: true, pregnant: false },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 45, female: false, maritalStatus: 'married', employed: true } },
        {
          id: 'm3',
          role: 'child',
          facts: child(16, { female: true, pregnant: true, maritalStatus: 'single', schoolStage: 'senior-high', employed: false }),
        },
      ],
      facts: { householdStatus: 'neither' },
    },
    expect: [
      // The months of pregnancy and the means test are for the office.
      {
        id: 'special-circumstances-emergency-living-aid',
        outcome: 'more-info',
        quote: '未婚懷孕婦女，懷胎 3 個月以上至分娩 2 個月內者',
        line: 1403,
      },
      {
        id: 'economically-disadvantaged-children-living-allowance',
        outcome: 'more-info',
        quote: '因懷孕或生育而遭遇困境之兒童、少年及其子女',
        line: 612,
      },
      { id: 'special-groups-abortion-subsidy', outcome: 'unlikely', quote: '無具健保身分', line: 1675 },
      { id: 'group-b-strep-screening-subsidy', outcome: 'likely', for: ['m3'], quote: '設籍本國或已婚新住民之懷孕婦女', line: 1715 },
      {
        id: 'prenatal-genetic-diagnosis-subsidy',
        outcome: 'more-info',
        quote: '34 歲以上孕婦、本人或配偶或家族有遺傳性疾病者',
        line: 1228,
      },
      { id: 'pre-pregnancy-health-check-subsidy', outcome: 'unlikely', quote: '已婚尚未生育第一胎之夫或妻', line: 1693 },
      {
        id: 'low-income-vulnerable-children-medical-subsidy',
        outcome: 'more-info',
        quote: '其他經社工員訪視評估有必要補助之兒童及少年',
        line: 548,
      },
    ],
  },
  {
    name: 'a mother who gave birth a month ago, her husband and the newborn',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 31, female: true, maritalStatus: 'married', employed: true, recentBirth: true, pregnant: false },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 33, female: false, maritalStatus: 'married', employed: true } },
        { id: 'm3', role: 'child', facts: child(0, { monthsRegisteredInTaichung: 1, schoolStage: 'none' }) },
      ],
      facts: { householdStatus: 'neither' },
    },
    expect: [
      {
        id: 'birth-allowance',
        outcome: 'likely',
        for: ['m1'],
        quote: '父母之一方於新生兒出生當日已設籍臺中市滿 180 天 (含) 以上',
        line: 1375,
      },
      { id: 'newborn-hearing-screening', outcome: 'likely', for: ['m3'], quote: '設籍本國未滿 3 個月之新生兒', line: 1250 },
      { id: 'genetic-disease-testing-subsidy', outcome: 'likely', for: ['m3'], quote: '新生兒', line: 1205 },
      {
        id: 'parents-not-working-childcare-allowance',
        outcome: 'likely',
        for: ['m3'],
        quote: '凡在家照顧或未領取托育補助的未滿二歲兒童',
        line: 70,
        source: 'plan',
      },
      { id: 'parenting-guidance', outcome: 'likely', quote: '新手爸媽：實際居住於本市，家中育有 2 足歲以下幼兒', line: 982 },
      { id: 'pre-pregnancy-health-check-subsidy', outcome: 'unlikely', quote: '已婚尚未生育第一胎之夫或妻', line: 1693 },
    ],
  },
  {
    name: 'grandparents raising their grandchild of 3, who goes to 幼兒園',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 62, female: true, maritalStatus: 'married', employed: false } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 66, female: false, maritalStatus: 'married', employed: false } },
        {
          id: 'm3',
          role: 'grandchild',
          facts: child(3, { schoolStage: 'preschool', indigenous: false, disability: false, developmentalDelay: false }),
        },
      ],
      facts: { householdStatus: 'neither' },
    },
    expect: [
      {
        id: 'special-circumstances-child-living-allowance',
        outcome: 'more-info',
        quote: '祖父母扶養 18 歲以下父母無力扶養之孫子女',
        line: 1404,
      },
      {
        id: 'special-circumstances-childcare-allowance',
        outcome: 'more-info',
        quote: '如未滿 6 歲之子女或孫子女進入私立立案幼兒園',
        line: 1507,
      },
      {
        id: 'economically-disadvantaged-children-living-allowance',
        outcome: 'more-info',
        quote: '經法院判定祖父、祖母負監護教養且生活遭遇困難之兒童及少年',
        line: 614,
      },
      { id: 'parenting-guidance', outcome: 'more-info', quote: '隔代教養等經本局評估有需求之家庭', line: 984 },
      { id: 'preschool-education-subsidy', outcome: 'likely', for: ['m3'], quote: '父母(監護人)一方及幼兒皆須設籍本市半年以上', line: 816 },
      { id: 'parents-not-working-childcare-allowance', outcome: 'unlikely', quote: '未滿二歲兒童', line: 70, source: 'plan' },
      {
        id: 'childcare-worker-training-course',
        outcome: 'likely',
        for: ['m1', 'm2'],
        quote: '年滿 20 歲，且設籍或居住本市之民衆',
        line: 970,
      },
      { id: 'breast-cancer-screening', outcome: 'likely', for: ['m1'], quote: '1.45-69 歲婦女，每 2 年補助 1 次', line: 1769 },
    ],
  },
  {
    name: 'a middle-low-income family with three children of 1, 3 and 5; the mother stays home',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 32, female: true, maritalStatus: 'married', employed: false, recentBirth: false, pregnant: false },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 35, female: false, maritalStatus: 'married', employed: true } },
        { id: 'm3', role: 'child', facts: child(1, { schoolStage: 'none' }) },
        { id: 'm4', role: 'child', facts: child(3, { schoolStage: 'preschool' }) },
        { id: 'm5', role: 'child', facts: child(5, { schoolStage: 'preschool' }) },
      ],
      facts: { householdStatus: 'middle-low-income' },
    },
    expect: [
      {
        id: 'disadvantaged-family-childcare-allowance',
        outcome: 'likely',
        for: ['m3', 'm4', 'm5'],
        quote: '未滿六歲幼童設籍於本市，且符合弱勢家庭資格者',
        line: 790,
      },
      {
        id: 'parents-not-working-childcare-allowance',
        outcome: 'likely',
        for: ['m3'],
        quote: '凡在家照顧或未領取托育補助的未滿二歲兒童',
        line: 70,
        source: 'plan',
      },
      { id: 'temporary-childcare-service', outcome: 'likely', for: ['m3', 'm4', 'm5'], quote: '本市列冊中低收入戶', line: 869 },
      {
        id: 'middle-low-income-children-nhi-premium-subsidy',
        outcome: 'likely',
        for: ['m3', 'm4', 'm5'],
        quote: '設籍本市中低收入戶內未滿 18 歲之兒童及少年',
        line: 942,
      },
      { id: 'preschool-education-subsidy', outcome: 'likely', for: ['m4'], quote: '家有年滿 2 足歲以上至未滿 5 歲幼兒', line: 815 },
      { id: 'five-year-old-free-tuition', outcome: 'likely', for: ['m5'], quote: '就學當學年度 9 月 1 日前滿 5 歲幼兒', line: 1010 },
      { id: 'child-fluoride-varnish', outcome: 'likely', for: ['m3', 'm4', 'm5'], quote: '未滿 6 歲兒童每半年 1 次', line: 1268 },
      { id: 'parenting-guidance', outcome: 'likely', quote: '新手爸媽：實際居住於本市，家中育有 2 足歲以下幼兒', line: 982 },
    ],
  },
  {
    name: 'a family registered in Taichung only 4 months, with a newborn and a child of 4',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            monthsRegisteredInTaichung: 4,
            age: 29,
            female: true,
            maritalStatus: 'married',
            employed: false,
            recentBirth: true,
            pregnant: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: {
            ...RESIDENT,
            monthsRegisteredInTaichung: 4,
            age: 31,
            female: false,
            maritalStatus: 'married',
            employed: true,
            worksInTaichung: true,
          },
        },
        { id: 'm3', role: 'child', facts: child(0, { monthsRegisteredInTaichung: 1, schoolStage: 'none' }) },
        { id: 'm4', role: 'child', facts: child(4, { monthsRegisteredInTaichung: 4, schoolStage: 'preschool' }) },
      ],
      facts: { householdStatus: 'neither' },
    },
    expect: [
      { id: 'birth-allowance', outcome: 'unlikely', quote: '已設籍臺中市滿 180 天 (含) 以上', line: 1375 },
      { id: 'preschool-education-subsidy', outcome: 'unlikely', quote: '父母(監護人)一方及幼兒皆須設籍本市半年以上', line: 816 },
      {
        id: 'parents-not-working-childcare-allowance',
        outcome: 'likely',
        for: ['m3'],
        quote: '凡在家照顧或未領取托育補助的未滿二歲兒童',
        line: 70,
        source: 'plan',
      },
      { id: 'newborn-hearing-screening', outcome: 'likely', for: ['m3'], quote: '設籍本國未滿 3 個月之新生兒', line: 1250 },
      {
        id: 'childcare-subsidy-during-work-or-training',
        outcome: 'unlikely',
        quote: '設籍（或外國人與本國境內設有戶籍之國民結婚，且獲准居留）於本市6個月以上者',
        line: 1071,
      },
      { id: 'parenting-guidance', outcome: 'likely', quote: '新手爸媽：實際居住於本市，家中育有 2 足歲以下幼兒', line: 982 },
      { id: 'child-fluoride-varnish', outcome: 'likely', for: ['m3', 'm4'], quote: '未滿 6 歲兒童每半年 1 次', line: 1268 },
    ],
  },
  {
    name: 'a retired couple of 65 and 63 who want to found a community association',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 65, female: false, maritalStatus: 'married', employed: false } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 63, female: true, maritalStatus: 'married', employed: false } },
      ],
      facts: { householdStatus: 'neither', housing: 'own' },
    },
    expect: [
      // 30 founders are needed, not two.
      {
        id: 'community-development-association-establishment',
        outcome: 'more-info',
        quote: '設籍於區公所劃分之組織區域內，年滿 20 歲，30 人以上',
        line: 423,
      },
      { id: 'civic-organization-establishment', outcome: 'more-info', quote: '30人以上，設籍或工作地於本市年滿20歲以上之市民', line: 317 },
      { id: 'cooperative-guidance', outcome: 'more-info', quote: '合作社由 7 人以上發起籌組', line: 387 },
      { id: 'breast-cancer-screening', outcome: 'likely', for: ['m2'], quote: '1.45-69 歲婦女，每 2 年補助 1 次', line: 1769 },
      { id: 'cervical-cancer-screening', outcome: 'likely', for: ['m2'], quote: '30 歲以上婦女，每年補助 1 次', line: 1761 },
      { id: 'hpv-vaccination-junior-high-girls', outcome: 'unlikely', quote: '設籍本市國中一年級女生', line: 1780 },
    ],
  },
  {
    name: 'a naturalised new-immigrant mother who left a violent husband, renting with her son of 6',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            monthsRegisteredInTaichung: 36,
            newImmigrant: true,
            age: 35,
            female: true,
            maritalStatus: 'married',
            employed: true,
          },
        },
        { id: 'm2', role: 'child', facts: child(6, { schoolStage: 'elementary', female: false }) },
      ],
      facts: { householdStatus: 'neither', singleParent: true, violenceOrAbuse: true, housing: 'rent' },
    },
    expect: [
      { id: 'special-circumstances-legal-costs-subsidy', outcome: 'more-info', quote: '符合補助對象第 3 款及補助標準規定者', line: 1533 },
      {
        id: 'special-circumstances-new-immigrant-airfare',
        outcome: 'more-info',
        quote: '需由社工員評估確有需要而無力負擔費用之個案',
        line: 1620,
      },
      { id: 'special-circumstances-emergency-living-aid', outcome: 'more-info', quote: '家庭暴力受害者', line: 1402 },
      {
        id: 'single-parent-disadvantaged-women-rent-allowance',
        outcome: 'more-info',
        quote: '婦女保護個案，其遭受家庭暴力事實（以通常保護令核發資料時間為基準）一年內',
        line: 1324,
      },
      {
        id: 'special-circumstances-childcare-allowance',
        outcome: 'unlikely',
        quote: '如未滿 6 歲之子女或孫子女進入私立立案幼兒園',
        line: 1507,
      },
      { id: 'special-circumstances-startup-loan-eligibility', outcome: 'more-info', quote: '需年滿 20 歲', line: 1593 },
      { id: 'cervical-cancer-screening', outcome: 'likely', for: ['m1'], quote: '30 歲以上婦女，每年補助 1 次', line: 1761 },
    ],
  },
];
