import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';

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

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/browser/**/*.test.ts', 'components/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames,
  // which open-wc's fixture() and nextFrame() wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [dataSourceFixtures],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // WebGL for MapLibre without a GPU.
          '--enable-unsafe-swiftshader',
        ],
      },
    }),
  ],
};
