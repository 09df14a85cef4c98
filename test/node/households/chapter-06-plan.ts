/**
 * Households for 陸 社會救助 (handbook lines 4121–4991) and the programmes
 * only the 108–111 plan describes (plan lines 37–335), worked out from the
 * text before the engine was run on them.
 */
import { RESIDENT, type HouseholdCase } from './case.ts';

export const HOUSEHOLDS: HouseholdCase[] = [
  {
    // 陸十六 (四)/(五) L4588–4598: the deadline is 自災害發生後 3 個月內; 陸十三 L4498, 陸十四 L4519.
    name: 'a family of four whose home was flooded and left uninhabitable a month ago',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 45, female: false, employed: true, indigenous: false, disability: false } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 43, female: true, employed: false, indigenous: false, disability: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 12, schoolStage: 'junior-high', indigenous: false, disability: false } },
        { id: 'm4', role: 'parent', facts: { ...RESIDENT, age: 78, female: true, employed: false, indigenous: false, disability: false } },
      ],
      facts: {
        householdStatus: 'neither',
        disaster: true,
        disasterDamage: ['home-destroyed'],
        monthsSinceEvent: 1,
        housing: 'own',
        homeNeedsRepair: true,
        homeless: false,
      },
    },
    expect: [
      // Registered at the address and living there: each member counts (每人發給, up to 5).
      {
        id: 'disaster-relief-relocation',
        outcome: 'likely',
        for: ['m1', 'm2', 'm3', 'm4'],
        quote: '住屋因災毀損達不堪居住程度',
        line: 4590,
      },
      // The 50 cm depth is measured in the survey; the household told only that the home is uninhabitable.
      { id: 'disaster-relief-flooding', outcome: 'more-info', quote: '住屋因水災淹水自室內樓地板起算達 50 公分以上', line: 4596 },
      { id: 'disaster-relief-serious-injury', outcome: 'unlikely', quote: '因災致重傷者', line: 4584 },
      { id: 'disaster-relief-death', outcome: 'unlikely', quote: '因災致死', line: 4572 },
      { id: 'immediate-care-emergency-relief', outcome: 'more-info', quote: '經濟現況及家庭支持系統不足以協助度過難關者', line: 4497 },
      { id: 'city-emergency-relief', outcome: 'more-info', quote: '經公所派員調查並審核屬實後核發救助金', line: 4530 },
      {
        id: 'emergency-hardship-relief-programme',
        outcome: 'more-info',
        quote: '就遭遇緊急災害或意外致陷入生活困境之民眾',
        line: [228, 230],
        source: 'plan',
      },
      {
        id: 'indigenous-housing-purchase-repair-subsidy-repair',
        outcome: 'unlikely',
        quote: '年滿 20 歲，具有行為能力之原住民',
        line: 4692,
      },
      { id: 'travel-home-fare-relief', outcome: 'unlikely', quote: '外縣市民眾因故缺返鄉車資', line: 4547 },
      {
        id: 'c-level-neighbourhood-long-term-care-stations',
        outcome: 'likely',
        for: ['m4'],
        quote: '營造高齡長者活躍老化環境',
        line: 43,
        source: 'plan',
        debatable: 'the plan names 高齡長者 without an age; a station may still admit by its own rules',
      },
    ],
  },
  {
    // The same flood, five months on: the handbook's relief is claimed within 3 months.
    name: 'a family of three whose home was flooded and left uninhabitable five months ago',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 38, female: true, employed: true, indigenous: false } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 40, female: false, employed: true, indigenous: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 7, schoolStage: 'elementary', indigenous: false } },
      ],
      facts: {
        householdStatus: 'neither',
        disaster: true,
        disasterDamage: ['home-destroyed'],
        monthsSinceEvent: 5,
        housing: 'own',
        homeless: false,
      },
    },
    expect: [
      { id: 'disaster-relief-relocation', outcome: 'unlikely', quote: '自災害發生後 3 個月內', line: 4592 },
      { id: 'disaster-relief-flooding', outcome: 'unlikely', quote: '自災害發生後 3 個月內', line: 4598 },
      { id: 'immediate-care-emergency-relief', outcome: 'unlikely', quote: '急難事由以最近 3 個月內發生', line: 4498 },
      { id: 'city-emergency-relief', outcome: 'unlikely', quote: '於事實發生3個月內', line: 4519 },
      // The plan sets no time limit on its programme.
      {
        id: 'emergency-hardship-relief-programme',
        outcome: 'more-info',
        quote: '就遭遇緊急災害或意外致陷入生活困境之民眾',
        line: [228, 230],
        source: 'plan',
      },
      { id: 'taichung-food-bank', outcome: 'more-info', quote: '其他因素確實急需食物濟助者', line: 4622 },
    ],
  },
  {
    // 陸十六 (三)/(六) L4582–4604; 陸二十一 L4741–4771 (an Atayal family in 和平區).
    name: 'a mountain indigenous family whose father was injured when a landslide hit their home last week',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 38, female: false, employed: true, indigenous: true, indigenousGroup: 'mountain', disability: false },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, age: 36, female: true, employed: false, indigenous: true, indigenousGroup: 'mountain', disability: false },
        },
        {
          id: 'm3',
          role: 'child',
          facts: { ...RESIDENT, age: 11, schoolStage: 'elementary', indigenous: true, indigenousGroup: 'mountain' },
        },
        {
          id: 'm4',
          role: 'child',
          facts: { ...RESIDENT, age: 5, schoolStage: 'preschool', indigenous: true, indigenousGroup: 'mountain' },
        },
      ],
      facts: {
        householdStatus: 'neither',
        disaster: true,
        disasterDamage: ['landslide', 'injury', 'home-damaged'],
        monthsSinceEvent: 0,
        housing: 'own',
        homeless: false,
      },
    },
    expect: [
      // 重傷 is a doctor's finding (醫師診斷重傷證明書), or the self-paid cost reaches the amount.
      { id: 'disaster-relief-serious-injury', outcome: 'more-info', quote: '因災致重傷者', line: 4584 },
      // The home is still habitable: no relocation relief.
      { id: 'disaster-relief-relocation', outcome: 'unlikely', quote: '住屋因災毀損達不堪居住程度', line: 4590 },
      {
        id: 'disaster-relief-debris-flow',
        outcome: 'more-info',
        quote: '住屋因土石流入室內樓地板起算達 30 公分或面積達二分之一者',
        line: 4602,
        debatable: 'a household answering "landslide" may be taken to meet the 30 cm / half-area test, which the survey measures',
      },
      { id: 'indigenous-emergency-relief-disaster', outcome: 'more-info', quote: '其受重傷者致家庭生活陷於困境者', line: 4751 },
      {
        id: 'indigenous-emergency-relief-medical',
        outcome: 'more-info',
        quote: '罹患嚴重傷病、住院 3 天以上，致失去工作達一個月以上',
        line: 4750,
      },
      { id: 'city-emergency-relief', outcome: 'more-info', quote: '戶內人口遭受意外傷害或罹患重病，致生活陷於困境', line: 4522 },
      { id: 'immediate-care-emergency-relief', outcome: 'more-info', quote: '經濟現況及家庭支持系統不足以協助度過難關者', line: 4497 },
      {
        id: 'citizen-medical-expense-subsidy',
        outcome: 'more-info',
        quote: '患嚴重傷、病，家庭總收入平均分配全家人口未達當年度臺中市低收入戶最低生活費標準 1.5',
        line: [4464, 4466],
      },
      { id: 'low-income-hospital-caregiver-subsidy', outcome: 'unlikely', quote: '低收入戶傷病患', line: 4431 },
    ],
  },
  {
    // 陸五 L4248–4282 (the household was on the 中低收入戶 roll); 陸十三, 陸十四.
    name: 'a middle-low-income widow of 41 with two children, her husband died of illness two months ago',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 41, female: true, maritalStatus: 'widowed', employed: false, indigenous: false, disability: false },
        },
        { id: 'm2', role: 'child', facts: { ...RESIDENT, age: 13, schoolStage: 'junior-high', indigenous: false, disability: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 9, schoolStage: 'elementary', indigenous: false, disability: false } },
      ],
      facts: {
        householdStatus: 'middle-low-income',
        deathInFamily: true,
        suddenIncomeLoss: true,
        monthsSinceEvent: 2,
        disaster: false,
        singleParent: true,
        housing: 'rent',
        homeless: false,
      },
    },
    expect: [
      { id: 'low-income-funeral-subsidy', outcome: 'likely', quote: '列冊低收入戶或中低收入戶之個人死亡時', line: 4252 },
      { id: 'immediate-care-emergency-relief', outcome: 'more-info', quote: '經濟現況及家庭支持系統不足以協助度過難關者', line: 4497 },
      { id: 'city-emergency-relief', outcome: 'more-info', quote: '經公所派員調查並審核屬實後核發救助金', line: 4530 },
      { id: 'disaster-relief-death', outcome: 'unlikely', quote: '因災致死', line: 4572 },
      { id: 'indigenous-emergency-relief-death', outcome: 'unlikely', quote: '具有原住民族身分者', line: 4745 },
      // 13 歲以下 includes 13.
      {
        id: 'low-income-child-vaccination-consultation-fee',
        outcome: 'likely',
        for: ['m2', 'm3'],
        quote: '全國 13 歲以下之低收入戶及中低收入戶之學幼童接種常規疫苗',
        line: 4814,
      },
      { id: 'low-income-school-and-transport-subsidy', outcome: 'unlikely', quote: '未滿 25 歲列冊低收入戶', line: 4220 },
      {
        id: 'waste-collection-fee-exemption',
        outcome: 'unlikely',
        quote: '符合各區公所核定之低收入戶、中低收入老人及身心障礙生活補助者',
        line: 4669,
      },
      { id: 'taichung-food-bank', outcome: 'more-info', quote: '政府列冊中低收入戶，生活仍陷困，三餐難繼者', line: 4621 },
    ],
  },
  {
    // 陸二十五 L4888–4926: within 6 months of the end of the contract; 陸十三, 陸十四, 陸十七.
    name: 'a worker laid off three months ago, his partner not working, a child of 10',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 44,
            female: false,
            employed: false,
            involuntaryUnemployment: true,
            worksInTaichung: true,
            occupationalInjury: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, age: 42, female: true, employed: false, involuntaryUnemployment: false, occupationalInjury: false },
        },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 10, schoolStage: 'elementary' } },
      ],
      facts: { householdStatus: 'neither', suddenIncomeLoss: true, monthsSinceEvent: 3, housing: 'rent', homeless: false, disaster: false },
    },
    expect: [
      { id: 'involuntary-unemployment-living-subsidy', outcome: 'more-info', quote: '經評估生活困難者', line: 4906 },
      { id: 'immediate-care-emergency-relief', outcome: 'more-info', quote: '經濟現況及家庭支持系統不足以協助度過難關者', line: 4497 },
      { id: 'city-emergency-relief', outcome: 'more-info', quote: '負家庭主要生計責任者，失業', line: 4523 },
      {
        id: 'taichung-food-bank',
        outcome: 'more-info',
        quote: '主要負擔家計者皆失業，又有就讀高中以下子女，生活陷困，三餐難繼者',
        line: 4618,
      },
      { id: 'occupational-injury-worker-living-subsidy', outcome: 'unlikely', quote: '勞工本人因遭遇職業災害無法工作', line: 4834 },
      { id: 'low-income-household-status', outcome: 'more-info', quote: '每人每月平均所得不超過最低生活費', line: 4130 },
      {
        id: 'near-poor-household-referral',
        outcome: 'more-info',
        quote: '建立未符低收入戶資格之脆弱家庭邊緣戶轉介協處機制',
        line: 185,
        source: 'plan',
      },
      {
        id: 'disadvantaged-household-employment-promotion',
        outcome: 'more-info',
        quote: '辦理積極促進就業措施',
        line: 186,
        source: 'plan',
      },
      { id: 'low-income-school-and-transport-subsidy', outcome: 'unlikely', quote: '未滿 25 歲列冊低收入戶', line: 4220 },
    ],
  },
  {
    name: 'a worker laid off eight months ago, his partner not working, a child of 10',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 47,
            female: false,
            employed: false,
            involuntaryUnemployment: true,
            worksInTaichung: true,
            occupationalInjury: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, age: 45, female: true, employed: false, involuntaryUnemployment: false, occupationalInjury: false },
        },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 10, schoolStage: 'elementary' } },
      ],
      facts: { householdStatus: 'neither', suddenIncomeLoss: true, monthsSinceEvent: 8, housing: 'rent', homeless: false, disaster: false },
    },
    expect: [
      {
        id: 'involuntary-unemployment-living-subsidy',
        outcome: 'unlikely',
        quote: '終止勞動契約確定之日起 6 個月內提出申請，逾期不受理',
        line: 4902,
      },
      // Misread at first as unlikely: for 一般失業民眾 the clock runs from the job-seeking registration, not the lay-off.
      {
        id: 'immediate-care-emergency-relief',
        outcome: 'more-info',
        quote: '一般失業民眾，有積極就業意願，於最近 1 個月內已向就業輔導單位登記求職',
        line: 4498,
        debatable: 'the 3-month rule may still apply to the lay-off itself, the parenthesis only setting the filing deadline',
      },
      { id: 'city-emergency-relief', outcome: 'unlikely', quote: '於事實發生3個月內', line: 4519 },
      {
        id: 'taichung-food-bank',
        outcome: 'more-info',
        quote: '主要負擔家計者皆失業，又有就讀高中以下子女，生活陷困，三餐難繼者',
        line: 4618,
      },
      { id: 'low-income-household-status', outcome: 'more-info', quote: '每人每月平均所得不超過最低生活費', line: 4130 },
      {
        id: 'near-poor-household-referral',
        outcome: 'more-info',
        quote: '建立未符低收入戶資格之脆弱家庭邊緣戶轉介協處機制',
        line: 185,
        source: 'plan',
      },
    ],
  },
  {
    // 陸二十四 L4826–4886: 本國籍勞工，設籍臺中市且在臺中市境內工作者.
    name: 'a Taichung factory worker injured on the job and in hospital, with children of 10 and 15',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 47,
            female: false,
            employed: true,
            worksInTaichung: true,
            occupationalInjury: true,
            disability: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: {
            ...RESIDENT,
            age: 45,
            female: true,
            employed: true,
            worksInTaichung: true,
            occupationalInjury: false,
            disability: false,
          },
        },
        // A pupil of 15 may legally work: the quiz asks, and the family answers that he does not.
        {
          id: 'm3',
          role: 'child',
          facts: { ...RESIDENT, age: 15, schoolStage: 'senior-high', disability: false, employed: false, involuntaryUnemployment: false },
        },
        { id: 'm4', role: 'child', facts: { ...RESIDENT, age: 10, schoolStage: 'elementary', disability: false } },
      ],
      facts: { householdStatus: 'neither', monthsSinceEvent: 1, housing: 'own', disaster: false, homeless: false },
    },
    expect: [
      { id: 'occupational-injury-worker-living-subsidy', outcome: 'more-info', quote: '且職業災害期間經評估生活困難者', line: 4834 },
      {
        id: 'occupational-injury-children-school-subsidy',
        outcome: 'more-info',
        quote: '經評估生活困難，其子女年齡在 25 歲以下',
        line: 4835,
      },
      // Days in hospital are not among the facts the household gave.
      {
        id: 'occupational-injury-hospitalization-consolation',
        outcome: 'more-info',
        quote: '勞工本人因職業災害受傷住院 5 日以上者',
        line: 4833,
      },
      // The 失能等級 is set by the labour insurance, not yet known.
      {
        id: 'occupational-injury-disability-consolation',
        outcome: 'more-info',
        quote: '勞工本人遭受職業災害為失能等級輕度以上者',
        line: 4832,
      },
      {
        id: 'occupational-injury-hospital-caregiver-subsidy',
        outcome: 'more-info',
        quote: '經醫師診斷需專人看護且經本局評估確有需求者',
        line: 4837,
      },
      { id: 'occupational-injury-children-scholarship', outcome: 'more-info', quote: '在校期間表現優異者', line: 4838 },
      { id: 'involuntary-unemployment-living-subsidy', outcome: 'unlikely', quote: '勞工因非自願性離職', line: 4901 },
      { id: 'city-emergency-relief', outcome: 'more-info', quote: '戶內人口遭受意外傷害或罹患重病，致生活陷於困境', line: 4522 },
      { id: 'low-income-hospital-caregiver-subsidy', outcome: 'unlikely', quote: '低收入戶傷病患', line: 4431 },
    ],
  },
  {
    // 陸二十四: the worker must work in Taichung; he commutes to Changhua.
    name: 'a Taichung resident injured at his workplace in Changhua, with a partner and a child of 6',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 39, female: false, employed: true, worksInTaichung: false, occupationalInjury: true },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 37, female: true, employed: false, occupationalInjury: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 6, schoolStage: 'preschool' } },
      ],
      facts: { householdStatus: 'neither', monthsSinceEvent: 1, disaster: false, homeless: false },
    },
    expect: [
      {
        id: 'occupational-injury-worker-living-subsidy',
        outcome: 'unlikely',
        quote: '本國籍勞工，設籍臺中市且在臺中市境內工作者',
        line: 4830,
      },
      {
        id: 'occupational-injury-hospitalization-consolation',
        outcome: 'unlikely',
        quote: '本國籍勞工，設籍臺中市且在臺中市境內工作者',
        line: 4830,
      },
      {
        id: 'occupational-injury-children-school-subsidy',
        outcome: 'unlikely',
        quote: '本國籍勞工，設籍臺中市且在臺中市境內工作者',
        line: 4830,
      },
      { id: 'city-emergency-relief', outcome: 'more-info', quote: '戶內人口遭受意外傷害或罹患重病，致生活陷於困境', line: 4522 },
      { id: 'immediate-care-emergency-relief', outcome: 'more-info', quote: '經濟現況及家庭支持系統不足以協助度過難關者', line: 4497 },
    ],
  },
  {
    // 陸二十一 (二) 4 (1) L4753: 遭受家庭暴力 (an Amis mother, plains indigenous).
    name: 'a plains indigenous mother experiencing domestic violence, with a child of 6',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 32,
            female: true,
            maritalStatus: 'married',
            employed: false,
            indigenous: true,
            indigenousGroup: 'plains',
            pregnant: false,
            recentBirth: false,
          },
        },
        { id: 'm2', role: 'child', facts: { ...RESIDENT, age: 6, schoolStage: 'preschool', indigenous: true, indigenousGroup: 'plains' } },
      ],
      facts: { householdStatus: 'neither', violenceOrAbuse: true, housing: 'rent', homeless: false, disaster: false },
    },
    expect: [
      { id: 'indigenous-emergency-relief-living', outcome: 'more-info', quote: '遭受家庭暴力、惡意遺棄、性侵害者', line: 4753 },
      { id: 'city-emergency-relief', outcome: 'more-info', quote: '其他因遭遇重大變故，致生活陷於困境，經訪視評估', line: 4526 },
      { id: 'immediate-care-emergency-relief', outcome: 'more-info', quote: '經濟現況及家庭支持系統不足以協助度過難關者', line: 4497 },
      {
        id: 'home-postpartum-care-service',
        outcome: 'unlikely',
        quote: '產婦可由現金給付的「生育津貼」、請月嫂到府協助育兒的「到宅坐月子服務」，二擇一請領',
        line: [80, 82],
        source: 'plan',
      },
      {
        id: 'public-childcare-centres-and-community-childcare-homes',
        outcome: 'unlikely',
        quote: '積極設置公設民營托嬰中心與社區公共托育家園',
        line: 56,
        source: 'plan',
      },
      { id: 'homeless-transitional-housing', outcome: 'unlikely', quote: '福滿安居－臺中市遊民中繼住宅計畫', line: 335, source: 'plan' },
      {
        id: 'low-income-child-vaccination-consultation-fee',
        outcome: 'unlikely',
        quote: '全國 13 歲以下之低收入戶及中低收入戶之學幼童接種常規疫苗',
        line: 4814,
      },
      { id: 'taichung-food-bank', outcome: 'more-info', quote: '其他因素確實急需食物濟助者', line: 4622 },
    ],
  },
  {
    // 陸十八 L4650–4663; 陸二十二 L4773–4808; plan L175–190, L335.
    name: 'a homeless man of 50 sleeping in a park with his brother, whose registration is in Nantou',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, monthsRegisteredInTaichung: 300, age: 50, female: false, employed: false, indigenous: false },
        },
        {
          id: 'm2',
          role: 'sibling',
          facts: {
            ...RESIDENT,
            registeredInTaichung: false,
            monthsRegisteredInTaichung: 0,
            age: 46,
            female: false,
            employed: false,
            indigenous: false,
          },
        },
      ],
      facts: { householdStatus: 'neither', homeless: true, housing: 'other', disaster: false },
    },
    expect: [
      { id: 'homeless-services', outcome: 'likely', quote: '居無定所、流落街頭或棲宿於公共場所，無家可歸之民衆', line: 4654 },
      {
        id: 'homeless-transitional-housing',
        outcome: 'more-info',
        quote: '福滿安居－臺中市遊民中繼住宅計畫',
        line: 335,
        source: 'plan',
        debatable: 'the plan names only the programme; whether a place is offered is arranged by the social workers',
      },
      { id: 'disadvantaged-medical-care-subsidy', outcome: 'more-info', quote: '經費有限，用罄即止', line: 4790 },
      {
        id: 'disadvantaged-household-employment-promotion',
        outcome: 'more-info',
        quote: '針對落入貧窮線以下或其邊緣之經濟弱勢家戶及遊民',
        line: [179, 181],
        source: 'plan',
        debatable: 'the plan names 遊民 and states no other condition; its measures are arranged case by case',
      },
      // The brother, registered in Nantou, may lack the fare home; the office checks with the police.
      { id: 'travel-home-fare-relief', outcome: 'more-info', quote: '外縣市民眾因故缺返鄉車資', line: 4547 },
      { id: 'low-income-household-status', outcome: 'more-info', quote: '每人每月平均所得不超過最低生活費', line: 4130 },
      {
        id: 'indigenous-housing-purchase-repair-subsidy-repair',
        outcome: 'unlikely',
        quote: '年滿 20 歲，具有行為能力之原住民',
        line: 4692,
      },
    ],
  },
  {
    // 陸四 L4216–4246; 陸三 L4186–4214; 陸九 L4369–4406; 陸十九; 陸二十三.
    name: 'a low-income family of four applying for its children’s school costs',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 42, female: false, employed: true, disability: false } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 40, female: true, employed: false, disability: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 9, schoolStage: 'elementary', disability: false } },
        { id: 'm4', role: 'child', facts: { ...RESIDENT, age: 16, schoolStage: 'senior-high', disability: false } },
      ],
      facts: { householdStatus: 'low-income', housing: 'rent', homeless: false },
    },
    expect: [
      {
        id: 'low-income-school-and-transport-subsidy',
        outcome: 'likely',
        for: ['m3', 'm4'],
        quote: '未滿 25 歲列冊低收入戶（未延畢），就讀國中小學、高中（職）、二專、五專、二技、四技或大學',
        line: 4220,
      },
      // Whatever its 款, a low-income household with a child of 15 or under gets a monthly allowance.
      {
        id: 'low-income-household-living-assistance',
        outcome: 'likely',
        quote: '第 2 款及第 3 款戶內 15 歲以下兒童或少年生活補助',
        line: 4192,
      },
      {
        id: 'low-income-rent-subsidy',
        outcome: 'likely',
        quote: '申請人須為本市列冊之無自有住宅低收入戶且有租賃事實者',
        line: 4373,
        debatable: 'the review standards (no public housing, no preferential loans) are not asked; readers may leave them to the office',
      },
      {
        id: 'waste-collection-fee-exemption',
        outcome: 'likely',
        quote: '符合各區公所核定之低收入戶、中低收入老人及身心障礙生活補助者',
        line: 4669,
      },
      {
        id: 'low-income-child-vaccination-consultation-fee',
        outcome: 'likely',
        for: ['m3'],
        quote: '全國 13 歲以下之低收入戶及中低收入戶之學幼童接種常規疫苗',
        line: 4814,
      },
      {
        id: 'near-poor-household-referral',
        outcome: 'unlikely',
        quote: '建立未符低收入戶資格之脆弱家庭邊緣戶轉介協處機制',
        line: 185,
        source: 'plan',
      },
      { id: 'disadvantaged-medical-care-subsidy', outcome: 'more-info', quote: '經費有限，用罄即止', line: 4790 },
      {
        id: 'children-future-education-development-account',
        outcome: 'more-info',
        quote: '鼓勵家長配合政府獎助主動儲蓄，儲備子女未來生涯發展動能',
        line: [230, 232],
        source: 'plan',
      },
    ],
  },
  {
    // A new immigrant wife (no household registration of her own) whose husband had a stroke a month ago.
    name: 'a new-immigrant wife with two children whose husband, the earner, fell seriously ill a month ago',
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
            inTaiwan183Days: true,
            nhiInsured: true,
            age: 35,
            female: true,
            employed: false,
            involuntaryUnemployment: false,
            occupationalInjury: false,
            disability: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: {
            ...RESIDENT,
            age: 48,
            female: false,
            employed: false,
            involuntaryUnemployment: false,
            occupationalInjury: false,
            disability: false,
          },
        },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 8, schoolStage: 'elementary' } },
        { id: 'm4', role: 'child', facts: { ...RESIDENT, age: 4, schoolStage: 'preschool' } },
      ],
      facts: { householdStatus: 'neither', suddenIncomeLoss: true, monthsSinceEvent: 1, disaster: false, housing: 'rent', homeless: false },
    },
    expect: [
      { id: 'immediate-care-emergency-relief', outcome: 'more-info', quote: '經濟現況及家庭支持系統不足以協助度過難關者', line: 4497 },
      { id: 'city-emergency-relief', outcome: 'more-info', quote: '戶內人口遭受意外傷害或罹患重病，致生活陷於困境', line: 4522 },
      { id: 'involuntary-unemployment-living-subsidy', outcome: 'unlikely', quote: '本國籍勞工年滿 15 歲', line: 4892 },
      { id: 'occupational-injury-worker-living-subsidy', outcome: 'unlikely', quote: '本國籍勞工', line: 4830 },
      {
        id: 'near-poor-household-referral',
        outcome: 'more-info',
        quote: '建立未符低收入戶資格之脆弱家庭邊緣戶轉介協處機制',
        line: 185,
        source: 'plan',
      },
      { id: 'low-income-household-status', outcome: 'more-info', quote: '每人每月平均所得不超過最低生活費', line: 4130 },
      {
        id: 'citizen-medical-expense-subsidy',
        outcome: 'more-info',
        quote: '患嚴重傷、病，家庭總收入平均分配全家人口未達當年度臺中市低收入戶最低生活費標準 1.5',
        line: [4464, 4466],
      },
      { id: 'low-income-hospital-caregiver-subsidy', outcome: 'unlikely', quote: '依社會救助法核列之中低收入戶患嚴重傷病', line: 4432 },
      { id: 'disaster-relief-relocation', outcome: 'unlikely', quote: '住屋因災毀損達不堪居住程度', line: 4590 },
      { id: 'low-income-under-65-care-placement', outcome: 'unlikely', quote: '列冊低收入戶', line: 4412 },
    ],
  },
  {
    // 陸二十 B L4698–4706 (a plains indigenous family on the 低收入戶 roll, home owned for 20 years).
    name: 'a low-income plains indigenous household wanting to repair the home it owns',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 52, female: false, employed: true, indigenous: true, indigenousGroup: 'plains', disability: false },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, age: 50, female: true, employed: false, indigenous: true, indigenousGroup: 'plains', disability: false },
        },
        {
          id: 'm3',
          role: 'child',
          facts: { ...RESIDENT, age: 19, schoolStage: 'college', indigenous: true, indigenousGroup: 'plains', disability: false },
        },
        {
          id: 'm4',
          role: 'grandparent',
          facts: { ...RESIDENT, age: 75, female: true, employed: false, indigenous: true, indigenousGroup: 'plains', disability: false },
        },
      ],
      facts: { householdStatus: 'low-income', housing: 'own', homeNeedsRepair: true, firstHomePurchase: false, homeless: false },
    },
    expect: [
      // The home's age (over 7 years) and no housing subsidy in 5 years are not among the answers.
      {
        id: 'indigenous-housing-purchase-repair-subsidy-repair',
        outcome: 'more-info',
        quote: '自用住宅屋齡超過 7 年，且因老舊或衛生設備欠缺，亟待修繕',
        line: 4699,
      },
      { id: 'indigenous-housing-purchase-repair-subsidy-purchase', outcome: 'unlikely', quote: '建購住宅未逾 2 年', line: 4695 },
      {
        id: 'low-income-school-and-transport-subsidy',
        outcome: 'likely',
        for: ['m3'],
        quote: '未滿 25 歲列冊低收入戶（未延畢），就讀國中小學、高中（職）、二專、五專、二技、四技或大學',
        line: 4220,
      },
      {
        id: 'waste-collection-fee-exemption',
        outcome: 'likely',
        quote: '符合各區公所核定之低收入戶、中低收入老人及身心障礙生活補助者',
        line: 4669,
      },
      // A college student counts under 款 2 and 3 (高中（職）以上), and every member under 款 1.
      { id: 'low-income-household-living-assistance', outcome: 'likely', quote: '第 2 款及第 3 款戶內高中職以上學生', line: 4194 },
      {
        id: 'c-level-neighbourhood-long-term-care-stations',
        outcome: 'likely',
        for: ['m4'],
        quote: '營造高齡長者活躍老化環境',
        line: 43,
        source: 'plan',
      },
      {
        id: 'near-poor-household-referral',
        outcome: 'unlikely',
        quote: '建立未符低收入戶資格之脆弱家庭邊緣戶轉介協處機制',
        line: 185,
        source: 'plan',
      },
      { id: 'low-income-rent-subsidy', outcome: 'unlikely', quote: '申請人須為本市列冊之無自有住宅低收入戶且有租賃事實者', line: 4373 },
    ],
  },
  {
    // 陸六–八 L4284–4367: 列冊低收入戶 only; 陸二十三 counts 中低收入戶 too; plan L76–86.
    name: 'a middle-low-income mother who gave birth a month ago, with her partner, the baby and a child of 7',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 29, female: true, pregnant: false, recentBirth: true, employed: false, disability: false },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 31, female: false, employed: true, disability: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, monthsRegisteredInTaichung: 1, age: 0, schoolStage: 'none', disability: false } },
        {
          id: 'm4',
          role: 'child',
          facts: { ...RESIDENT, monthsRegisteredInTaichung: 84, age: 7, schoolStage: 'elementary', disability: false },
        },
      ],
      facts: { householdStatus: 'middle-low-income', housing: 'rent', homeless: false },
    },
    expect: [
      { id: 'low-income-childbirth-subsidy', outcome: 'unlikely', quote: '本市列冊低收入戶，符合分娩 3 個月內之一般生產者', line: 4288 },
      {
        id: 'low-income-maternal-nutrition-subsidy',
        outcome: 'unlikely',
        quote: '本市列冊低收入戶，分娩 3 個月內之一般生產者',
        line: 4320,
      },
      {
        id: 'low-income-infant-nutrition-subsidy',
        outcome: 'unlikely',
        quote: '本府列冊低收入戶之設籍本市出生 3 個月內之新生兒',
        line: 4345,
      },
      {
        id: 'low-income-child-vaccination-consultation-fee',
        outcome: 'likely',
        for: ['m3', 'm4'],
        quote: '全國 13 歲以下之低收入戶及中低收入戶之學幼童接種常規疫苗',
        line: 4814,
      },
      {
        id: 'home-postpartum-care-service',
        outcome: 'likely',
        for: ['m1'],
        quote: '產婦可由現金給付的「生育津貼」、請月嫂到府協助育兒的「到宅坐月子服務」，二擇一請領',
        line: [80, 82],
        source: 'plan',
      },
      { id: 'low-income-school-and-transport-subsidy', outcome: 'unlikely', quote: '未滿 25 歲列冊低收入戶', line: 4220 },
      {
        id: 'waste-collection-fee-exemption',
        outcome: 'unlikely',
        quote: '符合各區公所核定之低收入戶、中低收入老人及身心障礙生活補助者',
        line: 4669,
      },
    ],
  },
  {
    // The same three benefits for a household on the 低收入戶 roll.
    name: 'a low-income mother who gave birth a month ago, with her partner and the baby',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 26, female: true, pregnant: false, recentBirth: true, employed: false } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 30, female: false, employed: true } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, monthsRegisteredInTaichung: 1, age: 0, schoolStage: 'none' } },
      ],
      facts: { householdStatus: 'low-income', housing: 'rent', homeless: false },
    },
    expect: [
      {
        id: 'low-income-childbirth-subsidy',
        outcome: 'likely',
        for: ['m1'],
        quote: '本市列冊低收入戶，符合分娩 3 個月內之一般生產者',
        line: 4288,
      },
      {
        id: 'low-income-maternal-nutrition-subsidy',
        outcome: 'likely',
        for: ['m1'],
        quote: '本市列冊低收入戶，分娩 3 個月內之一般生產者',
        line: 4320,
      },
      {
        id: 'low-income-infant-nutrition-subsidy',
        outcome: 'likely',
        for: ['m3'],
        quote: '本府列冊低收入戶之設籍本市出生 3 個月內之新生兒',
        line: 4345,
      },
      {
        id: 'low-income-child-vaccination-consultation-fee',
        outcome: 'likely',
        for: ['m3'],
        quote: '全國 13 歲以下之低收入戶及中低收入戶之學幼童接種常規疫苗',
        line: 4814,
      },
      {
        id: 'low-income-household-living-assistance',
        outcome: 'likely',
        quote: '第 2 款及第 3 款戶內 15 歲以下兒童或少年生活補助',
        line: 4192,
      },
      {
        id: 'near-poor-household-referral',
        outcome: 'unlikely',
        quote: '建立未符低收入戶資格之脆弱家庭邊緣戶轉介協處機制',
        line: 185,
        source: 'plan',
      },
    ],
  },
];
