import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cardsOf } from '../harness/connector-double';
import { actionsOf, Scene } from '../harness/scene';

/** The leader's step commands over real HTTP, Dutch and English, with every refusal changing nothing. */
describe('step commands: open, extend, close, reopen, status', () => {
  const clock = { now: new Date('2027-03-01T09:00:00Z') };
  let scene: Scene;
  const step = async (n: number) => (await scene.project()).steps.find((s) => s.number === n);
  /** Runs a command and checks the project document did not change. */
  const refused = async (user: keyof Scene['users'], command: string): Promise<string> => {
    const before = await scene.project();
    const answer = await scene.say(scene.users[user], command);
    assert.deepEqual(await scene.project(), before, `"${command}" changed nothing`);
    return answer.texts[0] ?? '';
  };

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    await scene.saveProfile();
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police] });
    await scene.say(scene.users.police, 'organisatie Politie');
  });
  after(async () => {
    await scene?.stop();
  });

  it('refuses leader commands from a participant, naming the leader', async () => {
    assert.equal(await refused('police', 'open stap 2 tot 15-03-2027 17:00'), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
  });

  it('refuses unknown steps, steps out of order, and unusable dates with an example that works', async () => {
    assert.equal(await refused('leader', 'open stap 9 tot 15-03-2027'), 'Stap 9 bestaat niet. Kies een stap van 1 tot en met 6.');
    assert.equal(await refused('leader', 'open stap twee tot 15-03-2027'), 'Stap ? bestaat niet. Kies een stap van 1 tot en met 6.');
    assert.equal(await refused('leader', 'open stap 3 tot 15-03-2027'), 'Stap 3 kan pas open als stap 2 is afgerond, en dat is zo zodra het overleg van stap 2 is afgesloten. De stappen gaan op volgorde.');
    assert.match(await refused('leader', 'open stap 2 tot 15-02-2027 17:00'), /^Die datum ligt in het verleden\. Kies een moment in de toekomst, bijvoorbeeld 08-03-2027 14:00\.$/);
    assert.match(await refused('leader', 'open stap 2 tot sint-juttemis'), /^Deze datum kan ik niet lezen\. Schrijf bijvoorbeeld 08-03-2027 14:00/);
    assert.match(await refused('leader', 'open stap 2 tot 28-03-2027 02:30'), /bestaat niet: die nacht gaat de klok een uur vooruit/);
  });

  it('opens step 2 without a time until 23:59 that day', async () => {
    const answer = await scene.say(scene.users.leader, 'open stap 2 tot 15 maart');
    assert.equal(answer.texts[0], 'Stap 2 is geopend. Invoer is mogelijk tot maandag 15 maart 2027 om 23:59.');
    assert.equal((await step(2))?.deadline, '2027-03-15T22:59:00.000Z');
  });

  it('extends the deadline across the change to summer time and records the reason', async () => {
    const answer = await scene.say(scene.users.leader, 'verleng stap 2 tot 30-03-2027 17:00 omdat de politie meer tijd nodig heeft');
    assert.equal(answer.texts[0], 'De deadline van stap 2 is verlengd tot dinsdag 30 maart 2027 om 17:00. Reden: de politie meer tijd nodig heeft.');
    const s = await step(2);
    assert.equal(s?.deadline, '2027-03-30T15:00:00.000Z', '17:00 summer time is 15:00 UTC');
    assert.equal(s?.history.at(-1)?.reason, 'de politie meer tijd nodig heeft');
  });

  it('closes input, refuses closing twice, and reopens only with a reason that is recorded', async () => {
    const cardId = (await step(2))?.cardActivityId;
    assert.ok(cardId, 'the step card was remembered when step 2 opened');
    const updates = scene.harness.connector.updates().length;
    assert.equal((await scene.say(scene.users.leader, 'sluit stap 2')).texts[0], 'De invoer voor stap 2 is gesloten.');
    const [closedCard] = scene.harness.connector.updates().slice(updates).filter((u) => u.id === cardId).map((u) => cardsOf(u)[0] ?? {});
    assert.deepEqual(actionsOf(closedCard ?? {}).map((a) => a.verb), ['problem.mine'], 'the step card no longer offers "Probleem invoeren"');
    assert.equal(await refused('leader', 'sluit stap 2'), 'Dat kan nu niet: stap 2 is invoer gesloten.');
    assert.equal(await refused('leader', 'heropen stap 2'), 'Geef een reden op, bijvoorbeeld: heropen stap 2 twee partners waren met vakantie.');
    const reopened = await scene.say(scene.users.leader, 'heropen stap 2 tot 05-04-2027 12:00 omdat de jongerenwerker nog input heeft');
    assert.equal(reopened.texts[0], 'Stap 2 is heropend. Reden: de jongerenwerker nog input heeft. Invoer is mogelijk tot maandag 5 april 2027 om 12:00.');
    const s = await step(2);
    assert.equal(s?.status, 'open');
    const reopenedCard = scene.harness.connector.updates().filter((u) => u.id === cardId).map((u) => cardsOf(u)[0] ?? {}).at(-1);
    assert.deepEqual(actionsOf(reopenedCard ?? {}).map((a) => a.verb), ['problem.form', 'problem.mine'], 'open again: input again');
    assert.deepEqual(s?.history.map((e) => e.action), ['open', 'extend', 'close', 'reopen']);
    assert.equal(s?.history.at(-1)?.by, (await scene.project()).participants[0]?.key);
  });

  it('reopens without a date as open without a deadline, and says how to set one', async () => {
    await scene.say(scene.users.leader, 'sluit stap 2');
    const answer = await scene.say(scene.users.leader, 'heropen stap 2 vergeten bijlage');
    assert.equal(
      answer.texts[0],
      'Stap 2 is heropend. Reden: vergeten bijlage. Er is nu geen deadline; stel er een in met @Veiligheidsplanner verleng stap 2 tot &lt;datum&gt;.',
    );
    assert.equal((await step(2))?.deadline, null);
  });

  it('speaks the project’s language to an English Teams client, and English once the project does', async () => {
    const english = scene.harness.teams.user('Marieke de Vries', { aadObjectId: scene.users.leader.aadObjectId, locale: 'en-GB' });
    const dutch = await scene.say(english, 'extend step 2 until 11-04-2027 17:00');
    assert.equal(dutch.texts[0], 'De deadline van stap 2 is verlengd tot zondag 11 april 2027 om 17:00.');
    await scene.say(english, 'language english');
    const answer = await scene.say(english, 'extend step 2 until 12-04-2027 17:00');
    assert.equal(answer.texts[0], 'The deadline of step 2 has been extended to Monday 12 April 2027 at 17:00.');
    const status = await scene.say(english, 'status');
    assert.ok(status.cards.length > 0);
    scene.assertAllCardsValid();
  });
});
