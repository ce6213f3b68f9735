import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteConnection } from '../../src/platform/store/sqlite/driver';
import { journalMode } from '../../src/platform/store/sqlite/schema';
import { cardsOf, startConnectorDouble, textOf, type ConnectorDouble } from '../harness/connector-double';
import { cardText, PEOPLE } from '../harness/scene';
import { createTeamsDriver } from '../harness/teams-driver';

const ROOT = resolve(__dirname, '../..');
const LISTENING = /http:\/\/localhost:(\d+)\/api\/messages/;

interface Started {
  readonly child: ChildProcess;
  readonly port: number;
  /** `performance.now()` at spawn, and milliseconds from then to the first line on stdout. */
  readonly spawnedAt: number;
  readonly firstLineMs: number;
  readonly stdout: () => string;
}

/** The environment of the real entry point: ours, without anything that would switch on auth or Cosmos DB. */
function environment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STORE_KIND: 'sqlite', MicrosoftAppId: '', MicrosoftAppPassword: '', ...overrides };
  delete env.NODE_TEST_CONTEXT;
  return env;
}

function spawnBot(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

function exited(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no exit within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

/** Starts `src/index.ts` and resolves once it printed where it listens. */
function startBot(sqlitePath: string): Promise<Started> {
  const spawnedAt = performance.now();
  const child = spawnBot({ PORT: '0', SQLITE_PATH: sqlitePath });
  let out = '';
  let err = '';
  let firstLineMs: number | undefined;
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`not listening within 20 s; stdout: ${out} stderr: ${err}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (firstLineMs === undefined && out.includes('\n')) firstLineMs = performance.now() - spawnedAt;
      const port = LISTENING.exec(out)?.[1];
      if (port !== undefined && firstLineMs !== undefined) {
        clearTimeout(timer);
        done({ child, port: Number(port), spawnedAt, firstLineMs, stdout: () => out });
      }
    });
    child.once('exit', (code) => fail(new Error(`exited with ${code}; stderr: ${err}`)));
  });
}

async function stopBot(bot: Started): Promise<number | null> {
  bot.child.kill('SIGTERM');
  return exited(bot.child, 10_000);
}

describe('the entry point as a process', () => {
  let dataDir = '';
  const running: Started[] = [];
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-process-'));
  });
  after(() => {
    for (const bot of running) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = async (sqlitePath: string): Promise<Started> => {
    const bot = await startBot(sqlitePath);
    running.push(bot);
    return bot;
  };

  for (const [variable, value] of [['STORE_KIND', 'mongo'], ['PORT', 'abc'], ['LOG_LEVEL', 'chatty']] as const) {
    it(`stops at once with one line naming ${variable} when it is wrong`, async () => {
      const sqlitePath = join(dataDir, `bad-${variable}.db`);
      const child = spawnBot({ PORT: '0', SQLITE_PATH: sqlitePath, [variable]: value });
      let err = '';
      child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
      const code = await exited(child, 15_000);
      assert.notEqual(code, 0);
      assert.notEqual(code, null, 'it exits by itself, not by a signal');
      const lines = err.split('\n').filter((line) => line !== '');
      assert.equal(lines.length, 1, err);
      assert.match(lines[0] ?? '', new RegExp(`^Configuratiefout / configuration error: ${variable}\\b`));
      assert.equal(existsSync(sqlitePath), false, 'no store was opened');
    });
  }

  const PRODUCTION_REFUSALS = [
    ['without bot credentials', { NODE_ENV: 'production', STORE_KIND: 'cosmos', COSMOS_ENDPOINT: 'https://127.0.0.1:1/' }, 'MicrosoftAppId'],
    ['on the embedded store', { NODE_ENV: 'production', MicrosoftAppId: '3f1c9d6a-2b7e-4c1a-9a55-6d2f0e8b7c41', MicrosoftAppPassword: 'secret' }, 'STORE_KIND'],
  ] as const;
  for (const [label, env, variable] of PRODUCTION_REFUSALS) {
    it(`refuses to start in production ${label}: exit code 2, one line naming ${variable}`, async () => {
      const sqlitePath = join(dataDir, `production-${variable}.db`);
      const child = spawnBot({ PORT: '0', SQLITE_PATH: sqlitePath, ...env });
      let err = '';
      let out = '';
      child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
      assert.equal(await exited(child, 15_000), 2);
      const lines = err.split('\n').filter((line) => line !== '');
      assert.equal(lines.length, 1, err);
      assert.match(lines[0] ?? '', new RegExp(`^Configuratiefout / configuration error: ${variable} .*NODE_ENV=production`));
      assert.equal(out, '', 'nothing else was started');
      assert.equal(existsSync(sqlitePath), false, 'no store was opened');
    });
  }

  it('starts, says where it listens and how to talk to it, is ready on SQLite in WAL mode, and stops on SIGTERM', async (t) => {
    const sqlitePath = join(dataDir, 'start.db');
    const bot = await start(sqlitePath);
    t.diagnostic(`spawn to first line on stdout: ${Math.round(bot.firstLineMs)} ms`);
    const out = bot.stdout();
    assert.match(out, new RegExp(`http://localhost:${bot.port}/api/messages`));
    assert.ok(bot.port > 0);
    assert.match(out, /Lokale modus zonder authenticatie \/ local unauthenticated mode/);
    assert.match(out, /Anyone who can reach this port can post as any Teams user/);
    assert.match(out, /"level":"warn","message":"local unauthenticated mode/);
    assert.match(out, /npm run playground/);

    const ready = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready' });
    t.diagnostic(`spawn to /readyz 200: ${Math.round(performance.now() - bot.spawnedAt)} ms`);
    assert.ok(existsSync(sqlitePath), 'the SQLite file exists');
    const reader = openSqliteConnection(sqlitePath, { readOnly: true });
    try {
      assert.equal(journalMode(reader), 'wal');
    } finally {
      reader.close();
    }

    assert.equal(await stopBot(bot), 0);
    await assert.rejects(fetch(`http://127.0.0.1:${bot.port}/healthz`), 'the port is closed');
  });

  describe('data survives a restart', () => {
    let connector: ConnectorDouble;
    before(async () => {
      connector = await startConnectorDouble();
    });
    after(async () => {
      await connector?.close();
    });

    it('keeps the project of a channel when the process is stopped and started again', async () => {
      const sqlitePath = join(dataDir, 'restart.db');
      const said = async (port: number, text: string): Promise<string> => {
        const teams = createTeamsDriver({ botUrl: `http://127.0.0.1:${port}`, serviceUrl: connector.url });
        const leader = teams.user(PEOPLE.leader.name, { aadObjectId: PEOPLE.leader.aadObjectId });
        const before = connector.activities().length;
        const response = await teams.say(leader, text);
        assert.equal(response.status, 200);
        return connector
          .activities()
          .slice(before)
          .map((a) => [textOf(a) ?? '', ...cardsOf(a).map(cardText)].join(' '))
          .join('\n');
      };

      const first = await start(sqlitePath);
      assert.match(await said(first.port, 'nieuw project Overlast Stationsplein'), /Het project is gestart\. Marieke de Vries is projectleider/);
      assert.equal(await stopBot(first), 0);

      const second = await start(sqlitePath);
      const profile = await said(second.port, 'profiel');
      assert.match(profile, /Projectprofiel: Overlast Stationsplein/);
      assert.doesNotMatch(profile, /nog geen project/);
      assert.match(await said(second.port, 'nieuw project'), /Dit kanaal heeft al een actief project \(Overlast Stationsplein, projectleider Marieke de Vries\)/);
      assert.equal(await stopBot(second), 0);
    });
  });
});
