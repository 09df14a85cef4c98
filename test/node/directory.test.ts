/**
 * The service directory (data/directory/*.json) against the handbook.
 * Run: node --import tsx --test test/node/directory.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDirectory, loadDirectory, appendixTableRowLines } from '../../scripts/directory-checks.ts';
import { checkSchemas } from '../../scripts/validate-data.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = readFileSync(join(ROOT, 'data/sources/004_005d01609386d640.txt'), 'utf8').split('\n');
const dir = loadDirectory(ROOT);

test('the directory checks find no problems', () => {
  const problems = [...checkSchemas(ROOT).filter((p) => p.file.startsWith('data/directory/')), ...checkDirectory(ROOT)];
  assert.deepEqual(
    problems.map((p) => `${p.file} ${p.where}: ${p.message}`),
    [],
  );
});

// Read by hand from lines 5508–5536 (臺中市政府各公所電話一覽表).
const DISTRICT_OFFICES: [string, string, string][] = [
  ['central', '中區區公所', '04-22222502'],
  ['east', '東區區公所', '04-22151988'],
  ['west', '西區區公所', '04-22245200'],
  ['south', '南區區公所', '04-22626105'],
  ['north', '北區區公所', '04-22314031'],
  ['xitun', '西屯區公所', '04-22556333'],
  ['nantun', '南屯區公所', '04-24752799'],
  ['beitun', '北屯區公所', '04-24606000'],
  ['fengyuan', '豐原區公所', '04-25222106'],
  ['dali', '大里區公所', '04-24063979'],
  ['taiping', '太平區公所', '04-22794157'],
  ['dongshi', '東勢區公所', '04-25872106'],
  ['dajia', '大甲區公所', '04-26872101'],
  ['qingshui', '清水區公所', '04-26270151'],
  ['shalu', '沙鹿區公所', '04-26622101'],
  ['wuqi', '梧棲區公所', '04-26564311'],
  ['houli', '后里區公所', '04-25562116'],
  ['shengang', '神岡區公所', '04-25620841'],
  ['tanzi', '潭子區公所', '04-25331160'],
  ['daya', '大雅區公所', '04-25663316'],
  ['xinshe', '新社區公所', '04-25811111'],
  ['shigang', '石岡區公所', '04-25722511'],
  ['waipu', '外埔區公所', '04-26832216'],
  ['daan', '大安區公所', '04-26713511'],
  ['wuri', '烏日區公所', '04-23368016'],
  ['dadu', '大肚區公所', '04-26991105'],
  ['longjing', '龍井區公所', '04-26352411'],
  ['wufeng', '霧峰區公所', '04-23397128'],
  ['heping', '和平區公所', '04-25941501'],
];

test('the 29 district offices are present with their printed phones', () => {
  assert.equal(DISTRICT_OFFICES.length, 29);
  const offices = dir.organizations.filter((o) => o.kind === 'district-office');
  assert.equal(offices.length, 29);
  for (const [id, name, phone] of DISTRICT_OFFICES) {
    const org = dir.organizations.find((o) => o.id === `district-office-${id}`);
    assert.ok(org, `district-office-${id}`);
    assert.equal(org.name['zh-Hant'], name);
    assert.deepEqual(
      org.phones.map((p: { number: string }) => p.number),
      [phone],
    );
    assert.equal(org.phones[0].printed, phone);
    const line = SOURCE[org.source.lines[0] - 1]!;
    assert.ok(line.startsWith(`${name}\t`) && line.endsWith(`\t${phone}`), `line ${org.source.lines[0]}: ${line}`);
    const svc = dir.services.find((s) => s.organizationId === org.id && s.category === 'district-office');
    assert.ok(svc, `service of ${org.id}`);
    assert.deepEqual(svc.serviceArea, [id]);
  }
});

// Counted by hand in lines 5538–5957: 30 printed tables (the 日間照顧 table in two parts,
// 混合型 12 rows and 失智 2 rows), 245 institution rows: 6 + 3 + 5 + 3 + 8 + 8 + 5 + 5 + 15
// + 25 + 12 + 2 + 1 + 14 + 2 + 1 + 6 + 11 + 14 + 4 + 5 + 8 + 8 + 20 + 5 + 19 + 6 + 19 + 4 + 1.
const INSTITUTION_ROWS = 245;

test('every appendix row is accounted for, and the count matches the hand count', () => {
  const bySection = (s: string) => dir.rows.filter((r) => r.section === s);
  assert.equal(bySection('institutions').length, INSTITUTION_ROWS);
  assert.equal(bySection('district-offices').length, 29);
  assert.equal(bySection('bureau').length, 13); // the switchboard and buildings + 12 divisions and offices
  assert.equal(bySection('agencies').length, 13); // two agencies + 6 + 5 units
  assert.equal(appendixTableRowLines(SOURCE).length, INSTITUTION_ROWS + 29);
  const tables = new Set(bySection('institutions').map((r) => r.table));
  assert.equal(tables.size, 30);
  for (const r of dir.rows) assert.ok(['kept', 'merged', 'rejected'].includes(r.status));
});

test('the conflicting 第五區 社區保母系統 addresses are both recorded', () => {
  const svc = dir.services.find((s) => s.source.lines[0] === 5549)!;
  const loc = dir.locations.find((l) => l.id === svc.locationIds[0])!;
  assert.equal(loc.address, '臺中市豐原區西安街 36 號 5 樓');
  assert.ok(svc.notes.some((n: { kind: string; text: string }) => n.kind === 'conflict' && n.text.includes('圓環東路 151 號')));
  const row738 = dir.rows.find((r) => r.lines[0] === 738)!;
  assert.equal(row738.recordId, svc.id);
  assert.match(row738.reason, /圓環東路 151 號/);
});

test('doubtful numbers are kept as printed and flagged', () => {
  const phones = [...dir.services, ...dir.organizations].flatMap((r) => r.phones ?? []);
  for (const n of ['04-6760180', '04-424713535', '04-252964535', '04-4499178', '04-93690164']) {
    const p = phones.find((x: { number: string }) => x.number === n);
    assert.ok(p, n);
    assert.ok(p.doubt, `${n} has a doubt`);
  }
});

test('the 長青學苑 operators come from the column headed 服務區域', () => {
  const academies = dir.services.filter((s) => s.category === 'seniors-learning' && s.source.table === '長青學苑服務單位');
  assert.equal(academies.length, 25);
  for (const s of academies) assert.equal(s.serviceArea, undefined);
  assert.equal(dir.services.find((s) => s.source.lines[0] === 5651)!.organizationId, 'chaoyang-university-of-technology');
  assert.equal(dir.services.find((s) => s.source.lines[0] === 5647)!.organizationId, 'bureau');
  assert.equal(dir.services.find((s) => s.source.lines[0] === 5659)!.organizationId, 'district-office-taiping');
});
