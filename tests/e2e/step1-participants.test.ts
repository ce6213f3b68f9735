import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Project } from '../../src/project/domain/project';
import { actionsOf, cardText, Scene } from '../harness/scene';
import { cardsOf } from '../harness/connector-double';
import type { TeamsUser } from '../harness/teams-driver';

/** S1.3 and G1 over real HTTP: registering, listing and removing participants, and their organisation. */
describe('step 1: participants (real HTTP, SQLite file)', () => {
  let scene: Scene;
  const stored = (): Promise<Project> => scene.project();

  before(async () => {
    scene = await Scene.start();
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
  });
  after(async () => {
    await scene?.stop();
  });

  it('lets a leader work alone (G1): the list has only the leader', async () => {
    const answer = await scene.say(scene.users.leader, 'deelnemers');
    assert.match(cardText(answer.cards[0] ?? {}), /Deelnemers \(1\).*Marieke de Vries.*nog niet opgegeven.*projectleider/);
  });

  it('registers the colleagues the leader @mentions, identified by tenant and Entra object id', async () => {
    const { police, housing, youth, shops } = scene.users;
    const answer = await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [police, housing, youth, shops] });
    assert.equal(answer.texts[0], 'Aangemeld als deelnemer: Rachid El Amrani, Esther Jansen, Kevin Bakker, Hans Visser.');
    const people = (await stored()).participants;
    assert.equal(people.length, 5);
    assert.deepEqual(
      people.filter((p) => p.role === 'participant').map((p) => p.aadObjectId),
      [police, housing, youth, shops].map((u) => u.aadObjectId),
    );
    assert.ok(people.every((p) => p.tenantId === scene.harness.teams.context.tenantId));
  });

  it('says who already takes part instead of adding them twice', async () => {
    const answer = await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police] });
    assert.equal(answer.texts[0], 'Doet al mee: Rachid El Amrani.');
    assert.equal((await stored()).participants.length, 5);
  });

  it('keeps one identity when a display name changes, and tells apart two people with one name', async () => {
    const renamed = scene.harness.teams.user('R. El Amrani (Politie)', { aadObjectId: scene.users.police.aadObjectId });
    const answer = await scene.say(renamed, 'profiel');
    assert.match(cardText(answer.cards[0] ?? {}), /Projectprofiel/, 'the renamed participant is still in');
    const namesake = scene.harness.teams.user('Rachid El Amrani', { aadObjectId: '0d6b5a55-7c5c-4a4e-9a7d-4b4b4b4b4b4b' });
    const refused = await scene.say(namesake, 'profiel');
    assert.equal(refused.texts[0], 'Je doet (nog) niet mee aan dit project. Vraag projectleider Marieke de Vries om je aan te melden.');
  });

  it('asks each person for their organisation once, in a personal message only they see; the answer shows on the card', async () => {
    const { leader, housing } = scene.users;
    await scene.harness.bot.outbox.drain();
    const questions = (who: TeamsUser) => scene.personalMessages(who).flatMap((a) => cardsOf(a)).filter((c) => /^Voor welke organisatie doe je mee\?/.test(cardText(c)));
    assert.equal(questions(leader).length, 1, 'the leader too, when the project started');
    const [question] = questions(housing);
    assert.ok(question, 'asked when registered');
    assert.match(cardText(question), /Welkom bij het project Overlast Stationsplein, Esther Jansen\. .* Alleen jij ziet deze vraag\./);
    for (const command of ['profiel', 'deelnemers', 'documenten']) {
      const answer = await scene.say(housing, command);
      assert.ok(answer.cards.every((c) => !/Voor welke organisatie/.test(cardText(c))), `no question in the channel after ${command}`);
    }
    await scene.harness.bot.outbox.drain();
    assert.equal(questions(housing).length, 1, 'asked once, not after every command');
    const save = actionsOf(question)[0];
    assert.equal(save?.verb, 'organisation.save');
    const inPrivate = { personal: true };
    const empty = await scene.execute(housing, 'organisation.save', { projectId: save?.data?.projectId, organisation: '  ' }, inPrivate);
    assert.match(cardText(empty.invokeCard ?? {}), /Vul de naam van je organisatie in\./);
    const saved = await scene.execute(housing, 'organisation.save', { projectId: save?.data?.projectId, organisation: 'Woonstede Havenstad' }, inPrivate);
    const answered = cardText(saved.invokeCard ?? {});
    assert.match(answered, /^Voor welke organisatie doe je mee\? \| Welkom bij .* \| Dank je\. Je doet mee namens Woonstede Havenstad\. \| Organisatie \| Woonstede Havenstad/, 'the answer on the card');
    assert.equal((await stored()).participants.find((p) => p.name === 'Esther Jansen')?.organisation, 'Woonstede Havenstad');
  });

  it('takes the organisation as a typed command too', async () => {
    const answer = await scene.say(scene.users.police, 'organisatie Politie Eenheid Noord-Holland');
    assert.equal(answer.texts[0], 'Dank je. Je doet mee namens Politie Eenheid Noord-Holland.');
    const tooLong = await scene.say(scene.users.youth, `organisatie ${'x'.repeat(121)}`);
    assert.equal(tooLong.texts[0], 'Gebruik voor de organisatie hoogstens 120 tekens.');
  });

  it('lists name, organisation and role of every participant, leader first', async () => {
    const answer = await scene.say(scene.users.shops, 'deelnemers');
    const text = cardText(answer.cards[0] ?? {});
    assert.match(text, /Deelnemers \(5\) \| Naam \| Organisatie \| Rol \| Marieke de Vries/);
    assert.match(text, /Esther Jansen \| Woonstede Havenstad \| deelnemer/);
    assert.match(text, /Rachid El Amrani \| Politie Eenheid Noord-Holland \| deelnemer/);
  });

  it('lets only the leader register or remove, and never removes the leader', async () => {
    const refused = await scene.say(scene.users.police, 'deelnemer toevoegen', { mentions: [scene.users.outsider] });
    assert.equal(refused.texts[0], 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    const leader = await scene.say(scene.users.leader, 'deelnemer verwijderen', { mentions: [scene.users.leader] });
    assert.equal(leader.texts[0], 'De projectleider kan niet uit het project worden gehaald.');
    const noMention = await scene.say(scene.users.leader, 'deelnemer verwijderen');
    assert.match(noMention.texts[0] ?? '', /Noem de collega’s met een @vermelding/);
    assert.equal((await stored()).participants.length, 5);
  });

  it('removes a participant, who then gets the polite refusal', async () => {
    const answer = await scene.say(scene.users.leader, 'deelnemer verwijderen', { mentions: [scene.users.shops] });
    assert.equal(answer.texts[0], 'Hans Visser doet niet meer mee aan dit project.');
    const after = await scene.say(scene.users.shops, 'deelnemers');
    assert.match(after.texts[0] ?? '', /Vraag projectleider Marieke de Vries om je aan te melden/);
    assert.equal((await stored()).participants.length, 4);
  });

  it('names a mentioned person it cannot find in the team and registers nobody for them', async () => {
    const stranger = scene.harness.teams.user('Onbekende Gast', { aadObjectId: 'ffffffff-0000-4000-8000-000000000001' });
    const answer = await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [stranger] });
    assert.match(answer.texts[0] ?? '', /Onbekende Gast kon ik niet vinden in dit team/);
    assert.equal((await stored()).participants.length, 4);
  });

  it('has no maximum: 60 more participants, listed over several cards within 40 KB each', async () => {
    const crowd = Array.from({ length: 60 }, (_, i) => {
      const aadObjectId = `1a2b3c4d-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const user = scene.harness.teams.user(`Bewoner ${String(i + 1).padStart(2, '0')}`, { aadObjectId });
      scene.harness.connector.addMember({ id: user.id, name: user.name, aadObjectId });
      return user;
    });
    // One command takes at most 50 people; the project has no maximum.
    const first = await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: crowd.slice(0, 30) });
    assert.match(first.texts[0] ?? '', /Aangemeld als deelnemer: Bewoner 01, .* Bewoner 30\./);
    const second = await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: crowd.slice(30) });
    assert.match(second.texts[0] ?? '', /Aangemeld als deelnemer: Bewoner 31, .* Bewoner 60\./);
    const list = await scene.say(scene.users.leader, 'deelnemers');
    const pages = list.cards.filter((c) => /^Deelnemers/.test(cardText(c)));
    assert.equal(pages.length, 2);
    assert.match(cardText(pages[0] ?? {}), /^Deelnemers 1–40 van 64/);
    assert.match(cardText(pages[1] ?? {}), /^Deelnemers 41–64 van 64/);
    scene.assertAllCardsValid();
  });
});
