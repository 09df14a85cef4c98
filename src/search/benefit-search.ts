/**
 * Search over the benefits in both languages, built on MiniSearch: ranked,
 * prefix matching for words being typed, typo tolerance for English words,
 * and synonyms such as 老人/長者/長青.
 */
import MiniSearch from 'minisearch';
import type { BenefitSummary } from '../data/benefit-types.js';
import { expandQuery, isCjk, tokenize, tokenizeQuery } from './text.js';

export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  tags: string;
  /** Who qualifies, from the long texts once they have loaded. */
  eligibility: string;
}

export interface SearchHit {
  id: string;
  score: number;
  /** Query words (and synonyms) that matched, for highlighting. */
  terms: string[];
}

export class BenefitSearch {
  private readonly engine = new MiniSearch<SearchDocument>({
    fields: ['title', 'summary', 'tags', 'eligibility'],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
    searchOptions: {
      boost: { title: 4, tags: 2, summary: 1.5, eligibility: 0.5 },
      combineWith: 'OR',
    },
  });

  constructor(documents: readonly SearchDocument[]) {
    this.engine.addAll(documents);
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
    const phrases = expandQuery(query.trim());
    if (!phrases[0]) return [];
    const scores = new Map<string, SearchHit>();
    phrases.forEach((phrase, index) => {
      const tokens = tokenizeQuery(phrase);
      if (!tokens.length) return;
      // The words typed count fully; synonyms a little less.
      const weight = index === 0 ? 1 : 0.6;
      const results = this.engine.search(tokens.join(' '), {
        tokenize: (text) => text.split(' '),
        // A CJK query must match every pair it typed; English words may vary.
        combineWith: tokens.some(isCjk) ? 'AND' : 'OR',
        prefix: (term) => !isCjk(term) && term.length >= 2,
        fuzzy: (term) => (!isCjk(term) && term.length >= 4 ? 0.2 : false),
      });
      for (const r of results) {
        const hit = scores.get(r.id) ?? { id: r.id as string, score: 0, terms: [] };
        hit.score += r.score * weight;
        hit.terms.push(...(isCjk(phrase) ? [phrase.trim()] : r.terms));
        scores.set(r.id as string, hit);
      }
    });
    return [...scores.values()].sort((a, b) => b.score - a.score);
  }
}
