/**
 * Text handling for search in Chinese and English. Chinese has no spaces
 * between words, so CJK runs are indexed as single characters and character
 * pairs; Latin text as lower-case words.
 */

/** Folds the variants a resident may type: full/half width, 台/臺, case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/台/g, '臺').toLowerCase();
}

/**
 * The longest query searched, in UTF-16 units as an input's `maxlength`
 * counts them: far beyond any question a resident types, and short enough
 * that a pasted book or a crafted link cannot block the page.
 */
export const MAX_QUERY_LENGTH = 200;
/** The most query words searched; the rest add nothing a resident would miss. */
export const MAX_QUERY_TERMS = 16;
/** Typo matching costs a table per word and letter; longer words must be typed right. */
export const MAX_FUZZY_TERM_LENGTH = 20;

/** `query` cut to MAX_QUERY_LENGTH, never in the middle of a surrogate pair. */
export function boundQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;

export function isCjk(text: string): boolean {
  return CJK.test(text);
}

/** Words and CJK runs of the folded text, each CJK run split into its pairs. */
function* runs(text: string): Generator<{ word: string } | { chars: string[]; pairs: string[] }> {
  for (const [run] of normalizeText(text).matchAll(RUNS)) {
    if (!isCjk(run)) {
      yield { word: run };
      continue;
    }
    const chars = [...run];
    yield { chars, pairs: chars.slice(1).map((c, i) => chars[i] + c) };
  }
}

/** Tokens for indexing: CJK characters and pairs; Latin words. */
export function tokenize(text: string): string[] {
  return [...runs(text)].flatMap((r) => ('word' in r ? [r.word] : [...r.chars, ...r.pairs]));
}

/**
 * Tokens for a query: CJK runs as pairs only (a lone character matches too
 * much), single characters only when the run is one character long.
 */
export function tokenizeQuery(text: string): string[] {
  return [...runs(text)].flatMap((r) => ('word' in r ? [r.word] : r.chars.length === 1 ? r.chars : r.pairs));
}

/**
 * Words residents use for the same thing. A query that contains one member of
 * a group also searches for the others.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['老人', '長者', '長青', '銀髮', '年長', 'elderly', 'senior', 'seniors', 'older'],
  ['身障', '身心障礙', '殘障', 'disability', 'disabilities', 'disabled'],
  ['低收', '低收入戶', '低收入'],
  ['中低收', '中低收入戶', '中低收入'],
  ['長照', '長期照顧', 'long-term care'],
  ['托育', '保母', '托嬰', '褓姆', 'childcare', 'nanny', 'babysitter'],
  ['坐月子', '產後', '生育', '生產', 'postpartum', 'birth', 'maternity'],
  ['急難', '緊急', 'emergency'],
  ['喪葬', '殯葬', 'funeral', 'burial'],
  ['新住民', '外籍配偶', '新移民', '陸配', 'immigrant', 'immigrants'],
  ['原住民', 'indigenous'],
  ['家暴', '家庭暴力', '性侵', 'violence', 'abuse'],
  ['兒童', '小孩', '孩子', '幼兒', 'child', 'children', 'kids'],
];

/** The query plus the synonyms of any group member it contains. */
export function expandQuery(query: string): string[] {
  const normalized = normalizeText(query);
  const extra = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    if (group.some((word) => normalized.includes(normalizeText(word)))) {
      for (const word of group) if (!normalized.includes(normalizeText(word))) extra.add(word);
    }
  }
  return [query, ...extra];
}

export interface Fragment {
  text: string;
  match: boolean;
}

/** Splits `text` into fragments, marking where any of `terms` occurs (folded). */
export function highlight(text: string, terms: readonly string[]): Fragment[] {
  const folded = normalizeText(text);
  // NFKC may change length (e.g. ligatures); then we cannot map back safely.
  if (folded.length !== text.length || terms.length === 0) return [{ text, match: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    const t = normalizeText(term);
    if (!t) continue;
    for (let at = folded.indexOf(t); at !== -1; at = folded.indexOf(t, at + 1)) marks.fill(true, at, at + t.length);
  }
  const fragments: Fragment[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    fragments.push({ text: text.slice(i, j), match: marks[i]! });
    i = j;
  }
  return fragments;
}
