/** Order statistics for timings. */

/** The q-quantile (0–1) of `values`, by linear interpolation between the nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** A small seeded pseudo-random generator, so every run draws the same households (one copy, in the engine's simulation). */
export { seededRandom } from '../src/eligibility/simulate.js';
