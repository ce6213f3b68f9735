import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Meeting } from '../../src/engine/domain/meeting';
import type { Project } from '../../src/project/domain/project';
import type { ScheduledJob } from '../../src/platform/scheduler/job';
import { cardsOf } from '../harness/connector-double';
import { actionsOf, cardText, Scene, type Answer } from '../harness/scene';

/**
 * Meetings (G4, T4) over real HTTP with a fixed clock: plan with every kind of bad input,
 * start, tick items through Action.Execute and its Action.Submit fallback, close, show the outcome.
 */
const NOW = new Date('2027-03-01T09:00:00Z');
const NOT_LEADER = 'Alleen de projectleider (Marieke de Vries) kan dit doen.';

describe('meetings: plan, run and record an overleg (real HTTP, SQLite file)', () => {
  let scene: Scene;
  let projectId = '';
  let cardId = '';
  const stored = (): Promise<Project> => scene.project();
  const meeting = async (): Promise<Meeting | undefined> => (await stored()).meetings.find((m) => m.step === 2);
  const step2 = async () => (await stored()).steps.find((s) => s.number === 2);
  /** The one line the bot said (posted, or in the Execute response). */
  const said = (answer: Answer): string => {
    const lines = [...answer.texts, ...(answer.invokeText === undefined ? [] : [answer.invokeText])];
    assert.equal(lines.length, 1, `expected one line, got ${JSON.stringify(lines)}`);
    return lines[0] ?? '';
  };
  /** The PUT updates of card activities since `from`, each with its id and card. */
  const updatesSince = (from: number): { id: string; card: Record<string, unknown> }[] =>
    scene.harness.connector.updates().slice(from).map((u) => ({ id: u.id, card: cardsOf(u)[0] ?? {} }));
  const item = (data: Record<string, unknown>): Record<string, unknown> => ({ projectId, step: 2, ...data });

  before(async () => {
    scene = await Scene.start({ clock: () => new Date(NOW) });
    const started = await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    await scene.saveProfile();
    projectId = String(actionsOf(started.cards[0] ?? {})[0]?.data?.projectId);
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police, scene.users.housing] });
    await scene.say(scene.users.leader, 'organisatie Gemeente Havenstad');
    await scene.say(scene.users.police, 'organisatie Politie Eenheid Noord-Holland');
    await scene.say(scene.users.housing, 'organisatie Woonstichting Havenstad');
    const opened = await scene.say(scene.users.leader, 'open stap 2 tot 10-03-2027 17:00');
    assert.equal(opened.status, 200);
    assert.equal((await step2())?.status, 'open', 'step 2 is opened by the leader command');
  });
  after(async () => {
    if (process.env.E2E_TRANSCRIPT) writeFileSync(process.env.E2E_TRANSCRIPT, `${scene.transcript.join('\n')}\n`);
    await scene?.stop();
  });

  it('refuses bad plans in Dutch, each with what would work, and changes nothing', async () => {
    const before = await stored();
    const cases: [string, string | RegExp][] = [
      ['overleg stap 3 op 15-03-2027 14:00', 'Stap 3 heeft geen overleg. Overleggen zijn er bij stap 2, 4, 5 en 6.'],
      ['overleg stap 9 op 15-03-2027 14:00', 'Stap 9 bestaat niet. Overleggen zijn er bij stap 2, 4, 5 en 6.'],
      ['overleg stap twee op 15-03-2027 14:00', /^Geef het nummer van de stap\..*overleg stap 2 op 08-03-2027 14:00\.$/],
      ['overleg stap 2 op 01-02-2027 14:00', 'Dat moment ligt in het verleden. Kies een moment in de toekomst, bijvoorbeeld 11-03-2027 14:00.'],
      ['overleg stap 2 op 05-03-2027 14:00', /^Het overleg moet na de deadline voor de invoer van stap 2 liggen \(woensdag 10 maart 2027 om 17:00\).*bijvoorbeeld 11-03-2027 14:00\.$/],
      ['overleg stap 2 op ooit', /^Deze datum en tijd kan ik niet lezen\. Schrijf bijvoorbeeld: @Veiligheidsplanner overleg stap 2 op 11-03-2027 14:00\.$/],
      ['overleg stap 2 op 15-03-2027', /^Geef ook de tijd van het overleg/],
    ];
    for (const [command, expected] of cases) {
      const line = said(await scene.say(scene.users.leader, command));
      if (typeof expected === 'string') assert.equal(line, expected, command);
      else assert.match(line, expected, command);
    }
    assert.equal(said(await scene.say(scene.users.police, 'overleg stap 2 op 15-03-2027 14:00')), NOT_LEADER);
    assert.equal(said(await scene.say(scene.users.leader, 'sluit overleg 2')), 'Voor stap 2 is nog geen overleg gepland of begonnen. Er is niets gewijzigd.');
    const after = await stored();
    assert.equal(after.updatedAt, before.updatedAt);
    assert.deepEqual(after.meetings, []);
    assert.equal((await step2())?.meetingAt, null);
  });

  it('plans the meeting in Amsterdam time with its agenda, and moves it when planned again', async () => {
    const answer = await scene.say(scene.users.leader, 'overleg stap 2 op 15-03-2027 14:00');
    assert.equal(answer.texts[0], 'Het overleg van stap 2 is gepland op maandag 15 maart 2027 om 14:00.');
    const agenda = cardText(answer.cards[0] ?? {});
    assert.match(agenda, /Overleg stap 2: Wat is het probleem\?.*Gepland: maandag 15 maart 2027 om 14:00/);
    assert.match(agenda, /1\. Opening en mededelingen.*2\. Clusteren van de problemen.*9\. Rondvraag/);
    assert.equal(actionsOf(answer.cards[0] ?? {}).length, 0, 'a planned agenda has no buttons');
    const moved = await scene.say(scene.users.leader, 'overleg stap 2 op 16 maart om 10:00');
    assert.equal(moved.texts[0], 'Het overleg van stap 2 is verplaatst van maandag 15 maart 2027 om 14:00 naar dinsdag 16 maart 2027 om 10:00.');
    assert.equal((await meeting())?.status, 'planned');
    assert.equal((await meeting())?.plannedAt, '2027-03-16T09:00:00.000Z');
    assert.equal((await step2())?.meetingAt, '2027-03-16T09:00:00.000Z');
    for (const hours of [24, 1]) {
      const job = await scene.harness.bot.store.read<ScheduledJob>('scheduler', `pre-meeting:${projectId}:2:${hours}h:2027-03-16T09:00:00.000Z`);
      assert.equal(job?.doc.dueAt, new Date(Date.parse('2027-03-16T09:00:00Z') - hours * 3600_000).toISOString(), `pre-meeting post ${hours} h ahead`);
    }
  });

  it('every participant sees the planned agenda; only the leader may start', async () => {
    const seen = await scene.say(scene.users.housing, 'overleg 2');
    assert.match(cardText(seen.cards[0] ?? {}), /Gepland: dinsdag 16 maart 2027 om 10:00.*start overleg 2/);
    assert.equal(said(await scene.say(scene.users.police, 'start overleg 2')), NOT_LEADER);
    assert.equal(said(await scene.say(scene.users.leader, 'overleg 4')), 'Voor stap 4 is nog geen overleg gepland. Dit is de voorgestelde agenda.');
  });

  it('starts: the live card is posted and remembered, step 2 is in its meeting', async () => {
    const answer = await scene.say(scene.users.leader, 'start overleg 2');
    assert.match(answer.texts[0] ?? '', /^Het overleg van stap 2 is begonnen/);
    const posted = scene.harness.connector.activities().filter((a) => cardsOf(a).length > 0).at(-1);
    assert.ok(posted);
    cardId = posted.id;
    assert.equal((await meeting())?.cardActivityId, cardId);
    assert.equal((await step2())?.status, 'meeting');
    const live = answer.cards[0] ?? {};
    assert.match(cardText(live), /0 van 9 agendapunten afgerond.*Uitkomst en afspraken bij dit agendapunt.*Afronden.*Overleg afsluiten/);
    assert.deepEqual(actionsOf(live).map((a) => a.verb), ['meeting.close']);
  });

  it('ticks two items through Action.Execute: card updated in place for everyone, summary posted', async () => {
    for (const [key, outcome, title] of [
      ['opening', 'Welkom aan de wijkagent.', 'Opening en mededelingen'],
      ['cluster', 'Drie clusters: fietsen, jongeren, afval.', 'Clusteren van de problemen'],
    ] as const) {
      const updatesBefore = scene.harness.connector.updates().length;
      const answer = await scene.execute(scene.users.leader, 'meeting.item', item({ item: key, outcome }), { replyToId: cardId });
      assert.ok(answer.invokeCard, 'the response body is the updated card');
      assert.match(cardText(answer.invokeCard), new RegExp(`${title}.*${outcome.replace(/[.]/g, '\\.')}.*Afgerond door Marieke de Vries`));
      assert.deepEqual(answer.texts, [`Agendapunt afgerond: ${title} — ${outcome}`]);
      const updates = updatesSince(updatesBefore);
      assert.equal(updates.length, 1);
      assert.equal(updates[0]?.id, cardId, 'PUT on the live card');
      assert.deepEqual(updates[0]?.card, answer.invokeCard);
    }
    assert.match(cardText(updatesSince(0).at(-1)?.card ?? {}), /2 van 9 agendapunten afgerond/);
  });

  it('refuses a participant\'s tick, naming the leader; nothing changes', async () => {
    const before = await meeting();
    const answer = await scene.execute(scene.users.police, 'meeting.item', item({ item: 'causesEffects', outcome: 'Gekaapt' }), { replyToId: cardId });
    assert.equal(said(answer), NOT_LEADER);
    assert.deepEqual(await meeting(), before);
  });

  it('ticks one through the Action.Submit fallback: updated in place, no second card', async () => {
    const updatesBefore = scene.harness.connector.updates().length;
    const answer = await scene.submit(scene.users.leader, { verb: 'meeting.item', ...item({ item: 'causesEffects', outcome: 'Afval trekt jongeren aan.' }) }, { replyToId: cardId });
    assert.deepEqual(answer.cards, []);
    assert.deepEqual(answer.texts, ['Agendapunt afgerond: Onderscheiden van oorzaken en gevolgen — Afval trekt jongeren aan.']);
    const [update] = updatesSince(updatesBefore);
    assert.equal(update?.id, cardId);
    assert.match(cardText(update?.card ?? {}), /3 van 9 agendapunten afgerond/);
  });

  it('answers a double tick kindly and changes nothing', async () => {
    const before = await meeting();
    const answer = await scene.execute(scene.users.leader, 'meeting.item', item({ item: 'cluster', outcome: 'Iets anders' }), { replyToId: cardId });
    assert.equal(said(answer), 'Agendapunt "Clusteren van de problemen" was al afgerond door Marieke de Vries (10:00). Er is niets gewijzigd.');
    assert.deepEqual(await meeting(), before);
  });

  it('shows the live card to a participant while it runs', async () => {
    const seen = await scene.say(scene.users.police, 'overleg 2');
    assert.match(cardText(seen.cards[0] ?? {}), /3 van 9 agendapunten afgerond.*Drie clusters/);
  });

  it('asks the leader first when items were not discussed, naming them; going back changes nothing', async () => {
    assert.equal(said(await scene.say(scene.users.police, 'sluit overleg 2')), NOT_LEADER);
    const updatesBefore = scene.harness.connector.updates().length;
    const question = await scene.execute(scene.users.leader, 'meeting.close', { projectId, step: 2 }, { replyToId: cardId });
    const asked = cardText(question.invokeCard ?? {});
    assert.match(asked, /^Overleg stap 2 afsluiten\? \| Deze agendapunten zijn nog niet besproken: niet afgerond en er is niets onder vastgelegd\. \| 4\. Probleemverkenning: Data, Onderzoek, Ervaringen en Inzichten \(DOEI\) \| 5\. Prioritering \|/);
    assert.match(asked, /9\. Rondvraag \| Sluit je het overleg toch af, dan staat in de uitkomst dat ze niet besproken zijn\. \| Of typ @Veiligheidsplanner sluit overleg 2 toch\. \| Ja, overleg afsluiten \| Ja, overleg afsluiten \| Terug naar de agenda/);
    assert.deepEqual(question.texts, [], 'only the leader sees the question');
    assert.equal(scene.harness.connector.updates().length, updatesBefore, 'the live card stays as it is for everyone');
    assert.equal((await step2())?.status, 'meeting');
    const typed = await scene.say(scene.users.leader, 'sluit overleg 2');
    assert.match(cardText(typed.cards[0] ?? {}), /^Overleg stap 2 afsluiten\?/);
    const back = await scene.execute(scene.users.leader, 'meeting.agenda', { projectId, step: 2 });
    assert.match(cardText(back.invokeCard ?? {}), /^Overleg stap 2: Wat is het probleem\?.*3 van 9 agendapunten afgerond/);
    assert.equal((await meeting())?.status, 'running');
  });

  it('closes through the card once confirmed: step done, outcome in place with what was not discussed, summary posted', async () => {
    const updatesBefore = scene.harness.connector.updates().length;
    const answer = await scene.execute(scene.users.leader, 'meeting.close', { projectId, step: 2, confirm: true }, { replyToId: cardId });
    assert.match(cardText(answer.invokeCard ?? {}), /Niet besproken: 4\. Probleemverkenning: Data, Onderzoek, Ervaringen en Inzichten \(DOEI\), 5\. Prioritering, 6\. .*, 9\. Rondvraag\./);
    assert.match(cardText(answer.invokeCard ?? {}), /Uitkomst overleg stap 2: Wat is het probleem\?.*3 van 9 agendapunten besproken/);
    assert.deepEqual(answer.texts, [
      'Het overleg van stap 2 is afgesloten: 3 van 9 agendapunten besproken, en stap 2 is afgerond. Iedereen ziet de uitkomst met @Veiligheidsplanner overleg 2.',
    ]);
    const [update] = updatesSince(updatesBefore);
    assert.equal(update?.id, cardId);
    assert.deepEqual(update?.card, answer.invokeCard);
    assert.equal((await step2())?.status, 'done');
    const closed = await meeting();
    assert.equal(closed?.status, 'closed');
    assert.deepEqual(closed?.items.map((i) => i.done), [true, true, true, false, false, false, false, false, false]);
    assert.match(said(await scene.say(scene.users.leader, 'sluit overleg 2')), /^Het overleg van stap 2 is al afgesloten/);
    assert.match(said(await scene.execute(scene.users.leader, 'meeting.item', item({ item: 'evidence', outcome: 'te laat' }), { replyToId: cardId })), /al afgesloten/);
  });

  it('shows the recorded outcome later to every participant (G4)', async () => {
    const seen = await scene.say(scene.users.housing, 'overleg 2');
    const text = cardText(seen.cards[0] ?? {});
    assert.match(text, /Uitkomst overleg stap 2.*Gehouden: maandag 1 maart 2027 om 10:00.*Afgesloten maandag 1 maart 2027 om 10:00 door Marieke de Vries/);
    assert.match(text, /1\. Opening en mededelingen \| Welkom aan de wijkagent\. \| Afgerond door Marieke de Vries, 10:00/);
    assert.match(text, /2\. Clusteren van de problemen \| Drie clusters: fietsen, jongeren, afval\./);
    assert.match(text, /3\. Onderscheiden van oorzaken en gevolgen \| Afval trekt jongeren aan\./);
    assert.match(text, /4\. Probleemverkenning.*\| Niet besproken/);
    assert.equal((text.match(/\| Niet besproken(?= \||$)/g) ?? []).length, 6, 'six items, each marked');
    assert.match(text, /\| Niet besproken: 4\. Probleemverkenning/, 'and named together under the progress');
  });

  it('meets spontaneously in step 4 and closes by command: the live card turns into the outcome', async () => {
    await scene.say(scene.users.leader, 'open stap 3 tot 20-03-2027 17:00');
    await scene.say(scene.users.leader, 'sluit stap 3');
    await scene.say(scene.users.leader, 'open stap 4 tot 25-03-2027 17:00');
    const started = await scene.say(scene.users.leader, 'start overleg 4');
    assert.match(cardText(started.cards[0] ?? {}), /Overleg stap 4: Wat willen wij bereiken\?.*0 van 10 agendapunten afgerond/);
    const live = (await stored()).meetings.find((m) => m.step === 4);
    assert.equal(live?.plannedAt, NOW.toISOString(), 'an unplanned meeting is planned at its start');
    // Without replyToId (some clients leave it out) the stored card id is used.
    const updatesBefore = scene.harness.connector.updates().length;
    const ticked = await scene.execute(scene.users.leader, 'meeting.item', { projectId, step: '4', item: 'opening', outcome: '' });
    assert.deepEqual(ticked.texts, ['Agendapunt afgerond: Opening en mededelingen.']);
    assert.equal(updatesSince(updatesBefore)[0]?.id, live?.cardActivityId);
    const closed = await scene.say(scene.users.leader, 'sluit overleg 4 toch');
    assert.match(closed.texts[0] ?? '', /^Het overleg van stap 4 is afgesloten: 1 van 10 agendapunten besproken/);
    assert.match(cardText(closed.cards[0] ?? {}), /Uitkomst overleg stap 4.*Afgerond zonder notitie\./);
    const [inPlace] = updatesSince(updatesBefore + 1);
    assert.equal(inPlace?.id, live?.cardActivityId);
    assert.match(cardText(inPlace?.card ?? {}), /^Uitkomst overleg stap 4/);
    assert.equal((await stored()).steps.find((s) => s.number === 4)?.status, 'done');
  });

  it('sent only cards that validate against Adaptive Cards 1.5 and fit 40 KB', () => {
    scene.assertAllCardsValid();
  });
});
