import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/browser/**/*.test.ts', 'components/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames,
  // which open-wc's fixture() and nextFrame() wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
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
