/**
 * Lighthouse (the npm package's node API) on every demo page and on the
 * baseline page (bench/baseline-map.html: the NGO demo's points on a map that
 * loads MapLibre up front, the usual way), served by the bench's server, in
 * the installed Chromium (WebGL by SwiftShader), with Lighthouse's default
 * mobile emulation and simulated throttling. Each page is run in a fresh
 * browser; with several runs the median of each figure is reported. The full
 * reports are written to bench/reports/ (not committed).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { close, launch } from './browser.js';
import { figure, type Figure } from './report.js';
import { median } from './stats.js';
import type { Options } from './run.js';

const rank = (file: string) => (file === 'index.html' ? 0 : file === 'map-ngo.html' ? 2 : 1);

/** Every demo page (demo/*.html), then the baseline. */
export function pages(): { name: string; path: string; baseline?: boolean }[] {
  const demos = readdirSync('demo')
    .filter((f) => f.endsWith('.html'))
    // The index first; the NGO map last, next to the baseline it is compared with.
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((f) => ({ name: `demo/${f}`, path: `/demo/${f}` }));
  return [...demos, { name: 'baseline: eager MapLibre map', path: '/bench/baseline-map.html', baseline: true }];
}
const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 95 } as const;
type Category = keyof typeof BUDGETS;
const CATEGORIES = Object.keys(BUDGETS) as Category[];

interface Run {
  scores: Record<Category, number>;
  tti: number;
  /** Audits that cost points, for the log. */
  misses: string[];
}

async function runOnce(url: string, reportName: string): Promise<Run> {
  const browser = await launch();
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`bench: Lighthouse could not run ${url}: ${lhr.runtimeError.message}`);
    mkdirSync('bench/reports', { recursive: true });
    writeFileSync(`bench/reports/${reportName}.json`, result.report as string);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
      Category,
      number
    >;
    const misses = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
    );
    return { scores, tti: lhr.audits['interactive']?.numericValue ?? Number.NaN, misses };
  } finally {
    await close(browser);
  }
}

export async function lighthouseFigures(origin: string, options: Options): Promise<Figure[]> {
  const runs = options.quick ? 1 : 3;
  const figures: Figure[] = [];
  for (const page of pages()) {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      results.push(
        await runOnce(
          origin + page.path,
          `${page.path
            .replace(/^\/|\.html$/g, '')
            .replace(/\/$/, '/index')
            .replace(/\//g, '-')}-${i + 1}`,
        ),
      );
    }
    const misses = [...new Set(results.flatMap((r) => r.misses))];
    if (misses.length) console.error(`bench: lighthouse ${page.name}: ${misses.join('; ')}`);
    const suffix = runs > 1 ? `, median of ${runs}` : '';
    for (const category of CATEGORIES) {
      const value = median(results.map((r) => r.scores[category]));
      figures.push(
        figure(`lighthouse ${page.name}: ${category}${suffix}`, value, '/100', 'higher', page.baseline ? null : BUDGETS[category]),
      );
    }
    figures.push(figure(`lighthouse ${page.name}: time to interactive${suffix}`, median(results.map((r) => r.tti)), 'ms', 'lower'));
  }
  return figures;
}
