/**
 * The contact directory's pure parts: entries, filters, phone lines, the
 * benefit's contacts, the search, and the CSV and vCard writers.
 * Run: node --import tsx --test test/node/contact-directory.test.ts
 */
import { resolveDistrict } from '../../src/geo/districts.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { directory } from '../../src/generated/directory.ts';
import { benefitDetails } from '../../src/generated/benefit-details.ts';
import {
  benefitContacts,
  buildEntries,
  entriesForRef,
  filterEntries,
  groupEntries,
  phoneLines,
  resolveCategory,
  servesDistrict,
  type ContactEntry,
} from '../../src/directory/entries.ts';
import { entriesToCsv, entriesToVCards, type ExportText } from '../../src/directory/export.ts';
import { createDirectorySearch } from '../../src/search/directory-search.ts';
import { BenefitSearch } from '../../src/search/benefit-search.ts';
import { csvField, parseCsv, toCsv } from '../../src/format/csv.ts';
import { escapeText, foldLine, parseVCards, toVCard, unescapeText } from '../../src/format/vcard.ts';

const entries = buildEntries(directory);
const byId = (id: string) => entries.find((e) => e.id === id)!;
const heping = resolveDistrict('和平區', directory.districts)!;
const zhNames = (list: readonly ContactEntry[]) => list.map((e) => e.name['zh-Hant']);

test('every service is an entry, and the bureau’s divisions, agencies and units too', () => {
  assert.equal(entries.length, directory.services.length + 25);
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length);
  const groups = groupEntries(entries, directory.categories);
  assert.deepEqual(
    groups.map((g) => g.category.id),
    directory.categories.map((c) => c.id),
  );
  const bureau = groups[0]!.entries;
  assert.equal(bureau[0]!.id, 'bureau-switchboard');
  assert.equal(bureau.filter((e) => e.parent?.['zh-Hant'] === '臺中市政府社會局').length, 12 + 2);
  assert.equal(byId('dv-center-planning').parent?.['zh-Hant'], '臺中市家庭暴力及性侵害防治中心');
  // A unit is where its agency is.
  assert.deepEqual(
    byId('dv-center-planning').locations.map((l) => l.id),
    byId('dv-center').locations.map((l) => l.id),
  );
  assert.equal(groups.find((g) => g.category.id === 'district-office')!.entries.length, 29);
});

test('an NGO running a centre for the city is its operator', () => {
  const zone1 = byId('childminder-system-01');
  assert.equal(zone1.operator?.['zh-Hant'], '財團法人彭婉如文教基金會');
  assert.equal(zone1.provider, undefined);
});

test('districts are found by id, zh-Hant or English name, with or without 區 or 臺中市', () => {
  for (const v of ['heping', '和平區', '和平', '台中市和平區', 'Heping District', 'heping district', 'Heping']) {
    assert.equal(resolveDistrict(v, directory.districts)?.id, 'heping', v);
  }
  assert.equal(resolveDistrict('火星區', directory.districts), undefined);
  assert.equal(resolveDistrict('', directory.districts), undefined);
  assert.equal(resolveCategory(directory.categories, '區公所')?.id, 'district-office');
  assert.equal(resolveCategory(directory.categories, 'day-care')?.id, 'day-care');
});

test('served district: the service area names it or is the whole city; else where it is', () => {
  const served = filterEntries(entries, { district: heping });
  const names = zhNames(served);
  assert.ok(names.includes('和平區公所'));
  assert.ok(!names.includes('豐原區公所'));
  assert.ok(names.includes('臺中市第五區社區保母系統'));
  assert.ok(!names.includes('臺中市第一區社區保母系統'));
  assert.ok(names.includes('長青福利科'), 'the bureau serves the whole city');
  // No printed area, but in 和平區: it serves 和平區.
  assert.ok(names.includes('和平區長青學苑'));
  for (const e of served) assert.ok(servesDistrict(e, heping));
  const located = filterEntries(entries, { district: heping, match: 'located' });
  // The two public health centres come from the medical list (data/directory/medical-locations.json).
  assert.deepEqual(
    zhNames(located).sort(),
    ['Tayan 長青快樂學堂', '和平區公所', '和平區長青學苑', '臺中市和平區梨山衛生所', '臺中市和平區衛生所'].sort(),
  );
  const offices = filterEntries(entries, { district: heping, category: resolveCategory(directory.categories, 'district-office') });
  assert.deepEqual(zhNames(offices), ['和平區公所']);
});

test('a range of extensions dials its first extension; each building has its line', () => {
  const lines = byId('bureau-social-assistance').phones.flatMap(phoneLines);
  assert.deepEqual(
    lines.map((l) => [l.tel, l.extensionText, l.building]),
    [
      ['tel:+886422289111,37201', '37201~37233', 'taiwan-boulevard-building'],
      ['tel:+886422289111,38201', '38201~38212', 'yangming-building'],
    ],
  );
  assert.equal(byId('bureau-senior-welfare').phones.flatMap(phoneLines)[0]!.tel, 'tel:+886422289111,37401');
});

test('a fax is never dialled; a doubtful or invalid number is shown as printed, not dialled', () => {
  const [voice, fax] = byId('bureau-switchboard').phones.flatMap(phoneLines);
  assert.equal(voice!.tel, 'tel:+886422289111');
  assert.equal(fax!.kind, 'fax');
  assert.equal(fax!.tel, undefined);
  assert.equal(fax!.display, '04-2229-1810');
  const doubtful = phoneLines({ printed: '04-6760180 #177、178', number: '04-6760180', extensions: ['177', '178'], kind: 'voice' });
  assert.equal(doubtful.length, 1);
  assert.equal(doubtful[0]!.tel, undefined);
  assert.equal(doubtful[0]!.display, '04-6760180 #177、178');
  assert.match(doubtful[0]!.doubt!, /digits/);
  const flagged = phoneLines({ printed: '04-93690164', number: '04-93690164', kind: 'voice', doubt: 'possibly misprinted' });
  assert.equal(flagged[0]!.tel, undefined);
  assert.equal(flagged[0]!.doubt, 'possibly misprinted');
});

test('a benefit’s contacts resolve to the directory, with the benefit’s own extensions', () => {
  const detail = benefitDetails['senior-middle-low-income-living-allowance']!;
  const contacts = benefitContacts(entries, detail, heping);
  const senior = contacts.find((c) => c.name === '社會局長青福利科')!;
  assert.deepEqual(
    senior.entries.map((e) => e.id),
    ['bureau-senior-welfare'],
  );
  assert.deepEqual(
    senior.phones.flatMap(phoneLines).map((l) => l.tel),
    ['tel:+886422289111,37419', 'tel:+886422289111,37421'],
  );
  const own = contacts.find((c) => c.ownDistrictOffice)!;
  assert.deepEqual(zhNames(own.entries), ['和平區公所']);
  // Without a district, the office is not guessed.
  assert.deepEqual(benefitContacts(entries, detail).find((c) => c.ownDistrictOffice)!.entries, []);
  // The bureau as a whole is its switchboard, not everything it runs.
  assert.deepEqual(
    entriesForRef(entries, 'bureau').map((e) => e.id),
    ['bureau-switchboard'],
  );
  // Every ref any benefit names resolves to at least one entry.
  const refs = new Set(
    Object.values(benefitDetails).flatMap((b) => [
      ...b.contacts.map((c) => c.ref),
      ...b.apply.targets.map((t) => ('ref' in t ? t.ref : undefined)),
    ]),
  );
  const unresolved = [...refs].filter((r): r is string => Boolean(r)).filter((r) => entriesForRef(entries, r).length === 0);
  assert.ok(unresolved.length <= refs.size / 4, `unresolved refs: ${unresolved.join(', ')}`);
});

test('the directory search finds offices in both languages, by phone digits too', () => {
  const search = createDirectorySearch(entries, directory);
  const top = (q: string, n = 5) =>
    search
      .search(q)
      .slice(0, n)
      .map((h) => byId(h.id).name['zh-Hant']);
  assert.ok(top('長青福利科').includes('長青福利科'));
  assert.ok(top('長者').includes('長青福利科'), 'synonyms: 長者 → 長青');
  assert.ok(top('台中市家庭暴力').includes('臺中市家庭暴力及性侵害防治中心'), '台 folds to 臺');
  assert.ok(top('Senior Citizens Welfare').includes('長青福利科'));
  assert.ok(top('和平區公所').includes('和平區公所'));
  assert.ok(top('22289111', 20).includes('長青福利科'));
  assert.deepEqual(search.search('  '), []);
});

test('the benefit search still works on the shared factory', () => {
  const search = new BenefitSearch([
    { id: 'a', title: '身心障礙者生活補助 Living allowance for people with disabilities', summary: '', tags: '', eligibility: '' },
    { id: 'b', title: '生育津貼 Birth allowance', summary: '', tags: '', eligibility: '' },
  ]);
  assert.equal(search.search('身障')[0]?.id, 'a');
  assert.equal(search.search('disabilties')[0]?.id, 'a');
  assert.equal(search.search('坐月子')[0]?.id, 'b');
});

test('CSV fields are quoted as RFC 4180 says, and read back', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvField('=SUM(A1)', false), '=SUM(A1)');
  const rows = [
    ['名稱', '電話'],
    ['長青福利科', '04-2228-9111 分機 37401~37442'],
    ['a "quoted", field', 'line\r\nbreak'],
    ['', ''],
  ];
  const text = toCsv(rows);
  assert.ok(text.startsWith('\uFEFF'));
  assert.ok(text.endsWith('\r\n'));
  assert.ok(!toCsv(rows, { bom: false }).startsWith('\uFEFF'));
  assert.deepEqual(parseCsv(text), rows);
  assert.deepEqual(parseCsv('a,b\nc,d'), [
    ['a', 'b'],
    ['c', 'd'],
  ]);
  assert.throws(() => parseCsv('"open'), /not closed/);
});

test('vCard text is escaped, and lines fold at 75 octets without splitting a character', () => {
  assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  assert.equal(unescapeText(escapeText('a,b;c\\d\ne')), 'a,b;c\\d\ne');
  const long = `NOTE:${'臺中市政府社會局長青福利科'.repeat(10)}`;
  const folded = foldLine(long);
  for (const line of folded.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75);
  assert.equal(folded.replace(/\r\n /g, ''), long);
});

test('vCard 3.0 dials the extension after a comma; 4.0 carries it as ;ext=', () => {
  const contact = {
    name: '長青福利科',
    organization: ['臺中市政府社會局', '長青福利科'],
    phones: [
      { kind: 'voice' as const, international: '+886422289111', extension: '37401' },
      { kind: 'fax' as const, international: '+886422291810' },
    ],
    address: { street: '臺中市西屯區臺灣大道三段 99 號', locality: '西屯區', region: '臺中市', country: 'Taiwan' },
    note: 'Range 37401~37442; whole city',
  };
  const v3 = toVCard(contact, '3.0');
  assert.ok(v3.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n'));
  assert.ok(v3.includes('N:;;;;'));
  const [card3] = parseVCards(v3);
  const tel3 = card3!.filter((p) => p.name === 'TEL');
  assert.deepEqual(
    tel3.map((p) => [p.params.TYPE, p.value]),
    [
      ['WORK,VOICE', '+886422289111,37401'],
      ['WORK,FAX', '+886422291810'],
    ],
  );
  assert.equal(unescapeText(card3!.find((p) => p.name === 'NOTE')!.value), 'Range 37401~37442; whole city');
  const [card4] = parseVCards(toVCard(contact, '4.0'));
  const tel4 = card4!.filter((p) => p.name === 'TEL');
  assert.deepEqual(
    tel4.map((p) => [p.params.TYPE, p.value]),
    [
      ['work,voice', 'tel:+886422289111;ext=37401'],
      ['fax', 'tel:+886422291810'],
    ],
  );
  assert.equal(card4!.find((p) => p.name === 'KIND')!.value, 'org');
  assert.equal(card4!.find((p) => p.name === 'ADR')!.value, ';;臺中市西屯區臺灣大道三段 99 號;西屯區;臺中市;;Taiwan');
});

const text: ExportText = {
  name: (n) => n['zh-Hant'],
  categoryName: (id) => directory.categories.find((c) => c.id === id)?.name['zh-Hant'] ?? id,
  districtName: (zh) => zh,
  serviceArea: (e) => (e.serviceArea === 'all' ? '臺中市全區' : (e.serviceArea ?? []).join('、')),
  phone: (l) => `${l.display}${l.extensionText ? ` 分機 ${l.extensionText}` : ''}`,
  headers: {
    category: '類別',
    name: '名稱',
    nameZh: '中文名稱',
    parent: '所屬單位',
    operator: '受託營運單位',
    address: '地址',
    district: '行政區',
    phone: '電話',
    fax: '傳真',
    doubtful: '可能有誤的號碼',
    serviceArea: '服務區域',
  },
  notes: { operator: (n) => `受託營運：${n}`, serviceArea: (a) => `服務區域：${a}`, doubtful: (p) => `可能有誤：${p}` },
};

test('the CSV download: one row per entry, voice, fax and doubtful numbers apart', () => {
  const list = filterEntries(entries, { district: heping });
  const rows = parseCsv(entriesToCsv(list, text));
  assert.equal(rows.length, list.length + 1);
  const senior = rows.find((r) => r[1] === '長青福利科')!;
  assert.equal(senior[7], '04-2228-9111 分機 37401~37442');
  const board = rows.find((r) => r[1] === '臺中市政府社會局')!;
  assert.equal(board[7], '04-2228-9111');
  assert.equal(board[8], '04-2229-1810');
  const withDoubt = parseCsv(entriesToCsv([byId('disability-home-care-support-11')], text))[1]!;
  assert.match(withDoubt[9]!, /04-6760180/);
  assert.doesNotMatch(withDoubt[7]!, /6760180 /);
});

test('the vCard download: one card per entry, no doubtful number as a TEL', () => {
  const list = [byId('bureau-senior-welfare'), byId('childminder-system-01'), byId('disability-home-care-support-11')];
  const cards = parseVCards(entriesToVCards(list, text));
  assert.equal(cards.length, 3);
  const tels = (i: number) => cards[i]!.filter((p) => p.name === 'TEL').map((p) => p.value);
  assert.deepEqual(tels(0), ['+886422289111,37401']);
  const notes0 = unescapeText(cards[0]!.find((p) => p.name === 'NOTE')!.value);
  assert.match(notes0, /37401~37442/);
  assert.match(unescapeText(cards[1]!.find((p) => p.name === 'NOTE')!.value), /彭婉如/);
  assert.ok(!tels(2).some((t) => t.includes('46760180')));
  assert.match(unescapeText(cards[2]!.find((p) => p.name === 'NOTE')!.value), /可能有誤：04-6760180/);
});
