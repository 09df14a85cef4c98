import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePhone } from '../../src/format/phone.ts';

test('Taichung numbers with an extension dial the extension after a pause', () => {
  const p = parsePhone('04 -2228 9111', '37513');
  assert.equal(p.valid, true);
  assert.equal(p.display, '04-2228-9111');
  assert.equal(p.tel, 'tel:+886422289111,37513');
});

test('toll-free and short numbers', () => {
  assert.equal(parsePhone('0800-788-995').tel, 'tel:+886800788995');
  assert.equal(parsePhone('0800-788-995').display, '0800-788-995');
  assert.equal(parsePhone('113').tel, 'tel:113');
  assert.equal(parsePhone('110').valid, true);
});

test('numbers invalid as printed are flagged, never repaired', () => {
  for (const printed of ['04-6760180', '04-424713535']) {
    const p = parsePhone(printed);
    assert.equal(p.valid, false, printed);
    assert.equal(p.tel, undefined);
    assert.equal(p.display, printed);
    assert.match(p.problem!, /digits/);
  }
});

test('full-width digits are read', () => {
  assert.equal(parsePhone('０４－２２２８９１１１').tel, 'tel:+886422289111');
});

test('a number printed without an area code is not completed by guess', () => {
  const p = parsePhone('24724830');
  assert.equal(p.valid, false);
  assert.equal(p.missingAreaCode, true);
  assert.equal(p.tel, undefined);
});
