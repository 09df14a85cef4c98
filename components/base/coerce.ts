/**
 * Property values as a host page or framework really sets them: Vue's
 * `.prop` binding and plain scripts hand over null, undefined, numbers and
 * objects where a string is meant. The elements read them through these
 * helpers so a wrong type is one warning, never an exception.
 */

/** The text of a string-like value; '' for null or undefined; undefined for anything else (an object, a symbol). */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A short, safe description of any value for a console warning (String() can throw on some objects). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a value of type ${typeof value}`;
}
