/**
 * Newer data (`data-src`) that the schema used to accept but the elements
 * could not show or export safely: ids named after Object's own properties,
 * coordinates off the earth, negative or absurd amounts, too many records,
 * files too large or nested too deep, and phone fields that carry line
 * breaks into a vCard or formulas into a CSV.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildDataBundle } from '../../scripts/build-data.ts';
import { DataSourceError, MAX_DATA_BYTES, fetchDataBundle, findBundleProblem } from '../../src/data/data-source.ts';
import { loadBenefitDetail } from '../../src/data/benefits.ts';
import { csvField } from '../../src/format/csv.ts';
import { parseVCards, toVCard } from '../../src/format/vcard.ts';

const bundle = buildDataBundle();
type Bundle = Required<typeof bundle> & { benefits: NonNullable<typeof bundle.benefits> };
const copy = () => structuredClone(bundle) as Bundle;

test('a benefit id that names a property of every object is not mistaken for one that has rules or a text', async () => {
  for (const id of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    const data = copy();
    data.benefits.index.push({ ...data.benefits.index[0]!, id });
    assert.match((await findBundleProblem(data)) ?? '', new RegExp(`benefit ${id} has no rules`), id);
  }
  assert.equal(await loadBenefitDetail('__proto__'), undefined);
  assert.equal(await loadBenefitDetail('constructor'), undefined);
});

test('coordinates outside Taiwan are refused', async () => {
  for (const [lon, lat] of [
    [120.68, 9999],
    [120.68, -91],
    [500, 24.1],
    [0, 0],
  ] as const) {
    const data = copy();
    const location = data.directory.locations.find((l) => l.point)!;
    location.point = { ...location.point!, lon, lat };
    assert.match((await findBundleProblem(data)) ?? '', /\/point\/(lat|lon) must be/, `${lon},${lat}`);
  }
});

test('negative, absurd and upside-down amounts are refused', async () => {
  const amountOf = (data: Bundle) =>
    Object.values(data.benefits.rules)
      .flatMap((r) => r.amounts)
      .find((a) => 'value' in a)! as { value?: number; min?: number; max?: number };
  for (const value of [-5000, 1e308]) {
    const data = copy();
    amountOf(data).value = value;
    assert.match((await findBundleProblem(data)) ?? '', /amounts\/\d+\/value must be/, String(value));
  }
  const reversed = copy();
  const amount = amountOf(reversed);
  delete amount.value;
  Object.assign(amount, { min: 9000, max: 1 });
  assert.match((await findBundleProblem(reversed)) ?? '', /min is above its max/);
});

test('too many records are refused', async () => {
  const data = copy();
  const first = data.benefits.index[0]!;
  data.benefits.index = Array.from({ length: 100_000 }, (_, i) => ({ ...first, id: `b${i}` }));
  assert.match((await findBundleProblem(data)) ?? '', /\/benefits\/index must NOT have more than 2000 items/);
});

test('an extension, a range or a number with anything but digits is refused', async () => {
  const withPhones = (data: Bundle) => data.directory.organizations.find((o) => o.phones?.some((p) => p.extensions?.length))!;
  const extension = copy();
  withPhones(extension).phones!.find((p) => p.extensions?.length)!.extensions![0] = '9\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Fake';
  assert.match((await findBundleProblem(extension)) ?? '', /extensions\/0 must match pattern/);
  const range = copy();
  const phone = range.directory.organizations.flatMap((o) => o.phones ?? []).find((p) => p.extensionRanges?.length)!;
  phone.extensionRanges![0]!.from = '1\r\nNOTE:call me';
  assert.match((await findBundleProblem(range)) ?? '', /from must match pattern/);
});

test('nesting too deep for the validator is refused with a reason, not a stack overflow', async () => {
  const data = copy();
  const rules = Object.values(data.benefits.rules).find((r) => r.rule)!;
  let rule: unknown = rules.rule;
  for (let i = 0; i < 5000; i++) rule = { not: rule };
  (rules as { rule: unknown }).rule = rule;
  assert.match((await findBundleProblem(data)) ?? '', /nests deeper than/);
});

const big = JSON.stringify({ format: 'welfare-navigator-data', version: 1, padding: 'x'.repeat(MAX_DATA_BYTES) });
const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
const server = createServer((request, response) => {
  if (request.url === '/big.json') return void response.end(big);
  if (request.url === '/big-chunked.json') {
    response.setHeader('transfer-encoding', 'chunked');
    response.write(big.slice(0, MAX_DATA_BYTES / 2));
    response.write(big.slice(MAX_DATA_BYTES / 2));
    return void response.end();
  }
  if (request.url === '/deep.json') return void response.end(deep);
  response.statusCode = 404;
  response.end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => server.closeAllConnections());
after(() => server.close());

test('a file larger than the cap, or nested past any sense, is refused as a DataSourceError', async () => {
  for (const path of ['/big.json', '/big-chunked.json', '/deep.json']) {
    await assert.rejects(fetchDataBundle({ url: base + path, timeoutMs: 5000 }), (error: unknown) => {
      assert.ok(error instanceof DataSourceError, `${path}: ${String(error)}`);
      assert.equal(error.problem, 'invalid');
      return true;
    });
  }
});

test('vCards take only digits from an extension: no line of data starts a card or a property', () => {
  const text = toVCard({
    name: 'Office',
    phones: [{ kind: 'voice', international: '+886422289111', extension: '9\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Fake' }],
  });
  assert.equal(parseVCards(text).length, 1);
  assert.doesNotMatch(text, /FN:Fake/);
  assert.match(text, /TEL;TYPE=WORK,VOICE:\+886422289111,9\r\n/);
  const v4 = toVCard({ name: 'Office', phones: [{ kind: 'voice', international: '+886422289111', extension: '1\nNOTE:x' }] }, '4.0');
  assert.doesNotMatch(v4, /^NOTE/m);
});

test('a CSV field that starts with spaces before a formula character is guarded too', () => {
  for (const value of ['  =1+1', ' +1', '\u00a0-2', '   @SUM(A1)']) assert.equal(csvField(value), `'${value}`, JSON.stringify(value));
  assert.equal(csvField('plain = text'), 'plain = text');
});
