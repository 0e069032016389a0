/** One measured figure. `ratio` compares `value` to `baseline`, both measured in the same run. */
export interface BenchRow {
  group: string;
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  target?: string;
  note?: string;
}

/** A row from one host's bench, before the runner puts it in its group. */
export type HostBenchRow = Omit<BenchRow, 'group'>;

const fmt = (n: number | undefined, digits = 2) =>
  n === undefined || Number.isNaN(n) ? '' : Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(digits);

export function printTable(rows: BenchRow[]): string {
  const header = ['group', 'figure', 'value', 'unit', 'baseline', 'ratio', 'target', 'note'];
  const body = rows.map((r) => [r.group, r.name, fmt(r.value), r.unit, fmt(r.baseline), r.ratio === undefined ? '' : `${fmt(r.ratio)}×`, r.target ?? '', r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
