// What one turn costs next to the framework's own cost (issue: a turn close to the floor).
// A bare botbuilder echo bot (the floor) and the bot, each in its own process built from the same
// sources, get the same load over real HTTP: P registered participants each submit N step 2
// problems as Action.Execute invokes, all participants at once. Rounds are interleaved (floor, then
// the bot on SQLite and on Cosmos DB, each in an empty project and in one already holding E
// entries), so every ratio compares figures taken under the same machine load.
// Run: npm run bench [-- --rounds 3 --participants 50 --per 20 --entries 6000 --stores sqlite,cosmos --starts 3]
// The bot starts as `npm start` starts it (its node flags, without the build). `--compare <entry.js>`
// runs a second build of the bot (e.g. an earlier commit's, compiled elsewhere, started with plain
// `node`) as "before" in the same rounds, so before and after are measured under the same load;
// `--compare-stores sqlite` limits that to one store.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DocumentStore } from '../../src/platform/store/port';
import { openSqliteStore } from '../../src/platform/store/sqlite/sqlite-store';
import { startCosmosDouble, type CosmosDouble } from '../cosmos-double';
import { runRound } from './load';
import { botStartArgs, startProcess, type ServerProcess } from './processes';
import { person, seedProject, type BenchProject } from './project-seed';
import { printReport, type CaseResult, type Measured } from './report';

const ROOT = resolve(__dirname, '../..');
let interrupted = false;
const BOT_ENTRY = botStartArgs(ROOT);
const ECHO_ENTRY = ['dist/bench/turn-cost/echo-bot.js'];

interface Options {
  readonly rounds: number;
  readonly participants: number;
  readonly per: number;
  readonly entries: number;
  readonly stores: readonly ('sqlite' | 'cosmos')[];
  readonly starts: number;
  readonly build: boolean;
  readonly compare: string | undefined;
  readonly compareStores: readonly string[];
}

function options(argv: readonly string[]): Options {
  const value = (name: string, fallback: string): string => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? (argv[at + 1] ?? fallback) : fallback;
  };
  return {
    rounds: Number(value('rounds', '3')),
    participants: Number(value('participants', '50')),
    per: Number(value('per', '20')),
    entries: Number(value('entries', '6000')),
    stores: value('stores', 'sqlite,cosmos').split(',').filter((s): s is 'sqlite' | 'cosmos' => s === 'sqlite' || s === 'cosmos'),
    starts: Number(value('starts', '3')),
    build: !argv.includes('--no-build'),
    compare: argv.includes('--compare') ? value('compare', '') : undefined,
    compareStores: value('compare-stores', value('stores', 'sqlite,cosmos')).split(','),
  };
}

const baseEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', MicrosoftAppId: '', MicrosoftAppPassword: '', LOG_LEVEL: 'info' };
  for (const name of ['NODE_OPTIONS', 'NODE_TEST_CONTEXT', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'NODE_ENV']) delete env[name];
  return env;
};

/** Start to ready, alternating floor and bot (and the bot before); each bot start opens a new SQLite file. */
async function measureStarts(times: number, dir: string, compare: string | undefined): Promise<Record<string, number[]>> {
  const starts: Record<string, number[]> = { echo: [], bot: [], ...(compare ? { 'bot before': [] } : {}) };
  const entries: [string, string[], NodeJS.ProcessEnv][] = [
    ['echo', ECHO_ENTRY, baseEnv()],
    ['bot', BOT_ENTRY, { ...baseEnv(), STORE_KIND: 'sqlite' }],
    ...(compare ? [['bot before', [compare], { ...baseEnv(), STORE_KIND: 'sqlite' }] as [string, string[], NodeJS.ProcessEnv]] : []),
  ];
  for (let i = 0; i < times; i++) {
    for (const [name, entry, env] of entries) {
      const started = await startProcess(name, entry, { ...env, SQLITE_PATH: join(dir, `start-${name.replace(' ', '-')}-${i}.db`) }, ROOT);
      starts[name]?.push(started.startMs);
      await started.stop();
    }
  }
  return starts;
}

interface Target {
  readonly name: string;
  readonly process: ServerProcess;
  readonly store?: DocumentStore;
  readonly cosmos?: CosmosDouble;
}

/** A new in-process Cosmos DB double and a bot on it. */
async function openCosmosCase(name: string, entry: string[]): Promise<Target & { readonly store: DocumentStore; close(): Promise<void> }> {
  const cosmos = await startCosmosDouble();
  const { endpoint, key, databaseId, containerId } = cosmos.connection;
  const env = { ...baseEnv(), STORE_KIND: 'cosmos', COSMOS_ENDPOINT: endpoint, COSMOS_KEY: key, COSMOS_DATABASE: databaseId, COSMOS_CONTAINER: containerId, NODE_TLS_REJECT_UNAUTHORIZED: '0' };
  const bot = await startProcess(`bot ${name}`, entry, env, ROOT).catch(async (error: unknown) => {
    await cosmos.stop();
    throw error;
  });
  return {
    name,
    process: bot,
    store: cosmos.store,
    cosmos,
    close: async () => {
      await bot.stop();
      await cosmos.stop();
    },
  };
}

async function measure(target: Target, project: BenchProject, per: number): Promise<Measured> {
  const ops = target.cosmos?.operations();
  const before = target.store ? (await target.store.listEntries(project.projectId, { kind: 'problem' })).length : 0;
  const cpu = target.process.cpuMs();
  const round = await runRound(target.process.port, project, per);
  const cpuMs = target.process.cpuMs() - cpu;
  const after = target.cosmos?.operations();
  const stored = target.store ? (await target.store.listEntries(project.projectId, { kind: 'problem' })).length - before : undefined;
  const operations = ops && after ? Object.fromEntries(Object.entries(after).map(([op, n]) => [op, n - (ops[op] ?? 0)]).filter(([, n]) => Number(n) > 0)) : undefined;
  return { round, cpuMs, stored, operations };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  // Ctrl+C stops the servers too (through the finally below) instead of leaving them running.
  process.once('SIGINT', () => {
    interrupted = true;
  });
  const load = [loadavg()[0] ?? NaN];
  console.log(`turn cost: ${opts.participants} participants × ${opts.per} submissions, ${opts.rounds} rounds, ${opts.entries} entries in the large project; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (opts.build) execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'bench/turn-cost/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-turn-cost-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    const starts = await measureStarts(opts.starts, dir, opts.compare);
    const targets: Target[] = [];
    const echo = await startProcess('echo', ECHO_ENTRY, baseEnv(), ROOT);
    stops.push(() => echo.stop());
    targets.push({ name: 'echo', process: echo });
    const bots = (store: string): [string, string[]][] => [
      ['', BOT_ENTRY],
      ...(opts.compare && opts.compareStores.includes(store) ? [[' before', [opts.compare]] as [string, string[]]] : []),
    ];
    if (opts.stores.includes('sqlite')) {
      for (const [suffix, entry] of bots('sqlite')) {
        const path = join(dir, `bench${suffix.trim()}.db`);
        const bot = await startProcess(`bot sqlite${suffix}`, entry, { ...baseEnv(), STORE_KIND: 'sqlite', SQLITE_PATH: path }, ROOT);
        stops.push(() => bot.stop());
        const store = openSqliteStore(path);
        stops.push(() => store.close());
        targets.push({ name: `sqlite${suffix}`, process: bot, store });
      }
    }
    // Cosmos DB cases each get a new double and a new bot: the double checks a patch condition and
    // answers a query by scanning everything it holds, so a container that grew over earlier rounds
    // would slow it down (its time, not the bot's) and make later rounds incomparable.
    const cosmosBots = opts.stores.includes('cosmos') ? bots('cosmos').map(([suffix, entry]) => ({ name: `cosmos${suffix}`, entry })) : [];
    const peakRssMb: Record<string, number> = {};
    const people = Array.from({ length: opts.participants }, (_, i) => person(i + 1));
    const floorProject: BenchProject = { projectId: 'project-echo', channelId: '19:echo@thread.tacv2', teamId: '19:team-echo@thread.tacv2', people };
    const sizes = [0, opts.entries];
    // Warm-up: a few submissions each, not reported.
    for (const target of targets) {
      const project = target.store ? await seedProject(target.store, `${target.name}-warm`, opts.participants, 0, 'http://127.0.0.1:9/') : floorProject;
      await runRound(target.process.port, project, 3);
    }
    const results: CaseResult[] = [];
    const record = async (target: Target, size: number, round: number, project: BenchProject): Promise<void> => {
      const measured: Measured = await measure(target, project, opts.per);
      results.push({ target: target.name, size, roundNumber: round, ...measured });
      const { round: r } = measured;
      console.log(`round ${round} ${target.name}${target.store ? ` ${size} entries` : ''}: ${((r.requests * 1000) / r.wallMs).toFixed(0)} req/s, ${r.errors} errors${r.firstError ? ` (${r.firstError})` : ''}, load ${loadavg()[0]?.toFixed(2)}`);
    };
    for (let round = 1; round <= opts.rounds && !interrupted; round++) {
      for (const target of targets) {
        for (const size of target.store ? sizes : [0]) {
          if (interrupted) break;
          const project = target.store ? await seedProject(target.store, `${target.name}-${size}-r${round}`, opts.participants, size, 'http://127.0.0.1:9/') : floorProject;
          await record(target, size, round, project);
        }
      }
      for (const { name, entry } of cosmosBots) {
        for (const size of sizes) {
          if (interrupted) break;
          const target = await openCosmosCase(name, entry);
          try {
            await runRound(target.process.port, await seedProject(target.store, 'warm', opts.participants, 0, 'http://127.0.0.1:9/'), 3);
            await record(target, size, round, await seedProject(target.store, `${name}-${size}-r${round}`, opts.participants, size, 'http://127.0.0.1:9/'));
            peakRssMb[name] = Math.max(peakRssMb[name] ?? 0, target.process.peakRssMb());
          } finally {
            await target.close();
          }
        }
      }
    }
    load.push(loadavg()[0] ?? NaN);
    for (const target of targets) peakRssMb[target.name] = target.process.peakRssMb();
    printReport({ results, starts, compared: opts.compare !== undefined, peakRssMb, loadAverages: load, submissions: opts.participants * opts.per });
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
