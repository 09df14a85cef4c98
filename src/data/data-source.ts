/**
 * Newer data from a URL (`data-src`), fetched once per URL, validated before
 * anything reads it. A file that cannot be used is refused as a whole: the
 * elements then keep the data bundled with the kit and say why.
 */
import type { WelfareDataBundle } from './data-bundle-types.js';
import { ownEntry } from './own-entry.js';

export type { WelfareDataBundle };

/** Why newer data was refused; each has its own words in the interface. */
export type DataSourceProblem = 'network' | 'http' | 'json' | 'invalid' | 'timeout';

export class DataSourceError extends Error {
  constructor(
    readonly url: string,
    readonly problem: DataSourceProblem,
    readonly detail: string,
  ) {
    super(`${url}: ${problem} (${detail})`);
    this.name = 'DataSourceError';
  }
}

export interface DataSource {
  /** Absolute URL of a file in the shape of `dist/data/welfare-data.json`. */
  url: string;
  /** How long to wait for the server before giving up. */
  timeoutMs: number;
}

/** Ajv's standalone validator: the first error is kept on the function. */
type CompiledValidator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

export const DEFAULT_DATA_TIMEOUT_MS = 10_000;
/** The largest file read: the bundled data is about 1.5 MB; more than five times that is no data file. */
export const MAX_DATA_BYTES = 8 * 1024 * 1024;
/** The deepest nesting accepted; the bundled data nests 17 levels. Deeper rules overflow the validator's stack. */
export const MAX_DATA_DEPTH = 64;

// A refused file stays refused until someone asks again (forgetDataSource):
// every benefit opened must not wait for the same dead server once more.
const bundles = new Map<string, Promise<WelfareDataBundle>>();

export function fetchDataBundle(source: DataSource): Promise<WelfareDataBundle> {
  let bundle = bundles.get(source.url);
  if (!bundle) {
    // Whatever goes wrong is a DataSourceError: the elements then show their
    // bundled data and a retry, never a dead end.
    bundle = fetchAndValidate(source).catch((error: unknown) => {
      throw error instanceof DataSourceError ? error : new DataSourceError(source.url, 'invalid', String(error));
    });
    bundles.set(source.url, bundle);
  }
  return bundle;
}

/** Lets the next fetchDataBundle() of `url` try the server again. */
export function forgetDataSource(url: string): void {
  bundles.delete(url);
}

async function fetchAndValidate({ url, timeoutMs }: DataSource): Promise<WelfareDataBundle> {
  let response: Response;
  // The timeout covers the body too: a server that sends headers and then
  // stalls must not leave the element waiting for ever.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // no-cache: "newer data" must be asked for again (a conditional request), not read from a stale cache.
    response = await fetch(url, { signal, cache: 'no-cache', credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    throw new DataSourceError(url, signal.aborted ? 'timeout' : 'network', String(error));
  }
  if (!response.ok) throw new DataSourceError(url, 'http', `HTTP ${response.status}`);
  let data: unknown;
  try {
    data = JSON.parse(await readBounded(response));
  } catch (error) {
    if (error instanceof DataSourceError) throw new DataSourceError(url, error.problem, error.detail);
    throw new DataSourceError(url, signal.aborted ? 'timeout' : 'json', String(error));
  }
  let problem: string | undefined;
  try {
    problem = await findBundleProblem(data);
  } catch (error) {
    // The validator's chunk did not load: the file may be fine, so it is the network's fault.
    throw new DataSourceError(url, 'network', String(error));
  }
  if (problem) throw new DataSourceError(url, 'invalid', problem);
  return data as WelfareDataBundle;
}

/** The body as text, refused once it is longer than MAX_DATA_BYTES (read no further). */
async function readBounded(response: Response): Promise<string> {
  const tooLarge = () => new DataSourceError(response.url, 'invalid', `larger than ${MAX_DATA_BYTES} bytes`);
  if (Number(response.headers.get('content-length')) > MAX_DATA_BYTES) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DATA_BYTES) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** How deeply `data` nests, counted without recursion (a deep file would overflow the stack here too), stopping past `limit`. */
function nestingDeeperThan(data: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * What is wrong with `data` as a data bundle, or undefined when it can be
 * used: first its shape (the schema generated from the types the elements
 * read), then the references between its records.
 */
export async function findBundleProblem(data: unknown): Promise<string | undefined> {
  if (nestingDeeperThan(data, MAX_DATA_DEPTH)) return `/ nests deeper than ${MAX_DATA_DEPTH} levels`;
  // Loaded only when a page uses data-src: the compiled schema is large.
  const { validate } = (await import('../generated/validate-data-bundle.js')) as { validate: CompiledValidator };
  if (!validate(data)) {
    const [error] = validate.errors ?? [];
    return `${error?.instancePath || '/'} ${error?.message ?? 'does not match the schema'}`;
  }
  return findReferenceProblem(data as WelfareDataBundle);
}

function findReferenceProblem({ benefits, directory }: WelfareDataBundle): string | undefined {
  if (benefits) {
    const ids = new Set<string>();
    for (const { id } of benefits.index) {
      if (ids.has(id)) return `benefit ${id} appears twice`;
      ids.add(id);
    }
    const chapters = new Set(benefits.chapters.map((c) => c.number));
    const orphan =
      // Chapter 0 holds the programmes only the 108–111 plan describes.
      benefits.index.find((b) => b.chapter !== 0 && !chapters.has(b.chapter))?.id ??
      Object.keys(benefits.rules).find((id) => !ids.has(id)) ??
      Object.keys(benefits.details).find((id) => !ids.has(id));
    if (orphan) return `benefit ${orphan} has no chapter or no index entry`;
    const withoutRules = benefits.index.find((b) => !ownEntry(benefits.rules, b.id));
    if (withoutRules) return `benefit ${withoutRules.id} has no rules`;
    for (const [id, rules] of Object.entries(benefits.rules)) {
      const ranges = rules.amounts.flatMap((a) => [a, ...(a.tiers ?? [])]);
      if (ranges.some((r) => r.min !== undefined && r.max !== undefined && r.min > r.max)) return `benefit ${id} has an amount whose min is above its max`;
    }
  }
  if (directory) {
    const organizations = new Set(directory.organizations.map((o) => o.id));
    const locations = new Set(directory.locations.map((l) => l.id));
    const service = directory.services.find(
      (s) => !organizations.has(s.organizationId) || s.locationIds.some((id) => !locations.has(id)),
    );
    if (service) return `service ${service.id} names an organization or location that is not in the file`;
  }
  return undefined;
}
