import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CARD_ACTIONS } from '../../src/features';
import { openSqliteStore } from '../../src/platform/store/sqlite/sqlite-store';
import { commandSamples } from './command-samples';
import { CountingStore, type StoreRead } from './counting-store';
import { actionsOf, Scene } from './scene';
import { storeSnapshot } from './store-snapshot';
import type { SendOptions, TeamsUser } from './teams-activities';

const CHANNEL_B: SendOptions = { channelId: '19:project-b@thread.tacv2', conversationId: '19:project-b@thread.tacv2' };
const FORGED = '7d1e2f3a-0000-4000-8000-123456789abc';

export type Place = 'channelA' | 'channelB' | 'personal';
export type IsolationCaller = 'housing' | 'youth' | 'outsider';

export interface MatrixSize {
  readonly callers: readonly IsolationCaller[];
  readonly commandPlaces: readonly Place[];
  readonly cardPlaces: readonly Place[];
}

export interface IsolationFigures {
  requests: number;
  readsOfA: number;
  writesToA: number;
}

/**
 * Project A (the one attacked: a leader, a participant, step 2 open, a problem entered) and project
 * B in another channel (its leader and a participant). People of B and an outsider send every command
 * and every card action, in A's channel, in B's and in a personal chat, with cards claiming A's id,
 * B's id or a made-up one. Nothing they do may read A's documents (other than A's project document
 * itself, which the access gate reads to refuse them) or write anything of A.
 */
export async function checkIsolation(size: MatrixSize): Promise<IsolationFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-isolation-'));
  const sqlitePath = join(dataDir, 'store.db');
  const store = new CountingStore(openSqliteStore(sqlitePath));
  const scene = await Scene.start({ timers: false, store });
  const figures: IsolationFigures = { requests: 0, readsOfA: 0, writesToA: 0 };
  try {
    const { leader, police, housing, youth, outsider } = scene.users;
    const startedA = await scene.say(leader, 'nieuw project Project A');
    const a = String(actionsOf(startedA.cards[0] ?? {})[0]?.data?.projectId);
    await scene.say(leader, 'deelnemer toevoegen', { mentions: [police] });
    await scene.say(police, 'organisatie Politie');
    await scene.saveProfile();
    await scene.say(leader, 'open stap 2 tot 31-12-2030');
    const form = await scene.execute(police, 'problem.form', { projectId: a });
    const save = actionsOf(form.invokeCard ?? {}).find((x) => x.verb === 'problem.save');
    await scene.execute(police, 'problem.save', { ...save?.data, description: 'Geheim probleem van project A', likelihood: 'hoog', consequences: 'personen', priority: 'midden' });
    const problemIds = (await store.listEntries(a, { kind: 'problem' })).map((e) => e.doc.id);
    assert.equal(problemIds.length, 1, 'project A has a problem');
    const startedB = await scene.say(housing, 'nieuw project Project B', CHANNEL_B);
    const b = String(actionsOf(startedB.cards[0] ?? {})[0]?.data?.projectId);
    await scene.say(housing, 'deelnemer toevoegen', { mentions: [youth] }, );

    const partitionsOfA = new Set([a, `channel|${scene.harness.teams.context.channel.id}`]);
    const callers: Record<IsolationCaller, TeamsUser> = { housing, youth, outsider };
    const where = (place: Place): SendOptions => (place === 'channelA' ? {} : place === 'channelB' ? CHANNEL_B : { personal: true });
    // What the access gate may read of A to refuse: A's channel binding and A's project document.
    const allowed = (r: StoreRead): boolean => r.projectId !== a || r.what === `read ${a}`;
    const attempt = async (label: string, act: () => Promise<{ status: number }>): Promise<void> => {
      const before = storeSnapshot(sqlitePath).filter((row) => [...partitionsOfA].some((p) => row.startsWith(`${p}/`)));
      const reads = store.reads.length;
      const writes = store.writes.length;
      const answer = await act();
      figures.requests += 1;
      assert.ok(answer.status === 200 || answer.status === 501, `${label}: status ${answer.status}`);
      const readsOfA = store.reads.slice(reads).filter((r) => !allowed(r));
      const writesToA = store.writes.slice(writes).filter((w) => partitionsOfA.has(w.projectId));
      figures.readsOfA += readsOfA.length;
      figures.writesToA += writesToA.length;
      assert.deepEqual(readsOfA, [], `${label} read project A`);
      assert.deepEqual(writesToA, [], `${label} wrote to project A`);
      const after = storeSnapshot(sqlitePath).filter((row) => [...partitionsOfA].some((p) => row.startsWith(`${p}/`)));
      assert.deepEqual(after, before, `${label} changed project A`);
    };

    const data = (projectId: string): Record<string, unknown> => ({
      projectId, problemId: problemIds[0], problemIds: problemIds.join(','), page: 1, step: 2, stepNumber: 2, item: 'opening', confirm: 'true',
      cluster: 'cluster-1', target: 'cluster-1', description: 'overgenomen', name: 'Gekaapt', organisation: 'X', outcome: 'x', priority: '1',
    });
    for (const who of size.callers) {
      const user = callers[who];
      for (const place of size.commandPlaces) {
        for (const text of commandSamples()) await attempt(`${who} in ${place}: ${text}`, () => scene.say(user, text, where(place)));
      }
      for (const place of size.cardPlaces) {
        for (const action of ALL_CARD_ACTIONS) {
          for (const [claim, id] of [['A', a], ['B', b], ['forged', FORGED]] as const) {
            const label = `${who} in ${place}: ${action.verb} for ${claim}`;
            await attempt(`${label} (Execute)`, () => scene.execute(user, action.verb, data(id), where(place)));
            await attempt(`${label} (Submit)`, () => scene.submit(user, { verb: action.verb, ...data(id) }, where(place)));
          }
        }
      }
    }
  } finally {
    await scene.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}
