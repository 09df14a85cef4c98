/**
 * vCards for a phone's contacts app: one VCARD per office, with its phones,
 * address and a note.
 *
 * Extensions. RFC 6350 (vCard 4.0) carries a phone as a tel: URI (RFC 3966),
 * whose extension is the `;ext=` parameter: TEL;VALUE=uri;TYPE=voice:tel:+886-4-2228-9111;ext=37401.
 * vCard 3.0 (RFC 2426) carries it as text; there the common practice, which
 * the contacts apps of Android and iOS dial, is a comma (a pause) before the
 * extension: TEL;TYPE=WORK,VOICE:+886422289111,37401. The directory downloads
 * 3.0, which every phone imports; 4.0 is written on request.
 */

export type VCardVersion = '3.0' | '4.0';

export interface VCardPhone {
  kind: 'voice' | 'fax';
  /** E.164 without the extension, e.g. +886422289111. */
  international: string;
  extension?: string;
}

export interface VCardContact {
  /** The formatted name (FN). */
  name: string;
  /** The organization and unit, outermost first (ORG). */
  organization?: readonly string[];
  phones: readonly VCardPhone[];
  /** A street address as printed, with its locality (ADR). */
  address?: { street: string; locality?: string; region?: string; country?: string };
  note?: string;
  categories?: readonly string[];
  /** The language of the text values (LANGUAGE parameter, 4.0 only). */
  language?: string;
}

/** Escapes a TEXT value (RFC 6350 §3.4): backslash, comma, semicolon and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8 (RFC 6350 §3.2), never inside a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines begin with a space, which counts towards their 75.
    const limit = parts.length ? 74 : 75;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A phone as it may go into a content line: `+` and digits for the number,
 * digits for the extension. Anything else (a line break in data from
 * `data-src`) would start a property or a card of its own.
 */
function dialable(phone: VCardPhone): { international: string; extension: string } {
  return { international: phone.international.replace(/[^\d+]/g, ''), extension: (phone.extension ?? '').replace(/\D/g, '') };
}

/** A global tel: URI (RFC 3966): the digits alone are allowed, no visual separators needed. */
function telUri(phone: VCardPhone): string {
  const { international, extension } = dialable(phone);
  return `tel:${international}${extension ? `;ext=${extension}` : ''}`;
}

export function toVCard(contact: VCardContact, version: VCardVersion = '3.0'): string {
  const v4 = version === '4.0';
  const lang = v4 && contact.language ? `;LANGUAGE=${contact.language}` : '';
  const lines = ['BEGIN:VCARD', `VERSION:${version}`];
  if (v4) lines.push('KIND:org');
  lines.push(`FN${lang}:${escapeText(contact.name)}`);
  // N is required in 3.0; an office has no personal name, so it is empty.
  if (!v4) lines.push('N:;;;;');
  const org = contact.organization?.length ? contact.organization : [contact.name];
  lines.push(`ORG${lang}:${org.map(escapeText).join(';')}`);
  for (const p of contact.phones) {
    const { international, extension } = dialable(p);
    if (v4) lines.push(`TEL;VALUE=uri;TYPE=${p.kind === 'fax' ? 'fax' : '"work,voice"'}:${telUri(p)}`);
    else
      lines.push(
        `TEL;TYPE=WORK,${p.kind === 'fax' ? 'FAX' : 'VOICE'}:${international}${extension && p.kind === 'voice' ? `,${extension}` : ''}`,
      );
  }
  if (contact.address) {
    const { street, locality = '', region = '', country = '' } = contact.address;
    const parts = ['', '', street, locality, region, '', country].map(escapeText).join(';');
    lines.push(`ADR;TYPE=${v4 ? 'work' : 'WORK'}${lang}:${parts}`);
  }
  if (contact.categories?.length) lines.push(`CATEGORIES:${contact.categories.map(escapeText).join(',')}`);
  if (contact.note) lines.push(`NOTE${lang}:${escapeText(contact.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function toVCards(contacts: readonly VCardContact[], version: VCardVersion = '3.0'): string {
  return contacts.map((c) => toVCard(c, version)).join('');
}

export interface VCardProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Reads vCards back (unfolding lines): one list of properties per card. For tests and checks. */
export function parseVCards(text: string): VCardProperty[][] {
  const unfolded = text.replace(/\r\n[ \t]/g, '').replace(/\n[ \t]/g, '');
  const cards: VCardProperty[][] = [];
  let card: VCardProperty[] | undefined;
  for (const line of unfolded.split(/\r\n|\n/)) {
    if (!line) continue;
    const colon = findValueColon(line);
    const [head = '', ...paramParts] = splitUnquoted(line.slice(0, colon), ';');
    const name = head.toUpperCase();
    const value = line.slice(colon + 1);
    const params: Record<string, string> = {};
    for (const p of paramParts) {
      const eq = p.indexOf('=');
      params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
    }
    if (name === 'BEGIN') card = [];
    else if (name === 'END' && card) {
      cards.push(card);
      card = undefined;
    } else card?.push({ name, params, value });
  }
  return cards;
}

/** Unescapes a TEXT value. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function findValueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return line.length;
}

function splitUnquoted(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
