/**
 * Prints a summary of the service directory: counts per category, per appendix
 * table, appendix rows kept / merged / rejected, and every doubtful phone.
 * Run: npx tsx scripts/directory-report.ts
 */
import { fileURLToPath } from 'node:url';
import { loadDirectory } from './directory-checks.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function count<T>(items: T[], key: (x: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m];
}

export function report(root = ROOT): string {
  const d = loadDirectory(root);
  const out: string[] = [];
  const phones = [...d.organizations, ...d.services].flatMap((r) => (r.phones ?? []).map((p: any) => ({ id: r.id, p }))); // eslint-disable-line @typescript-eslint/no-explicit-any
  out.push(
    `organizations ${d.organizations.length}, services ${d.services.length}, locations ${d.locations.length}, phones ${phones.length} (${new Set(phones.map((x) => x.p.number)).size} distinct numbers), appendix rows ${d.rows.length}`,
  );
  out.push('', 'Organisations per kind:');
  for (const [k, n] of count(d.organizations, (o) => o.kind)) out.push(`  ${k.padEnd(22)} ${n}`);
  out.push('', 'Services per category:');
  const cat = new Map(d.categories.map((c) => [c.id, c.name['zh-Hant']]));
  for (const [k, n] of count(d.services, (s) => s.category)) out.push(`  ${k.padEnd(22)} ${String(n).padStart(3)}  ${cat.get(k) ?? '?'}`);
  out.push('', 'Appendix rows per section and status:');
  for (const [k, n] of count(d.rows, (r) => `${r.section} ${r.status}`)) out.push(`  ${k.padEnd(28)} ${n}`);
  out.push('', 'Appendix rows per table:');
  for (const [k, n] of count(d.rows, (r) => `[${r.section}] ${r.table}`)) out.push(`  ${String(n).padStart(3)}  ${k}`);
  out.push('', 'Services without a location (address not placed or none printed):');
  for (const s of d.services.filter((x) => !x.locationIds.length))
    out.push(
      `  ${s.id}${s.unlocatedAddresses ? `: ${s.unlocatedAddresses.map((u: { printed: string; reason: string }) => `${u.printed} (${u.reason})`).join('; ')}` : ''}`,
    );
  out.push('', 'Doubtful phones:');
  for (const { id, p } of phones.filter((x) => x.p.doubt)) out.push(`  ${id}: «${p.printed}» — ${p.doubt}`);
  out.push('', 'Notes of kind conflict / doubt / source-error:');
  for (const r of [...d.organizations, ...d.services]) {
    for (const n of r.notes ?? []) if (n.kind !== 'info') out.push(`  ${r.id} [${n.kind}] ${n.text}`);
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(report());

// Where the map can place each location, and which printed names in the
// benefit records still do not link to a directory record.
{
  const { buildDirectory, loadLinkedRecords } = await import('./build-data.ts');
  const { records, links } = loadLinkedRecords();
  const directory = buildDirectory(records);
  const byPrecision = new Map<string, number>();
  for (const location of directory.locations) {
    const key = location.point?.precision ?? 'none';
    byPrecision.set(key, (byPrecision.get(key) ?? 0) + 1);
  }
  const medicalIds = new Set(directory.locations.filter((l) => l.id.startsWith('loc-med-')).map((l) => l.id));
  console.log(
    `\nLocations by precision of their map point (${directory.locations.length}: ${directory.locations.length - medicalIds.size} from the handbook, ${medicalIds.size} from the medical list):`,
  );
  console.log('  (address = street level: an exact normalised address or an exact unique name in a reference list)');
  for (const key of ['address', 'village', 'district', 'none']) {
    const n = byPrecision.get(key) ?? 0;
    const fromHandbook = directory.locations.filter((l) => (l.point?.precision ?? 'none') === key && !medicalIds.has(l.id)).length;
    console.log(
      `  ${key.padEnd(9)} ${String(n).padStart(4)}  ${((100 * n) / directory.locations.length).toFixed(0)}%   (handbook ${fromHandbook}, medical list ${n - fromHandbook})`,
    );
  }
  const bySource = new Map<string, number>();
  const sourceFile = (source: string): string => source.replace(/: .*$/, '').replace(/\/\d+\.csv$/, '/*.csv');
  for (const l of directory.locations) {
    const key = l.point ? `${l.point.precision.padEnd(8)} ${sourceFile(l.point.source)}` : 'none';
    bySource.set(key, (bySource.get(key) ?? 0) + 1);
  }
  console.log('\nLocations by source of their point:');
  for (const [key, n] of [...bySource].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${key}`);
  console.log('\nEvery point and its source (location, address, precision, source file: row):');
  for (const l of directory.locations) {
    console.log(`  ${l.id}  ${l.address}  ${l.point ? `${l.point.precision}  ${l.point.source}` : 'no point'}`);
  }
  console.log(
    `\nBenefit contacts and places to apply: ${links.byName.size} printed names link to the directory; ${links.unresolved.size} do not:`,
  );
  for (const [name, count] of [...links.unresolved].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(3)}  ${name}`);
}
