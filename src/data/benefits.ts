/**
 * Access to the benefit data. Each part is its own chunk, fetched when first
 * asked for: the finder's first paint needs only the index; the quiz adds the
 * rules; a detail page adds the long texts.
 *
 * Given a `source` (newer data from `data-src`), each part comes from there
 * when the file has benefits; a file that cannot be used throws a
 * DataSourceError and the caller decides what to show.
 */
import type { BenefitDetail, BenefitRules, BenefitSummary, Chapter } from './benefit-types.js';
import { fetchDataBundle, type DataSource } from './data-source.js';

export type { BenefitDetail, BenefitRules, BenefitSummary, Chapter };

async function newerBenefits(source: DataSource | undefined) {
  return source ? (await fetchDataBundle(source)).benefits : undefined;
}

export async function loadBenefitIndex(
  source?: DataSource,
): Promise<{ benefits: readonly BenefitSummary[]; chapters: readonly Chapter[] }> {
  const newer = await newerBenefits(source);
  if (newer) return { benefits: newer.index, chapters: newer.chapters };
  const { benefitIndex, benefitChapters } = await import('../generated/benefit-index.js');
  return { benefits: benefitIndex, chapters: benefitChapters };
}

export async function loadBenefitRules(source?: DataSource): Promise<Readonly<Record<string, BenefitRules>>> {
  return (await newerBenefits(source))?.rules ?? (await import('../generated/benefit-rules.js')).benefitRules;
}

export async function loadBenefitDetail(id: string, source?: DataSource): Promise<BenefitDetail | undefined> {
  const newer = await newerBenefits(source);
  if (newer) return newer.details[id];
  return (await import('../generated/benefit-details.js')).benefitDetails[id];
}
