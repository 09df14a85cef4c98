/**
 * The bench's figures: one per line in the table, all of them in
 * bench/results.json.
 */
import { writeFileSync } from 'node:fs';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget the figure is held to; null when it is reported only. */
  budget: number | null;
  better: 'lower' | 'higher';
  /** Within budget (always true for a figure without one). */
  ok: boolean;
}

export function figure(name: string, value: number, unit: string, better: 'lower' | 'higher', budget: number | null = null): Figure {
  const ok = budget === null || (better === 'lower' ? value <= budget : value >= budget);
  return { name, value: round(value), unit, budget, better, ok };
}

function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return Number(value.toFixed(digits));
}

function show(value: number | null, unit: string): string {
  if (value === null) return '';
  return `${value} ${unit}`.trim();
}

/** The table: name, value, budget, and whether it is met. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    show(f.value, f.unit),
    f.budget === null ? '' : `${f.better === 'lower' ? '≤' : '≥'} ${show(f.budget, f.unit)}`,
    f.budget === null ? '' : f.ok ? 'ok' : 'OVER',
  ]);
  const header = ['figure', 'value', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function writeResults(path: string, figures: readonly Figure[]): void {
  writeFileSync(path, JSON.stringify(figures, null, 2) + '\n');
}
