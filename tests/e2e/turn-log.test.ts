import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Scene } from '../harness/scene';

describe('one log line per turn', () => {
  let scene: Scene;

  before(async () => {
    scene = await Scene.start();
  });
  after(async () => {
    await scene?.stop();
  });

  it('names the conversation, activity and tenant, and never what was written', async () => {
    const secret = 'Jan Jansen van de Dorpsstraat 12 dealt bij de fietsenstalling';
    const before = scene.harness.logs.length;
    await scene.say(scene.users.leader, `nieuw project ${secret}`);
    await scene.submit(scene.users.leader, { verb: 'profile.save', description: secret });
    const turns = scene.harness.logs.slice(before).filter((line) => line.message === 'turn');
    assert.equal(turns.length, 2, JSON.stringify(turns));
    const context = scene.harness.teams.context;
    for (const turn of turns) {
      assert.equal(turn.level, 'info');
      assert.equal(turn.tenantId, context.tenantId);
      assert.match(String(turn.conversationId), new RegExp(context.channel.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.ok(typeof turn.activityId === 'string' && turn.activityId !== '');
      assert.equal(typeof turn.durationMs, 'number');
      assert.equal(turn.activityType, 'message');
    }
    assert.notEqual(turns[0]?.activityId, turns[1]?.activityId);
    const everything = JSON.stringify(scene.harness.logs.slice(before));
    for (const word of ['Jansen', 'Dorpsstraat', 'fietsenstalling']) assert.doesNotMatch(everything, new RegExp(word), 'no message content in any log line');
  });
});
