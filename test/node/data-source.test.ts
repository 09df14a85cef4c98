import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildDataBundle } from '../../scripts/build-data.ts';
import { DataSourceError, fetchDataBundle, findBundleProblem, forgetDataSource } from '../../src/data/data-source.ts';

const bundle = buildDataBundle();
const copy = () => structuredClone(bundle) as Required<typeof bundle> & { benefits: NonNullable<typeof bundle.benefits> };

test('the bundled data, as published in dist/data/welfare-data.json, is accepted', async () => {
  assert.equal(await findBundleProblem(JSON.parse(JSON.stringify(bundle))), undefined);
  assert.equal(await findBundleProblem({ format: 'welfare-navigator-data', version: 1, directory: bundle.directory }), undefined);
});

test('data that breaks the schema is refused, saying where', async () => {
  const wrongAmount = copy();
  const amount = Object.values(wrongAmount.benefits.rules)
    .flatMap((r) => r.amounts)
    .find((a) => 'value' in a)!;
  (amount as { value: unknown }).value = '3,000';
  assert.match((await findBundleProblem(wrongAmount)) ?? '', /\/benefits\/rules\/.+\/amounts\/\d+\/value must be number/);
  assert.match((await findBundleProblem({ ...copy(), format: 'something-else' })) ?? '', /\/format/);
  assert.match((await findBundleProblem([])) ?? '', /must be object/);
  const extra = copy();
  Object.assign(extra.benefits.index[0]!, { script: '<script>alert(1)</script>' });
  assert.match((await findBundleProblem(extra)) ?? '', /additional properties/);
});

test('records that point at nothing are refused', async () => {
  const twice = copy();
  twice.benefits.index.push(twice.benefits.index[0]!);
  assert.match((await findBundleProblem(twice)) ?? '', /appears twice/);
  const orphan = copy();
  orphan.directory.services[0]!.organizationId = 'nobody';
  assert.match((await findBundleProblem(orphan)) ?? '', /names an organization or location/);
  const noRules = copy();
  delete noRules.benefits.rules[noRules.benefits.index[5]!.id];
  assert.match((await findBundleProblem(noRules)) ?? '', /has no rules/);
});

const server = createServer((request, response) => {
  if (request.url === '/ok.json') return void response.end(JSON.stringify(bundle));
  if (request.url === '/broken.json') return void response.end('{"format": "welfare-navigator-data",');
  if (request.url === '/slow.json') return; // never answers
  response.statusCode = 404;
  response.end('not found');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
after(() => server.closeAllConnections());
after(() => server.close());

const problemOf = async (path: string, timeoutMs = 2000) => {
  try {
    await fetchDataBundle({ url: path.startsWith('http') ? path : base + path, timeoutMs });
    return 'none';
  } catch (error) {
    assert.ok(error instanceof DataSourceError);
    return error.problem;
  }
};

test('each way a data-src can fail has its own reason', async () => {
  assert.equal(await problemOf('/ok.json'), 'none');
  assert.equal(await problemOf('/missing.json'), 'http');
  assert.equal(await problemOf('/broken.json'), 'json');
  assert.equal(await problemOf('/slow.json', 200), 'timeout');
  assert.equal(await problemOf('http://127.0.0.1:9/nothing-listens-here.json'), 'network');
});

test('a refused file stays refused until it is forgotten', async () => {
  const source = { url: `${base}/later.json`, timeoutMs: 2000 };
  await assert.rejects(fetchDataBundle(source), DataSourceError);
  assert.equal(fetchDataBundle(source), fetchDataBundle(source), 'one request per URL');
  forgetDataSource(source.url);
  await assert.rejects(fetchDataBundle(source), DataSourceError);
});
