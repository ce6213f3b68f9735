import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Scene } from '../harness/scene';
import { messageActivity, type TeamsUser } from '../harness/teams-activities';
import { textOf } from '../harness/connector-double';

describe('a mention storm: at most 50 people per command, each looked up once, one answer (real HTTP)', () => {
  let scene: Scene;
  let colleagues: TeamsUser[] = [];

  before(async () => {
    scene = await Scene.start({ timers: false });
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    colleagues = Array.from({ length: 60 }, (_, i) => {
      const aad = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const user = scene.harness.teams.user(`Collega ${i}`, { aadObjectId: aad });
      scene.harness.connector.addMember({ id: user.id, name: user.name, aadObjectId: aad, tenantId: scene.harness.teams.context.tenantId });
      return user;
    });
  });
  after(async () => {
    await scene?.stop();
  });

  const rosterLookups = (): number => scene.harness.connector.calls().filter((c) => c.method === 'GET' && /\/members\//.test(c.path)).length;
  /** The command with thousands of mention entities, its text short (a client need not write every name out). */
  const storm = async (command: string, mentions: TeamsUser[]): Promise<{ status: number; texts: string[] }> => {
    const activity = messageActivity(scene.harness.teams.context, scene.users.leader, command, { mentions });
    const before = scene.harness.connector.activities().length;
    const response = await scene.harness.teams.post({ ...activity, text: `<at>Veiligheidsplanner</at> ${command}` });
    const texts = scene.harness.connector.activities().slice(before).filter((a) => a.conversationId === activity.conversation.id).map((a) => textOf(a) ?? '');
    return { status: response.status, texts };
  };

  it('registers the first 50 different people, ignores repeats and the rest, and says so in one message', async () => {
    const strangers = Array.from({ length: 3000 }, (_, i) => scene.harness.teams.user(`Onbekend ${i}`, { aadObjectId: `ffffffff-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    // 4,000 mentions: the 60 colleagues, each five times, then 3,000 people the team does not know, and the rest repeats.
    const mentions = [...colleagues, ...colleagues, ...colleagues, ...colleagues, ...colleagues, ...strangers, ...colleagues.slice(0, 40).flatMap((c) => Array.from({ length: 18 }, () => c))].slice(0, 4000);
    assert.equal(mentions.length, 4000);
    const lookupsBefore = rosterLookups();
    const started = performance.now();
    const answer = await storm('deelnemer toevoegen', mentions);
    const ms = performance.now() - started;
    assert.equal(answer.status, 200);
    assert.equal(answer.texts.length, 1, `one answer, not ${answer.texts.length}`);
    assert.equal(rosterLookups() - lookupsBefore, 50, 'one look-up per person, 50 at most');
    const text = answer.texts[0] ?? '';
    assert.match(text, /^Aangemeld als deelnemer: Collega 0, Collega 1, .*Collega 49\./);
    assert.doesNotMatch(text, /Collega 50\b/);
    assert.match(text, /Je noemde meer dan 50 mensen; de laatste 3010 heb ik overgeslagen\. Noem hen in een volgende opdracht\./);
    const project = await scene.project();
    assert.equal(project.participants.length, 51, 'the leader and 50 colleagues');
    assert.ok(ms < 5000, `took ${Math.round(ms)} ms`);
  });

  it('removes many people in one write with one answer, naming who was not in the project', async () => {
    const answer = await scene.say(scene.users.leader, 'deelnemer verwijderen', { mentions: [...colleagues.slice(0, 3), scene.users.leader, colleagues[55] as TeamsUser] });
    assert.equal(answer.texts.length, 1);
    assert.equal(
      answer.texts[0],
      [
        'Collega 0 doet niet meer mee aan dit project.',
        'Collega 1 doet niet meer mee aan dit project.',
        'Collega 2 doet niet meer mee aan dit project.',
        'De projectleider kan niet uit het project worden gehaald.',
        'Collega 55 doet niet mee aan dit project.',
      ].join('\n\n'),
    );
    assert.equal((await scene.project()).participants.length, 48);
  });
});
