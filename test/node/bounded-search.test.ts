/**
 * Queries of any length from a search field, an attribute or a link: the
 * search reads at most MAX_QUERY_LENGTH characters and MAX_QUERY_TERMS
 * words, and types no typo tables for very long words, so a pasted book or
 * a crafted `#wn-q=` cannot block the page or run it out of memory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benefitIndex } from '../../src/generated/benefit-index.ts';
import { directory } from '../../src/generated/directory.ts';
import { BenefitSearch } from '../../src/search/benefit-search.ts';
import { createDirectorySearch } from '../../src/search/directory-search.ts';
import { buildEntries } from '../../src/directory/entries.ts';
import { MAX_QUERY_LENGTH, boundQuery } from '../../src/search/text.ts';

const benefits = new BenefitSearch(
  benefitIndex.map((b) => ({ id: b.id, title: `${b.title['zh-Hant']} ${b.title.en}`, summary: '', tags: '', eligibility: '' })),
);

test('a query is cut at 200 characters, never inside a surrogate pair', () => {
  assert.equal(MAX_QUERY_LENGTH, 200);
  assert.equal(boundQuery('老人'), '老人');
  assert.equal(boundQuery('a'.repeat(1000)).length, 200);
  const emoji = `${'a'.repeat(199)}😀`;
  assert.equal(boundQuery(emoji), 'a'.repeat(199));
});

test(
  'a query of a million letters, one long word, or thousands of words ends, with results as for its first 200 characters',
  { timeout: 30000 },
  () => {
    for (const query of ['a'.repeat(1_000_000), 'disability'.repeat(10_000), 'older '.repeat(20_000), '家暴'.repeat(50_000)]) {
      const hits = benefits.search(query).map((h) => h.id);
      assert.deepEqual(
        hits,
        benefits.search(query.slice(0, 200)).map((h) => h.id),
      );
    }
    // A long query that starts with real words still finds them.
    assert.ok(benefits.search(`家暴 ${'x'.repeat(100_000)}`).length > 0);
  },
);

test("the directory's search is bounded the same way", { timeout: 30000 }, () => {
  const search = createDirectorySearch(buildEntries(directory), directory);
  assert.deepEqual(search.search('q'.repeat(1_000_000)), search.search('q'.repeat(200)));
});
