/**
 * Taiwanese phone numbers as the handbook prints them ("04 -2228 9111 轉
 * 37513", "0800-788-995", "113"), made dialable. A number that is not valid
 * as printed is never repaired: it is reported as such and not linked.
 */

export interface ParsedPhone {
  /** Digits as printed, e.g. 0422289111. */
  digits: string;
  /** Display form, e.g. 04-2228-9111. */
  display: string;
  /** tel: URI with the extension after a pause, e.g. tel:+886422289111,37513; undefined when invalid. */
  tel?: string;
  valid: boolean;
  /** Printed without an area code (the handbook's local form). */
  missingAreaCode?: boolean;
  /** Why the number is not valid as printed. */
  problem?: string;
}

/** Short codes the handbook names: protection (113), police (110), ambulance/fire (119), city services (1999), long-term care (1966), 1957 welfare line. */
const SHORT_CODES = new Set(['110', '113', '119', '165', '1925', '1955', '1957', '1966', '1980', '1995', '1999']);

// Subscriber digits after the trunk prefix 0, by area code (longest first).
const AREA_CODES: readonly [code: string, subscriberLengths: readonly number[]][] = [
  ['0800', [6]],
  ['0809', [6]],
  ['0826', [5]],
  ['0836', [5]],
  ['049', [7]],
  ['037', [6]],
  ['089', [6]],
  ['082', [6]],
  ['02', [8]],
  ['03', [7]],
  ['04', [8, 7]],
  ['05', [7]],
  ['06', [7]],
  ['07', [7]],
  ['08', [7]],
  ['09', [8]],
];

function group(code: string, rest: string): string {
  if (rest.length === 8) return `${code}-${rest.slice(0, 4)}-${rest.slice(4)}`;
  if (rest.length === 7) return `${code}-${rest.slice(0, 3)}-${rest.slice(3)}`;
  if (rest.length === 6) return `${code}-${rest.slice(0, 3)}-${rest.slice(3)}`;
  return `${code}-${rest}`;
}

export function parsePhone(number: string, extension?: string): ParsedPhone {
  const digits = number.normalize('NFKC').replace(/\D/g, '');
  const ext = extension?.replace(/\D/g, '') ?? '';
  const withExt = (tel: string) => (ext ? `${tel},${ext}` : tel);
  if (SHORT_CODES.has(digits)) return { digits, display: digits, tel: withExt(`tel:${digits}`), valid: true };
  if (!digits.startsWith('0')) {
    // Local numbers printed without an area code: shown as printed, never completed by guess.
    return { digits, display: number.trim(), valid: false, missingAreaCode: true, problem: 'printed without an area code' };
  }
  const area = AREA_CODES.find(([code]) => digits.startsWith(code));
  if (!area) return { digits, display: number.trim(), valid: false, problem: 'unknown area code' };
  const [code, lengths] = area;
  const rest = digits.slice(code.length);
  // 04 numbers have 8 digits in Taichung; 7-digit ones are Changhua's (7…, 8…).
  const expected = code === '04' && !/^[78]/.test(rest) ? [8] : lengths;
  if (!expected.includes(rest.length)) {
    return {
      digits,
      display: number.trim(),
      valid: false,
      problem: `${code} numbers have ${expected.join(' or ')} digits after the area code; this one has ${rest.length}`,
    };
  }
  return { digits, display: group(code, rest), tel: withExt(`tel:+886${digits.slice(1)}`), valid: true };
}
