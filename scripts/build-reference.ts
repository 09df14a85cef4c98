/**
 * Writes docs/reference.md from custom-elements.json (which `cem analyze`
 * writes from the elements' JSDoc during `npm run build`): per element its
 * attributes, the properties that are not attributes, events with their
 * detail types, methods, CSS parts and CSS custom properties.
 *
 * Usage: tsx scripts/build-reference.ts   (`npm run docs`; `npm run build` runs it)
 *
 * test/node/reference.test.ts fails when docs/reference.md differs from what
 * renderReference() makes of the current custom-elements.json.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The parts of the Custom Elements Manifest (schema 1.0) this script reads. */
export interface Manifest {
  schemaVersion: string;
  modules: ManifestModule[];
}

interface ManifestModule {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}

interface TypeText {
  text: string;
}

interface Attribute {
  name: string;
  fieldName?: string;
  type?: TypeText;
  default?: string;
  description?: string;
}

interface Member {
  kind: 'field' | 'method';
  name: string;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  readonly?: boolean;
  reflects?: boolean;
  attribute?: string;
  type?: TypeText;
  default?: string;
  description?: string;
  parameters?: { name: string; type?: TypeText; default?: string; optional?: boolean }[];
  return?: { type?: TypeText };
}

interface Named {
  name: string;
  description?: string;
  type?: TypeText;
}

export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}

/** package.json's `exports`, to name the module that registers each element. */
export type PackageExports = Record<string, string | { types?: string; default?: string }>;

export interface DocumentedElement {
  tagName: string;
  declaration: Declaration;
  /** The module that registers it, e.g. components/benefit-finder/benefit-finder.ts */
  definedIn: string;
}

/** Every element with a tag name, in the order of the manifest's modules. */
export function documentedElements(manifest: Manifest): DocumentedElement[] {
  const elements: DocumentedElement[] = [];
  for (const mod of manifest.modules) {
    for (const exported of mod.exports ?? []) {
      if (exported.kind !== 'custom-element-definition') continue;
      const home = manifest.modules.find((m) => m.path === exported.declaration.module) ?? mod;
      const declaration = home.declarations?.find((d) => d.name === exported.declaration.name);
      if (declaration?.tagName) elements.push({ tagName: declaration.tagName, declaration, definedIn: mod.path });
    }
  }
  // The analyzer's module order changes from build to build; the reference must not.
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const isPublic = (m: { privacy?: string; name: string }) => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#');

/** One line of prose for a table cell: paragraphs kept as line breaks, pipes and raw tags escaped. */
function cell(text: string | undefined): string {
  if (!text) return '';
  return prose(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .join('<br><br>')
    .replace(/\|/g, '\\|');
}

/** Markdown text with `<` outside code spans escaped, so `<html lang>` in prose is not read as HTML. */
function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;')))
    .join('');
}

function code(text: string | undefined): string {
  if (!text) return '';
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const ticks = oneLine.includes('`') ? '``' : '`';
  return `${ticks}${oneLine}${ticks}`.replace(/\|/g, '\\|');
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** `CustomEvent<{ id: string }>` → `{ id: string }`; anything else as it is. */
function detailType(type: TypeText | undefined): string {
  const text = type?.text ?? '';
  const match = /^CustomEvent<([\s\S]*)>$/.exec(text.trim());
  return match ? match[1]!.trim() : text;
}

function signature(method: Member): string {
  const params = (method.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}${p.default ? ` = ${p.default}` : ''}`)
    .join(', ');
  return `${method.static ? 'static ' : ''}${method.name}(${params})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
}

/** The package entry (`welfare-navigator/benefit-finder`) whose types are those of `definedIn`. */
function importPath(packageName: string, exports: PackageExports, definedIn: string): string | undefined {
  const declarationFile = `./dist/types/${definedIn.replace(/\.ts$/, '.d.ts')}`;
  for (const [key, value] of Object.entries(exports)) {
    if (typeof value === 'object' && value.types === declarationFile) return key === '.' ? packageName : `${packageName}/${key.slice(2)}`;
  }
  return undefined;
}

function renderElement(element: DocumentedElement, packageName: string, exports: PackageExports): string {
  const { tagName, declaration: d } = element;
  const out: string[] = [`## \`<${tagName}>\``, ''];
  if (d.description) out.push(prose(d.description), '');
  const entry = importPath(packageName, exports, element.definedIn);
  out.push(
    `Class \`${d.name}\`, registered by ${entry ? `\`import '${entry}'\` (or the whole kit, \`${packageName}\`)` : `\`${element.definedIn}\``}.`,
    '',
  );

  /** A section: its heading, then an introduction and a table of `rows`, or `none` when there are no rows. */
  const section = (heading: string, columns: string[], rows: string[][], { intro = '', none = 'None.' } = {}) => {
    out.push(`### ${heading}`, '', rows.length ? `${intro ? `${intro}\n\n` : ''}${table(columns, rows)}` : none, '');
  };

  const members = (d.members ?? []).filter(isPublic);
  const fieldOf = (a: Attribute) => members.find((m) => m.kind === 'field' && m.name === a.fieldName);
  section(
    'Attributes',
    ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    (d.attributes ?? []).map((a) => [
      `\`${a.name}\`${fieldOf(a)?.reflects ? ' (reflected)' : ''}`,
      a.fieldName ? `\`${a.fieldName}\`` : '',
      code(a.type?.text ?? fieldOf(a)?.type?.text),
      code(a.default ?? fieldOf(a)?.default),
      cell(a.description ?? fieldOf(a)?.description),
    ]),
    {
      intro:
        'Each attribute has a property of the same meaning (set either); a *reflected* one is also written back to the attribute when the property changes.',
    },
  );
  section(
    'Properties that are not attributes',
    ['Property', 'Type', 'Read-only', 'Description'],
    members
      .filter((m) => m.kind === 'field' && !m.attribute && !m.static)
      .map((p) => [`\`${p.name}\``, code(p.type?.text), p.readonly ? 'yes' : 'no', cell(p.description)]),
    { none: 'None: every property is also an attribute.' },
  );
  section(
    'Events',
    ['Event', 'Detail type', 'Description'],
    (d.events ?? []).map((e) => [`\`${e.name}\``, code(detailType(e.type)), cell(e.description)]),
    {
      intro: 'Each is a `CustomEvent` that bubbles and is composed (it leaves the shadow root), so a page can also listen on `document`.',
    },
  );
  section(
    'Methods',
    ['Method', 'Description'],
    members.filter((m) => m.kind === 'method').map((m) => [code(signature(m)), cell(m.description)]),
  );
  section(
    'CSS parts',
    ['Part', 'Description'],
    (d.cssParts ?? []).map((p) => [`\`${p.name}\``, cell(p.description)]),
    { intro: `Style them from the page with \`${tagName}::part(name)\`.` },
  );
  section(
    'CSS custom properties',
    ['Custom property', 'Description'],
    (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, cell(p.description)]),
  );
  const slots = d.slots ?? [];
  if (slots.length) {
    section(
      'Slots',
      ['Slot', 'Description'],
      slots.map((s) => [s.name ? `\`${s.name}\`` : '(default)', cell(s.description)]),
    );
  }
  return out.join('\n');
}

/** docs/reference.md for this manifest. */
export function renderReference(manifest: Manifest, packageName: string, exports: PackageExports): string {
  const elements = documentedElements(manifest);
  const firstParagraph = (text = '') => cell(text.split(/\n\s*\n/)[0]);
  return [
    '# Reference',
    '',
    '<!-- Generated by scripts/build-reference.ts from custom-elements.json (`npm run docs`, run by `npm run build`). Do not edit: change the JSDoc on the elements instead. -->',
    '',
    'Every attribute, property, event, method, CSS part and CSS custom property of the',
    "kit's elements, generated from `custom-elements.json`, which the build writes",
    "from the elements' source. How to put the elements on a page, in React or in",
    'Vue, and how to theme them: [embedding.md](embedding.md).',
    '',
    table(
      ['Element', 'What it is'],
      elements.map((e) => [`[\`<${e.tagName}>\`](#${e.tagName})`, firstParagraph(e.declaration.description)]),
    ),
    '',
    ...elements.map((e) => renderElement(e, packageName, exports)),
  ].join('\n');
}

export const referencePath = fileURLToPath(new URL('../docs/reference.md', import.meta.url));
export const manifestPath = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
export const packageJsonPath = fileURLToPath(new URL('../package.json', import.meta.url));

/** What docs/reference.md should contain, from the current custom-elements.json and package.json. */
export function expectedReference(): string {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { name: string; exports: PackageExports };
  return renderReference(manifest, pkg.name, pkg.exports);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = expectedReference();
  mkdirSync(fileURLToPath(new URL('../docs', import.meta.url)), { recursive: true });
  writeFileSync(referencePath, text);
  const count = (text.match(/^## /gm) ?? []).length;
  console.log(`docs/reference.md: ${count} elements from custom-elements.json`);
}
