/**
 * Writes src/generated/household.schema.json: the JSON Schema of a
 * household's answers, the JSON that share links carry, that
 * `householdVerdictsJson()` takes and that `parseHousehold()` reads
 * (src/eligibility/household.ts). It is made from the facts' definitions
 * (src/eligibility/facts.ts), so the schema and the engine cannot drift
 * apart: member facts under `members[].facts`, household facts under
 * `facts`, facts worked out from the roster left out. The build copies it to
 * dist/data/household.schema.json.
 *
 * It accepts what parseHousehold accepts, with one exception JSON Schema
 * cannot say: two members with the same id (parseHousehold refuses them).
 *
 * Run: npx tsx scripts/build-household-schema.ts   (part of `npm run generate`)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACTS, type FactDefinition, type FactName, type FactScope } from '../src/eligibility/facts.ts';
import { HOUSEHOLD_FORMAT_VERSION, MAX_MEMBERS, ROLES } from '../src/eligibility/household.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The schema of one fact's value, as isValidFactValue checks it. */
function valueSchema(def: FactDefinition): Record<string, unknown> {
  const integer = { type: 'integer', minimum: 0, maximum: def.max ?? 150 };
  switch (def.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return integer;
    case 'numbers':
      return { type: 'array', maxItems: 30, items: integer };
    case 'enum':
      return { type: 'string', enum: [...(def.values ?? [])] };
    case 'strings':
      return {
        type: 'array',
        maxItems: 300,
        items: { type: 'string', maxLength: 200, ...(def.values ? { enum: [...def.values] } : {}) },
      };
  }
}

/** The facts of one scope that may be given (not those worked out from the roster). */
function factsSchema(scope: FactScope, description: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(FACTS) as [FactName, FactDefinition][]) {
    if (def.scope !== scope || def.derived) continue;
    properties[name] = {
      ...valueSchema(def),
      ...(def.sensitive ? { description: 'Sensitive: optional; the quiz says why it asks.' } : {}),
    };
  }
  // parseHousehold reads a missing or null `facts` as no facts.
  return { description, type: ['object', 'null'], properties, additionalProperties: false };
}

export function householdSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'welfare-navigator household answers',
    description:
      'A household as the eligibility quiz knows it: its members, each with their own facts, and the facts of the household as a whole. A missing fact is unknown. Facts worked out from the roster (children’s ages, household size, years of registration, student) are not given. See docs/eligibility.md.',
    type: 'object',
    required: ['members'],
    properties: {
      version: { const: HOUSEHOLD_FORMAT_VERSION, description: 'The format version; optional.' },
      members: {
        description: `1 to ${MAX_MEMBERS} members; the first is the person the quiz is for (role "self"). Ids must differ.`,
        type: 'array',
        minItems: 1,
        maxItems: MAX_MEMBERS,
        items: {
          type: 'object',
          required: ['role'],
          properties: {
            id: {
              description: 'm1, m2, … (up to two digits); any other value is replaced by the member’s position (m1 for the first).',
            },
            role: { type: 'string', enum: [...ROLES], description: 'How the member is related to the first member.' },
            facts: factsSchema('member', 'This member’s facts.'),
          },
        },
        // The first member is "self" (an open tuple: validators in strict mode need `strictTuples: false`).
        allOf: [{ items: [{ type: 'object', properties: { role: { const: 'self' } } }] }],
      },
      facts: factsSchema('household', 'Facts of the household as a whole.'),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(join(ROOT, 'src/generated'), { recursive: true });
  writeFileSync(join(ROOT, 'src/generated/household.schema.json'), `${JSON.stringify(householdSchema(), null, 2)}\n`);
  console.log('household schema → src/generated/household.schema.json');
}
