/**
 * The JSON Schema of a household's answers (scripts/build-household-schema.ts,
 * dist/data/household.schema.json): made from the facts' definitions, it
 * accepts every household worked out from the handbook, refuses bad ones,
 * and agrees with parseHousehold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { householdSchema } from '../../scripts/build-household-schema.ts';
import { FACTS, type FactName } from '../../src/eligibility/facts.ts';
import { HOUSEHOLD_FORMAT_VERSION, MAX_MEMBERS, ROLES, householdToJson, parseHousehold } from '../../src/eligibility/household.ts';
import { randomHousehold, seededRandom } from '../../src/eligibility/simulate.ts';
import type { HouseholdCase } from './households/case.ts';

const schema = householdSchema();
const ajv = new Ajv({ strict: true, strictTuples: false, allErrors: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

const dir = new URL('./households/', import.meta.url);
const cases: HouseholdCase[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'case.ts')) {
  cases.push(...((await import(new URL(file, dir).href)) as { HOUSEHOLDS: HouseholdCase[] }).HOUSEHOLDS);
}

const parses = (json: unknown) => {
  try {
    parseHousehold(json);
    return true;
  } catch {
    return false;
  }
};

const self = { role: 'self', facts: { age: 40 } };
/** Households parseHousehold refuses. */
const BAD: [string, unknown][] = [
  ['not an object', [self]],
  ['null', null],
  ['no members', { facts: {} }],
  ['empty roster', { members: [] }],
  ['too many members', { members: Array.from({ length: MAX_MEMBERS + 1 }, (_, i) => (i ? { role: 'child' } : self)) }],
  ['first member not self', { members: [{ role: 'partner' }, self] }],
  ['unknown role', { members: [self, { role: 'cousin' }] }],
  ['no role', { members: [self, { facts: {} }] }],
  ['a member not an object', { members: [self, 'm2'] }],
  ['derived member fact', { members: [{ role: 'self', facts: { student: true } }] }],
  ['derived member fact (years)', { members: [{ role: 'self', facts: { yearsRegisteredInTaichung: 3 } }] }],
  ['derived household fact', { members: [self], facts: { childAges: [3] } }],
  ['derived household size', { members: [self], facts: { householdSize: 1 } }],
  ['unknown fact', { members: [{ role: 'self', facts: { shoeSize: 42 } }] }],
  ['member fact at household level', { members: [self], facts: { age: 40 } }],
  ['household fact on a member', { members: [{ role: 'self', facts: { householdStatus: 'neither' } }] }],
  ['age not a number', { members: [{ role: 'self', facts: { age: 'old' } }] }],
  ['age over the bound', { members: [{ role: 'self', facts: { age: 121 } }] }],
  ['age negative', { members: [{ role: 'self', facts: { age: -1 } }] }],
  ['age not whole', { members: [{ role: 'self', facts: { age: 40.5 } }] }],
  ['months over the bound', { members: [{ role: 'self', facts: { monthsRegisteredInTaichung: 1501 } }] }],
  ['bad enum', { members: [self], facts: { householdStatus: 'rich' } }],
  ['bad strings item', { members: [{ role: 'self', facts: { disabilityTypes: ['wings'] } }] }],
  ['strings not a list', { members: [self], facts: { disasterDamage: 'flood' } }],
  ['boolean as a string', { members: [{ role: 'self', facts: { disability: 'yes' } }] }],
  ['facts a list', { members: [self], facts: [] }],
  ['other version', { version: 1, members: [self] }],
];

/** Households parseHousehold accepts that are not among the handbook's. */
const GOOD: [string, unknown][] = [
  ['one person, no facts', { members: [{ role: 'self' }] }],
  ['facts null', { members: [{ role: 'self', facts: null }], facts: null }],
  ['twelve members', { members: Array.from({ length: MAX_MEMBERS }, (_, i) => (i ? { role: 'grandchild' } : self)) }],
  ['every role', { members: ROLES.map((role, i) => ({ role: i ? role : 'self' })) }],
  ['months at the bound', { members: [{ role: 'self', facts: { monthsRegisteredInTaichung: 1500 } }], facts: { monthsSinceEvent: 600 } }],
  ['benefits received', { members: [self], facts: { receivesBenefits: ['birth-allowance'], disasterDamage: [] } }],
  ['any id is replaced', { members: [{ id: 'x', role: 'self' }] }],
  ['other keys are ignored', { version: 2, note: 'from a host', members: [{ ...self, name: '奶奶' }] }],
];

/** A schema node, read loosely. */
interface Node {
  [key: string]: Node & unknown;
}

test('the schema is made from the facts, roles and bounds', () => {
  const props = (schema as unknown as Node).properties!;
  const memberFacts = props.members!.items!.properties!.facts!.properties!;
  const householdFacts = props.facts!.properties!;
  for (const [name, def] of Object.entries(FACTS) as [FactName, (typeof FACTS)[FactName]][]) {
    const where = def.scope === 'member' ? memberFacts : householdFacts;
    const other = def.scope === 'member' ? householdFacts : memberFacts;
    assert.equal(name in other, false, `${name} in the wrong scope`);
    if ('derived' in def && def.derived) {
      assert.equal(name in where, false, `${name} is worked out`);
      continue;
    }
    const node = where[name];
    assert.ok(node, name);
    if (def.type === 'enum') assert.deepEqual(node.enum, def.values, name);
    if (def.type === 'number') assert.equal(node.maximum, 'max' in def ? def.max : 150, name);
    if (def.type === 'strings' && 'values' in def) assert.deepEqual(node.items!.enum, def.values, name);
  }
  assert.deepEqual(props.members!.items!.properties!.role!.enum, [...ROLES]);
  assert.equal(props.members!.maxItems, MAX_MEMBERS);
  assert.equal(props.version!.const, HOUSEHOLD_FORMAT_VERSION);
});

test(
  'the generated file is the schema (npm run generate)',
  { skip: !existsSync(fileURLToPath(new URL('../../src/generated/household.schema.json', import.meta.url))) },
  () => {
    const written = JSON.parse(readFileSync(new URL('../../src/generated/household.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(written, JSON.parse(JSON.stringify(schema)));
  },
);

test('every household worked out from the handbook is valid', () => {
  assert.ok(cases.length >= 40, `${cases.length} households`);
  for (const c of cases) {
    for (const json of [{ version: 2, ...c.household }, c.household]) {
      assert.ok(validate(json), `${c.name}: ${ajv.errorsText(validate.errors)}`);
    }
  }
  // And what the quiz writes into a share link.
  const random = seededRandom(3);
  for (let i = 0; i < 50; i++) {
    const json = JSON.parse(JSON.stringify(householdToJson(randomHousehold(random))));
    assert.ok(validate(json), ajv.errorsText(validate.errors));
  }
});

test('bad households are refused', () => {
  for (const [name, json] of BAD) assert.equal(validate(json), false, name);
});

test('the schema accepts exactly what parseHousehold accepts', () => {
  const all: [string, unknown][] = [...cases.map((c): [string, unknown] => [c.name, { version: 2, ...c.household }]), ...GOOD, ...BAD];
  const disagree = all
    .filter(([, json]) => validate(json) !== parses(json))
    .map(([name, json]) => `${name}: schema ${validate(json)}, parseHousehold ${parses(json)}`);
  assert.deepEqual(disagree, []);
  for (const [name, json] of GOOD) assert.ok(parses(json), name);
  for (const [name, json] of BAD) assert.ok(!parses(json), name);
  // The one thing JSON Schema cannot say: ids must differ.
  const duplicate = { members: [self, { id: 'm1', role: 'child' }] };
  assert.equal(parses(duplicate), false);
  assert.equal(validate(duplicate), true);
});
