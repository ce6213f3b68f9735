import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { typedMoment } from '../../src/engine/domain/meetings';
import { OUTBOX_PARTITION } from '../../src/platform/outbox/outbox-message';
import { SCHEDULER_PARTITION } from '../../src/platform/scheduler/job';
import { openSqliteConnection } from '../../src/platform/store/sqlite/driver';
import { exited, startBotProcess, stopBotProcess, type BotProcess } from '../harness/bot-process';
import { startConnectorDouble, type ConnectorDouble } from '../harness/connector-double';
import { PEOPLE, type PersonName } from '../harness/scene';
import { createTeamsDriver, type TeamsDriver, type TeamsUser } from '../harness/teams-driver';

/** Rows of the SQLite file as another process sees them. */
function rows<T>(sqlitePath: string, sql: string, ...params: string[]): T[] {
  const db = openSqliteConnection(sqlitePath, { readOnly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/**
 * The real entry point as a process, killed with SIGKILL while four participants enter problems
 * at the same time, then started again on the same SQLite file: every submission the bot
 * acknowledged is there, once, with a number of its own; the scheduled jobs are there once; the
 * outbox empties; and the project carries on.
 */
describe('kill -9 under load, then a restart (real process, real SQLite file)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-kill-'));
  const sqlitePath = join(dataDir, 'store.db');
  let connector: ConnectorDouble;
  let bot: BotProcess;
  let projectId = '';
  const users = {} as Record<PersonName, TeamsUser>;
  const driverFor = (port: number): TeamsDriver => createTeamsDriver({ botUrl: `http://127.0.0.1:${port}`, serviceUrl: connector.url });
  const problems = () => rows<{ body: string }>(sqlitePath, "SELECT body FROM documents WHERE project_id = ? AND kind = 'problem'", projectId)
    .map((r) => JSON.parse(r.body) as { description: string; number: number; author: string });
  const jobIds = () => rows<{ id: string }>(sqlitePath, 'SELECT id FROM documents WHERE project_id = ? ORDER BY id', SCHEDULER_PARTITION).map((r) => r.id);

  before(async () => {
    connector = await startConnectorDouble();
    bot = await startBotProcess(sqlitePath);
    const teams = driverFor(bot.port);
    for (const [key, person] of Object.entries(PEOPLE) as [PersonName, (typeof PEOPLE)[PersonName]][]) {
      users[key] = teams.user(person.name, { aadObjectId: person.aadObjectId });
      connector.addMember({ id: users[key].id, name: person.name, aadObjectId: person.aadObjectId, tenantId: teams.context.tenantId });
    }
    const { leader, police, housing, youth, shops } = users;
    await teams.say(leader, 'nieuw project Overlast Stationsplein');
    projectId = rows<{ project_id: string }>(sqlitePath, "SELECT project_id FROM documents WHERE type = 'project'")[0]?.project_id ?? assert.fail('a project');
    assert.equal((await teams.execute(leader, 'profile.save', { projectId, name: 'Overlast Stationsplein' })).status, 200);
    await teams.say(leader, 'deelnemer toevoegen', { mentions: [police, housing, youth, shops] });
    for (const [who, organisation] of [[leader, 'Gemeente'], [police, 'Politie'], [housing, 'Woonstede'], [youth, 'Jongerenwerk'], [shops, 'Winkeliers']] as const) {
      await teams.say(who, `organisatie ${organisation}`);
    }
    const deadline = typedMoment(new Date(Date.now() + 7 * 24 * 3600_000));
    await teams.say(leader, `open stap 2 tot ${deadline}`);
  });
  after(async () => {
    if (bot?.child.exitCode === null) bot.child.kill('SIGKILL');
    await connector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged entry, once, and carries on after the restart', async (t) => {
    const jobsBefore = jobIds();
    assert.ok(jobsBefore.some((id) => id.includes(projectId)), `the step's reminders and closing are scheduled: ${jobsBefore.join(', ')}`);
    const teams = driverFor(bot.port);
    const acknowledged: string[] = [];
    let killed = false;
    const enter = async (who: TeamsUser): Promise<void> => {
      for (let i = 1; i <= 200 && !killed; i++) {
        const description = `${who.name}: probleem ${i}`;
        try {
          const answer = await teams.execute(who, 'problem.save', { projectId, description, priority: 'hoog', likelihood: 'midden', consequences: 'beide' });
          if (answer.status === 200 && JSON.stringify(answer.body).includes('opgeslagen')) acknowledged.push(description);
        } catch {
          return; // the connection went down with the process
        }
      }
    };
    const load = [users.police, users.housing, users.youth, users.shops].map(enter);
    // Kill in the middle of the load, once a fair number went through.
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    bot.child.kill('SIGKILL');
    killed = true;
    await exited(bot.child);
    await Promise.all(load);

    bot = await startBotProcess(sqlitePath);
    const stored = problems();
    const missing = acknowledged.filter((d) => !stored.some((p) => p.description === d));
    assert.deepEqual(missing, [], `${acknowledged.length} acknowledged, all stored`);
    t.diagnostic(`killed after ${acknowledged.length} acknowledged submissions; ${stored.length} stored`);
    const descriptions = stored.map((p) => p.description);
    assert.equal(new Set(descriptions).size, descriptions.length, 'each entry once');
    const numbers = stored.map((p) => p.number);
    assert.equal(new Set(numbers).size, numbers.length, 'each number once');
    assert.deepEqual(jobIds(), jobsBefore, 'the scheduled jobs are all there, once');

    const again = driverFor(bot.port);
    const after = await again.execute(users.police, 'problem.save', { projectId, description: 'Na de herstart', priority: 'laag', likelihood: 'laag', consequences: 'objecten' });
    assert.equal(after.status, 200);
    const next = problems().find((p) => p.description === 'Na de herstart');
    assert.ok(next && next.number > Math.max(...numbers), `numbering carries on after ${Math.max(...numbers)}: ${next?.number}`);
    for (let waited = 0; rows(sqlitePath, 'SELECT id FROM documents WHERE project_id = ?', OUTBOX_PARTITION).length > 0 && waited < 30_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.deepEqual(rows(sqlitePath, 'SELECT id FROM documents WHERE project_id = ?', OUTBOX_PARTITION), [], 'the outbox empties after the restart');
    assert.equal(await stopBotProcess(bot), 0);
  });
});
