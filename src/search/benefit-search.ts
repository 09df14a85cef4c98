/**
 * Search over the benefits in both languages, with the kit's shared
 * CJK-aware search (create-search.ts).
 */
import type { BenefitSummary } from '../data/benefit-types.js';
import { createTextSearch, type SearchHit, type TextSearch } from './create-search.js';

export type { SearchHit };

export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  tags: string;
  /** Who qualifies, from the long texts once they have loaded. */
  eligibility: string;
}

export class BenefitSearch {
  private readonly engine: TextSearch;

  constructor(documents: readonly SearchDocument[]) {
    this.engine = createTextSearch(documents, {
      fields: ['title', 'summary', 'tags', 'eligibility'],
      boost: { title: 4, tags: 2, summary: 1.5, eligibility: 0.5 },
    });
  }

  static documentFor(benefit: BenefitSummary, tagLabels: string, eligibility = ''): SearchDocument {
    return {
      id: benefit.id,
      title: `${benefit.title['zh-Hant']} ${benefit.title.en}`,
      summary: `${benefit.summary['zh-Hant']} ${benefit.summary.en}`,
      tags: tagLabels,
      eligibility,
    };
  }

  search(query: string): SearchHit[] {
    return this.engine.search(query);
  }
}
