import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

const xliffDir = fileURLToPath(new URL('../../xliff', import.meta.url));
const units = (locale: string) =>
  new Map(
    [...readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8').matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(
      ([, id, body]) => [id!, /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1] ?? ''],
    ),
  );
const placeholders = (target: string) => [...target.matchAll(/<x id="[^"]*"[^>]*\/>/g)].map(([x]) => x).sort();

test('every interface language has every string, with the same placeholders', () => {
  const { targetLocales } = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8')) as {
    targetLocales: string[];
  };
  assert.deepEqual([...targetLocales].sort(), ['en', 'id', 'vi']);
  const reference = units('en');
  for (const locale of targetLocales) {
    const mine = units(locale);
    assert.deepEqual([...mine.keys()].sort(), [...reference.keys()].sort(), `${locale}.xlf has other strings than en.xlf`);
    for (const [id, target] of mine) {
      assert.deepEqual(placeholders(target), placeholders(reference.get(id)!), `${locale}.xlf ${id}: placeholders differ`);
    }
  }
});
