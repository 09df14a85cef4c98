/**
 * Reads a record by an id that comes from data or a host page. `record[id]`
 * finds inherited properties too: an id such as `constructor`, `toString` or
 * `__proto__` would find Object's own functions and pass for a benefit.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record && Object.hasOwn(record, id) ? record[id] : undefined;
}
