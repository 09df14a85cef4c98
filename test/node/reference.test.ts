import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentedElements, expectedReference, manifestPath, referencePath, type Manifest } from '../../scripts/build-reference.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = (): Manifest => {
  assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: `npm run build` writes it');
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
};

test('docs/reference.md is what `npm run docs` makes of custom-elements.json', () => {
  manifest();
  const committed = existsSync(referencePath) ? readFileSync(referencePath, 'utf8') : '';
  assert.ok(
    committed === expectedReference(),
    'docs/reference.md is out of date with custom-elements.json: run `npm run docs` (or `npm run build`) and commit docs/reference.md',
  );
});

/**
 * The files of an element: its own folder, or, for the small shared elements
 * kept in components/base (the QR code), its own module only.
 */
function sourcesOf(element: { declaration: unknown; definedIn: string }): string[] {
  const dir = join(root, 'components', element.definedIn.split('/')[1]!);
  if (!element.definedIn.startsWith('components/base/')) {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(dir, f));
  }
  const module = join(root, element.definedIn);
  return [module, module.replace(/\.ts$/, '.component.ts')].filter((f) => existsSync(f));
}

test('every element directory registers a documented element', () => {
  const tags = documentedElements(manifest()).map((e) => e.tagName);
  const directories = readdirSync(join(root, 'components'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'base' && existsSync(join(root, 'components', d.name, `${d.name}.ts`)))
    .map((d) => `welfare-${d.name}`);
  for (const tag of directories)
    assert.ok(tags.includes(tag), `components/${tag.replace(/^welfare-/, '')} registers no documented element`);
  const elsewhere = documentedElements(manifest()).filter((e) => !directories.includes(e.tagName));
  for (const e of elsewhere) assert.match(e.definedIn, /^components\/base\//, `${e.tagName} is defined outside its own folder`);
});

test('every attribute, property, event, part and custom property has a description; every event a detail type', () => {
  const missing: string[] = [];
  for (const { tagName, declaration: d } of documentedElements(manifest())) {
    for (const a of d.attributes ?? []) if (!a.description?.trim()) missing.push(`${tagName}: attribute ${a.name}`);
    for (const m of d.members ?? []) {
      if ((m.privacy ?? 'public') === 'public' && !m.description?.trim()) missing.push(`${tagName}: ${m.kind} ${m.name}`);
    }
    for (const e of d.events ?? []) {
      if (!e.description?.trim()) missing.push(`${tagName}: event ${e.name}`);
      if (!e.type?.text) missing.push(`${tagName}: detail type of ${e.name} (add it to WelfareEventMap in components/base/events.ts)`);
    }
    for (const p of d.cssParts ?? []) if (!p.description?.trim()) missing.push(`${tagName}: part ${p.name}`);
    for (const p of d.cssProperties ?? []) if (!p.description?.trim()) missing.push(`${tagName}: custom property ${p.name}`);
  }
  assert.deepEqual(missing, [], 'add JSDoc for these');
});

test('every event an element sends is documented with @fires', () => {
  for (const element of documentedElements(manifest())) {
    const { tagName, declaration } = element;
    const sent = new Set<string>();
    for (const file of sourcesOf(element)) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/\bemit\(\s*'([a-z-]+)'/g)) sent.add(name!);
    }
    const documented = new Set((declaration.events ?? []).map((e) => e.name));
    for (const name of sent) assert.ok(documented.has(name), `<${tagName}> sends ${name}: add \`@fires ${name} - …\` to its class JSDoc`);
  }
});

test('every CSS part an element renders is documented with @csspart', () => {
  const shared = new Set<string>();
  const elementModules = new Set(documentedElements(manifest()).flatMap((e) => sourcesOf(e)));
  for (const file of readdirSync(join(root, 'components', 'base')).filter(
    (f) => f.endsWith('.ts') && !elementModules.has(join(root, 'components', 'base', f)),
  )) {
    for (const [, name] of readFileSync(join(root, 'components', 'base', file), 'utf8').matchAll(/\bpart="([a-z-]+)"/g)) shared.add(name!);
  }
  for (const element of documentedElements(manifest())) {
    const { tagName, declaration } = element;
    // The shared parts come with the base class; the QR code, defined in base, renders only its own.
    const rendered = new Set(element.definedIn.startsWith('components/base/') ? [] : shared);
    for (const file of sourcesOf(element)) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/\bpart="([a-z-]+)"/g)) rendered.add(name!);
    }
    const documented = new Set((declaration.cssParts ?? []).map((p) => p.name));
    for (const name of rendered) assert.ok(documented.has(name), `<${tagName}> renders part="${name}": add \`@csspart ${name} - …\``);
  }
});
