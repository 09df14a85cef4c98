/**
 * Households for chapter 肆 (people with disabilities), worked out by hand
 * from the handbook (data/sources/004_005d01609386d640.txt, lines 1794–3214)
 * before the engine was run on them.
 */
import { RESIDENT, type HouseholdCase } from './case.ts';

export const HOUSEHOLDS: HouseholdCase[] = [
  {
    // 肆五, 十四, 三十五, 三十八: a low-income household; the mother cares for her son.
    name: 'a mother not working who cares for her son of 26 with a severe intellectual disability, low-income household',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 52, female: true, maritalStatus: 'married', employed: false, caregiver: true, disability: false },
        },
        {
          id: 'm2',
          role: 'child',
          facts: {
            ...RESIDENT,
            age: 26,
            female: false,
            disability: true,
            disabilityLevel: 'severe',
            disabilityTypes: ['intellectual'],
            caredFor: true,
            employed: false,
            schoolStage: 'none',
          },
        },
        { id: 'm3', role: 'partner', facts: { ...RESIDENT, age: 55, female: false, employed: true, disability: false } },
      ],
      facts: { householdStatus: 'low-income', housing: 'rent' },
    },
    expect: [
      {
        id: 'disability-living-allowance',
        outcome: 'likely',
        for: ['m2'],
        quote: '最近 1 年居住國內超過 183 日。2. 低收入戶。',
        line: [1947, 1948],
      },
      {
        id: 'disability-caregiver-allowance',
        outcome: 'more-info',
        quote: '經本局或受委託單位派員評估日常生活活動功能達中度需求強度者',
        line: 2242,
      },
      { id: 'guardianship-assessment-fee-subsidy', outcome: 'likely', for: ['m2'], quote: '具低收入戶或中低收入戶資格', line: 2903 },
      {
        id: 'disability-dental-treatment-subsidy',
        outcome: 'likely',
        for: ['m2'],
        quote: '設籍本市領有身心障礙手冊（證明）且為低（中低）收入戶',
        line: 2091,
      },
      {
        id: 'disability-family-caregiver-support-training',
        outcome: 'likely',
        for: ['m1'],
        quote: '領有身障手冊或領有身心障礙證明者之家庭照顧者',
        line: 2977,
      },
      { id: 'disability-respite-care-hourly', outcome: 'likely', for: ['m2'], quote: '設籍本市領有身心障礙手冊 / 證明者', line: 2442 },
      { id: 'disability-double-ageing-family-support', outcome: 'unlikely', quote: '身障者本人 35 歲以上', line: 2722 },
      { id: 'disability-community-living', outcome: 'more-info', quote: '經需求評估有居住社區需求', line: 2679 },
      { id: 'home-education-allowance-severe-disability', outcome: 'unlikely', quote: '國民教育階段身心障礙之適齡國民', line: 3042 },
    ],
  },
  {
    // 肆十五, 十六, 十九, 二十三, 四十–四十三: two disabled children, 4 and 13.
    name: 'working parents with a disabled child of 4 in kindergarten and one of 13 in junior high',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 38, female: false, employed: true, disability: false } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 36, female: true, employed: true, disability: false } },
        {
          id: 'm3',
          role: 'child',
          facts: {
            ...RESIDENT,
            age: 4,
            schoolStage: 'preschool',
            disability: true,
            disabilityLevel: 'moderate',
            disabilityTypes: ['autism'],
          },
        },
        {
          id: 'm4',
          role: 'child',
          facts: {
            ...RESIDENT,
            age: 13,
            schoolStage: 'junior-high',
            disability: true,
            disabilityLevel: 'mild',
            disabilityTypes: ['intellectual'],
          },
        },
      ],
      facts: { householdStatus: 'neither', housing: 'own' },
    },
    expect: [
      {
        id: 'disability-life-transition-referral-centre',
        outcome: 'likely',
        for: ['m4'],
        quote: '居住本市 7-64 歲之身心障礙者',
        line: 2299,
      },
      { id: 'disability-community-resource-centres', outcome: 'likely', for: ['m4'], quote: '居住本市 7-64 歲之身心障礙者', line: 2329 },
      { id: 'disability-tuition-fee-reduction', outcome: 'more-info', quote: '家戶年所得未超過新臺幣 220 萬元方可申請', line: 3059 },
      {
        id: 'disability-respite-care-hourly',
        outcome: 'likely',
        for: ['m3', 'm4'],
        quote: '設籍本市領有身心障礙手冊 / 證明者',
        line: 2442,
      },
      {
        id: 'disability-social-insurance-premium-subsidy',
        outcome: 'likely',
        for: ['m3', 'm4'],
        quote: '領有身心障礙手冊 / 證明者。',
        line: 1989,
      },
      { id: 'disability-student-transport-subsidy', outcome: 'more-info', quote: '經本市鑑輔會審查無法自行上下學', line: 3093 },
      { id: 'disability-community-leisure-stations', outcome: 'unlikely', quote: '15 歲以上至 64 歲身心障礙者', line: 2603 },
      { id: 'disability-vocational-rehabilitation', outcome: 'unlikely', quote: '年滿 15 歲以上，領有身心障礙手冊或證明者', line: 3107 },
      {
        id: 'home-education-allowance-severe-disability',
        outcome: 'more-info',
        quote: '經鑑定並安置為在家教育之身心障礙特殊教育學生',
        line: 3042,
      },
    ],
  },
  {
    // 肆十三, 二十八: a profound visual impairment.
    name: 'a man of 40 with a profound visual impairment, not working, living with his working partner in their own home',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 40,
            female: false,
            disability: true,
            disabilityLevel: 'profound',
            disabilityTypes: ['visual'],
            employed: false,
            schoolStage: 'none',
          },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 38, female: true, employed: true, disability: false } },
      ],
      facts: { householdStatus: 'neither', housing: 'own', firstHomePurchase: false },
    },
    expect: [
      {
        id: 'visual-impairment-taxi-fare-subsidy',
        outcome: 'likely',
        for: ['m1'],
        quote: '領有中度以上視覺障礙之身心障礙手冊或身心障礙證明者',
        line: 2207,
      },
      {
        id: 'visual-impairment-life-rebuilding-service',
        outcome: 'likely',
        for: ['m1'],
        quote: '設籍或居住於臺中市且持有身心障礙手冊或證明之視覺障礙者',
        line: 2706,
      },
      { id: 'disability-living-allowance', outcome: 'more-info', quote: '家庭總收入平均未達當年度每人每月最低生活費 2.5 倍', line: 1950 },
      { id: 'sign-language-interpretation-service', outcome: 'unlikely', quote: '聽語障者', line: 2782 },
      {
        id: 'disability-community-living',
        outcome: 'unlikely',
        quote: '領有心智 (自閉症、智能障礙、第 5 及第 6 慢性精神病) 障礙手冊或第一類身心障礙證明者',
        line: 2679,
      },
      { id: 'disability-rent-subsidy', outcome: 'unlikely', quote: '申請人、配偶及其戶籍內之直系親屬無自有住宅證明', line: 2155 },
      { id: 'disability-first-home-loan-interest-subsidy', outcome: 'unlikely', quote: '首次購屋且符合相關規定者', line: 2176 },
      {
        id: 'disability-social-insurance-premium-subsidy',
        outcome: 'likely',
        for: ['m1'],
        quote: '領有身心障礙手冊 / 證明者。',
        line: 1989,
      },
      { id: 'guardianship-assessment-fee-subsidy', outcome: 'unlikely', quote: '具低收入戶或中低收入戶資格', line: 2903 },
    ],
  },
  {
    // 肆十四, 十八, 二十九, 三十八: a husband of 70 and his wife, who looks after him.
    name: 'a man of 70 with a moderate physical disability and his wife of 67 who looks after him',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 70,
            female: false,
            maritalStatus: 'married',
            disability: true,
            disabilityLevel: 'moderate',
            disabilityTypes: ['physical'],
            longTermCareNeed: false,
            caredFor: true,
            employed: false,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, age: 67, female: true, maritalStatus: 'married', caregiver: true, disability: false, employed: false },
        },
      ],
      facts: { householdStatus: 'neither', housing: 'own' },
    },
    expect: [
      {
        id: 'disability-double-ageing-family-support',
        outcome: 'likely',
        for: ['m1'],
        quote: '身障者本人 35 歲以上，且主要照顧者(家屬或手足)55 歲以上',
        line: 2722,
      },
      { id: 'disability-caregiver-allowance', outcome: 'unlikely', quote: '年滿 2 歲未滿 65 歲且設籍並實際居住本市者', line: 2243 },
      { id: 'disability-life-transition-referral-centre', outcome: 'unlikely', quote: '居住本市 7-64 歲之身心障礙者', line: 2299 },
      { id: 'disability-community-leisure-stations', outcome: 'unlikely', quote: '15 歲以上至 64 歲身心障礙者', line: 2603 },
      {
        id: 'disability-home-care-service',
        outcome: 'more-info',
        quote: '經長期照顧管理中心評估結果未達失能程度之 50 歲以上 (含) 身心障礙者，經居家服務評估單位，評估資格符合者',
        line: 2401,
      },
      {
        id: 'disability-family-caregiver-support-training',
        outcome: 'likely',
        for: ['m2'],
        quote: '領有身障手冊或領有身心障礙證明者之家庭照顧者',
        line: 2977,
      },
      { id: 'disability-respite-care-hourly', outcome: 'likely', for: ['m1'], quote: '設籍本市領有身心障礙手冊 / 證明者', line: 2442 },
      { id: 'guardianship-assessment-fee-subsidy', outcome: 'unlikely', quote: '18 歲以上，65 歲以下', line: 2900 },
      { id: 'disability-parking-permit', outcome: 'more-info', quote: '需備註行動不便者', line: 1884 },
    ],
  },
  {
    // 肆二十一, 二十五, 二十七, 四十一, 四十二, 四十三: autism, at college.
    name: 'a young man of 20 with autism (moderate) at college, living with his parents',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 20,
            female: false,
            disability: true,
            disabilityLevel: 'moderate',
            disabilityTypes: ['autism'],
            schoolStage: 'college',
            employed: false,
          },
        },
        { id: 'm2', role: 'parent', facts: { ...RESIDENT, age: 50, female: true, disability: false, employed: false } },
        { id: 'm3', role: 'parent', facts: { ...RESIDENT, age: 52, female: false, disability: false, employed: true } },
      ],
      facts: { householdStatus: 'neither', housing: 'own' },
    },
    expect: [
      {
        id: 'disability-tuition-fee-reduction',
        outcome: 'unlikely',
        quote: '就讀本市市立高中、本市私立國中、本市私立國小之學生',
        line: 3062,
      },
      {
        id: 'disability-vocational-rehabilitation',
        outcome: 'likely',
        for: ['m1'],
        quote: '年滿 15 歲以上，領有身心障礙手冊或證明者',
        line: 3107,
      },
      { id: 'disability-community-living', outcome: 'more-info', quote: '經需求評估有居住社區需求', line: 2679 },
      {
        id: 'disability-life-transition-referral-centre',
        outcome: 'likely',
        for: ['m1'],
        quote: '居住本市 7-64 歲之身心障礙者',
        line: 2299,
      },
      { id: 'home-education-allowance-severe-disability', outcome: 'unlikely', quote: '國民教育階段身心障礙之適齡國民', line: 3042 },
      { id: 'disability-independent-living-support', outcome: 'more-info', quote: '經評估透過服務可促進身心障礙者社會參與', line: 2548 },
      {
        id: 'disability-student-transport-subsidy',
        outcome: 'unlikely',
        quote: '就讀本市所屬各級學校',
        line: 3093,
        debatable:
          "本市所屬各級學校 read as the city's own schools (國小 to 高中); colleges are not run by the city, but the text does not say so",
      },
      {
        id: 'disability-community-day-care',
        outcome: 'more-info',
        quote: '具生活自理及社會適應能力訓練需求之中度以上身心障礙者',
        line: 2639,
      },
    ],
  },
  {
    // 肆三十一, 四十三: a mild hearing impairment, moved to Taichung for work 4 months ago.
    name: 'a man of 30 with a mild hearing impairment who works in Taichung, rents, and registered here 4 months ago, with his wife',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            monthsRegisteredInTaichung: 4,
            age: 30,
            female: false,
            disability: true,
            disabilityLevel: 'mild',
            disabilityTypes: ['hearing'],
            employed: true,
            worksInTaichung: true,
          },
        },
        {
          id: 'm2',
          role: 'partner',
          facts: { ...RESIDENT, monthsRegisteredInTaichung: 4, age: 29, female: true, employed: true, disability: false },
        },
      ],
      facts: { householdStatus: 'neither', housing: 'rent', firstHomePurchase: false },
    },
    expect: [
      { id: 'sign-language-interpretation-service', outcome: 'likely', for: ['m1'], quote: '聽語障者', line: 2782 },
      { id: 'disability-driving-licence-subsidy', outcome: 'unlikely', quote: '設籍臺中市六個月以上', line: 3162 },
      {
        id: 'disability-vocational-rehabilitation',
        outcome: 'likely',
        for: ['m1'],
        quote: '年滿 15 歲以上，領有身心障礙手冊或證明者',
        line: 3107,
      },
      {
        id: 'disability-rent-subsidy',
        outcome: 'more-info',
        quote: '符合身心障礙者租賃房屋租金及購屋貸款利息補貼辦法第 2 條規定者',
        line: 2143,
      },
      { id: 'disability-family-day-care', outcome: 'unlikely', quote: '領有身心障礙手冊 / 證明中度以上之身心障礙者家庭', line: 2573 },
      { id: 'disability-community-day-care', outcome: 'unlikely', quote: '中度以上身心障礙者', line: 2639 },
      {
        id: 'visual-impairment-taxi-fare-subsidy',
        outcome: 'unlikely',
        quote: '領有中度以上視覺障礙之身心障礙手冊或身心障礙證明者',
        line: 2207,
      },
      {
        id: 'disability-social-insurance-premium-subsidy',
        outcome: 'likely',
        for: ['m1'],
        quote: '領有身心障礙手冊 / 證明者。',
        line: 1989,
      },
      { id: 'disability-job-redesign-subsidy', outcome: 'more-info', quote: '因就業有需就業輔具之身心障礙者', line: 3127 },
    ],
  },
  {
    // 肆十一, 十二, 四十一, 四十三(四): buying a first home.
    name: 'a working man of 45 with a severe physical disability buying a first home, with his wife and their son of 16 in senior high',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 45,
            female: false,
            disability: true,
            disabilityLevel: 'severe',
            disabilityTypes: ['physical'],
            employed: true,
            worksInTaichung: true,
          },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 44, female: true, disability: false, employed: true } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 16, schoolStage: 'senior-high', disability: false } },
      ],
      facts: { householdStatus: 'neither', housing: 'rent', firstHomePurchase: true },
    },
    expect: [
      { id: 'disability-first-home-loan-interest-subsidy', outcome: 'more-info', quote: '首次購屋且符合相關規定者', line: 2176 },
      {
        id: 'disability-rent-subsidy',
        outcome: 'more-info',
        quote: '符合身心障礙者租賃房屋租金及購屋貸款利息補貼辦法第 2 條規定者',
        line: 2143,
      },
      {
        id: 'disability-tuition-fee-reduction',
        outcome: 'more-info',
        quote: '領有身心障礙手冊或證明之父母或法定監護人及子女均設籍本市，其子女就讀本市市立高中',
        line: 3063,
      },
      { id: 'disability-driving-licence-subsidy', outcome: 'more-info', quote: '目前已就業且經本局評估因工作需要而有考照需求', line: 3162 },
      {
        id: 'visual-impairment-taxi-fare-subsidy',
        outcome: 'unlikely',
        quote: '領有中度以上視覺障礙之身心障礙手冊或身心障礙證明者',
        line: 2207,
      },
      {
        id: 'disability-life-transition-referral-centre',
        outcome: 'likely',
        for: ['m1'],
        quote: '居住本市 7-64 歲之身心障礙者',
        line: 2299,
      },
    ],
  },
  {
    // 肆五, 七, 九, 十九, 二十九, 三十二, 三十四: a middle-low-income household, the home needs repairs.
    name: 'a middle-low-income couple whose home needs repairs: a man of 58 with a severe physical disability and his wife of 55 who looks after him',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 58,
            female: false,
            disability: true,
            disabilityLevel: 'severe',
            disabilityTypes: ['physical'],
            employed: false,
            caredFor: true,
          },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 55, female: true, disability: false, employed: false, caregiver: true } },
      ],
      facts: { householdStatus: 'middle-low-income', housing: 'own', homeNeedsRepair: true },
    },
    expect: [
      { id: 'disability-home-repair-subsidy', outcome: 'more-info', quote: '不符合「身心障礙者居家無障礙設施」補助規定', line: 2861 },
      {
        id: 'home-accessibility-improvement-subsidy',
        outcome: 'more-info',
        quote: '未經本市輔具資源中心評估及核定即先行施工者不予補助',
        line: 2808,
      },
      { id: 'disability-living-allowance', outcome: 'likely', for: ['m1'], quote: '中低收入戶。', line: 1949 },
      {
        id: 'disability-dental-treatment-subsidy',
        outcome: 'likely',
        for: ['m1'],
        quote: '設籍本市領有身心障礙手冊（證明）且為低（中低）收入戶',
        line: 2091,
      },
      { id: 'disability-short-term-care-stay', outcome: 'likely', for: ['m1'], quote: '設籍本市領有身心障礙手冊 / 證明者', line: 2442 },
      { id: 'disability-hospital-care-attendant-subsidy', outcome: 'more-info', quote: '因傷病住院治療經證明需專人照顧者', line: 2010 },
      {
        id: 'disability-double-ageing-family-support',
        outcome: 'likely',
        for: ['m1'],
        quote: '身障者本人 35 歲以上，且主要照顧者(家屬或手足)55 歲以上',
        line: 2722,
      },
      {
        id: 'disability-family-caregiver-support-training',
        outcome: 'likely',
        for: ['m2'],
        quote: '領有身障手冊或領有身心障礙證明者之家庭照顧者',
        line: 2977,
      },
    ],
  },
  {
    // 肆五, 六, 十五, 十九: a certificate holder who spent most of last year abroad.
    name: 'a man of 48 with a moderate disability who lived abroad most of last year (not 183 days in Taiwan), back with his wife',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            inTaiwan183Days: false,
            age: 48,
            female: false,
            disability: true,
            disabilityLevel: 'moderate',
            disabilityTypes: ['other'],
            employed: true,
          },
        },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 46, female: true, disability: false, employed: true } },
      ],
      facts: { householdStatus: 'neither', housing: 'own' },
    },
    expect: [
      { id: 'disability-living-allowance', outcome: 'unlikely', quote: '最近 1 年居住國內超過 183 日', line: 1947 },
      {
        id: 'disability-social-insurance-premium-subsidy',
        outcome: 'likely',
        for: ['m1'],
        quote: '領有身心障礙手冊 / 證明者。',
        line: 1989,
      },
      { id: 'disability-respite-care-hourly', outcome: 'likely', for: ['m1'], quote: '設籍本市領有身心障礙手冊 / 證明者', line: 2442 },
      {
        id: 'visual-impairment-taxi-fare-subsidy',
        outcome: 'unlikely',
        quote: '領有中度以上視覺障礙之身心障礙手冊或身心障礙證明者',
        line: 2207,
      },
      { id: 'guardianship-assessment-fee-subsidy', outcome: 'unlikely', quote: '具低收入戶或中低收入戶資格', line: 2903 },
      {
        id: 'disability-life-transition-referral-centre',
        outcome: 'likely',
        for: ['m1'],
        quote: '居住本市 7-64 歲之身心障礙者',
        line: 2299,
      },
    ],
  },
  {
    // 肆五, 九, 二十三, 二十五, 二十七, 二十九, 三十五: chronic mental illness, no certified status.
    name: 'a woman of 35 with a chronic mental illness (moderate), not working, living with her parents (her mother of 62 looks after her); no certified status',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: {
            ...RESIDENT,
            age: 35,
            female: true,
            maritalStatus: 'single',
            disability: true,
            disabilityLevel: 'moderate',
            disabilityTypes: ['mental-illness'],
            employed: false,
            caredFor: true,
          },
        },
        { id: 'm2', role: 'parent', facts: { ...RESIDENT, age: 62, female: true, disability: false, employed: false, caregiver: true } },
        { id: 'm3', role: 'parent', facts: { ...RESIDENT, age: 64, female: false, disability: false, employed: true } },
      ],
      facts: { householdStatus: 'neither', housing: 'own' },
    },
    expect: [
      { id: 'disability-living-allowance', outcome: 'more-info', quote: '家庭總收入平均未達當年度每人每月最低生活費 2.5 倍', line: 1950 },
      { id: 'guardianship-assessment-fee-subsidy', outcome: 'unlikely', quote: '具低收入戶或中低收入戶資格', line: 2903 },
      { id: 'disability-community-living', outcome: 'more-info', quote: '經需求評估有居住社區需求', line: 2679 },
      {
        id: 'disability-community-day-care',
        outcome: 'more-info',
        quote: '具生活自理及社會適應能力訓練需求之中度以上身心障礙者',
        line: 2639,
      },
      {
        id: 'disability-double-ageing-family-support',
        outcome: 'likely',
        for: ['m1'],
        quote: '身障者本人 35 歲以上，且主要照顧者(家屬或手足)55 歲以上',
        line: 2722,
      },
      { id: 'disability-community-leisure-stations', outcome: 'likely', for: ['m1'], quote: '15 歲以上至 64 歲身心障礙者', line: 2603 },
      {
        id: 'disability-vocational-rehabilitation',
        outcome: 'likely',
        for: ['m1'],
        quote: '年滿 15 歲以上，領有身心障礙手冊或證明者',
        line: 3107,
      },
      { id: 'disability-dental-treatment-subsidy', outcome: 'more-info', quote: '領有身心障礙者生活補助者', line: 2091 },
    ],
  },
  {
    // 肆一, 二, 六, 十九, 四十一, 四十四: a child being assessed, no certificate yet.
    name: 'parents with a child of 3 being assessed for a developmental delay, no disability certificate yet',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 34, female: false, employed: true, disability: false } },
        { id: 'm2', role: 'partner', facts: { ...RESIDENT, age: 32, female: true, employed: false, disability: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 3, schoolStage: 'preschool', developmentalDelay: true, disability: false } },
      ],
      facts: { householdStatus: 'neither', housing: 'rent' },
    },
    expect: [
      {
        id: 'disability-certificate-application',
        outcome: 'more-info',
        quote: '區公所申請→醫院鑑定→衛生局審核→社政評估專業團隊',
        line: 1819,
      },
      { id: 'disability-assessment', outcome: 'more-info', quote: '設籍臺中市市民', line: 3174 },
      { id: 'disability-respite-care-hourly', outcome: 'unlikely', quote: '設籍本市領有身心障礙手冊 / 證明者', line: 2442 },
      { id: 'disability-social-insurance-premium-subsidy', outcome: 'unlikely', quote: '領有身心障礙手冊 / 證明者。', line: 1989 },
      {
        id: 'disability-tuition-fee-reduction',
        outcome: 'unlikely',
        quote: '設籍本市且就讀本市之公私立幼兒園或社會福利機構並領有身心障礙手冊或證明之幼兒',
        line: 3061,
      },
      { id: 'disability-certificate-renewal-replacement', outcome: 'unlikely', quote: '凡已領有身心障礙手冊 / 證明者', line: 1854 },
      { id: 'disability-life-transition-referral-centre', outcome: 'unlikely', quote: '居住本市 7-64 歲之身心障礙者', line: 2299 },
    ],
  },
  {
    // 肆五, 十四, 二十二, 二十四, 四十, 四十一: a single mother and her son of 14 with severe multiple disabilities.
    name: 'a single mother of 45, not working, caring for her son of 14 with severe multiple disabilities in junior high, low-income household',
    household: {
      members: [
        {
          id: 'm1',
          role: 'self',
          facts: { ...RESIDENT, age: 45, female: true, maritalStatus: 'divorced', employed: false, caregiver: true, disability: false },
        },
        {
          id: 'm2',
          role: 'child',
          facts: {
            ...RESIDENT,
            age: 14,
            schoolStage: 'junior-high',
            disability: true,
            disabilityLevel: 'severe',
            disabilityTypes: ['multiple'],
            caredFor: true,
          },
        },
      ],
      facts: { householdStatus: 'low-income', singleParent: true, housing: 'rent' },
    },
    expect: [
      {
        id: 'home-education-allowance-severe-disability',
        outcome: 'more-info',
        quote: '經鑑定並安置為在家教育之身心障礙特殊教育學生',
        line: 3042,
      },
      { id: 'disability-community-day-workshop', outcome: 'unlikely', quote: '具特殊需求者年齡可向下延伸至 15 歲', line: 2621 },
      { id: 'disability-family-day-care', outcome: 'unlikely', quote: '15 歲以上未符合長期照顧計畫服務對象', line: 2573 },
      {
        id: 'disability-caregiver-allowance',
        outcome: 'more-info',
        quote: '經本局或受委託單位派員評估日常生活活動功能達中度需求強度者',
        line: 2242,
      },
      {
        id: 'disability-living-allowance',
        outcome: 'likely',
        for: ['m2'],
        quote: '最近 1 年居住國內超過 183 日。2. 低收入戶。',
        line: [1947, 1948],
      },
      { id: 'disability-tuition-fee-reduction', outcome: 'more-info', quote: '本市私立國中', line: 3062 },
      {
        id: 'disability-life-transition-referral-centre',
        outcome: 'likely',
        for: ['m2'],
        quote: '居住本市 7-64 歲之身心障礙者',
        line: 2299,
      },
    ],
  },
];
