import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBenefits, checkSchemas, loadBenefitFiles, uncataloguedFiles } from '../../scripts/validate-data.ts';
import { parsePhone } from '../../src/format/phone.ts';

const format = (problems: { file: string; where: string; message: string }[]) =>
  problems
    .slice(0, 40)
    .map((p) => `${p.file} ${p.where}: ${p.message}`)
    .join('\n');

test('every data file satisfies its JSON Schema', () => {
  const problems = checkSchemas();
  assert.equal(problems.length, 0, format(problems));
});

test('benefit records: unique ids, parents, sources, quotes, and all 159 body items', () => {
  const problems = checkBenefits();
  assert.equal(problems.length, 0, format(problems));
});

test('the checklist covers 159 body headings and the one contents-only item', () => {
  const records = loadBenefitFiles().flatMap((f) => f.records);
  const handbookItems = records.filter((r) => r.source.document === 'handbook-2015' && !r.parent);
  assert.equal(handbookItems.filter((r) => !r.noBodyText).length, 159);
  const contentsOnly = handbookItems.filter((r) => r.noBodyText);
  assert.deepEqual(
    contentsOnly.map((r) => [r.chapter, r.item]),
    [[2, 22]],
  );
});

test('every part record is linked to its parent item', () => {
  const records = loadBenefitFiles().flatMap((f) => f.records);
  const ids = new Set(records.map((r) => r.id));
  const parts = records.filter((r) => r.parent);
  assert.ok(parts.length >= 25, `only ${parts.length} part records`);
  for (const part of parts) assert.ok(ids.has(part.parent), `${part.id} → ${part.parent}`);
});

test('every data file has a JSON Schema in the catalog', () => {
  assert.deepEqual(uncataloguedFiles(), []);
});

test('a phone that is not valid as printed keeps its printing and carries a note saying so', () => {
  const records = loadBenefitFiles().flatMap((f) => f.records);
  const missing: string[] = [];
  for (const record of records) {
    for (const contact of record.contacts) {
      for (const phone of contact.phones) {
        const parsed = parsePhone(phone.number);
        if (parsed.valid) continue;
        const digits = phone.number.replace(/\D/g, '');
        const noted = record.notes.some(
          (n: { kind: string; text: string }) =>
            ['source-error', 'doubt'].includes(n.kind) &&
            (n.text.replace(/\D/g, '').includes(digits) || (parsed.missingAreaCode && /area code/i.test(n.text))),
        );
        if (!noted) missing.push(`${record.id}: ${phone.printed}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});
