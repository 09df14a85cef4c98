/**
 * Households for chapters 伍 (older people) and 柒–拾 (social work, family
 * violence and child protection, volunteering, other services), worked out
 * by hand from the handbook under docs/eligibility.md before the engine was
 * run on them. Line numbers are the handbook's (data/sources/004_…txt).
 */
import { RESIDENT, type HouseholdCase } from './case.ts';

/** An adult with no disability, no long-term care need, not indigenous. */
const ADULT = { ...RESIDENT, indigenous: false, disability: false, longTermCareNeed: false };

export const HOUSEHOLDS: HouseholdCase[] = [
  {
    // The acceptance case: a grandmother of 68, two working parents, a child in 國小 with a developmental delay.
    name: 'a grandmother of 68, two working parents and a child in elementary school with a developmental delay',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...ADULT, age: 41, female: false, employed: true, schoolStage: 'none' } },
        { id: 'm2', role: 'partner', facts: { ...ADULT, age: 38, female: true, employed: true, schoolStage: 'none' } },
        { id: 'm3', role: 'parent', facts: { ...ADULT, age: 68, female: true, employed: false, maritalStatus: 'widowed' } },
        {
          id: 'm4',
          role: 'child',
          facts: { ...RESIDENT, age: 8, schoolStage: 'elementary', developmentalDelay: true, disability: false, indigenous: false },
        },
      ],
      facts: { householdStatus: 'neither', housing: 'own', violenceOrAbuse: false, receivesBenefits: [], singleParent: false },
    },
    expect: [
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m3'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'senior-health-check', outcome: 'likely', for: ['m3'], quote: '設籍臺中市年滿 65 歲以上長者，每年 1 次', line: 3951 },
      { id: 'senior-pneumococcal-vaccination', outcome: 'likely', for: ['m3'], quote: '設籍臺中市年滿 60 歲以上長者', line: 3998 },
      // The father of 41 is in the 40–64 band (every 3 years), the grandmother in the 65+ band; the mother of 38 is in neither.
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm3'], quote: '40-64 歲（每 3 年 1 次）', line: 5286 },
      { id: 'colorectal-cancer-screening', outcome: 'likely', for: ['m3'], quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
      // Not a certified household: the allowance's own means test is left to the office.
      {
        id: 'senior-middle-low-income-living-allowance',
        outcome: 'more-info',
        quote: '全家收入平均分配每人每月未超過最低生活費 2.5 倍標準',
        line: 3224,
      },
      // The grandmother manages alone: home care needs help with daily life.
      { id: 'senior-home-care-service', outcome: 'unlikely', quote: '日常生活需他人協助', line: 3303 },
      // The child: a delay is not one of the certificates; a hospital's certificate or a report of wandering may still serve.
      {
        id: 'wandering-prevention-bracelet',
        outcome: 'more-info',
        quote: '或三個月內公立醫院或衛生福利部評定合格之醫院診斷證明書',
        line: 3812,
      },
      // Working parents, not a certified household; a social worker still judges 其他經評估確有生活困難.
      {
        id: 'disadvantaged-children-emergency-living-aid',
        outcome: 'more-info',
        quote: '經社工員訪視評估其家庭有下列情形之一者',
        line: 5060,
      },
      { id: 'child-abuse-neglect-protection-services', outcome: 'unlikely', quote: '遭受疏忽照顧或虐待、遺棄之兒童與少年', line: 5172 },
    ],
  },
  {
    name: 'grandparents of 72 and 70 raising two grandchildren of 8 and 13 on a middle-low-income status',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...ADULT, age: 72, female: false, employed: false, maritalStatus: 'married' } },
        { id: 'm2', role: 'partner', facts: { ...ADULT, age: 70, female: true, employed: false, maritalStatus: 'married' } },
        { id: 'm3', role: 'grandchild', facts: { ...RESIDENT, age: 8, schoolStage: 'elementary', indigenous: false } },
        { id: 'm4', role: 'grandchild', facts: { ...RESIDENT, age: 13, schoolStage: 'junior-high', indigenous: false } },
      ],
      facts: {
        householdStatus: 'middle-low-income',
        receivesBenefits: ['senior-middle-low-income-living-allowance'],
        housing: 'own',
        violenceOrAbuse: false,
      },
    },
    expect: [
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m1', 'm2'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      {
        id: 'senior-middle-low-income-living-allowance',
        outcome: 'likely',
        for: ['m1', 'm2'],
        quote: '全家收入平均分配每人每月未超過最低生活費 2.5 倍標準',
        line: 3224,
        debatable:
          'the item does not name 中低收入戶; its limits (2.5 倍, 不動產 750 萬) are wider than the status’s own (1.5 倍, 528 萬 at L4162), and they already receive it',
      },
      {
        id: 'senior-nhi-premium-subsidy',
        outcome: 'likely',
        for: ['m1', 'm2'],
        quote: '設籍本市領有中低收入老人生活津貼且參加全民健康保險之年滿 65 歲以上長者',
        line: 3691,
      },
      // 列冊中低收入戶 and 65+, but a dentist must find that teeth are missing.
      { id: 'low-income-senior-indigenous-dentures', outcome: 'more-info', quote: '經醫師評估缺牙需裝置活動假牙', line: 3557 },
      // They receive the allowance, but the subsidy needs a hospital stay with a doctor's certificate of need for a carer.
      { id: 'senior-hospital-care-medical-subsidy', outcome: 'more-info', quote: '經醫師診斷書證明須請專職人員看護者', line: 3717 },
      // Nobody needs care, and no member is a carer of 16–64.
      { id: 'senior-special-care-allowance', outcome: 'unlikely', quote: '年滿 16 歲，未滿 65 歲', line: 3637 },
      // Skipped-generation care: 親屬願代為撫養 … 無經濟能力; the social worker decides.
      {
        id: 'disadvantaged-children-emergency-living-aid',
        outcome: 'more-info',
        quote: '經社工員訪視評估其家庭有下列情形之一者',
        line: 5060,
      },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '65 歲以上（每年 1 次）', line: 5287 },
      { id: 'colorectal-cancer-screening', outcome: 'likely', for: ['m1', 'm2'], quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
    ],
  },
  {
    name: 'a mountain indigenous woman of 58 and her plains indigenous husband of 60',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...ADULT, age: 58, female: true, indigenous: true, indigenousGroup: 'mountain', employed: false },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...ADULT, age: 60, female: false, indigenous: true, indigenousGroup: 'plains', employed: true },
        },
      ],
      facts: { householdStatus: 'neither', receivesBenefits: [], housing: 'own' },
    },
    expect: [
      // 55+ counts only for 山地原住民; he is plains indigenous and under 65.
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m1'], quote: '年滿 55 歲以上山地原住民', line: 3670 },
      {
        id: 'indigenous-denture-programme',
        outcome: 'likely',
        for: ['m1', 'm2'],
        quote: '凡設籍本市 6 個月以上年滿 55 歲以上之原住民',
        line: 3932,
      },
      { id: 'senior-pneumococcal-vaccination', outcome: 'likely', for: ['m1', 'm2'], quote: '滿 55 歲以上原住民長者', line: 3998 },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '55 歲以上原住民（每年 1 次）', line: 5289 },
      // Indigenous 55+ must be in a 列冊低（中低）收入戶; neither is 65.
      {
        id: 'low-income-senior-indigenous-dentures',
        outcome: 'unlikely',
        quote: '設籍本市年滿 55 歲以上之列冊低（中低）收入戶原住民',
        line: 3563,
      },
      // 55+ indigenous qualify by age; the tax test is the office's.
      { id: 'senior-nhi-premium-subsidy', outcome: 'more-info', quote: '綜合所得稅稅率為 5% 以下者', line: 3693 },
      // 老人: the allowance is for people of 65 or older (no indigenous exception).
      { id: 'senior-middle-low-income-living-allowance', outcome: 'unlikely', quote: '中低收入老人生活津貼', line: 3220 },
      { id: 'community-care-points', outcome: 'unlikely', quote: '年滿 65 歲以上老人', line: 3894 },
      { id: 'senior-home-care-service', outcome: 'unlikely', quote: '日常生活需他人協助', line: 3303 },
    ],
  },
  {
    name: 'a man of 67 living alone with a middle-low-income card, not yet on the senior allowance',
    household: {
      members: [{ id: 'm1', role: 'self', facts: { ...ADULT, age: 67, female: false, employed: false, maritalStatus: 'single' } }],
      facts: { householdStatus: 'middle-low-income', livingAlone: true, receivesBenefits: [], housing: 'rent' },
    },
    expect: [
      {
        id: 'senior-middle-low-income-living-allowance',
        outcome: 'likely',
        for: ['m1'],
        quote: '全家收入平均分配每人每月未超過最低生活費 2.5 倍標準',
        line: 3224,
        debatable:
          'the item does not name 中低收入戶; its limits (2.5 倍, 不動產 750 萬) are wider than the status’s own (1.5 倍, 528 萬 at L4162)',
      },
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m1'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'community-care-points', outcome: 'likely', for: ['m1'], quote: '年滿 65 歲以上老人', line: 3894 },
      // 65+, 中低收入戶, living alone: the ADL score is assessed.
      { id: 'lone-senior-emergency-alarm-service', outcome: 'more-info', quote: '總分 90 分', line: 3531 },
      { id: 'low-income-senior-indigenous-dentures', outcome: 'more-info', quote: '經醫師評估缺牙需裝置活動假牙', line: 3557 },
      // Not on the allowance yet, so the second way: the tax test is the office's.
      { id: 'senior-nhi-premium-subsidy', outcome: 'more-info', quote: '綜合所得稅稅率為 5% 以下者', line: 3693 },
      { id: 'renai-home-senior-residential-care', outcome: 'unlikely', quote: '取得低收入戶證明', line: 3830 },
      { id: 'low-income-lone-senior-placement-subsidy', outcome: 'unlikely', quote: '設籍臺中市且列冊低收入戶者', line: 3784 },
      // A lone elder of 65+, but the chronic-illness and medication conditions are unknown.
      { id: 'home-pharmacy-care-for-vulnerable-households', outcome: 'more-info', quote: '有 2 種以上不同慢性病', line: 5360 },
    ],
  },
  {
    name: 'a woman of 80 who needs long-term care and her daughter of 55 who cares for her',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...ADULT, age: 55, female: true, employed: false, caregiver: true, maritalStatus: 'single' },
        },
        {
          id: 'm2',
          role: 'parent',
          facts: { ...ADULT, age: 80, female: true, employed: false, longTermCareNeed: true, caredFor: true, maritalStatus: 'widowed' },
        },
      ],
      facts: { householdStatus: 'neither', receivesBenefits: [], housing: 'own' },
    },
    expect: [
      { id: 'senior-home-care-service', outcome: 'more-info', quote: '日常生活需他人協助', line: 3303 },
      { id: 'senior-day-care-service', outcome: 'more-info', quote: '日常生活需他人協助者', line: 3344 },
      { id: 'senior-family-care-service', outcome: 'more-info', quote: '日常生活需他人協助', line: 3388 },
      {
        id: 'ltc-assistive-devices-home-modification',
        outcome: 'more-info',
        quote: '經臺中市長期照顧管理中心評估失能且居家日常生活需他人協助之 65 歲以上老人',
        line: 3445,
      },
      // Not a 列冊低收入戶 nor 中低收入 under 1.5 倍.
      {
        id: 'disabled-senior-institutional-care-subsidy',
        outcome: 'unlikely',
        quote: '列冊低收入戶及未達社會救助法規定最低生活費 1.5 倍中低收入資格之重度失能者',
        line: 3494,
      },
      // The mother does not receive the 中低收入老人生活津貼.
      { id: 'senior-special-care-allowance', outcome: 'unlikely', quote: '領有中低收入老人生活津貼', line: 3631 },
      {
        id: 'respite-care',
        outcome: 'more-info',
        quote: '由家屬自行照顧一個月以上者',
        line: 4073,
        debatable:
          'no assessment is printed, but 14–21 days depend on the level the care centre assesses, and hired help (看護) is not asked',
      },
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m2'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '40-64 歲（每 3 年 1 次）', line: 5286 },
      // The daughter is 55; her mother of 80 is past 未滿 75.
      { id: 'colorectal-cancer-screening', outcome: 'likely', for: ['m1'], quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
    ],
  },
  {
    name: 'a man of 66 who still works and his wife of 63',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...ADULT, age: 66, female: false, employed: true, worksInTaichung: true, maritalStatus: 'married' },
        },
        { id: 'm2', role: 'partner', facts: { ...ADULT, age: 63, female: true, employed: false, maritalStatus: 'married' } },
      ],
      facts: { householdStatus: 'neither', receivesBenefits: [], housing: 'own' },
    },
    expect: [
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m1'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'community-care-points', outcome: 'likely', for: ['m1'], quote: '年滿 65 歲以上老人', line: 3894 },
      // Work does not exclude him; the income test is the office's.
      {
        id: 'senior-middle-low-income-living-allowance',
        outcome: 'more-info',
        quote: '全家收入平均分配每人每月未超過最低生活費 2.5 倍標準',
        line: 3224,
      },
      { id: 'senior-nhi-premium-subsidy', outcome: 'more-info', quote: '綜合所得稅稅率為 5% 以下者', line: 3693 },
      { id: 'senior-home-care-service', outcome: 'unlikely', quote: '日常生活需他人協助', line: 3303 },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '65 歲以上（每年 1 次）', line: 5287 },
      { id: 'senior-pneumococcal-vaccination', outcome: 'likely', for: ['m1', 'm2'], quote: '設籍臺中市年滿 60 歲以上長者', line: 3998 },
      { id: 'colorectal-cancer-screening', outcome: 'likely', for: ['m1', 'm2'], quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
      // The subsidy is for a worker whose parent lives with them; he has no parent at home.
      {
        id: 'employment-training-elder-care-subsidy',
        outcome: 'unlikely',
        quote: '家有設籍同戶領有中度以上身心障礙手冊（證明）或65歲以上領有重大傷病卡之父母',
        line: 4104,
      },
    ],
  },
  {
    name: 'a woman of 101 and her son of 75',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...ADULT, age: 75, female: false, employed: false, maritalStatus: 'widowed' } },
        { id: 'm2', role: 'parent', facts: { ...ADULT, age: 101, female: true, employed: false, maritalStatus: 'widowed' } },
      ],
      facts: { householdStatus: 'neither', receivesBenefits: [], housing: 'own' },
    },
    expect: [
      // She lives at home with her son, not in public care.
      { id: 'centenarian-allowance', outcome: 'likely', for: ['m2'], quote: '年滿 100 歲以上，設籍臺中市 6 個月以上', line: 3609 },
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m1', 'm2'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'senior-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '設籍臺中市年滿 65 歲以上長者，每年 1 次', line: 3951 },
      { id: 'community-care-points', outcome: 'likely', for: ['m1', 'm2'], quote: '年滿 65 歲以上老人', line: 3894 },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '65 歲以上（每年 1 次）', line: 5287 },
      // 75 is no longer 未滿 75.
      { id: 'colorectal-cancer-screening', outcome: 'unlikely', quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
      { id: 'lone-senior-emergency-alarm-service', outcome: 'unlikely', quote: '領有中低收入老人生活津貼獨居老人', line: 3530 },
    ],
  },
  {
    name: 'a low-income couple of 70 and 68 whose home needs repair',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...ADULT, age: 70, female: false, employed: false, maritalStatus: 'married' } },
        { id: 'm2', role: 'partner', facts: { ...ADULT, age: 68, female: true, employed: false, maritalStatus: 'married' } },
      ],
      facts: { householdStatus: 'low-income', homeNeedsRepair: true, housing: 'own', receivesBenefits: [] },
    },
    expect: [
      {
        id: 'low-income-senior-home-repair-subsidy',
        outcome: 'likely',
        for: ['m1', 'm2'],
        quote: '設籍且實際居住臺中市 6 個月以上且年滿 65 歲之低收入或中低收入老人',
        line: 3753,
      },
      // Repairs, but neither needs help with daily life: the long-term-care home modification is not theirs.
      {
        id: 'ltc-assistive-devices-home-modification',
        outcome: 'unlikely',
        quote: '經臺中市長期照顧管理中心評估失能且居家日常生活需他人協助之 65 歲以上老人',
        line: 3445,
      },
      { id: 'low-income-senior-indigenous-dentures', outcome: 'more-info', quote: '經醫師評估缺牙需裝置活動假牙', line: 3557 },
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m1', 'm2'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      // Low-income and able to look after themselves, but infectious or mental illness and children with a duty of support are not asked.
      { id: 'renai-home-senior-residential-care', outcome: 'more-info', quote: '無法定扶養義務之直系血親卑親屬', line: 3830 },
      {
        id: 'disabled-senior-institutional-care-subsidy',
        outcome: 'unlikely',
        quote: '列冊低收入戶及未達社會救助法規定最低生活費 1.5 倍中低收入資格之重度失能者',
        line: 3494,
      },
      {
        id: 'senior-evergreen-academy',
        outcome: 'likely',
        for: ['m1', 'm2'],
        quote: '凡設籍本市年滿五十五歲以上之市民有興趣或有志學習者皆可',
        line: 3912,
      },
      {
        id: 'senior-full-denture-subsidy',
        outcome: 'likely',
        for: ['m1', 'm2'],
        quote: '設籍臺中市至少 1 年，65 歲以上銀髮族',
        line: 3973,
      },
    ],
  },
  {
    name: 'a woman of 70 registered in Taichung only 8 months, living with her daughter of 45',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...ADULT, age: 70, female: true, employed: false, monthsRegisteredInTaichung: 8, maritalStatus: 'widowed' },
        },
        { id: 'm2', role: 'child', facts: { ...ADULT, age: 45, female: true, employed: true, schoolStage: 'none' } },
      ],
      facts: { householdStatus: 'neither', receivesBenefits: [], housing: 'own' },
    },
    expect: [
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m1'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'senior-health-check', outcome: 'likely', for: ['m1'], quote: '設籍臺中市年滿 65 歲以上長者，每年 1 次', line: 3951 },
      { id: 'senior-full-denture-subsidy', outcome: 'unlikely', quote: '設籍臺中市至少 1 年，65 歲以上銀髮族', line: 3973 },
      // Not on the allowance, and not yet 設籍本市滿 1 年.
      { id: 'senior-nhi-premium-subsidy', outcome: 'unlikely', quote: '且設籍本市滿 1 年以上', line: 3692 },
      {
        id: 'senior-evergreen-academy',
        outcome: 'likely',
        for: ['m1'],
        quote: '凡設籍本市年滿五十五歲以上之市民有興趣或有志學習者皆可',
        line: 3912,
      },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '40-64 歲（每 3 年 1 次）', line: 5286 },
      // No period of registration is printed for the allowance; the means test is the office's.
      {
        id: 'senior-middle-low-income-living-allowance',
        outcome: 'more-info',
        quote: '全家收入平均分配每人每月未超過最低生活費 2.5 倍標準',
        line: 3224,
      },
    ],
  },
  {
    name: 'an indigenous man of 65 needing dentures in a low-income household, with his wife of 59 and son of 30',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...ADULT,
            age: 65,
            female: false,
            indigenous: true,
            indigenousGroup: 'plains',
            employed: false,
            maritalStatus: 'married',
          },
        },
        { id: 'm2', role: 'partner', facts: { ...ADULT, age: 59, female: true, employed: false, maritalStatus: 'married' } },
        {
          id: 'm3',
          role: 'child',
          facts: { ...ADULT, age: 30, female: false, employed: true, schoolStage: 'none', indigenous: true, indigenousGroup: 'plains' },
        },
      ],
      facts: { householdStatus: 'low-income', receivesBenefits: [], housing: 'rent' },
    },
    expect: [
      { id: 'low-income-senior-indigenous-dentures', outcome: 'more-info', quote: '經醫師評估缺牙需裝置活動假牙', line: 3557 },
      {
        id: 'indigenous-denture-programme',
        outcome: 'likely',
        for: ['m1'],
        quote: '凡設籍本市 6 個月以上年滿 55 歲以上之原住民',
        line: 3932,
      },
      { id: 'senior-full-denture-subsidy', outcome: 'likely', for: ['m1'], quote: '設籍臺中市至少 1 年，65 歲以上銀髮族', line: 3973 },
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m1'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'senior-pneumococcal-vaccination', outcome: 'likely', for: ['m1'], quote: '滿 55 歲以上原住民長者', line: 3998 },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '65 歲以上（每年 1 次）', line: 5287 },
      { id: 'colorectal-cancer-screening', outcome: 'likely', for: ['m1', 'm2'], quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
      {
        id: 'senior-evergreen-academy',
        outcome: 'likely',
        for: ['m1', 'm2'],
        quote: '凡設籍本市年滿五十五歲以上之市民有興趣或有志學習者皆可',
        line: 3912,
      },
      // Whether anyone smokes enough is not asked.
      { id: 'smoking-cessation-services', outcome: 'more-info', quote: '尼古丁成癮度測試分數達 4 分', line: 5332 },
    ],
  },
  {
    name: 'a divorced mother of 34 who lost her job, with children of 5 and 9',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...ADULT, age: 34, female: true, employed: false, involuntaryUnemployment: true, maritalStatus: 'divorced' },
        },
        { id: 'm2', role: 'child', facts: { ...RESIDENT, age: 5, schoolStage: 'preschool', indigenous: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 9, schoolStage: 'elementary', indigenous: false } },
      ],
      facts: { householdStatus: 'neither', singleParent: true, suddenIncomeLoss: true, monthsSinceEvent: 2, housing: 'rent' },
    },
    expect: [
      {
        id: 'disadvantaged-children-emergency-living-aid',
        outcome: 'more-info',
        quote: '經社工員訪視評估其家庭有下列情形之一者',
        line: 5060,
      },
      { id: 'high-risk-family-outreach-services', outcome: 'more-info', quote: '因貧困、單親、隔代教養或其他不利因素', line: 5006 },
      { id: 'family-welfare-service-centres', outcome: 'more-info', quote: '經濟弱勢個案及其家庭', line: 5110 },
      { id: 'home-pharmacy-care-for-vulnerable-households', outcome: 'more-info', quote: '有 2 種以上不同慢性病', line: 5360 },
      // 34: below 40, and below the 35 of the polio band.
      { id: 'adult-preventive-health-check', outcome: 'unlikely', quote: '罹患小兒麻痺且年齡在 35 歲以上者', line: 5288 },
      { id: 'colorectal-cancer-screening', outcome: 'unlikely', quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
      { id: 'senior-bus-fare-subsidy', outcome: 'unlikely', quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
    ],
  },
  {
    name: 'a mother of 40 suffering domestic violence, with her son of 12 who witnessed it',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...ADULT, age: 40, female: true, employed: true, maritalStatus: 'married' } },
        { id: 'm2', role: 'child', facts: { ...RESIDENT, age: 12, schoolStage: 'elementary', indigenous: false } },
      ],
      facts: { householdStatus: 'neither', violenceOrAbuse: true, housing: 'rent' },
    },
    expect: [
      {
        id: 'domestic-violence-sexual-assault-victim-services',
        outcome: 'likely',
        quote: '遭受家庭暴力事件之被害人及其家人、目睹家庭暴力之兒童及少年',
        line: 5158,
      },
      {
        id: 'child-abuse-neglect-protection-services',
        outcome: 'more-info',
        quote: '遭受疏忽照顧或虐待、遺棄之兒童與少年及其家長家屬',
        line: 5172,
        debatable: 'the household reports violence, but not whether the child himself was abused or neglected rather than a witness (捌一)',
      },
      {
        id: 'disadvantaged-children-emergency-living-aid',
        outcome: 'more-info',
        quote: '父母一方因不堪家庭暴力或有其他因素出走，致生活陷於困境',
        line: 5063,
      },
      { id: 'drop-in-psychological-counselling', outcome: 'more-info', quote: '名額有限', line: 5387 },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1'], quote: '40-64 歲（每 3 年 1 次）', line: 5286 },
    ],
  },
  {
    name: 'a couple of 52 and 48 with a son of 20 at college',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...ADULT, age: 52, female: false, employed: true, maritalStatus: 'married' } },
        { id: 'm2', role: 'partner', facts: { ...ADULT, age: 48, female: true, employed: true, maritalStatus: 'married' } },
        { id: 'm3', role: 'child', facts: { ...ADULT, age: 20, female: false, employed: false, schoolStage: 'college' } },
      ],
      facts: { householdStatus: 'neither', housing: 'own' },
    },
    expect: [
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2'], quote: '40-64 歲（每 3 年 1 次）', line: 5286 },
      { id: 'colorectal-cancer-screening', outcome: 'likely', for: ['m1'], quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
      // Smoking and betel nut are not asked.
      { id: 'smoking-cessation-services', outcome: 'more-info', quote: '尼古丁成癮度測試分數達 4 分', line: 5332 },
      { id: 'oral-cancer-screening', outcome: 'more-info', quote: '30 歲以上吸菸或嚼檳榔', line: 5315 },
      {
        id: 'senior-evergreen-academy',
        outcome: 'unlikely',
        quote: '凡設籍本市年滿五十五歲以上之市民有興趣或有志學習者皆可',
        line: 3912,
      },
      { id: 'senior-bus-fare-subsidy', outcome: 'unlikely', quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
    ],
  },
  {
    name: 'a man of 52 with a severe physical disability living alone on the disability living allowance',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 52,
            female: false,
            indigenous: false,
            employed: false,
            disability: true,
            disabilityLevel: 'severe',
            disabilityTypes: ['physical'],
            longTermCareNeed: true,
            maritalStatus: 'single',
          },
        },
      ],
      facts: { householdStatus: 'neither', livingAlone: true, receivesBenefits: ['disability-living-allowance'], housing: 'rent' },
    },
    expect: [
      { id: 'senior-home-care-service', outcome: 'more-info', quote: '日常生活需他人協助', line: 3303 },
      {
        id: 'ltc-assistive-devices-home-modification',
        outcome: 'more-info',
        quote: '經臺中市長期照顧管理中心評估失能且居家日常生活需他人協助之 65 歲以上老人、50 歲以上身心障礙者',
        line: 3445,
      },
      {
        id: 'lone-senior-emergency-alarm-service',
        outcome: 'more-info',
        quote: '領有身心障礙生活補助之年滿 50 歲以上獨居身心障礙者',
        line: 3530,
      },
      {
        id: 'disabled-senior-transport-service',
        outcome: 'more-info',
        quote: '經臺中市長期照顧管理中心照顧管理專員評估有其需求者',
        line: 3272,
      },
      { id: 'senior-bus-fare-subsidy', outcome: 'unlikely', quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'disabled-senior-institutional-care-subsidy', outcome: 'unlikely', quote: '設籍臺中市且年滿 65 歲以上者', line: 3492 },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1'], quote: '40-64 歲（每 3 年 1 次）', line: 5286 },
    ],
  },
  {
    name: 'a grandfather of 78 with dementia living with his working son of 52 and daughter-in-law of 50',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...ADULT, age: 52, female: false, employed: true, worksInTaichung: true, maritalStatus: 'married' },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...ADULT, age: 50, female: true, employed: true, worksInTaichung: true, maritalStatus: 'married' },
        },
        {
          id: 'm3',
          role: 'parent',
          facts: {
            ...RESIDENT,
            age: 78,
            female: false,
            indigenous: false,
            employed: false,
            disability: true,
            disabilityLevel: 'moderate',
            disabilityTypes: ['dementia'],
            longTermCareNeed: true,
            caredFor: true,
            maritalStatus: 'widowed',
          },
        },
      ],
      facts: { householdStatus: 'neither', receivesBenefits: [], housing: 'own' },
    },
    expect: [
      {
        id: 'wandering-prevention-bracelet',
        outcome: 'likely',
        for: ['m3'],
        quote: '需有智障、自閉症、失智症或精神疾病身心障礙手冊',
        line: 3812,
      },
      { id: 'senior-day-care-service', outcome: 'more-info', quote: '領有失智症身心障礙手冊', line: 3345 },
      // Income test (1.75 倍, 90% wages), when the job began and who looks after him are the office's.
      { id: 'employment-training-elder-care-subsidy', outcome: 'more-info', quote: '薪資所得需為家庭總收入90%（含）以上者', line: 4105 },
      { id: 'senior-special-care-allowance', outcome: 'unlikely', quote: '領有中低收入老人生活津貼', line: 3631 },
      { id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m3'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 },
      { id: 'colorectal-cancer-screening', outcome: 'likely', for: ['m1', 'm2'], quote: '50 歲以上至未滿 75 歲，每 2 年 1 次', line: 5303 },
      { id: 'adult-preventive-health-check', outcome: 'likely', for: ['m1', 'm2', 'm3'], quote: '40-64 歲（每 3 年 1 次）', line: 5286 },
    ],
  },
];
