// Bundles the compiled kit (out-tsc/, from `tsc -p tsconfig.build.json`) into
// dist/: one file that registers every element for sites without a bundler,
// one entry per element, and lazy chunks (MapLibre, locale strings, long
// texts) that load only when needed.
import { readdirSync, existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
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
 * Writes out-tsc/bundle-graph.json: every emitted chunk with its static and
 * lazy imports and the modules in it, so `npm run bench` can tell which files
 * an element's first load pulls in and which chunks are data. Out of dist/ on
 * purpose: it is not part of the published kit.
 */
function bundleGraph() {
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
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.keys(chunk.modules).map((id) => relative(process.cwd(), id).split('\\').join('/')),
        }));
      writeFileSync('out-tsc/bundle-graph.json', JSON.stringify({ chunks }, null, 2) + '\n');
    },
  };
}

export default {
  input: { 'welfare-navigator': 'out-tsc/components/index.js', ...elementEntries },
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
  plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false }, ecma: 2022, module: true }), sizeTable(), bundleGraph()],
  onwarn(warning, warn) {
    // Lit's `this` at module scope is intentional.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
