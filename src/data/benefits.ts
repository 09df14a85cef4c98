/**
 * Access to the benefit data. Each part is its own chunk, fetched when first
 * asked for: the finder's first paint needs only the index; the quiz adds the
 * rules; a detail page adds the long texts.
 *
 * Given a `source` (newer data from `data-src`), each part comes from there
 * when the file has benefits; a file that cannot be used throws a
 * DataSourceError and the caller decides what to show.
 */
import type { BenefitDetail, BenefitRules, BenefitSummary, Chapter, LocalizedText } from './benefit-types.js';
import { fetchDataBundle, type DataSource } from './data-source.js';
import { ownEntry } from './own-entry.js';

export type { BenefitDetail, BenefitRules, BenefitSummary, Chapter };

async function newerBenefits(source: DataSource | undefined) {
  return source ? (await fetchDataBundle(source)).benefits : undefined;
}

type ContentLanguage = keyof LocalizedText;

/**
 * The bundled parts, each a chunk of its own. An object, so a test can play
 * a chunk that fails to load (a blocked or dropped request) and then loads.
 */
export const benefitChunks = {
  index: () => import('../generated/benefit-index.js'),
  rules: () => import('../generated/benefit-rules.js'),
  details: () => import('../generated/benefit-details.js'),
  summaries: {
    'zh-Hant': () => import('../generated/benefit-summaries-zh-Hant.js'),
    en: () => import('../generated/benefit-summaries-en.js'),
  } as Record<ContentLanguage, () => Promise<{ summaries: Readonly<Record<string, string>> }>>,
};

/**
 * The benefits' titles, tags and summaries. `languages` limits the bundled
 * summaries to those shown (the others are '' until loaded again without the
 * limit; `[]` loads none): it keeps a finder's first fetch small, and the
 * quiz, which shows no summaries, from fetching them.
 */
export async function loadBenefitIndex(
  source?: DataSource,
  { languages = ['zh-Hant', 'en'] }: { languages?: readonly ContentLanguage[] } = {},
): Promise<BenefitIndex> {
  const newer = await newerBenefits(source);
  if (newer) return { benefits: newer.index, chapters: newer.chapters };
  const key = languages.join();
  let bundled = bundledIndexes.get(key);
  if (!bundled) {
    bundled = bundledIndex(languages);
    bundledIndexes.set(key, bundled);
    // A chunk that failed to load is asked for again by the next call (a retry), not remembered as failed.
    bundled.catch(() => {
      if (bundledIndexes.get(key) === bundled) bundledIndexes.delete(key);
    });
  }
  return bundled;
}

type BenefitIndex = { benefits: readonly BenefitSummary[]; chapters: readonly Chapter[] };
// One array per set of languages, so every element on the page shares it.
const bundledIndexes = new Map<string, Promise<BenefitIndex>>();

async function bundledIndex(languages: readonly ContentLanguage[]): Promise<BenefitIndex> {
  const [{ benefitIndex, benefitChapters }, ...loaded] = await Promise.all([
    benefitChunks.index(),
    ...languages.map((language) => benefitChunks.summaries[language]()),
  ]);
  const summaryIn = (language: ContentLanguage, id: string) => ownEntry(loaded[languages.indexOf(language)]?.summaries, id) ?? '';
  const benefits = benefitIndex.map((b) => ({ ...b, summary: { 'zh-Hant': summaryIn('zh-Hant', b.id), en: summaryIn('en', b.id) } }));
  return { benefits, chapters: benefitChapters };
}

export async function loadBenefitRules(source?: DataSource): Promise<Readonly<Record<string, BenefitRules>>> {
  return (await newerBenefits(source))?.rules ?? (await benefitChunks.rules()).benefitRules;
}

export async function loadBenefitDetail(id: string, source?: DataSource): Promise<BenefitDetail | undefined> {
  const newer = await newerBenefits(source);
  if (newer) return ownEntry(newer.details, id);
  return ownEntry((await benefitChunks.details()).benefitDetails, id);
}
