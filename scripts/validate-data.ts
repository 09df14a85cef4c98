/**
 * Checks every data file against its JSON Schema and against the source texts:
 * unique ids, resolvable references, line ranges that exist, headings and quotes
 * that really stand in the cited lines, and every handbook item accounted for.
 *
 * Run: npx tsx scripts/validate-data.ts   (exit 1 and a list of problems if any)
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FACTS, OPS_BY_TYPE, isFactName, type FactDefinition, type FactName } from '../src/eligibility/facts.ts';
import { foldForMatching, quoteOccursIn, sliceLines } from '../src/text/source-text.ts';
import { checkDirectory } from './directory-checks.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Problem {
  file: string;
  where: string;
  message: string;
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function matchPattern(pattern: string, path: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map(escapeRegExp).join('[^/]*') + '$');
  return re.test(path);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function listDataFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(geo)?json$/.test(entry.name)) out.push(relative(root, full));
    }
  };
  walk(join(root, 'data'));
  // The sources are copied unchanged; the schemas describe the rest.
  return out.filter((f) => !f.startsWith('data/sources/') && !f.startsWith('data/schema/')).sort();
}

/** Data files that no catalog entry gives a schema. */
export function uncataloguedFiles(root = ROOT): string[] {
  const catalog = readJson(join(root, 'data/schema/catalog.json')).entries as { pattern: string }[];
  return listDataFiles(root).filter((file) => !catalog.some((e) => matchPattern(e.pattern, file)));
}

const sourceCache = new Map<string, string[]>();
export function sourceLines(root: string, file: string): string[] {
  let lines = sourceCache.get(file);
  if (!lines) {
    lines = readFileSync(join(root, file), 'utf8').split('\n');
    sourceCache.set(file, lines);
  }
  return lines;
}

/** Schema validation of every file named in data/schema/catalog.json. */
export function checkSchemas(root = ROOT): Problem[] {
  const problems: Problem[] = [];
  const catalog = readJson(join(root, 'data/schema/catalog.json')).entries as { pattern: string; schema: string }[];
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  for (const name of readdirSync(join(root, 'data/schema'))) {
    if (name.endsWith('.schema.json')) ajv.addSchema(readJson(join(root, 'data/schema', name)), name);
  }
  for (const file of listDataFiles(root)) {
    const entry = catalog.find((e) => matchPattern(e.pattern, file));
    if (!entry) continue;
    const validate = ajv.getSchema(entry.schema);
    if (!validate) {
      problems.push({ file, where: '', message: `schema ${entry.schema} not found` });
      continue;
    }
    if (!validate(readJson(join(root, file)))) {
      for (const err of validate.errors ?? []) {
        problems.push({ file, where: err.instancePath, message: `${err.message ?? ''} ${JSON.stringify(err.params)}` });
      }
    }
  }
  return problems;
}

export interface BenefitFile {
  file: string;
  records: Json[];
}

export function loadBenefitFiles(root = ROOT): BenefitFile[] {
  const catalog = readJson(join(root, 'data/schema/catalog.json')).entries as { pattern: string; schema: string }[];
  return listDataFiles(root)
    .filter((file) => catalog.some((e) => e.schema === 'benefits.schema.json' && matchPattern(e.pattern, file)))
    .map((file) => ({ file, records: readJson(join(root, file)).records as Json[] }));
}

function walkRule(rule: Json, visit: (node: Json) => void): void {
  if (!rule || typeof rule !== 'object') return;
  visit(rule);
  for (const key of ['all', 'any'] as const) if (Array.isArray(rule[key])) rule[key].forEach((r: Json) => walkRule(r, visit));
  if (rule.not) walkRule(rule.not, visit);
  if (rule.some) walkRule(rule.rule, visit);
}

function checkCondition(node: Json): string | undefined {
  if (!('fact' in node)) return undefined;
  if (!isFactName(node.fact)) return `unknown fact ${node.fact}`;
  const def: FactDefinition = FACTS[node.fact as FactName];
  if (!OPS_BY_TYPE[def.type].includes(node.op)) return `op ${node.op} does not apply to ${def.type} fact ${node.fact}`;
  const v = node.value;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (node.op === 'between') {
    if (!Array.isArray(v) || v.length !== 2 || !v.every(num) || v[0] > v[1]) return `between needs [min, max], got ${JSON.stringify(v)}`;
    return undefined;
  }
  switch (def.type) {
    case 'boolean':
      return typeof v === 'boolean' ? undefined : `${node.fact} needs true or false`;
    case 'number':
    case 'numbers':
      return num(v) ? undefined : `${node.fact} needs a number`;
    case 'enum': {
      const allowed = (def as { values: readonly string[] }).values;
      const values = node.op === 'in' ? v : [v];
      return Array.isArray(values) && values.every((x: unknown) => allowed.includes(x as string))
        ? undefined
        : `${node.fact} takes ${allowed.join(' | ')}`;
    }
    case 'strings':
      return typeof v === 'string' ? undefined : `${node.fact} includes needs a string`;
  }
}

/** Cross-record checks of the benefit records against each other and the sources. */
export function checkBenefits(root = ROOT): Problem[] {
  const problems: Problem[] = [];
  const files = loadBenefitFiles(root);
  const chapters = readJson(join(root, 'data/benefits/chapters.json')).chapters as Json[];
  const byId = new Map<string, Json>();
  const all: { file: string; rec: Json }[] = [];
  for (const { file, records } of files) {
    for (const rec of records) {
      const where = rec.id ?? '?';
      if (byId.has(rec.id)) problems.push({ file, where, message: 'duplicate id' });
      byId.set(rec.id, rec);
      all.push({ file, rec });
    }
  }
  for (const { file, rec } of all) {
    const say = (message: string) => problems.push({ file, where: rec.id, message });
    const src = rec.source;
    if (!src) continue;
    const lines = existsSync(join(root, src.file)) ? sourceLines(root, src.file) : [];
    if (!lines.length) {
      say(`source file ${src.file} missing`);
      continue;
    }
    const [first, last] = src.lines;
    if (first > last || last > lines.length) {
      say(`source lines ${first}-${last} outside ${src.file} (${lines.length} lines)`);
      continue;
    }
    const cited = sliceLines(lines, first, last);
    if (!rec.noBodyText && !quoteOccursIn(rec.heading, cited) && !quoteOccursIn(src.heading ?? rec.heading, cited)) {
      say(`heading «${rec.heading}» not found in lines ${first}-${last}`);
    }
    // A part's quotes may stand anywhere in its parent item.
    const parent = rec.parent ? byId.get(rec.parent) : undefined;
    const context = parent ? sliceLines(lines, Math.min(first, parent.source.lines[0]), Math.max(last, parent.source.lines[1])) : cited;
    const quoteMissing = (quote: string, what: string) => {
      if (!quoteOccursIn(quote, context)) say(`${what} quote «${quote}» not found in lines ${first}-${last}`);
    };
    for (const section of rec.sections ?? []) {
      if (section.lines[0] < first || section.lines[1] > last || section.lines[0] > section.lines[1]) {
        say(`section «${section.label}» lines ${section.lines.join('-')} outside the record's ${first}-${last}`);
      }
    }
    for (const amount of rec.amounts ?? []) {
      quoteMissing(amount.quote, 'amount');
      if (amount.min !== undefined && amount.max !== undefined && amount.min > amount.max) say(`amount min > max`);
      for (const tier of amount.tiers ?? [])
        walkRule(tier.when, (n) => {
          const err = checkCondition(n);
          if (err) say(`tier: ${err}`);
        });
    }
    walkRule(rec.rule, (node) => {
      if ('quote' in node) quoteMissing(node.quote, 'rule');
      const err = checkCondition(node);
      if (err) say(`rule: ${err}`);
      if (node.fact === 'receivesBenefits' && !byId.has(node.value)) say(`rule: receivesBenefits names unknown id ${node.value}`);
    });
    if (rec.parent) {
      if (!parent) say(`parent ${rec.parent} not found`);
      else if (parent.chapter !== rec.chapter || parent.item !== rec.item) say(`parent ${rec.parent} is another item`);
      if (!rec.part) say('a part record needs part {label, index}');
    }
    if (rec.noBodyText && !rec.notes?.some((n: Json) => n.kind === 'no-body-text')) say('noBodyText needs a no-body-text note');
    for (const c of rec.contacts ?? []) {
      for (const p of c.phones ?? []) {
        if (foldForMatching(p.printed) && !quoteOccursIn(p.number, p.printed.replace(/\s/g, '')))
          say(`phone number ${p.number} is not in its printed form «${p.printed}»`);
      }
    }
  }
  // Every body item of every chapter, exactly once.
  for (const ch of chapters) {
    const items = all
      .filter(({ rec }) => rec.source?.document === 'handbook-2015' && rec.chapter === ch.number && !rec.parent && !rec.noBodyText)
      .map(({ rec }) => rec.item as number);
    const unique = new Set(items);
    if (items.length !== unique.size)
      problems.push({ file: 'data/benefits', where: ch.numeral, message: `chapter ${ch.numeral} has an item twice` });
    if (unique.size !== ch.itemCount) {
      problems.push({
        file: 'data/benefits',
        where: ch.numeral,
        message: `chapter ${ch.numeral}: ${unique.size} of ${ch.itemCount} body items present`,
      });
    }
  }
  return problems;
}

/** The 108–111 plan's updates: a target that exists, source lines that exist, quotes that stand in the update's own lines. */
export function checkPlanUpdates(root = ROOT): Problem[] {
  const problems: Problem[] = [];
  const file = 'data/benefits/plan-updates.json';
  if (!existsSync(join(root, file))) return problems;
  const ids = new Set(loadBenefitFiles(root).flatMap((f) => f.records.map((r) => r.id as string)));
  for (const update of readJson(join(root, file)).updates as Json[]) {
    const say = (message: string) => problems.push({ file, where: update.id, message });
    if (!ids.has(update.target)) say(`target ${update.target} not found`);
    const src = update.source;
    const lines = existsSync(join(root, src.file)) ? sourceLines(root, src.file) : [];
    const [first, last] = src.lines;
    if (!lines.length || first > last || last > lines.length) {
      say(`source lines ${first}-${last} outside ${src.file} (${lines.length} lines)`);
      continue;
    }
    const cited = sliceLines(lines, first, last);
    const quoteMissing = (quote: string, what: string) => {
      if (!quoteOccursIn(quote, cited)) say(`${what} quote «${quote}» not found in lines ${first}-${last}`);
    };
    const visit = (what: string) => (node: Json) => {
      if ('quote' in node) quoteMissing(node.quote, what);
      const err = checkCondition(node);
      if (err) say(`${what}: ${err}`);
      if (node.fact === 'receivesBenefits' && !ids.has(node.value)) say(`${what}: receivesBenefits names unknown id ${node.value}`);
    };
    for (const amount of update.replace?.amounts ?? []) {
      quoteMissing(amount.quote, 'amount');
      for (const tier of amount.tiers ?? []) walkRule(tier.when, visit('tier'));
    }
    walkRule(update.replace?.rule, visit('rule'));
  }
  return problems;
}

export function validateAll(root = ROOT): Problem[] {
  return [...checkSchemas(root), ...checkBenefits(root), ...checkPlanUpdates(root), ...checkDirectory(root)];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv[2];
  const problems = validateAll().filter((p) => !only || p.file.includes(only) || p.where.includes(only));
  for (const p of problems) console.log(`${p.file} ${p.where}: ${p.message}`);
  console.log(problems.length ? `${problems.length} problem(s)` : 'data valid');
  process.exitCode = problems.length ? 1 : 0;
}
