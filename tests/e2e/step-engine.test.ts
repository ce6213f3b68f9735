import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBotUnderTest, type BotUnderTest } from '../harness/bot-under-test';
import { actionsOf, cardText, Scene } from '../harness/scene';

/**
 * The step engine over real HTTP, on a fake clock, with two bot instances on one SQLite file:
 * the leader opens step 2 with a deadline, input before it is accepted and after it refused,
 * the reminders, the closing notice and the pre-meeting posts each arrive exactly once.
 */
describe('step engine: deadlines, reminders and pre-meeting posts with two instances', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  let scene: Scene;
  let second: BotUnderTest;
  let projectId = '';

  /** Both instances run their due jobs at the same moment, then both outboxes deliver. */
  const runBoth = async (): Promise<void> => {
    await Promise.all([scene.harness.bot.scheduler.tick(), second.bot.scheduler.tick()]);
    await Promise.all([scene.harness.bot.outbox.drain(), second.bot.outbox.drain()]);
  };
  const at = async (iso: string): Promise<void> => {
    clock.now = new Date(iso);
    await runBoth();
  };
  const posted = (pattern: RegExp): string[] =>
    scene.harness.connector
      .activities()
      .map((a) => a.text ?? JSON.stringify(a.attachments ?? ''))
      .filter((text) => pattern.test(text));
  const problem = (description: string) => ({ projectId, description, likelihood: 'hoog', consequences: 'personen', priority: 'midden' });

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    second = await startBotUnderTest({ clock: () => clock.now, timers: false, dataDir: scene.harness.dataDir });
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    await scene.saveProfile();
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police, scene.users.housing] });
    await scene.say(scene.users.police, 'organisatie Politie');
    await scene.say(scene.users.housing, 'organisatie Woonstede');
  });
  after(async () => {
    await second?.stop();
    await scene?.stop();
  });

  it('opens step 2 until a Dutch date and posts the step card with the deadline in Amsterdam time', async () => {
    const answer = await scene.say(scene.users.leader, 'open stap 2 tot 10-12-2026 17:00');
    assert.equal(answer.texts[0], 'Stap 2 is geopend. Invoer is mogelijk tot donderdag 10 december 2026 om 17:00.');
    const stepCard = answer.cards[0] ?? {};
    assert.match(cardText(stepCard), /Stap 2 is geopend: Wat is het probleem\?/);
    projectId = String(actionsOf(stepCard)[0]?.data?.projectId);
    const step = (await scene.project()).steps.find((s) => s.number === 2);
    assert.equal(step?.deadline, '2026-12-10T16:00:00.000Z');
  });

  it('plans the meeting after the deadline and refuses one before it', async () => {
    const early = await scene.say(scene.users.leader, 'overleg stap 2 op 09-12-2026 10:00');
    assert.match(early.texts[0] ?? '', /na de deadline/);
    const planned = await scene.say(scene.users.leader, 'overleg stap 2 op 14-12-2026 10:00');
    assert.match(planned.texts.join(' '), /maandag 14 december 2026 om 10:00/);
  });

  it('accepts a problem from the step card before the deadline', async () => {
    const form = await scene.execute(scene.users.police, 'problem.form', { projectId });
    assert.match(cardText(form.invokeCard ?? {}), /Een probleem invoeren/);
    const saved = await scene.execute(scene.users.police, 'problem.save', problem('Drugshandel bij de fietsenstalling'));
    assert.match(cardText(saved.invokeCard ?? {}), /Je probleem is opgeslagen/);
  });

  it('posts each reminder once, with a count in the channel and a personal message to each one without input', async () => {
    await at('2026-12-08T15:59:00Z');
    assert.deepEqual(posted(/Herinnering stap 2/), [], 'not before 48 h ahead');
    await at('2026-12-08T16:00:01Z');
    await runBoth();
    assert.deepEqual(posted(/Herinnering stap 2/), [
      'Herinnering stap 2 (Wat is het probleem?): de invoer sluit donderdag 10 december 2026 om 17:00. 2 van de 3 deelnemers hebben nog niets ingevoerd; ieder van hen krijgt een persoonlijk bericht.',
    ]);
    const reminders = (): { to: string | undefined; text: string }[] => {
      const chats = new Map(scene.harness.connector.createdConversations().map((c) => [c.conversationId, c.parameters.members?.[0]?.id]));
      return scene.harness.connector.activities().flatMap((a) => (chats.has(a.conversationId) && a.text?.startsWith('Hallo') ? [{ to: chats.get(a.conversationId), text: a.text }] : []));
    };
    assert.deepEqual(reminders().map((r) => r.to).sort(), [scene.users.leader.id, scene.users.housing.id].sort(), 'the leader and Woonstede, not the police');
    assert.ok(reminders().some((r) => r.text === 'Hallo Esther Jansen, voor stap 2 (Wat is het probleem?) van het project Overlast Stationsplein heb je nog niets ingevoerd. De invoer sluit donderdag 10 december 2026 om 17:00. Gebruik de kaart in het kanaal van het project.'));
    await at('2026-12-09T16:00:01Z');
    assert.equal(posted(/Herinnering stap 2/).length, 2, 'the 24 h reminder');
    assert.equal(reminders().length, 4);
  });

  it('accepts input one second before the deadline and refuses it one second after, also from the old card', async () => {
    clock.now = new Date('2026-12-10T15:59:59Z');
    const inTime = await scene.execute(scene.users.housing, 'problem.save', problem('Overlast van hangjongeren in de portiek'));
    assert.match(cardText(inTime.invokeCard ?? {}), /Je probleem is opgeslagen/);
    await at('2026-12-10T16:00:01Z');
    assert.deepEqual(posted(/De deadline van stap 2/), ['De deadline van stap 2 (Wat is het probleem?) is verstreken: de invoer is gesloten.']);
    const late = await scene.execute(scene.users.housing, 'problem.save', problem('Nog een probleem, te laat'));
    assert.equal(late.invokeText, 'De invoer voor stap 2 is gesloten (deadline donderdag 10 december 2026 om 17:00). Er is niets opgeslagen.');
    const lateSubmit = await scene.submit(scene.users.police, { verb: 'problem.save', ...problem('Ook te laat') });
    assert.match(lateSubmit.texts[0] ?? '', /De invoer voor stap 2 is gesloten/);
    const entries = await scene.harness.bot.store.list(projectId, 'entry');
    assert.equal(entries.length, 2);
  });

  it('posts the agenda with counts 24 h and 1 h before the meeting, each once', async () => {
    const previews = (): string[] => posted(/Over \d+ uur: overleg stap 2/);
    await at('2026-12-13T08:59:00Z');
    assert.equal(previews().length, 0);
    await at('2026-12-13T09:00:01Z');
    await runBoth();
    assert.equal(previews().length, 1, 'one pre-meeting card 24 h ahead');
    const card = previews()[0] ?? '';
    assert.match(card, /Over 24 uur: overleg stap 2, Wat is het probleem\?/);
    assert.match(card, /"title":"Bijdragen","value":"2"/);
    assert.match(card, /"title":"Deelnemers met invoer","value":"2 van 3"/);
    assert.match(card, /Opening en mededelingen/);
    await at('2026-12-14T08:00:01Z');
    assert.equal(previews().length, 2, 'and one 1 h ahead');
    assert.match(previews()[1] ?? '', /Over 1 uur: overleg stap 2/);
  });

  it('shows every step in the status with state, deadline and input count', async () => {
    const answer = await scene.say(scene.users.leader, 'status');
    const text = cardText(answer.cards[0] ?? {});
    assert.match(text, /Stap 1 · Projectprofiel \| afgerond \| Stap 2/);
    assert.match(text, /Stap 2 · Wat is het probleem\? \| invoer gesloten \| deadline donderdag 10 december 2026 om 17:00 · overleg gepland op maandag 14 december 2026 om 10:00 · 2 van de 3 deelnemers hebben iets ingevoerd/);
    assert.match(text, /Stap 3 · Wat doen wij al\? \| nog niet geopend \| Stap 4/, 'a step not yet open has no input count');
    scene.assertAllCardsValid();
  });
});
