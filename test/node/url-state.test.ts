import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fragmentWith, readFragment } from '../../src/url-state.ts';

test("an element's keys go into the fragment beside the page's own, and come back", () => {
  const hash = fragmentWith('wq', { s: 'self', a: 'ag.68~hs.m~di.豐原區' }, '#top=1&wq-old=x');
  assert.equal(hash.startsWith('#top=1&'), true);
  assert.equal(hash.includes('wq-old'), false);
  assert.deepEqual(Object.fromEntries(readFragment('wq', hash)), { s: 'self', a: 'ag.68~hs.m~di.豐原區' });
});

test('the answers separator stays a literal ~, for a short link and a light QR code', () => {
  const hash = fragmentWith('wq', { a: 'ag.68~hs.m' }, '');
  assert.equal(hash, '#wq-a=ag.68~hs.m');
  // What the user typed in a value that contains "%7E" literally still round-trips.
  assert.equal(readFragment('wq', fragmentWith('wq', { q: '100%7E' }, '')).get('q'), '100%7E');
});

test('empty values leave no key, and no fragment at all when nothing is left', () => {
  assert.equal(fragmentWith('wn', { q: '', b: '' }, '#wn-q=old'), '');
});
