/**
 * Builds the kit first when dist/ is missing or older than its sources, so the
 * bench always measures what the sources make.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The file rollup writes last (see rollup.config.mjs): its age is the build's age. */
export const BUNDLE_GRAPH = 'out-tsc/bundle-graph.json';

const SOURCES = [
  'components',
  'src',
  'data',
  'xliff',
  'scripts',
  'rollup.config.mjs',
  'tsconfig.build.json',
  'lit-localize.json',
  'package.json',
];
/** Written by the build itself. */
const GENERATED = ['src/generated', 'components/base/generated'];

function newestSource(path: string): number {
  if (GENERATED.includes(path) || !existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

/** Why the kit must be built, or '' when dist/ is current. */
export function staleReason(): string {
  if (!existsSync('dist/welfare-navigator.js') || !existsSync(BUNDLE_GRAPH)) return 'dist/ is missing';
  const built = statSync(BUNDLE_GRAPH).mtimeMs;
  const newest = Math.max(...SOURCES.map(newestSource));
  return newest > built ? 'sources changed since the last build' : '';
}

export function ensureBuilt(): void {
  const reason = staleReason();
  if (!reason) return;
  console.log(`bench: building the kit (${reason})…`);
  // The build's own output goes to stderr: stdout is the bench's table.
  execSync('npm run build', { stdio: ['ignore', 2, 2] });
}
