import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { typedMoment } from '../../src/engine/domain/meetings';
import { openSqliteStore } from '../../src/platform/store/sqlite/sqlite-store';
import { CountingStore } from '../harness/counting-store';
import { Scene } from '../harness/scene';

/**
 * What one problem submission asks of the store, whatever the project holds: the project (the
 * access check and the answer's language share it), one counted write on step 2's own document
 * (the number and the criteria) and the create of the entry. On Cosmos DB that is three requests.
 */
describe('a submission costs three store requests (real HTTP, counted at the store port)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-requests-'));
  const store = new CountingStore(openSqliteStore(join(dataDir, 'store.db')));
  let scene: Scene;
  let projectId = '';

  before(async () => {
    scene = await Scene.start({ store, timers: false });
    const { leader, police, housing } = scene.users;
    await scene.say(leader, 'nieuw project Overlast Stationsplein');
    await scene.saveProfile();
    await scene.say(leader, 'deelnemer toevoegen', { mentions: [police, housing] });
    await scene.say(police, 'organisatie Politie');
    await scene.say(housing, 'organisatie Woonstede');
    await scene.say(leader, `open stap 2 tot ${typedMoment(new Date(Date.now() + 7 * 24 * 3600_000))}`);
    projectId = (await scene.project()).id;
  });
  after(async () => {
    await scene?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const submit = async (who: 'police' | 'housing', description: string): Promise<{ reads: string[]; writes: string[] }> => {
    const [reads, writes] = [store.reads.length, store.writes.length];
    const answer = await scene.execute(scene.users[who], 'problem.save', { projectId, description, priority: 'hoog', likelihood: 'midden', consequences: 'beide' });
    assert.equal(answer.status, 200);
    const mine = (list: readonly { projectId: string; what: string }[], from: number) =>
      list.slice(from).map((r) => `${r.projectId === projectId ? '' : `${r.projectId}: `}${r.what.replace(/problem-[0-9a-f]+/, 'problem-…')}`);
    return { reads: mine(store.reads, reads), writes: mine(store.writes, writes) };
  };

  it('reads the project, counts once on step 2 and creates the entry, nothing in any other partition, also at the fortieth', async () => {
    await submit('police', 'De eerste');
    for (let i = 0; i < 38; i++) await submit(i % 2 === 0 ? 'police' : 'housing', `Probleem ${i}`);
    const fortieth = await submit('housing', 'De veertigste');
    assert.deepEqual(fortieth, { reads: [`read ${projectId}`], writes: ['count problem in step-2', 'create problem-…'] });
  });
});
