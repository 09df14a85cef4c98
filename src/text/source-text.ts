/**
 * Helpers for comparing our records with the extracted source text, whose
 * defects (page headers, bold markers, broken lines, odd spacing) must not
 * hide a quote that is really there.
 */
const PAGE_HEADER = /2015\s*福利導航/g;
const BOLD = /\*\*/g;
// Everything that extraction may insert or drop between two characters.
const NOISE = /[\s\u3000\-–—•・★※]+/g;

/** Folds text so that a quote matches the source however the PDF broke it. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .replace(PAGE_HEADER, '')
    .replace(BOLD, '')
    .replace(/台/g, '臺')
    .replace(NOISE, '')
    .replace(/[，,]/g, ',')
    .replace(/[：:]/g, ':')
    .replace(/[；;]/g, ';')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')');
}

/** Lines first..last (1-based, inclusive) of a text. */
export function sliceLines(lines: readonly string[], first: number, last: number): string {
  return lines.slice(first - 1, last).join('\n');
}

/** Whether `quote` occurs in `source` after folding both. */
export function quoteOccursIn(quote: string, source: string): boolean {
  return foldForMatching(source).includes(foldForMatching(quote));
}
