/**
 * The CJK-aware search every element uses, over any kind of record: MiniSearch
 * with ranked, prefix matching for words being typed, typo tolerance for
 * English words, and synonyms such as 老人/長者/長青 (see text.ts).
 *
 * A record is a flat object of text fields; each element decides which fields
 * it indexes and how much each counts.
 */
import MiniSearch from 'minisearch';
import { MAX_FUZZY_TERM_LENGTH, MAX_QUERY_TERMS, boundQuery, expandQuery, isCjk, tokenize, tokenizeQuery } from './text.js';

export interface SearchHit {
  id: string;
  score: number;
  /** Query words (and synonyms) that matched, for highlighting. */
  terms: string[];
}

/** A record to index: an id and text fields. */
export type SearchRecord = { id: string };

export interface TextSearch {
  /** Ids of the records matching `query`, best first; empty for an empty query. */
  search(query: string): SearchHit[];
}

export interface TextSearchOptions<D extends SearchRecord> {
  /** The text fields to index (string-valued). */
  fields: readonly Exclude<keyof D & string, 'id'>[];
  /** How much a match in each field counts (default 1). */
  boost?: Partial<Record<Exclude<keyof D & string, 'id'>, number>>;
}

export function createTextSearch<D extends SearchRecord>(documents: readonly D[], options: TextSearchOptions<D>): TextSearch {
  const engine = new MiniSearch<D>({
    fields: [...options.fields],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
    searchOptions: { boost: options.boost as Record<string, number> | undefined, combineWith: 'OR' },
  });
  engine.addAll(documents);
  return {
    search(query: string): SearchHit[] {
      // Bounded here too, whatever the element let through: a long query must not block the page.
      const phrases = expandQuery(boundQuery(query).trim());
      if (!phrases[0]) return [];
      const scores = new Map<string, SearchHit>();
      phrases.forEach((phrase, index) => {
        const tokens = tokenizeQuery(phrase).slice(0, MAX_QUERY_TERMS);
        if (!tokens.length) return;
        // The words typed count fully; synonyms a little less.
        const weight = index === 0 ? 1 : 0.6;
        const results = engine.search(tokens.join(' '), {
          tokenize: (text) => text.split(' '),
          // A CJK query must match every pair it typed; English words may vary.
          combineWith: tokens.some(isCjk) ? 'AND' : 'OR',
          prefix: (term) => !isCjk(term) && term.length >= 2,
          fuzzy: (term) => (!isCjk(term) && term.length >= 4 && term.length <= MAX_FUZZY_TERM_LENGTH ? 0.2 : false),
        });
        for (const r of results) {
          const id = String(r.id);
          const hit = scores.get(id) ?? { id, score: 0, terms: [] };
          hit.score += r.score * weight;
          hit.terms.push(...(isCjk(phrase) ? [phrase.trim()] : r.terms));
          scores.set(id, hit);
        }
      });
      return [...scores.values()].sort((a, b) => b.score - a.score);
    },
  };
}
