/**
 * Access to the benefit data. Each part is its own chunk, fetched when first
 * asked for: the finder's first paint needs only the index; the quiz adds the
 * rules; a detail page adds the long texts.
 */
import type { BenefitDetail, BenefitRules, BenefitSummary, Chapter } from './benefit-types.js';

export type { BenefitDetail, BenefitRules, BenefitSummary, Chapter };

export async function loadBenefitIndex(): Promise<{ benefits: readonly BenefitSummary[]; chapters: readonly Chapter[] }> {
  const { benefitIndex, benefitChapters } = await import('../generated/benefit-index.js');
  return { benefits: benefitIndex, chapters: benefitChapters };
}

export async function loadBenefitRules(): Promise<Readonly<Record<string, BenefitRules>>> {
  return (await import('../generated/benefit-rules.js')).benefitRules;
}

export async function loadBenefitDetail(id: string): Promise<BenefitDetail | undefined> {
  return (await import('../generated/benefit-details.js')).benefitDetails[id];
}
