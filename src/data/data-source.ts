/**
 * Newer data from a URL (`data-src`), fetched once per URL, validated before
 * anything reads it. A file that cannot be used is refused as a whole: the
 * elements then keep the data bundled with the kit and say why.
 */
import type { WelfareDataBundle } from './data-bundle-types.js';

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

// A refused file stays refused until someone asks again (forgetDataSource):
// every benefit opened must not wait for the same dead server once more.
const bundles = new Map<string, Promise<WelfareDataBundle>>();

export function fetchDataBundle(source: DataSource): Promise<WelfareDataBundle> {
  let bundle = bundles.get(source.url);
  if (!bundle) {
    bundle = fetchAndValidate(source);
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
    data = await response.json();
  } catch (error) {
    throw new DataSourceError(url, signal.aborted ? 'timeout' : 'json', String(error));
  }
  const problem = await findBundleProblem(data);
  if (problem) throw new DataSourceError(url, 'invalid', problem);
  return data as WelfareDataBundle;
}

/**
 * What is wrong with `data` as a data bundle, or undefined when it can be
 * used: first its shape (the schema generated from the types the elements
 * read), then the references between its records.
 */
export async function findBundleProblem(data: unknown): Promise<string | undefined> {
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
    const withoutRules = benefits.index.find((b) => !benefits.rules[b.id]);
    if (withoutRules) return `benefit ${withoutRules.id} has no rules`;
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
