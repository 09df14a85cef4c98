import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDirectory, loadLinkedRecords } from '../../scripts/build-data.ts';
import { foldName, resolveName } from '../../scripts/link-directory.ts';

const { records, links } = loadLinkedRecords();
const directory = buildDirectory(records);
const organizations = new Set(directory.organizations.map((o) => o.id));

test('every contact and place-to-apply reference names a directory organization', () => {
  for (const record of records) {
    for (const contact of record.contacts) if (contact.ref) assert.ok(organizations.has(contact.ref), `${record.id}: ${contact.ref}`);
    for (const target of record.apply.targets) {
      if (target.kind !== 'district-office-of-residence' && target.ref)
        assert.ok(organizations.has(target.ref), `${record.id}: ${target.ref}`);
    }
  }
});

test('links run both ways: an organization lists the benefits that name it', () => {
  const womenChildren = directory.benefitsByOrganization['bureau-women-children'] ?? [];
  assert.ok(womenChildren.includes('early-intervention-therapy-transport-subsidy'));
  for (const [org, ids] of Object.entries(directory.benefitsByOrganization)) {
    assert.ok(organizations.has(org), org);
    for (const id of ids) {
      const record = records.find((r) => r.id === id)!;
      const named = [...record.contacts.map((c) => c.ref), ...record.apply.targets.map((t) => ('ref' in t ? t.ref : undefined))];
      assert.ok(named.includes(org), `${id} → ${org}`);
    }
  }
  assert.ok(links.byName.size > 100, `only ${links.byName.size} names linked`);
});

test('name folding links printed variants and units, and guesses nothing else', () => {
  assert.equal(foldName('臺中市政府社會局'), '社會局');
  assert.equal(foldName('台中市 社會局'), '社會局');
  assert.equal(foldName('財團法人伊甸社會福利基金會（北屯區）'), '財團法人伊甸社會福利基金會');
  const index = new Map([
    ['衛生局', 'city-health-bureau'],
    ['社會局', 'bureau'],
  ]);
  assert.equal(resolveName('衛生局保健科', index), 'city-health-bureau');
  assert.equal(resolveName('勞工局', index), undefined);
});

test('every location has a district and a point with its precision; district offices are street-level', () => {
  const districts = new Set(directory.districts.map((d) => d.name['zh-Hant']));
  for (const location of directory.locations) {
    assert.ok(districts.has(location.district), location.id);
    assert.ok(location.point && ['address', 'village', 'district'].includes(location.point.precision), location.id);
  }
  const officeLocations = directory.organizations.filter((o) => o.kind === 'district-office').flatMap((o) => o.locationIds ?? []);
  const byId = new Map(directory.locations.map((l) => [l.id, l]));
  assert.equal(officeLocations.length, 29);
  for (const id of officeLocations) assert.equal(byId.get(id)?.point?.precision, 'address', id);
});
