/**
 * Access to the service directory: organizations, services, locations with
 * their honest precision, categories and districts. One chunk, fetched when
 * the directory or the map first needs it, or the directory of a newer data
 * file (`data-src`) when it has one.
 */
import type { Directory } from './directory-types.js';
import { fetchDataBundle, type DataSource } from './data-source.js';

export type * from './directory-types.js';

export async function loadDirectory(source?: DataSource): Promise<Directory> {
  const newer = source ? (await fetchDataBundle(source)).directory : undefined;
  return newer ?? (await import('../generated/directory.js')).directory;
}
