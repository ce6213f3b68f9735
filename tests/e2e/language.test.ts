import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actionsOf, cardText, said, Scene } from '../harness/scene';
import type { SendOptions } from '../harness/teams-activities';

/**
 * One language per project (Dutch unless the leader switches it), whatever the Teams client says:
 * the Agents Playground sends `en-US` on every activity, and so does a Dutch civil servant whose
 * Teams is set to English. What only one person sees follows their own choice.
 */
describe('language: one per project, and one’s own for what only oneself sees (real HTTP)', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  const EN: SendOptions = { locale: 'en-US' };
  const EMPTY: SendOptions = { channelId: '19:leeg-kanaal@thread.tacv2', conversationId: '19:leeg-kanaal@thread.tacv2', locale: 'en-US' };
  let scene: Scene;
  let projectId = '';
  const run = async (iso: string): Promise<void> => {
    clock.now = new Date(iso);
    await scene.harness.bot.scheduler.tick();
    await scene.harness.bot.outbox.drain();
  };

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
  });
  after(async () => {
    await scene?.stop();
  });

  it('outside a project the Teams locale is the hint', async () => {
    assert.match(cardText((await scene.say(scene.users.leader, 'help', EMPTY)).cards[0] ?? {}), /^What can I do for you\?/);
    assert.match(cardText((await scene.say(scene.users.leader, 'help', { ...EMPTY, locale: 'nl-NL' })).cards[0] ?? {}), /^Wat kan ik voor je doen\?/);
  });

  it('a project starts in Dutch, also for a leader whose Teams speaks English, with a hint how to switch', async () => {
    const started = await scene.say(scene.users.leader, 'new project Overlast Stationsplein', EN);
    assert.deepEqual(started.texts, [
      'Het project is gestart. Marieke de Vries is projectleider. Vul hieronder het projectprofiel in en meld deelnemers aan met @Veiligheidsplanner deelnemer toevoegen @naam.',
      'This project speaks Dutch. The project leader can switch it with @Veiligheidsplanner language english; anyone can get what only they see in English with @Veiligheidsplanner my language english.',
    ]);
    assert.match(cardText(started.cards[0] ?? {}), /^Projectprofiel invullen/);
    projectId = String(actionsOf(started.cards[0] ?? {})[0]?.data?.projectId);
    assert.equal((await scene.project()).language, 'nl');
    const saved = await scene.execute(scene.users.leader, 'profile.save', { projectId, name: 'Overlast Stationsplein' }, EN);
    assert.match(cardText(saved.invokeCard ?? {}), /Het projectprofiel is opgeslagen/, 'the own button press follows the project while no own choice is made');
    await scene.say(scene.users.leader, 'add participant', { ...EN, mentions: [scene.users.police, scene.users.housing] });
    assert.match(cardText((await scene.say(scene.users.police, 'help', EN)).cards[0] ?? {}), /^Wat kan ik voor je doen\? \| Je bent deelnemer/);
    assert.equal(said(await scene.say(scene.users.outsider, 'profile', EN)), 'Je doet (nog) niet mee aan dit project. Vraag projectleider Marieke de Vries om je aan te melden.');
  });

  it('only the leader switches the project’s language; the answer is already in the new one', async () => {
    assert.equal(said(await scene.say(scene.users.police, 'taal engels')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.match(said(await scene.say(scene.users.leader, 'taal klingon')), /^De taal “klingon” ken ik niet\. Kies nederlands of engels/);
    const switched = await scene.say(scene.users.leader, 'taal engels');
    assert.equal(said(switched), 'This project now speaks English: channel posts, reminders and lists are in English. Anyone can get what only they see in Dutch with @Veiligheidsplanner my language dutch.');
    assert.equal((await scene.project()).language, 'en');
    assert.match(cardText((await scene.say(scene.users.housing, 'status')).cards[0] ?? {}), /^State of the project: Overlast Stationsplein/, 'a Dutch Teams client reads the English project');
    assert.equal(said(await scene.say(scene.users.leader, 'language english')), 'This project already speaks English. Nothing was changed.');
  });

  it('what only one person sees follows their own choice; the channel keeps the project’s language', async () => {
    const chosen = await scene.say(scene.users.housing, 'mijn taal nederlands');
    assert.equal(said(chosen), 'From now on Esther Jansen gets what only they see (answers to their own buttons and personal messages) in Dutch. Channel posts stay in the project\'s language.');
    assert.match(cardText((await scene.execute(scene.users.housing, 'problem.mine', { projectId }, EN)).invokeCard ?? {}), /^Mijn problemen \(stap 2\)/);
    assert.match(cardText((await scene.execute(scene.users.police, 'problem.mine', { projectId })).invokeCard ?? {}), /^My problems \(step 2\)/);
    assert.match(cardText((await scene.say(scene.users.housing, 'help')).cards[0] ?? {}), /^What can I do for you\?/, 'typed in the channel: everyone reads it');
    const participant = (await scene.project()).participants.find((p) => p.name === 'Esther Jansen');
    assert.equal(participant?.language, 'nl');
  });

  it('reminders speak the project’s language in the channel and each person’s own in a personal message', async () => {
    await scene.say(scene.users.leader, 'open step 2 until 10-12-2026 17:00');
    await run('2026-12-08T16:00:01Z');
    const channel = scene.harness.connector.activities().filter((a) => a.conversationId === scene.harness.teams.context.channel.id).map((a) => a.text ?? '');
    assert.ok(channel.some((text) => text.startsWith('Reminder step 2 (What is the problem?)')), channel.join('\n'));
    const reminder = (who: keyof typeof scene.users): string => scene.personalMessages(scene.users[who]).map((a) => a.text ?? '').find((text) => text !== '') ?? '';
    assert.match(reminder('housing'), /^Hallo Esther Jansen, voor stap 2 \(Wat is het probleem\?\)/);
    assert.match(reminder('police'), /^Hello Rachid El Amrani, you have not entered anything yet for step 2 \(What is the problem\?\)/);
  });

  it('back to Dutch; one’s own choice can follow the project again', async () => {
    assert.match(said(await scene.say(scene.users.leader, 'language dutch')), /^Dit project spreekt nu Nederlands/);
    assert.equal(said(await scene.say(scene.users.police, 'my language english')), 'Rachid El Amrani krijgt wat alleen hij of zij ziet (antwoorden op eigen knoppen en persoonlijke berichten) voortaan in het Engels. Berichten in het kanaal blijven in de taal van het project.');
    assert.match(cardText((await scene.execute(scene.users.police, 'problem.mine', { projectId })).invokeCard ?? {}), /^My problems/);
    assert.equal(said(await scene.say(scene.users.police, 'mijn taal project')), 'Rachid El Amrani krijgt wat alleen hij of zij ziet weer in de taal van het project (Nederlands).');
    assert.match(cardText((await scene.execute(scene.users.police, 'problem.mine', { projectId }, EN)).invokeCard ?? {}), /^Mijn problemen/);
    scene.assertAllCardsValid();
  });
});
