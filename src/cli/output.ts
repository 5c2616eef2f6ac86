// Output helpers for the CLI: tables on a terminal, JSON / JSON Lines / CSV for machines, and a
// progress bar on stderr when it is a terminal.
import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import type CliProgress from 'cli-progress';
import { cellText, csvCell } from '../export/csv.ts';

// Both libraries are loaded on first use: most runs print JSON Lines to a pipe and need neither.
const require = createRequire(import.meta.url);

export type Format = 'table' | 'json' | 'jsonl' | 'csv';

// CSV cells are written by the export's routine (export/csv.ts), which the export itself uses too.
export { csvCell } from '../export/csv.ts';

export function render(rows: Array<Record<string, unknown>>, format: Format, columns?: string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  if (format === 'csv') return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
  const width = process.stdout.columns ?? 140;
  // Colours only on a terminal: piped into a file or another program, escape codes are noise (issue 19).
  const style = process.stdout.isTTY ? { head: ['cyan'] } : { head: [], border: [] };
  const Table = require('cli-table3') as typeof TableType;
  const table = new Table({ head: cols, wordWrap: true, style, colWidths: fitWidths(rows, cols, width) });
  for (const r of rows) table.push(cols.map((c) => cellText(r[c])));
  return table.toString() + '\n';
}

function fitWidths(rows: Array<Record<string, unknown>>, cols: string[], width: number): number[] {
  const natural = cols.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cellText(r[c]).length))) + 2);
  const total = natural.reduce((a, b) => a + b, 0) + cols.length + 1;
  if (total <= width) return natural;
  const scale = (width - cols.length - 1) / (total - cols.length - 1);
  return natural.map((n) => Math.max(6, Math.floor(n * scale)));
}

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

export function progress(total: number, what: string): Progress {
  if (!process.stderr.isTTY || total < 2) return { tick() {}, stop() {} };
  const cliProgress = require('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    { format: `${what} [{bar}] {value}/{total} {label}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return { tick: (label = '') => bar.increment(1, { label }), stop: () => bar.stop() };
}
