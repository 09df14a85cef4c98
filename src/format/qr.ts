/**
 * QR codes as data: text in, the dark modules and an SVG path out. No DOM,
 * so it runs in node for tests and in the browser for the elements.
 *
 * The encoding is lean-qr's (ISO/IEC 18004). Links are ASCII once a URL has
 * serialized them; other text (a contact card with Chinese names) goes in as
 * UTF-8 bytes without an ECI header, as most generators write it and phone
 * scanners expect it (some readers fail on the ECI header). Elements load
 * this module with a dynamic import, so a page that never shows a code never
 * fetches it.
 */
import { correction, generate, mode, type Bitmap2D } from 'lean-qr';

/** Light modules a reader needs around the code (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

/**
 * The largest version (117 × 117 modules) offered: a bigger code is too dense
 * to scan from a screen at arm's length. It holds about 1,000 bytes at level
 * M and 1,270 at level L.
 */
export const MAX_VERSION = 25;

export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Modules per side with the quiet zone on every side: the SVG's viewBox is `0 0 extent extent`. */
  extent: number;
  /** Dark modules by row: `modules[y][x]`. */
  modules: boolean[][];
  /** The dark modules as one SVG path in viewBox units, already offset by the quiet zone. */
  path: string;
}

/** The text does not fit in a code small enough to scan from a screen. */
export class QrTooLongError extends Error {
  constructor(readonly bytes: number) {
    super(`${bytes} bytes do not fit in a QR code of version ${MAX_VERSION} or smaller`);
    this.name = 'QrTooLongError';
  }
}

/**
 * Encodes `text` with at least error correction level M (higher when the
 * version has room; L only when M does not fit). Throws `QrTooLongError`
 * when not even level L fits in version `MAX_VERSION`.
 */
export function encodeQr(text: string): QrSymbol {
  let bitmap: Bitmap2D | undefined;
  // eslint-disable-next-line no-control-regex
  const data = /^[\x00-\x7f]*$/.test(text) ? text : mode.bytes(new TextEncoder().encode(text));
  for (const level of [correction.M, correction.L]) {
    try {
      bitmap = generate(data, { minCorrectionLevel: level, maxVersion: MAX_VERSION });
      break;
    } catch {
      // Too long at this level: try the next.
    }
  }
  if (!bitmap) throw new QrTooLongError(new TextEncoder().encode(text).length);
  const size = bitmap.size;
  const modules = Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => bitmap.get(x, y)));
  return { size, extent: size + 2 * QUIET_ZONE, modules, path: modulesToPath(modules, QUIET_ZONE) };
}

/**
 * One rectangle per horizontal run of dark modules (`M x y h w v 1 h -w z`),
 * in module units: with `shape-rendering="crispEdges"` the code stays sharp
 * at any size.
 */
export function modulesToPath(modules: readonly (readonly boolean[])[], offset = 0): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + offset} ${y + offset}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join('');
}
