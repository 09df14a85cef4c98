import { test } from 'node:test';
import assert from 'node:assert/strict';
import decodeQR from 'qr/decode.js';
import { MAX_VERSION, QUIET_ZONE, QrTooLongError, encodeQr, modulesToPath } from '../../src/format/qr.ts';

/** Paints a symbol as an RGBA image, `scale` pixels a module, with its quiet zone, and reads it with an independent decoder. */
function scan(modules: boolean[][], scale = 4, quietZone = QUIET_ZONE): string {
  const side = (modules.length + 2 * quietZone) * scale;
  const data = new Uint8Array(side * side * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quietZone) * scale + dy) * side + (x + quietZone) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return decodeQR({ width: side, height: side, data });
}

test('a link, a phone number with an extension, a share link and a contact card in Chinese scan back to the same text', () => {
  for (const text of [
    'https://www.society.taichung.gov.tw/',
    'tel:+886422289111,37513',
    'tel:113',
    'mailto:someone@example.org',
    'https://example.org/welfare/quiz.html#wq-a=ag.68~hs.m~la.1&wq-v=results',
    'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:臺中市和平區公所\r\nTEL;TYPE=WORK,VOICE:+886425941010\r\nEND:VCARD',
  ]) {
    assert.equal(scan(encodeQr(text).modules), text);
  }
});

test('the path draws exactly the dark modules, offset by the quiet zone', () => {
  const symbol = encodeQr('tel:113');
  assert.equal(symbol.extent, symbol.size + 2 * QUIET_ZONE);
  assert.equal(symbol.modules.length, symbol.size);
  // Redraw the path into a grid and compare.
  const grid = Array.from({ length: symbol.extent }, () => Array<boolean>(symbol.extent).fill(false));
  for (const [, x, y, w] of symbol.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  assert.equal(symbol.path.replace(/M(\d+) (\d+)h(\d+)v1h-\3z/g, ''), '', 'only run rectangles');
  for (let y = 0; y < symbol.extent; y++)
    for (let x = 0; x < symbol.extent; x++) {
      const inside = x >= QUIET_ZONE && y >= QUIET_ZONE && x < QUIET_ZONE + symbol.size && y < QUIET_ZONE + symbol.size;
      const dark = inside && symbol.modules[y - QUIET_ZONE]![x - QUIET_ZONE]!;
      assert.equal(grid[y]![x], dark, `module ${x},${y}`);
    }
  // The top-left finder pattern starts at the quiet zone.
  assert.match(symbol.path, new RegExp(`^M${QUIET_ZONE} ${QUIET_ZONE}h7v1h-7z`));
});

test('runs: one rectangle for each run of dark modules in a row', () => {
  assert.equal(
    modulesToPath([
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ]),
    'M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z',
  );
});

test('text too long for a code that scans from a screen is refused, not squeezed', () => {
  const long = 'x'.repeat(3000);
  assert.throws(() => encodeQr(long), QrTooLongError);
  const largest = encodeQr('x'.repeat(1200));
  assert.ok(largest.size <= 17 + 4 * MAX_VERSION, `version ${(largest.size - 17) / 4}`);
});
