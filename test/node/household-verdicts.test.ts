/**
 * The engine against households worked out by hand from the handbook
 * (test/node/households/*.ts). Prints agreement, false "likely" and false
 * "not eligible" counts; fails on any false "likely" or false "not
 * eligible" not marked debatable, and on any quote not printed where cited.
 *
 * Run: node --import tsx --test test/node/household-verdicts.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benefitRules } from '../../src/generated/benefit-rules.ts';
import { parseHousehold } from '../../src/eligibility/household.ts';
import { verdictFor } from '../../src/eligibility/verdicts.ts';
import { quoteOccursIn, sliceLines } from '../../src/text/source-text.ts';
import type { HouseholdCase } from './households/case.ts';

const dir = new URL('./households/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'case.ts');
const cases: { file: string; c: HouseholdCase }[] = [];
for (const file of files) {
  const mod = (await import(new URL(file, dir).href)) as { HOUSEHOLDS: HouseholdCase[] };
  for (const c of mod.HOUSEHOLDS) cases.push({ file, c });
}

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../data/sources/${name}`, import.meta.url)), 'utf8').split('\n');
const SOURCES = { handbook: read('004_005d01609386d640.txt'), plan: read('000_ca92dbc42ee6ce39.txt') };

test('at least 40 households, each with its expectations', () => {
  assert.ok(cases.length >= 40, `only ${cases.length} households`);
  for (const { c } of cases) assert.ok(c.expect.length > 0, c.name);
});

test('every expectation cites words printed where it says', () => {
  const problems: string[] = [];
  for (const { file, c } of cases) {
    for (const e of c.expect) {
      const [first, last] = typeof e.line === 'number' ? [e.line, e.line] : e.line;
      const text = sliceLines(SOURCES[e.source ?? 'handbook'], first, last);
      if (!quoteOccursIn(e.quote, text)) problems.push(`${file} · ${c.name} · ${e.id}: "${e.quote}" is not at ${first}–${last}`);
      if (!Object.hasOwn(benefitRules, e.id)) problems.push(`${file} · ${c.name} · ${e.id}: no such benefit`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the engine gives each household the handbook verdicts', () => {
  let total = 0;
  let agree = 0;
  const falseLikely: string[] = [];
  const falseUnlikely: string[] = [];
  const otherDisagreements: string[] = [];
  const debatable: string[] = [];
  const wrongMembers: string[] = [];
  for (const { file, c } of cases) {
    const household = parseHousehold({ version: 2, ...c.household });
    for (const e of c.expect) {
      const rule = benefitRules[e.id]?.rule;
      if (!rule) continue;
      total++;
      const verdict = verdictFor(e.id, rule, household);
      const line = `${file} · ${c.name} · ${e.id}: handbook ${e.outcome}, engine ${verdict.outcome}`;
      if (verdict.outcome === e.outcome) {
        agree++;
        if (e.outcome === 'likely' && e.for && [...e.for].sort().join() !== [...verdict.for].sort().join()) {
          wrongMembers.push(`${line}; for ${e.for.join(',')} but engine for ${verdict.for.join(',')}`);
        }
        continue;
      }
      if (e.debatable) {
        debatable.push(`${line} (debatable: ${e.debatable})`);
        continue;
      }
      if (verdict.outcome === 'likely') falseLikely.push(line);
      else if (verdict.outcome === 'unlikely') falseUnlikely.push(line);
      else otherDisagreements.push(line);
    }
  }
  const summary = [
    `households: ${cases.length}, verdicts checked: ${total}, agree: ${agree} (${((100 * agree) / Math.max(total, 1)).toFixed(1)}%)`,
    `false "likely": ${falseLikely.length}, false "not eligible": ${falseUnlikely.length}, other disagreements: ${otherDisagreements.length}, debatable: ${debatable.length}`,
    ...falseLikely.map((l) => `  FALSE LIKELY ${l}`),
    ...falseUnlikely.map((l) => `  FALSE NOT ELIGIBLE ${l}`),
    ...otherDisagreements.map((l) => `  OTHER ${l}`),
    ...wrongMembers.map((l) => `  MEMBERS ${l}`),
    ...debatable.map((l) => `  DEBATABLE ${l}`),
  ].join('\n');
  console.log(summary);
  assert.equal(falseLikely.length + falseUnlikely.length, 0, summary);
});
