import { msg } from '@lit/localize';
import type { Audience, BenefitKind, LocalizedText } from '../../src/data/benefit-types.js';
import type { Locale } from './locale.js';

export const AUDIENCES: readonly Audience[] = [
  'older-people',
  'children-youth',
  'women',
  'disability',
  'low-income',
  'indigenous',
  'new-immigrants',
  'crisis',
  'caregivers',
  'organizations',
];

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'older-people':
      return msg('長者', { desc: 'Audience tag: older people' });
    case 'children-youth':
      return msg('兒童及少年', { desc: 'Audience tag: children and young people' });
    case 'women':
      return msg('婦女', { desc: 'Audience tag: women' });
    case 'disability':
      return msg('身心障礙者', { desc: 'Audience tag: people with disabilities' });
    case 'low-income':
      return msg('低收入及中低收入戶', { desc: 'Audience tag: low-income households' });
    case 'indigenous':
      return msg('原住民', { desc: 'Audience tag: indigenous peoples' });
    case 'new-immigrants':
      return msg('新住民', { desc: 'Audience tag: new immigrants' });
    case 'crisis':
      return msg('急難及危機', { desc: 'Audience tag: people in a crisis' });
    case 'caregivers':
      return msg('家庭照顧者', { desc: 'Audience tag: family caregivers' });
    case 'organizations':
      return msg('團體及志工', { desc: 'Audience tag: civic groups, NGOs and volunteers' });
  }
}

export function kindLabel(kind: BenefitKind): string {
  switch (kind) {
    case 'cash':
      return msg('現金給付', { desc: 'Benefit kind: money paid to the person' });
    case 'subsidy':
      return msg('費用補助', { desc: 'Benefit kind: a cost paid or reduced' });
    case 'service':
      return msg('服務', { desc: 'Benefit kind: a service' });
    case 'procedure':
      return msg('申辦手續', { desc: 'Benefit kind: an administrative procedure' });
    case 'hotline':
      return msg('專線及資訊', { desc: 'Benefit kind: a hotline or information' });
  }
}

/**
 * Content exists in zh-Hant and en. Other interface languages show English,
 * which more new immigrants read than Chinese; the element says so.
 */
export function pick(text: LocalizedText, locale: Locale): string {
  return locale === 'zh-Hant' ? text['zh-Hant'] : text.en;
}

/** The language `pick()` answers in, for the `lang` of content beside interface strings. */
export function contentLang(locale: Locale): 'zh-Hant' | 'en' {
  return locale === 'zh-Hant' ? 'zh-Hant' : 'en';
}

/** The audience tags of a comma-separated attribute, and the words that are not tags. */
export function parseAudiences(text: string): { audiences: Audience[]; unknown: string[] } {
  const words = text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const isAudience = (a: string): a is Audience => (AUDIENCES as readonly string[]).includes(a);
  return { audiences: words.filter(isAudience), unknown: words.filter((a) => !isAudience(a)) };
}
