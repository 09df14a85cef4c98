/**
 * `npm run bench`: builds the kit if dist/ is missing or stale, starts a static
 * server and Chromium of its own, measures, prints one figure a line and
 * writes bench/results.json. Every figure that has a budget says whether it is
 * met; the bench itself never fails on a budget (it exits non-zero only when
 * a measurement could not be made).
 *
 *   npm run bench                        everything
 *   npm run bench -- --only size,search  some groups (size, lighthouse, search, engine, map, soak)
 *   npm run bench -- --quick             fewer repetitions, for trying the bench itself
 */
import { ensureBuilt } from './build.js';
import type { Browser } from 'puppeteer-core';
import { close, closeAll, launch } from './browser.js';
import { startServer, type BenchServer } from './server.js';
import { table, writeResults, type Figure } from './report.js';
import { finderFirstPaintData, sizeFigures } from './size.js';
import { engineFigures } from './engine.js';
import { searchFigures } from './search.js';
import { mapFigures } from './map.js';
import { soakFigures } from './soak.js';
import { lighthouseFigures } from './lighthouse.js';

const GROUPS = ['size', 'lighthouse', 'search', 'engine', 'map', 'soak'] as const;
type Group = (typeof GROUPS)[number];

/** Groups measured in node alone: they need no build, no server and no browser. */
const NODE_ONLY: ReadonlySet<Group> = new Set(['engine']);

export interface Options {
  quick: boolean;
}

function parseArgs(argv: string[]): { groups: Set<Group>; options: Options } {
  const only = argv.find((a) => a.startsWith('--only'));
  const value = only?.includes('=') ? only.split('=')[1] : only ? argv[argv.indexOf(only) + 1] : undefined;
  const groups = new Set<Group>(value ? (value.split(',') as Group[]) : GROUPS);
  for (const g of groups) if (!GROUPS.includes(g)) throw new Error(`bench: unknown group "${g}" (one of ${GROUPS.join(', ')})`);
  return { groups, options: { quick: argv.includes('--quick') } };
}

const log = (message: string) => console.error(`bench: ${message}`);

async function main(): Promise<void> {
  const { groups, options } = parseArgs(process.argv.slice(2));
  const needsKit = [...groups].some((g) => !NODE_ONLY.has(g));
  if (needsKit) ensureBuilt();
  const figures: Figure[] = [];
  let server: BenchServer | undefined;
  const started = Date.now();
  try {
    let origin = '';
    if (needsKit) {
      server = await startServer();
      origin = server.origin;
      log(`serving the repository at ${origin}`);
    }
    const step = async (group: Group, run: () => Promise<Figure[]> | Figure[]) => {
      if (!groups.has(group)) return;
      const t0 = Date.now();
      log(`${group}…`);
      figures.push(...(await run()));
      log(`${group} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    };
    /** A browser of its own for one group, closed when the group is done. */
    const inBrowser = async (measure: (browser: Browser) => Promise<Figure[]>) => {
      const browser = await launch();
      try {
        return await measure(browser);
      } finally {
        await close(browser);
      }
    };
    await step('size', () => inBrowser(async (browser) => [...sizeFigures(), ...(await finderFirstPaintData(browser, origin))]));
    await step('engine', () => engineFigures(options));
    await step('search', () => inBrowser((browser) => searchFigures(browser, origin, options)));
    await step('map', () => mapFigures(origin, options));
    await step('soak', () => inBrowser((browser) => soakFigures(browser, origin, options)));
    await step('lighthouse', () => lighthouseFigures(origin, options));
  } finally {
    await closeAll();
    await server?.stop();
  }
  console.log(table(figures));
  writeResults('bench/results.json', figures);
  const over = figures.filter((f) => !f.ok);
  log(
    `${figures.length} figures in ${((Date.now() - started) / 1000).toFixed(0)} s; ${over.length} over budget; written to bench/results.json`,
  );
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    await closeAll();
    console.error(error);
    process.exit(1);
  },
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void closeAll().finally(() => process.exit(130));
  });
}
