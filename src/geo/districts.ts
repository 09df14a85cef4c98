/**
 * Which district a host page or a resident means: one resolver for every
 * element, whichever way the district is written.
 */
import type { District } from '../data/directory-types.js';
import { normalizeText } from '../search/text.js';
import { districts as TAICHUNG } from '../generated/districts.js';

const fold = (text: string) => normalizeText(text).replace(/\s+/g, '');

/**
 * A district by id (heping), zh-Hant name (和平區, 和平, 台中市和平區) or
 * English name (Heping District, Heping), among `districts` (the city's 29
 * by default; a newer directory may bring its own list).
 */
export function resolveDistrict(value: string | null | undefined, districts: readonly District[] = TAICHUNG): District | undefined {
  const v = fold(value ?? '').replace(/^臺中市/, '');
  if (!v) return undefined;
  return districts.find((d) => {
    const zh = fold(d.name['zh-Hant']);
    const en = fold(d.name.en);
    return fold(d.id) === v || zh === v || zh === `${v}區` || en === v || en === `${v}district`;
  });
}
