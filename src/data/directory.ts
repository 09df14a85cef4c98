/**
 * Access to the service directory: organizations, services, locations with
 * their honest precision, categories and districts. One chunk, fetched when
 * the directory or the map first needs it.
 */
import type { Directory } from './directory-types.js';

export type * from './directory-types.js';

export async function loadDirectory(): Promise<Directory> {
  return (await import('../generated/directory.js')).directory;
}
