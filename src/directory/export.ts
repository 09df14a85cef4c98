/**
 * The directory's downloads: the entries on screen as CSV (one row per
 * office) and as vCards (one card per office). Generated in the browser;
 * nothing is sent anywhere. The element supplies the words in its language.
 */
import { toCsv } from '../format/csv.js';
import { toVCards, type VCardContact, type VCardVersion } from '../format/vcard.js';
import { entryPhoneLines, type ContactEntry, type Named, type PhoneLine } from './entries.js';

export interface ExportText {
  /** A name in the export's language. */
  name(text: Named): string;
  categoryName(id: string): string;
  /** A district given by its zh-Hant name, in the export's language. */
  districtName(zh: string): string;
  /** The service area as a phrase: 臺中市全區, 和平區、東勢區, or empty. */
  serviceArea(entry: ContactEntry): string;
  /** A phone line as text: 04-2228-9111 分機 37401~37442 (臺灣大道市政大樓). */
  phone(line: PhoneLine): string;
  headers: {
    category: string;
    name: string;
    nameZh: string;
    parent: string;
    operator: string;
    address: string;
    district: string;
    phone: string;
    fax: string;
    doubtful: string;
    serviceArea: string;
  };
  /** Note lines of a vCard. */
  notes: {
    operator(name: string): string;
    serviceArea(area: string): string;
    doubtful(printed: string): string;
  };
}

export function entriesToCsv(entries: readonly ContactEntry[], text: ExportText): string {
  const h = text.headers;
  const rows = [[h.category, h.name, h.nameZh, h.parent, h.operator, h.address, h.district, h.phone, h.fax, h.doubtful, h.serviceArea]];
  for (const e of entries) {
    const lines = entryPhoneLines(e);
    rows.push([
      text.categoryName(e.category),
      text.name(e.name),
      e.name['zh-Hant'],
      e.parent ? text.name(e.parent) : '',
      e.operator ? text.name(e.operator) : '',
      [...e.locations.map((l) => l.address), ...e.unlocatedAddresses].join(' / '),
      [...new Set(e.locations.map((l) => text.districtName(l.district)))].join(' / '),
      lines
        .filter((l) => l.kind === 'voice' && !l.doubt)
        .map((l) => text.phone(l))
        .join('; '),
      lines
        .filter((l) => l.kind === 'fax' && !l.doubt)
        .map((l) => text.phone(l))
        .join('; '),
      lines
        .filter((l) => l.doubt)
        .map((l) => text.phone(l))
        .join('; '),
      text.serviceArea(e),
    ]);
  }
  return toCsv(rows);
}

export function entryToVCard(e: ContactEntry, text: ExportText): VCardContact {
  const lines = entryPhoneLines(e);
  const area = text.serviceArea(e);
  const location = e.locations[0];
  const notes = [
    ...lines.filter((l) => l.extensionText && l.extensionText !== l.extension && !l.doubt).map((l) => text.phone(l)),
    ...(e.operator ? [text.notes.operator(text.name(e.operator))] : []),
    ...(area ? [text.notes.serviceArea(area)] : []),
    ...lines.filter((l) => l.doubt).map((l) => text.notes.doubtful(text.phone(l))),
  ];
  const street = location?.address ?? e.unlocatedAddresses[0];
  return {
    name: text.name(e.name),
    organization: e.parent ? [text.name(e.parent), text.name(e.name)] : [text.name(e.name)],
    phones: lines
      .filter((l) => l.international && !l.doubt)
      .map((l) => ({
        kind: l.kind,
        international: l.international!,
        ...(l.extension && l.kind === 'voice' ? { extension: l.extension } : {}),
      })),
    ...(street ? { address: { street, locality: location ? location.district : '', region: '臺中市', country: 'Taiwan' } } : {}),
    categories: [text.categoryName(e.category)],
    ...(notes.length ? { note: notes.join('\n') } : {}),
  };
}

export function entriesToVCards(entries: readonly ContactEntry[], text: ExportText, version: VCardVersion = '3.0'): string {
  return toVCards(
    entries.map((e) => entryToVCard(e, text)),
    version,
  );
}
