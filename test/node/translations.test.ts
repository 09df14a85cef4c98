import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMissingTranslations } from '../../scripts/check-translations.ts';

const unit = (id: string, target?: string) =>
  `<trans-unit id="${id}">\n  <source>載入中…</source>${target === undefined ? '' : `\n  <target>${target}</target>`}\n</trans-unit>`;

test('an untranslated string fails the translation check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
  writeFileSync(join(dir, 'en.xlf'), `<xliff><file><body>${unit('a', 'Loading…')}${unit('b')}${unit('c', ' ')}</body></file></xliff>`);
  assert.deepEqual(
    findMissingTranslations(dir).map((m) => m.id),
    ['b', 'c'],
  );
});

test("the project's own XLIFF files translate every string", () => {
  assert.deepEqual(findMissingTranslations(fileURLToPath(new URL('../../xliff', import.meta.url))), []);
});
