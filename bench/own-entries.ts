// Reading a 6,000-entry project (50 authors × 120 problems) the old way and the new way:
// - one author's problems, as every submission and edit reads them: BEFORE every entry of the project
//   listed and filtered in JavaScript (the old problemsBy), AFTER listEntries by kind and author;
// - entries and authors per step, as `status` and the reminders read them: BEFORE every entry listed,
//   AFTER countEntries;
// - all problems, as `lijst` reads them: BEFORE every entry listed and filtered, AFTER listEntries by kind.
// On a real SQLite temp file and on Cosmos DB (@azure/cosmos over HTTPS to the in-process double).
// Run: npx tsx bench/own-entries.ts [runs=30]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { entriesPerStep } from '../src/engine/app/project-status';
import type { EntryBase } from '../src/engine/domain/entries';
import { INPUT_KINDS } from '../src/steps';
import type { StepNumber } from '../src/kernel/steps';
import type { DocumentStore } from '../src/platform/store/port';
import { openSqliteStore } from '../src/platform/store/sqlite/sqlite-store';
import { problemsBy } from '../src/steps/2-problems/app/my-problems';
import type { Problem } from '../src/steps/2-problems/domain/problem';
import { startCosmosDouble } from './cosmos-double';

const PROJECT = 'project-bench';
const AUTHORS = 50;
const PER_AUTHOR = 120;
const RUNS = Number(process.argv[2] ?? 30);
const WARM_UP = 3;
const LEVELS = ['hoog', 'midden', 'laag'] as const;
const CONSEQUENCES = ['personen', 'objecten', 'beide'] as const;
const author = (a: number): string => `tenant-bench:author-${String(a).padStart(2, '0')}`;

function problem(i: number): Problem {
  const at = new Date(Date.UTC(2026, 11, 1) + i * 1000).toISOString();
  return {
    type: 'entry', kind: 'problem', id: `problem-${String(i).padStart(5, '0')}`, projectId: PROJECT, step: 2, number: i + 1,
    author: author(i % AUTHORS), organisation: `Organisatie ${i % 12}`, createdAt: at, updatedAt: at,
    description: `Probleem ${i}: ${'overlast bij het station in de avonduren '.repeat(5)}`.slice(0, 200),
    likelihood: LEVELS[i % 3] ?? 'hoog', consequences: CONSEQUENCES[(i >> 1) % 3] ?? 'beide', priority: LEVELS[(i >> 2) % 3] ?? 'hoog',
  };
}

async function seed(store: DocumentStore): Promise<void> {
  await store.create({ id: PROJECT, projectId: PROJECT, type: 'project', name: 'Bench' });
  const all = Array.from({ length: AUTHORS * PER_AUTHOR }, (_, i) => problem(i));
  for (let i = 0; i < all.length; i += 50) await Promise.all(all.slice(i, i + 50).map((p) => store.create(p)));
}

// BEFORE, reproduced as the use cases were before listEntries and countEntries.
async function ownProblemsBefore(store: DocumentStore, who: string): Promise<number> {
  const entries = await store.list<Problem>(PROJECT, 'entry');
  const mine = entries
    .filter((e) => e.doc.kind === 'problem' && e.doc.author === who)
    .sort((a, b) => a.doc.createdAt.localeCompare(b.doc.createdAt) || a.doc.id.localeCompare(b.doc.id));
  return mine.length;
}
async function perStepBefore(store: DocumentStore): Promise<number> {
  const byStep = new Map<StepNumber, { entries: number; authors: Set<string> }>();
  for (const { doc } of await store.list<EntryBase<string>>(PROJECT, 'entry')) {
    const step = byStep.get(doc.step) ?? { entries: 0, authors: new Set<string>() };
    step.entries += 1;
    step.authors.add(doc.author);
    byStep.set(doc.step, step);
  }
  return byStep.get(2)?.authors.size ?? 0;
}
async function allProblemsBefore(store: DocumentStore): Promise<number> {
  return (await store.list<Problem>(PROJECT, 'entry')).map((e) => e.doc).filter((e) => e.kind === 'problem').length;
}

// AFTER: the use cases' own functions, or the port method they call.
const ownProblemsAfter = async (store: DocumentStore, who: string) => (await problemsBy({ store }, PROJECT, who)).length;
const perStepAfter = async (store: DocumentStore) => (await entriesPerStep({ store, inputKinds: INPUT_KINDS }, PROJECT)).get(2)?.authors.size ?? 0;
const allProblemsAfter = async (store: DocumentStore) => (await store.listEntries<Problem>(PROJECT, { kind: 'problem' })).length;

interface Row { readonly what: string; readonly before: number[]; readonly after: number[] }

/** Before and after alternate run by run, so both see the same machine load; each checks its answer. */
async function compare(what: string, expected: number, before: (run: number) => Promise<number>, after: (run: number) => Promise<number>): Promise<Row> {
  const row: Row = { what, before: [], after: [] };
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [fn, times] of [[before, row.before], [after, row.after]] as const) {
      const start = performance.now();
      const answer = await fn(run);
      if (answer !== expected) throw new Error(`${what}: expected ${expected}, got ${answer}`);
      if (run >= WARM_UP) times.push(performance.now() - start);
    }
  }
  return row;
}

async function measure(store: DocumentStore): Promise<Row[]> {
  return [
    await compare('one author\'s problems', PER_AUTHOR, (r) => ownProblemsBefore(store, author(r % AUTHORS)), (r) => ownProblemsAfter(store, author(r % AUTHORS))),
    await compare('entries and authors per step', AUTHORS, () => perStepBefore(store), () => perStepAfter(store)),
    await compare('all problems (the list)', AUTHORS * PER_AUTHOR, () => allProblemsBefore(store), () => allProblemsAfter(store)),
  ];
}

const quantile = (times: readonly number[], q: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(1));

function print(store: string, rows: readonly Row[]): void {
  console.log(`\n${store}`);
  console.log('| Read | Before median | Before p90 | After median | After p90 | Faster |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const { what, before, after } of rows) {
    const [b, a] = [quantile(before, 0.5), quantile(after, 0.5)];
    console.log(`| ${what} | ${ms(b)} ms | ${ms(quantile(before, 0.9))} ms | **${ms(a)} ms** | ${ms(quantile(after, 0.9))} ms | ${(b / a).toFixed(1)}× |`);
  }
}

async function main(): Promise<void> {
  console.log(`${AUTHORS} authors × ${PER_AUTHOR} problems, ${RUNS} runs each after ${WARM_UP} warm-up; ${cpus().length} cores, Node ${process.version}`);
  const dir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-bench-'));
  const sqlite = openSqliteStore(join(dir, 'entries.db'));
  try {
    await seed(sqlite);
    print('SQLite (temp file)', await measure(sqlite));
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const cosmos = await startCosmosDouble();
  try {
    await seed(cosmos.store);
    const rows = await measure(cosmos.store);
    const trafficOf = async (read: () => Promise<unknown>): Promise<string> => {
      const before = cosmos.traffic();
      await read();
      const after = cosmos.traffic();
      return `${after.requests - before.requests} requests, ${((after.bytes - before.bytes) / 1024).toFixed(0)} KB`;
    };
    const traffic = [
      `one author's problems: ${await trafficOf(() => ownProblemsBefore(cosmos.store, author(0)))} → ${await trafficOf(() => ownProblemsAfter(cosmos.store, author(0)))}`,
      `per step: ${await trafficOf(() => perStepBefore(cosmos.store))} → ${await trafficOf(() => perStepAfter(cosmos.store))}`,
      `all problems: ${await trafficOf(() => allProblemsBefore(cosmos.store))} → ${await trafficOf(() => allProblemsAfter(cosmos.store))}`,
    ];
    print('Cosmos DB (@vercel/cosmosdb-server, in-process, HTTPS)', rows);
    console.log(`Per read, before → after: ${traffic.join('; ')}`);
  } finally {
    await cosmos.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
