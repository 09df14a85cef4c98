import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandQuery, highlight, tokenize, tokenizeQuery } from '../../src/search/text.ts';

test('Chinese is indexed as characters and pairs, folded; Latin as words', () => {
  assert.deepEqual(tokenize('台中 老人ABC'), ['臺', '中', '臺中', '老', '人', '老人', 'abc']);
});

test('a query searches Chinese pairs, or the single character when that is all it has', () => {
  assert.deepEqual(tokenizeQuery('老人津貼 x'), ['老人', '人津', '津貼', 'x']);
  assert.deepEqual(tokenizeQuery('老'), ['老']);
});

test('synonyms join the query', () => {
  assert.ok(expandQuery('長者').includes('老人'));
  assert.ok(expandQuery('身障').includes('身心障礙'));
  assert.deepEqual(expandQuery('喪葬補助').slice(0, 1), ['喪葬補助']);
});

test('highlight marks every folded occurrence', () => {
  assert.deepEqual(highlight('臺中市老人', ['台中']), [
    { text: '臺中', match: true },
    { text: '市老人', match: false },
  ]);
});
