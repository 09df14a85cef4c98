/**
 * Address normalisation for matching Taichung addresses against geocoded
 * reference lists (see data/geo/README.md). Pure: no Node APIs, no data files,
 * so the web components can use it as well as the build scripts.
 *
 * The normalised form is a matching key, not something to show a resident:
 *   normaliseAddress('臺中市豐原區陽明街 36 號 3 樓')        → '豐原區陽明街36號'
 *   normaliseAddress('臺中市新社區復盛里興社街2段28-1號')     → '新社區興社街二段28-1號'
 *   normaliseAddress('臺中市新社區復盛里興社街二段 28 之 1 號') → '新社區興社街二段28-1號'
 */

/** The 29 districts of Taichung (names as in data/districts.json). */
export const TAICHUNG_DISTRICTS: readonly string[] = [
  '中區',
  '東區',
  '南區',
  '西區',
  '北區',
  '西屯區',
  '南屯區',
  '北屯區',
  '豐原區',
  '東勢區',
  '大甲區',
  '清水區',
  '沙鹿區',
  '梧棲區',
  '后里區',
  '神岡區',
  '潭子區',
  '大雅區',
  '新社區',
  '石岡區',
  '外埔區',
  '大安區',
  '烏日區',
  '大肚區',
  '龍井區',
  '霧峰區',
  '太平區',
  '大里區',
  '和平區',
];

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 25 → 二十五 (1–99; others unchanged). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${CHINESE_DIGITS[tens]}十`;
  const onesPart = ones === 0 ? '' : CHINESE_DIGITS[ones];
  return tensPart + onesPart;
}

/**
 * Character-level folding shared by every function here: full-width to
 * half-width (NFKC), 台 → 臺, dashes unified, all whitespace removed.
 */
export function foldAddressText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/台/g, '臺')
    .replace(/[‐‑‒–—―−﹣－]/g, '-')
    .replace(/\s+/g, '');
}

/** Removes a leading postcode and a leading 臺中市 (after folding). */
function stripCity(folded: string): string {
  return folded.replace(/^\d{3}(\d{2,3})?(?=\D)/, '').replace(/^臺中市/, '');
}

function leadingDistrict(s: string, districts: readonly string[]): string | null {
  for (const d of districts) if (s.startsWith(d)) return d;
  return null;
}

// A village (里) name: 1–3 characters that cannot belong to a road or number,
// followed by 里 — but not 里路 / 里街 (a road whose name contains 里).
const VILLAGE_AT_START = /^([^0-9\-路街道巷弄號段區樓之()]{1,3})里(?![路街巷])/;
const NEIGHBOURHOOD_AT_START = /^\d+鄰/;
// Old-style 村 (Taichung County before 2010), removed for matching like 里.
const OLD_VILLAGE_AT_START = /^([^0-9\-路街道巷弄號段區樓之()]{1,3})村(?![路街巷])/;

interface Parsed {
  district: string | null;
  village: string | null;
  rest: string;
}

/**
 * Splits a folded address into district, village and the rest, removing
 * repetitions such as 豐原區田心里豐原區田心里市政路2號 (seen in the MOHW list).
 */
function parse(address: string, districts: readonly string[]): Parsed {
  let s = stripCity(foldAddressText(address));
  let district: string | null = null;
  let village: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    const before = s;
    s = s.replace(/^臺中市/, '');
    const d = leadingDistrict(s, districts);
    if (d && (district === null || d === district)) {
      district = d;
      s = s.slice(d.length);
    }
    const v = VILLAGE_AT_START.exec(s);
    if (v) {
      const name = `${v[1]}里`;
      if (village === null || village === name) {
        village = name;
        s = s.slice(v[0].length);
      }
    } else {
      const old = OLD_VILLAGE_AT_START.exec(s);
      if (old) s = s.slice(old[0].length);
    }
    s = s.replace(NEIGHBOURHOOD_AT_START, '');
    if (s === before) break;
  }
  return { district, village, rest: s };
}

/** Normalises the street part: parentheses, floors, 之, section numerals. */
function normaliseStreet(rest: string): string {
  let s = rest.replace(/\([^)]*\)?/g, '').replace(/\[[^\]]*\]/g, '');
  // 503號之1 means house number 503-1 (a 之 after 號 that is not a floor's).
  // (314號之3樓 is a floor: the 之 belongs to 3樓, and is cut with it below.)
  s = s.replace(/(\d+)號之(\d+)(?![\d樓F])/g, '$1-$2號');
  // Everything after the house number is a floor or room: 3樓, 5樓之4, B1, 文心樓1樓 …
  // …but 100號旁 / 100號對面 (beside, opposite) is not the address 100號: keep the qualifier.
  const hao = s.indexOf('號');
  if (hao >= 0) {
    const qualifier = /^(旁邊?|對面|附近|前方?|後方?|一帶|周邊)/.exec(s.slice(hao + 1));
    s = s.slice(0, hao + 1) + (qualifier ? qualifier[1] : '');
  } else s = s.replace(/(地下)?[0-9BF]+[樓F](之\d+)?.*$/i, '');
  s = s.replace(/(\d+)之(\d+)/g, '$1-$2');
  // Road, street and section numbers are written in Chinese numerals officially:
  // 2段 → 二段, 大墩11街 → 大墩十一街, 崇德6路 → 崇德六路.
  s = s.replace(/(?<!\d)(\d{1,2})(?=[段路街])/g, (m) => toChineseNumeral(Number(m)));
  return s;
}

export interface NormaliseOptions {
  /**
   * The district to assume when the address names none (e.g. the handbook's
   * 「臺中市區綠川西街…」 where 中 was lost in extraction). Ignored when the
   * address names a district.
   */
  district?: string;
  /** District names to recognise (default: the 29 Taichung districts). */
  districts?: readonly string[];
}

/**
 * The matching key of an address: full/half-width and 臺/台 folded, spaces,
 * postcode, a leading 臺中市, 里 and 鄰, parentheses and floor suffixes removed,
 * 之 written as -, section and road numbers in Chinese numerals. Keeps the
 * district so that the same street in two districts stays two places.
 */
export function normaliseAddress(address: string, options: NormaliseOptions = {}): string {
  const districts = options.districts ?? TAICHUNG_DISTRICTS;
  const parsed = parse(address, districts);
  let rest = parsed.rest;
  let district = parsed.district;
  const otherCity = /^[^\d]{1,3}[縣市](?!區)/.test(rest); // 臺北市…, 南投縣…: not Taichung
  if (district === null && options.district && !otherCity) {
    district = options.district;
    rest = rest.replace(/^區/, ''); // 臺中市區… : the district's first character was lost
  }
  return (district ?? '') + normaliseStreet(rest);
}

/** The district an address names (one of the 29), or null. */
export function districtOf(address: string, districts: readonly string[] = TAICHUNG_DISTRICTS): string | null {
  return parse(address, districts).district;
}

/** The village (里) an address names, e.g. 南勢里, or null. */
export function villageOf(address: string, districts: readonly string[] = TAICHUNG_DISTRICTS): string | null {
  return parse(address, districts).village;
}

/** Folds a village name for comparison (臺/台, 雙/双, full/half-width). */
export function foldVillageName(name: string): string {
  return foldAddressText(name).replace(/双/g, '雙');
}

/**
 * Folds an institution name for exact-name matching: full/half-width, 臺/台,
 * spaces, brackets unified and a leading 臺中市 dropped (the NLSC list prefixes
 * most names with it, the handbook often does not). Nothing else is changed.
 */
export function normaliseInstitutionName(name: string): string {
  return foldAddressText(name).replace(/^臺中市(?!立|政府)/, '');
}

/**
 * The canonical name of a district office, whichever way it is written:
 * 中區區公所, 臺中市中區公所, 西屯區公所 → 臺中市中區公所 / 臺中市西屯區公所.
 * Returns null when the name is not a district office's.
 */
export function districtOfficeName(name: string, districts: readonly string[] = TAICHUNG_DISTRICTS): string | null {
  const s = foldAddressText(name).replace(/^臺中市/, '');
  for (const d of districts) {
    if (s === `${d}公所` || s === `${d}區公所`) return `臺中市${d}公所`;
  }
  return null;
}
