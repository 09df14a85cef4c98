import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, checkPlanUpdates, loadBenefitFiles, sourceLines } from '../../scripts/validate-data.ts';
import { buildBenefitData } from '../../scripts/build-data.ts';
import { quoteOccursIn, sliceLines } from '../../src/text/source-text.ts';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const readJson = (path: string): Json => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const updates = (): Json[] => readJson('data/benefits/plan-updates.json').updates;
const TARGET = 'parents-not-working-childcare-allowance';

/** Every node of a rule, depth first. */
function nodes(rule: Json): Json[] {
  if (!rule || typeof rule !== 'object') return [];
  return [
    rule,
    ...(rule.all ?? []).flatMap(nodes),
    ...(rule.any ?? []).flatMap(nodes),
    ...nodes(rule.not),
    ...nodes(rule.some ? rule.rule : undefined),
  ];
}
const isMonthly2500 = (a: Json) => a.value === 2500 && a.unit === 'TWD' && a.per === 'month';
// A child under two: the child's own age (the rule is about the child) or the household's children's.
const isUnderTwo = (n: Json) => (n.fact === 'childAges' || n.fact === 'age') && n.op === 'lt' && n.value === 2;

test('plan updates: targets exist, source lines exist, quotes stand in their own lines', () => {
  const problems = checkPlanUpdates();
  assert.equal(problems.length, 0, problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
});

test('checkPlanUpdates reports an unknown target and a quote from outside the cited lines', () => {
  const root = mkdtempSync(join(tmpdir(), 'plan-updates-'));
  try {
    cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
    const data = readJson('data/benefits/plan-updates.json');
    const update = data.updates.find((u: Json) => u.target === TARGET);
    update.replace.amounts[0].quote = '單胞胎 1 萬元'; // lines 84-86, not 62-74
    data.updates.push({ ...update, id: 'plan-nowhere', target: 'no-such-record', replace: {} });
    writeFileSync(join(root, 'data/benefits/plan-updates.json'), JSON.stringify(data));
    const messages = checkPlanUpdates(root).map((p) => `${p.where}: ${p.message}`);
    assert.ok(
      messages.some((m) => m.includes('單胞胎 1 萬元')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith('plan-nowhere: target no-such-record')),
      messages.join('\n'),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the 育兒津貼 update pays NT$2,500 a month for a child under two', () => {
  const update = updates().find((u) => u.target === TARGET);
  assert.ok(update, `no update targets ${TARGET}`);
  assert.equal(update.source.document, 'plan-108-111');
  assert.ok(update.replace.amounts.some(isMonthly2500), 'no NT$2,500 a month amount');
  assert.ok(nodes(update.replace.rule).some(isUnderTwo), 'no under-two condition');
  assert.ok(!nodes(update.replace.rule).some((n) => n.fact === 'employed'), 'the plan sets no work condition');
});

test('buildBenefitData applies the plan over the handbook record', () => {
  const update = updates().find((u) => u.target === TARGET);
  const { index, rules, details } = buildBenefitData();
  const effective = rules[TARGET];
  const detail = details[TARGET];
  assert.ok(effective && detail, `${TARGET} not built`);
  assert.ok(effective.amounts.some(isMonthly2500), 'effective amounts lack NT$2,500 a month');
  assert.ok(!effective.amounts.some((a: Json) => a.tiers?.some((t: Json) => t.value === 5000)), 'handbook tiers still effective');
  assert.ok(nodes(effective.rule).some(isUnderTwo), 'effective rule lacks the under-two condition');
  assert.deepEqual(index.find((s) => s.id === TARGET)?.updates, [update.id]);
  assert.deepEqual(
    detail.updates.map((u) => u.id),
    [update.id],
  );
  assert.equal(detail.source.document, 'handbook-2015', 'the handbook text stays as printed');
  // The stored handbook record is untouched.
  const stored = loadBenefitFiles()
    .flatMap((f) => f.records)
    .find((r) => r.id === TARGET);
  assert.equal(stored.source.document, 'handbook-2015');
  assert.ok(
    stored.amounts.some((a: Json) => a.tiers?.length),
    'the stored record keeps the handbook tiers',
  );
});

test('plan programmes: chapter 0, running item numbers, cited from the plan', () => {
  const file = loadBenefitFiles().find((f) => f.file.endsWith('plan-programmes.json'));
  assert.ok(file, 'plan-programmes.json is not loaded');
  file.records.forEach((r, i) => {
    assert.equal(r.chapter, 0, r.id);
    assert.equal(r.item, i + 1, r.id);
    assert.equal(r.source.document, 'plan-108-111', r.id);
  });
});

test('plan.json: every printed piece stands in its lines, and related ids exist', () => {
  const plan = readJson('data/plan/plan.json');
  const lines = sourceLines(ROOT, plan.file);
  const ids = new Set(loadBenefitFiles().flatMap((f) => f.records.map((r) => r.id as string)));
  const pieces: Json[] = [
    plan.title,
    plan.vision,
    plan.vision.statement,
    ...plan.coreValues,
    ...plan.goals.flatMap((g: Json) => [g, ...g.strategies.flatMap((s: Json) => [s, ...s.measures])]),
    ...plan.keyProgrammes,
  ];
  for (const piece of pieces) {
    const [first, last] = piece.lines;
    assert.ok(first <= last && last <= lines.length, `${piece['zh-Hant']}: lines ${first}-${last}`);
    assert.ok(quoteOccursIn(piece['zh-Hant'], sliceLines(lines, first, last)), `«${piece['zh-Hant']}» not in lines ${first}-${last}`);
    for (const id of piece.related ?? []) assert.ok(ids.has(id), `unknown related id ${id}`);
  }
  const goals = new Set(plan.goals.map((g: Json) => g.id));
  for (const p of plan.keyProgrammes) assert.ok(goals.has(p.goal), `${p.id}: unknown goal ${p.goal}`);
});
