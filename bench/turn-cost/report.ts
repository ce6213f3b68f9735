// The bench's tables: per case the median over rounds (with the range), and the ratios to the
// floor taken round by round, so each ratio compares two figures measured under the same load.
import type { RoundResult } from './load';

export interface Measured {
  readonly round: RoundResult;
  readonly cpuMs: number;
  /** New entries found in the store after the round (undefined for the floor). */
  readonly stored: number | undefined;
  /** Cosmos DB requests during the round, by operation. */
  readonly operations: Record<string, number> | undefined;
}

export interface CaseResult extends Measured {
  /** echo, sqlite or cosmos. */
  readonly target: string;
  /** Entries in the project before the round. */
  readonly size: number;
  readonly roundNumber: number;
}

export interface Report {
  readonly results: readonly CaseResult[];
  /** Start to ready in ms, by process: echo, bot (and bot before). */
  readonly starts: Record<string, readonly number[]>;
  readonly compared: boolean;
  readonly peakRssMb: Record<string, number>;
  readonly loadAverages: readonly number[];
  readonly submissions: number;
}

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values: readonly number[]): number => quantile(values, 0.5);
const throughput = (r: RoundResult): number => (r.requests * 1000) / r.wallMs;
const range = (values: readonly number[], digits: number): string => {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
};

interface Row {
  readonly name: string;
  readonly throughput: number[];
  readonly p50: number[];
  readonly p99: number[];
  readonly cpu: number[];
}

export function printReport(report: Report): void {
  const cases = new Map<string, CaseResult[]>();
  for (const result of report.results) {
    const [store = '', before] = result.target.split(' ');
    const name =
      result.target === 'echo'
        ? 'echo floor'
        : `${store === 'sqlite' ? 'SQLite' : 'Cosmos DB'}${before ? ' (before)' : ''}, ${result.size === 0 ? 'empty project' : `${result.size} entries`}`;
    cases.set(name, [...(cases.get(name) ?? []), result]);
  }
  const rows: Row[] = [...cases].map(([name, results]) => ({
    name,
    throughput: results.map((r) => throughput(r.round)),
    p50: results.map((r) => quantile(r.round.latenciesMs, 0.5)),
    p99: results.map((r) => quantile(r.round.latenciesMs, 0.99)),
    cpu: results.map((r) => r.cpuMs / r.round.requests),
  }));
  const floor = rows.find((r) => r.name === 'echo floor');
  console.log('\n| case | throughput (median, range) | p50 | p99 | CPU per request | errors | lost |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const results = cases.get(row.name) ?? [];
    const errors = results.reduce((n, r) => n + r.round.errors, 0);
    const lost = results.reduce((n, r) => n + (r.stored === undefined ? 0 : r.round.requests - r.round.errors - r.stored), 0);
    console.log(
      `| ${row.name} | ${median(row.throughput).toFixed(0)} req/s (${range(row.throughput, 0)}) | ${median(row.p50).toFixed(1)} ms | ${median(row.p99).toFixed(0)} ms (${range(row.p99, 0)}) | ${median(row.cpu).toFixed(2)} ms (${range(row.cpu, 2)}) | ${errors} | ${row.name === 'echo floor' ? '–' : lost} |`,
    );
  }
  if (floor) {
    console.log('\nRatios to the floor, round by round (median, range):');
    console.log('| case | throughput | p99 | CPU per request |');
    console.log('|---|---:|---:|---:|');
    for (const row of rows.filter((r) => r !== floor)) {
      const per = (mine: number[], theirs: number[]) => mine.map((v, i) => v / (theirs[i] ?? NaN));
      const t = per(row.throughput, floor.throughput);
      const p = per(row.p99, floor.p99);
      const c = per(row.cpu, floor.cpu);
      console.log(`| ${row.name} | ${median(t).toFixed(2)}× (${range(t, 2)}) | ${median(p).toFixed(2)}× (${range(p, 2)}) | ${median(c).toFixed(1)}× (${range(c, 1)}) |`);
    }
  }
  for (const store of ['SQLite', 'Cosmos DB', 'SQLite (before)', 'Cosmos DB (before)']) {
    const empty = rows.find((r) => r.name === `${store}, empty project`);
    const full = rows.find((r) => r.name.startsWith(`${store},`) && r !== empty);
    if (!empty || !full) continue;
    const t = empty.throughput.map((v, i) => v / (full.throughput[i] ?? NaN));
    const c = full.cpu.map((v, i) => v / (empty.cpu[i] ?? NaN));
    console.log(`${store}: a submission in the large project next to one in the empty project, round by round: ${median(t).toFixed(2)}× the time by throughput (${range(t, 2)}), ${median(c).toFixed(2)}× the CPU (${range(c, 2)})`);
  }
  const cosmos = report.results.filter((r) => r.operations);
  if (cosmos.length > 0) {
    console.log('\nCosmos DB requests per submission, by operation (median over rounds):');
    for (const [target, size] of [...new Set(cosmos.map((r) => `${r.target}|${r.size}`))].map((key) => key.split('|') as [string, string])) {
      const ofSize = cosmos.filter((r) => r.target === target && r.size === Number(size));
      const ops = [...new Set(ofSize.flatMap((r) => Object.keys(r.operations ?? {})))].sort();
      const parts = ops.map((op) => `${op} ${median(ofSize.map((r) => (r.operations?.[op] ?? 0) / r.round.requests)).toFixed(2)}`);
      const total = median(ofSize.map((r) => Object.values(r.operations ?? {}).reduce((a, b) => a + b, 0) / r.round.requests));
      console.log(`- ${target}, ${size === '0' ? 'empty project' : `${size} entries`}: ${total.toFixed(2)} in all (${parts.join(', ')})`);
    }
  }
  const e = median(report.starts['echo'] ?? []);
  const starts = Object.entries(report.starts).map(([name, times]) => `${name} ${median(times).toFixed(0)} ms (${range([...times], 0)})${name === 'echo' ? '' : `, ${(median(times) / e).toFixed(2)}×`}`);
  console.log(`\nStart to ready, bots on SQLite (median of ${report.starts['echo']?.length ?? 0}): ${starts.join('; ')}`);
  console.log(`Peak RSS (whole run): ${Object.entries(report.peakRssMb).map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`).join(', ')}`);
  console.log(`Load average (1 min) at start and end: ${report.loadAverages.map((l) => l.toFixed(2)).join(', ')}`);
}
