import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.mjs';
import { build } from 'esbuild';

/**
 * Test-only answers for `data-src`: a server that never answers, and one
 * that fails once and then serves the bundled data (for the retry button).
 */
const flakyHits = new Map();
async function dataSourceFixtures(context, next) {
  if (context.path === '/__data__/never.json') return new Promise(() => {});
  if (context.path === '/__data__/flaky.json') {
    const key = String(context.query.key ?? '');
    const hits = (flakyHits.get(key) ?? 0) + 1;
    flakyHits.set(key, hits);
    context.status = hits === 1 ? 503 : 200;
    context.type = hits === 1 ? 'text/plain' : 'application/json';
    context.body = hits === 1 ? 'try later' : await readFile(new URL('./src/generated/welfare-data.json', import.meta.url), 'utf8');
    return undefined;
  }
  return next();
}

/**
 * `forced-colors: active` (Windows high contrast) for a test page: the
 * runner's own emulate-media command does not pass it on to Puppeteer.
 */
const forcedColorSessions = new Map();
function forcedColorsCommand() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      // Puppeteer's emulateMediaFeatures() refuses this feature; the DevTools
      // protocol takes it, for as long as its session stays open.
      let cdp = forcedColorSessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        forcedColorSessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * A second origin for test/browser/cross-origin.test.ts: the page at
 * localhost loads the kit from 127.0.0.1 (another origin, same server).
 * `/__cross-origin__/cors/<path>` serves `<path>` with the headers that
 * docs/embedding.md asks of a CDN; `/__cross-origin__/no-cors/<path>` without
 * them, as a host that forgot them.
 */
async function secondOrigin(context, next) {
  const match = /^\/__cross-origin__\/(cors|no-cors)(\/.*)$/.exec(context.path);
  if (!match) return next();
  context.url = match[2] + (context.querystring ? `?${context.querystring}` : '');
  await next();
  if (match[1] === 'cors') {
    context.set('Access-Control-Allow-Origin', '*');
    context.set('Cross-Origin-Resource-Policy', 'cross-origin');
  }
  return undefined;
}

/**
 * Serves test/react/app.tsx as one ES module bundled by esbuild: React 19
 * ships CommonJS only, so a page must bundle it (no CDN). The kit's own
 * modules stay outside the bundle and load from the test server like in
 * every other test, so the page uses the same element classes.
 */
function reactPage() {
  const kit = {
    name: 'kit-from-test-server',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^\.{1,2}\/.*\/(components|src)\// }, (args) => {
        const path = fileURLToPath(new URL(args.path, pathToFileURL(args.importer)));
        return { path: `/${path.slice(root.length)}`, external: true };
      });
    },
  };
  return {
    name: 'react-page',
    async serve(context) {
      if (context.path !== '/test/react/app.tsx') return undefined;
      const result = await build({
        entryPoints: [fileURLToPath(new URL('./test/react/app.tsx', import.meta.url))],
        absWorkingDir: root,
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"development"' },
        plugins: [kit],
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts', 'components/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames,
  // which open-wc's fixture() and nextFrame() wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // A file's whole run, not one test: the kiosk's file opens every tool in turn.
  testsFinishTimeout: 300000,
  middleware: [dataSourceFixtures, secondOrigin],
  plugins: [
    reactPage(),
    forcedColorsCommand(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
