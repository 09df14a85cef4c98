import { RESIDENT, type HouseholdCase } from './case.ts';

export const HOUSEHOLDS: HouseholdCase[] = [
  {
    // 伍十三 L3668–3674: 設籍本市年滿 65 歲以上之市民或年滿 55 歲以上山地原住民.
    name: 'a grandmother of 68 living with her son and his family',
    household: {
      members: [
        { id: 'm1', role: 'self', facts: { ...RESIDENT, age: 40, female: false, employed: true } },
        { id: 'm2', role: 'parent', facts: { ...RESIDENT, age: 68, female: true, indigenous: false } },
        { id: 'm3', role: 'child', facts: { ...RESIDENT, age: 8, schoolStage: 'elementary' } },
      ],
      facts: { householdStatus: 'neither' },
    },
    expect: [{ id: 'senior-bus-fare-subsidy', outcome: 'likely', for: ['m2'], quote: '設籍本市年滿 65 歲以上之市民', line: 3670 }],
  },
];
