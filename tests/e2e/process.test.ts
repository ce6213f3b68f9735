import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqliteConnection } from '../../src/platform/store/sqlite/driver';
import { journalMode } from '../../src/platform/store/sqlite/schema';
import { exited, spawnBot, startBotProcess, stopBotProcess, type BotProcess } from '../harness/bot-process';
import { cardsOf, startConnectorDouble, textOf, type ConnectorDouble } from '../harness/connector-double';
import { cardText, PEOPLE } from '../harness/scene';
import { createTeamsDriver } from '../harness/teams-driver';

// Each start compiles src/ through tsx and costs seconds on a busy machine, so the process is
// started twice in all: once for everything a running process shows, once more after SIGTERM to
// show the data survived. The refused settings never get as far as opening a store, so they run at once.
describe('the entry point as a process', () => {
  let dataDir = '';
  const running: BotProcess[] = [];
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-process-'));
  });
  after(() => {
    for (const bot of running) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = async (sqlitePath: string): Promise<BotProcess> => {
    const bot = await startBotProcess(sqlitePath);
    running.push(bot);
    return bot;
  };

  describe('a wrong or refused setting', { concurrency: true }, () => {
    for (const [variable, value] of [['STORE_KIND', 'mongo'], ['PORT', 'abc'], ['LOG_LEVEL', 'chatty']] as const) {
      it(`stops at once with one line naming ${variable} when it is wrong`, async () => {
        const sqlitePath = join(dataDir, `bad-${variable}.db`);
        const child = spawnBot({ PORT: '0', SQLITE_PATH: sqlitePath, [variable]: value });
        let err = '';
        child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
        const code = await exited(child);
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
        assert.equal(await exited(child), 2);
        const lines = err.split('\n').filter((line) => line !== '');
        assert.equal(lines.length, 1, err);
        assert.match(lines[0] ?? '', new RegExp(`^Configuratiefout / configuration error: ${variable} .*NODE_ENV=production`));
        assert.equal(out, '', 'nothing else was started');
        assert.equal(existsSync(sqlitePath), false, 'no store was opened');
      });
    }
  });

  describe('started on SQLite, stopped with SIGTERM and started again', () => {
    let connector: ConnectorDouble;
    let first: BotProcess;
    let sqlitePath = '';
    before(async () => {
      connector = await startConnectorDouble();
      sqlitePath = join(dataDir, 'start.db');
      first = await start(sqlitePath);
    });
    after(async () => {
      await connector?.close();
    });

    /** Everything the bot said in Teams in answer to one message of the leader. */
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

    it('says where it listens and how to talk to it', (t) => {
      t.diagnostic(`spawn to first line on stdout: ${Math.round(first.firstLineMs)} ms`);
      const out = first.stdout();
      assert.match(out, new RegExp(`http://localhost:${first.port}/api/messages`));
      assert.ok(first.port > 0);
      assert.match(out, /Lokale modus zonder authenticatie \/ local unauthenticated mode/);
      assert.match(out, /Anyone who can reach this port can post as any Teams user/);
      assert.match(out, /"level":"warn","message":"local unauthenticated mode/);
      assert.match(out, /npm run playground/);
    });

    it('is ready on SQLite in WAL mode', async (t) => {
      const ready = await fetch(`http://127.0.0.1:${first.port}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready' });
      t.diagnostic(`spawn to /readyz 200: ${Math.round(performance.now() - first.spawnedAt)} ms`);
      assert.ok(existsSync(sqlitePath), 'the SQLite file exists');
      const reader = openSqliteConnection(sqlitePath, { readOnly: true });
      try {
        assert.equal(journalMode(reader), 'wal');
      } finally {
        reader.close();
      }
    });

    it('stops on SIGTERM, and keeps the project of a channel when started again', async () => {
      assert.match(await said(first.port, 'nieuw project Overlast Stationsplein'), /Het project is gestart\. Marieke de Vries is projectleider/);
      assert.equal(await stopBotProcess(first), 0);
      await assert.rejects(fetch(`http://127.0.0.1:${first.port}/healthz`), 'the port is closed');

      const second = await start(sqlitePath);
      const profile = await said(second.port, 'profiel');
      assert.match(profile, /Projectprofiel: Overlast Stationsplein/);
      assert.doesNotMatch(profile, /nog geen project/);
      assert.match(await said(second.port, 'nieuw project'), /Dit kanaal heeft al een actief project \(Overlast Stationsplein, projectleider Marieke de Vries\)/);
      assert.equal(await stopBotProcess(second), 0);
    });
  });
});
