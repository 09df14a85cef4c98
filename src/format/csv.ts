/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF; a
 * field containing a comma, a double quote, CR or LF is enclosed in double
 * quotes, and a double quote inside it is doubled. No CSV library is
 * installed in the kit, and this is all the directory's download needs.
 */

/**
 * Formula characters spreadsheet programs would run (CSV injection), also
 * after leading spaces, which they skip; such a field is prefixed with '.
 */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so spreadsheet programs read Chinese text correctly (default true). */
  bom?: boolean;
  /** Prefix fields that would start a formula with an apostrophe (default true). Phone numbers never start so. */
  guardFormulas?: boolean;
}

export function csvField(value: string, guardFormulas = true): string {
  const text = guardFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const { bom = true, guardFormulas = true } = options;
  const body = rows.map((row) => row.map((v) => csvField(v, guardFormulas)).join(',')).join('\r\n');
  return `${bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Reads RFC 4180 CSV (CRLF or LF line ends, an optional BOM) into records of fields. */
export function parseCsv(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && input[i + 1] === '\n') i++;
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
