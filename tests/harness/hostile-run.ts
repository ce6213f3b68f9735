import assert from 'node:assert/strict';
import fc from 'fast-check';
import { actionsOf, Scene } from './scene';
import { storeSnapshot } from './store-snapshot';
import { activityCase, buildActivity, HOSTILE_SEED, type ActivityCase } from './hostile-input';
import type { SendOptions, TeamsUser } from './teams-activities';

const OTHER_CHANNEL: SendOptions = { channelId: '19:ander-project@thread.tacv2', conversationId: '19:ander-project@thread.tacv2' };

/** What a run of the hostile-input property saw: for the figures in the test output. */
export interface HostileFigures {
  cases: number;
  statuses: Record<string, number>;
  refusalsChecked: number;
}

/** A project in the scene's channel (leader, one participant, step 2 open) and another one elsewhere. */
export async function hostileScene(): Promise<{ scene: Scene; own: string; foreign: string }> {
  const scene = await Scene.start({ timers: false });
  const started = await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
  const own = String(actionsOf(started.cards[0] ?? {})[0]?.data?.projectId);
  await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police] });
  await scene.say(scene.users.police, 'organisatie Politie');
  await scene.saveProfile();
  const opened = await scene.say(scene.users.leader, 'open stap 2 tot 31-12-2030');
  assert.equal(opened.status, 200);
  const other = await scene.say(scene.users.housing, 'nieuw project Ander Project', OTHER_CHANNEL);
  const foreign = String(actionsOf(other.cards[0] ?? {})[0]?.data?.projectId);
  assert.notEqual(own, foreign);
  return { scene, own, foreign };
}

type Caller = 'leader' | 'police' | 'housing' | 'outsider';

/** No 5xx but the Bot Framework's 501 for invoke names the bot does not handle; a 400 only for what was broken. */
function checkAnswer(response: { status: number; body: unknown }, activity: unknown, mutated: boolean): void {
  const sent = (activity ?? {}) as { type?: unknown; name?: unknown };
  const otherInvoke = sent.type === 'invoke' && sent.name !== 'adaptiveCard/action';
  const allowed = otherInvoke ? [200, 400, 501] : mutated ? [200, 400] : [200];
  assert.ok(allowed.includes(response.status), `status ${response.status}: ${JSON.stringify(response.body)?.slice(0, 200)}`);
  // A card action is always answered on the card: a card, or a line of text.
  if (sent.type === 'invoke' && sent.name === 'adaptiveCard/action' && response.status === 200) {
    const body = response.body as { statusCode?: unknown; type?: unknown; value?: unknown } | undefined;
    const answered =
      (body?.type === 'application/vnd.microsoft.card.adaptive' && typeof body.value === 'object') ||
      (body?.type === 'application/vnd.microsoft.activity.message' && typeof body.value === 'string' && body.value !== '');
    assert.ok(answered, `a card action answered with ${JSON.stringify(body)?.slice(0, 200)}`);
  }
}

/**
 * The hostile-input property over real HTTP: whatever arrives, no 5xx (but the Bot Framework's 501
 * for invoke names the bot does not handle), no error logged (a crash or the generic "Er ging iets
 * mis"), and a refused request (400, a caller outside the project, a card for another or a made-up
 * project) writes nothing at all.
 */
export async function checkHostileInput(numRuns: number, seed = HOSTILE_SEED): Promise<HostileFigures> {
  const { scene, own, foreign } = await hostileScene();
  const figures: HostileFigures = { cases: 0, statuses: {}, refusalsChecked: 0 };
  const users: Record<Caller, TeamsUser> = { leader: scene.users.leader, police: scene.users.police, housing: scene.users.housing, outsider: scene.users.outsider };
  try {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Caller>('leader', 'police', 'housing', 'outsider'), activityCase, async (caller: Caller, c: ActivityCase) => {
        const { activity, mutated } = buildActivity(scene.harness.teams.context, users[caller], c, { own, foreign });
        const before = storeSnapshot(scene.harness.sqlitePath);
        const errorsBefore = scene.harness.logs.filter((l) => l.level === 'error').length;
        const response = await scene.harness.teams.post(activity);
        figures.cases += 1;
        figures.statuses[response.status] = (figures.statuses[response.status] ?? 0) + 1;
        try {
          checkAnswer(response, activity, mutated);
          const errors = scene.harness.logs.filter((l) => l.level === 'error').slice(errorsBefore);
          assert.deepEqual(errors.map((e) => `${String(e.message)}: ${String(e.error)}`), [], 'errors logged');
          const refusedCard = c.kind !== 'command' && c.card.claimed !== 'own';
          const refused = response.status === 400 || (!mutated && (caller === 'housing' || caller === 'outsider' || refusedCard));
          if (refused) {
            figures.refusalsChecked += 1;
            assert.deepEqual(storeSnapshot(scene.harness.sqlitePath), before, 'a refused request wrote');
          }
        } catch (error) {
          // fast-check reports the case; this says what went wrong with it.
          console.error(`hostile case failed: ${String(error)}`);
          throw error;
        }
      }),
      { seed, numRuns, endOnFailure: true, includeErrorInReport: true },
    );
  } finally {
    await scene.stop();
  }
  return figures;
}
