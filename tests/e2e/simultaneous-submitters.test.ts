import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EntryDocument } from '../../src/platform/store/port';
import { Scene } from '../harness/scene';
import type { TeamsUser } from '../harness/teams-driver';

/** Fifty participants press "Opslaan" on their problem form at the same moment, over real HTTP: nothing is lost. */
describe('50 simultaneous submitters (real HTTP)', () => {
  const PEOPLE = 50;
  /** Mentions per registration command: well within what one command handles. */
  const PER_COMMAND = 10;
  let scene: Scene;
  let projectId = '';
  const people: TeamsUser[] = [];

  before(async () => {
    scene = await Scene.start();
    const { teams, connector } = scene.harness;
    for (let i = 0; i < PEOPLE; i++) {
      const aadObjectId = `5a5a5a5a-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const user = teams.user(`Deelnemer ${i + 1}`, { aadObjectId });
      connector.addMember({ id: user.id, name: user.name, aadObjectId, tenantId: teams.context.tenantId });
      people.push(user);
    }
    const leader = scene.users.leader;
    await scene.say(leader, 'nieuw project Overlast Stationsplein');
    projectId = (await scene.project()).id;
    await scene.saveProfile();
    for (let i = 0; i < PEOPLE; i += PER_COMMAND) await scene.say(leader, 'deelnemer toevoegen', { mentions: people.slice(i, i + PER_COMMAND) });
    assert.equal((await scene.project()).participants.length, PEOPLE + 1, 'everyone registered');
    await scene.say(leader, `open stap 2 tot 31-12-${new Date().getUTCFullYear() + 1} 17:00`);
  });
  after(async () => {
    await scene?.stop();
  });

  it('stores every problem once, each with its own number, and answers everyone', async () => {
    const answers = await Promise.all(
      people.map((who, i) =>
        scene.execute(who, 'problem.save', { projectId, description: `Probleem van deelnemer ${i + 1}`, priority: 'hoog', likelihood: 'midden', consequences: 'beide' }),
      ),
    );
    assert.deepEqual(answers.map((a) => a.status).filter((s) => s !== 200), [], 'every request answered 200');
    const saved = answers.filter((a) => JSON.stringify(a.invokeCard ?? {}).includes('opgeslagen')).length;
    assert.equal(saved, PEOPLE, 'everyone is told their problem was saved');
    const stored = (await scene.harness.bot.store.listEntries<EntryDocument & { description: string; number: number }>(projectId, { kind: 'problem' })).map((e) => e.doc);
    assert.equal(stored.length, PEOPLE, 'every problem stored');
    assert.equal(new Set(stored.map((p) => p.description)).size, PEOPLE, 'each problem once');
    assert.equal(new Set(stored.map((p) => p.number)).size, PEOPLE, 'each its own number');
  });
});
