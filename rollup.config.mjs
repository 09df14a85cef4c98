// Bundles the compiled kit (out-tsc/, from `tsc -p tsconfig.build.json`) into
// dist/: one file that registers every element for sites without a bundler,
// one entry per element, and lazy chunks (MapLibre, locale strings, long
// texts) that load only when needed.
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const elementEntries = Object.fromEntries(
  readdirSync('components', { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'base' && existsSync(`out-tsc/components/${d.name}/${d.name}.js`))
    .map((d) => [`welfare-${d.name}`, `out-tsc/components/${d.name}/${d.name}.js`]),
);

/** Prints raw and gzip bytes of every emitted file, largest first. */
function sizeTable() {
  return {
    name: 'size-table',
    writeBundle(_options, bundle) {
      const rows = Object.values(bundle)
        .map((file) => {
          const code = file.type === 'chunk' ? file.code : file.source;
          return { name: file.fileName, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
        })
        .sort((a, b) => b.gzip - a.gzip);
      const width = Math.max(...rows.map((r) => r.name.length), 4);
      const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
      console.log(`\n${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(11)}`);
      for (const r of rows) console.log(`${r.name.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}`);
    },
  };
}

/**
 * Keeps each `@license` banner once per file. Terser keeps them all
 * (`comments: 'some'`), and Lit repeats the same banner in every module, so a
 * chunk made of ten Lit modules would carry ten copies of one notice. The full
 * texts are in dist/THIRD-PARTY-NOTICES.txt (scripts/build-notices.ts).
 */
function oneBannerEach() {
  return {
    name: 'one-banner-each',
    renderChunk(code) {
      const seen = new Set();
      const kept = code.replace(/\/\*[!*][^]*?\*\/\n?/g, (comment) => {
        if (!/@license|@preserve|^\/\*!/.test(comment)) return comment;
        const key = comment.replace(/\s+/g, ' ');
        if (seen.has(key)) return '';
        seen.add(key);
        return comment;
      });
      return kept === code ? null : { code: kept, map: null };
    },
  };
}

/**
 * Writes out-tsc/bundle-graph.json: every emitted chunk with its static and
 * lazy imports and the modules in it, so `npm run bench` can tell which files
 * an element's first load pulls in and which chunks are data. Out of dist/ on
 * purpose: it is not part of the published kit.
 */
function bundleGraph(file = 'out-tsc/bundle-graph.json') {
  return {
    name: 'bundle-graph',
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((chunk) => ({
          fileName: chunk.fileName,
          name: chunk.name,
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          facadeModuleId: chunk.facadeModuleId && relative(process.cwd(), chunk.facadeModuleId).split('\\').join('/'),
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.keys(chunk.modules).map((id) => relative(process.cwd(), id).split('\\').join('/')),
        }));
      writeFileSync(file, JSON.stringify({ chunks }, null, 2) + '\n');
    },
  };
}

/**
 * The kit's own modules register elements as they load, so none is free of
 * side effects. Said here rather than in package.json's `sideEffects`, which
 * speaks of the published files (dist/) to consumers' bundlers; without this,
 * node-resolve would apply that field to out-tsc/ and drop the registrations.
 */
function kitModulesHaveSideEffects() {
  return {
    name: 'kit-modules-have-side-effects',
    transform(code, id) {
      return id.includes('/out-tsc/') ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/**
 * In the Node build, a lazy import (a locale, the map engine, the data)
 * points at the browser build's chunk of the same module instead of being
 * bundled a second time: a server render never runs them (they load from
 * connectedCallback and the like), and dist/ stays one copy of the kit.
 */
function lazyImportsFromBrowserBuild() {
  let facades;
  return {
    name: 'lazy-imports-from-browser-build',
    buildStart() {
      const { chunks } = JSON.parse(readFileSync('out-tsc/bundle-graph.json', 'utf8'));
      facades = new Map(chunks.filter((c) => c.facadeModuleId).map((c) => [resolve(c.facadeModuleId), c.fileName]));
    },
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      const fileName = resolved && facades.get(resolved.id);
      return fileName ? { id: resolve('dist', fileName), external: true } : null;
    },
  };
}

const entries = {
  'welfare-navigator': 'out-tsc/components/index.js',
  'welfare-navigator-all': 'out-tsc/components/all.js',
  // The eligibility engine without any element, for embedders and checks (docs/eligibility.md).
  'welfare-eligibility': 'out-tsc/src/eligibility/index.js',
  ...elementEntries,
};

const onwarn = (warning, warn) => {
  // Lit's `this` at module scope is intentional.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    // embed.html's script (components/embed/embed-page.ts): browser only.
    input: { ...entries, 'welfare-embed': 'out-tsc/components/embed/embed-page.js' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks(id) {
        if (id.includes('/node_modules/maplibre-gl/')) return 'maplibre';
        return undefined;
      },
    },
    plugins: [
      nodeResolve({ browser: true }),
      kitModulesHaveSideEffects(),
      terser({ format: { comments: 'some' }, ecma: 2022, module: true }),
      oneBannerEach(),
      sizeTable(),
      bundleGraph(),
    ],
    onwarn,
  },
  // The same entries for Node (the package's `node` export condition): Lit's
  // Node build, which imports without a DOM, so a server render of a page
  // that uses the elements can import them. Not minified: it is never sent
  // to a browser.
  {
    input: entries,
    output: { dir: 'dist/node', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [lazyImportsFromBrowserBuild(), nodeResolve({ exportConditions: ['node'] }), bundleGraph('out-tsc/bundle-graph-node.json')],
    onwarn,
  },
];
