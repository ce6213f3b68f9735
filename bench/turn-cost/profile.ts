// Where a turn's time goes: the bot (built like `npm run bench` builds it) under the same load
// with `node --cpu-prof`, then its profile summed by self time per package and per function.
// Run: npx tsx bench/turn-cost/profile.ts [sqlite|cosmos] [entries=6000] [--no-build]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openSqliteStore } from '../../src/platform/store/sqlite/sqlite-store';
import type { DocumentStore } from '../../src/platform/store/port';
import { startCosmosDouble } from '../cosmos-double';
import { runRound } from './load';
import { botStartArgs, startProcess } from './processes';
import { seedProject } from './project-seed';

const ROOT = resolve(__dirname, '../..');

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Samples per node id, of the part of the profile from `fromMs` to `toMs` after its start. */
function hitsBetween(profile: Profile, fromMs: number, toMs: number): Map<number, number> {
  const hits = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    if (at >= fromMs && at < toMs) hits.set(id, (hits.get(id) ?? 0) + 1);
  });
  return hits;
}

/** The package a script belongs to, or the project's own folder, or a Node internal. */
function ownerOf(url: string): string {
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const own = /\/dist\/(src\/[^/]+(\/[^/]+)?)/.exec(url);
  if (own?.[1]) return own[1];
  return url === '' ? '(native, GC, idle)' : url.startsWith('node:') ? 'node internals' : url;
}

function summarise(what: string, profile: Profile, hitsOf: Map<number, number>): void {
  const total = profile.nodes.reduce((n, node) => n + (hitsOf.get(node.id) ?? 0), 0);
  const idle = profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').reduce((n, node) => n + (hitsOf.get(node.id) ?? 0), 0);
  const busy = total - idle;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = hitsOf.get(node.id) ?? 0;
    if (hits === 0 || node.callFrame.functionName === '(idle)') continue;
    const owner = ownerOf(node.callFrame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + hits);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${owner}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, hits]) => `  ${((hits * 100) / busy).toFixed(1).padStart(5)} %  ${name}`);
  console.log(`\n${what}: self time while busy (${busy} samples, ${((idle * 100) / total).toFixed(0)} % idle), by package or source folder:`);
  console.log(top(byOwner, 20).join('\n'));
  console.log('\nBy function:');
  console.log(top(byFunction, 25).join('\n'));
}

async function main(): Promise<void> {
  const kind = process.argv[2] === 'cosmos' ? 'cosmos' : 'sqlite';
  const entries = Number(process.argv[3] ?? 6000);
  if (!process.argv.includes('--no-build')) execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'bench/turn-cost/tsconfig.json'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-profile-'));
  const cosmos = kind === 'cosmos' ? await startCosmosDouble() : undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', MicrosoftAppId: '', MicrosoftAppPassword: '', LOG_LEVEL: 'info' };
  delete env['NODE_OPTIONS'];
  if (cosmos) {
    const { endpoint, key, databaseId, containerId } = cosmos.connection;
    Object.assign(env, { STORE_KIND: 'cosmos', COSMOS_ENDPOINT: endpoint, COSMOS_KEY: key, COSMOS_DATABASE: databaseId, COSMOS_CONTAINER: containerId, NODE_TLS_REJECT_UNAUTHORIZED: '0' });
  } else {
    Object.assign(env, { STORE_KIND: 'sqlite', SQLITE_PATH: join(dir, 'profile.db') });
  }
  const bot = await startProcess('bot', ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...botStartArgs(ROOT)], env, ROOT);
  const store: DocumentStore = cosmos ? cosmos.store : openSqliteStore(join(dir, 'profile.db'));
  let window = { from: 0, to: 0 };
  try {
    const project = await seedProject(store, `profile-${entries}`, 50, entries, 'http://127.0.0.1:9/');
    const started = performance.now();
    const round = await runRound(bot.port, project, 20);
    // Profile time counts from the spawn, give or take the few ms before the profiler starts.
    window = { from: bot.startMs + (started - bot.readyAt), to: bot.startMs + (performance.now() - bot.readyAt) };
    console.log(`${kind}, ${entries} entries: ${round.requests} submissions, ${((round.requests * 1000) / round.wallMs).toFixed(0)} req/s, ${round.errors} errors`);
  } finally {
    await bot.stop();
    if (!cosmos) await store.close();
    await cosmos?.stop();
  }
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (file) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
    summarise('Start to ready', profile, hitsBetween(profile, 0, bot.startMs));
    summarise('Under load', profile, hitsBetween(profile, window.from, window.to));
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
