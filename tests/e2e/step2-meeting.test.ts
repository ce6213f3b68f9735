import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MeetingWithPriorities } from '../../src/steps/2-problems/domain/priority-outcome';
import type { Prioritisation } from '../../src/steps/2-problems/domain/priority-work';
import { cardsOf } from '../harness/connector-double';
import { actionsOf, cardText, Scene, type Answer } from '../harness/scene';
import type { TeamsUser } from '../harness/teams-driver';

/**
 * The prioritisation meeting of step 2 (S2.4, S2.5) over real HTTP: clusters, causes, DOEI,
 * a live voting round, the fixed priority list with endorsements, and the meeting's outcome.
 */
const NOW = new Date('2027-03-01T09:00:00Z');
const NOT_LEADER = 'Alleen de projectleider (Marieke de Vries) kan dit doen.';

describe('step 2: the prioritisation meeting (real HTTP)', () => {
  let scene: Scene;
  let projectId = '';
  let transport: TeamsUser;
  let everyone: TeamsUser[] = [];
  let voteCardId = '';
  let listCardId = '';
  const work = async (): Promise<Prioritisation> => (await scene.problemStepWork()).prioritisation;
  const said = (answer: Answer): string => [...answer.texts, ...(answer.invokeText === undefined ? [] : [answer.invokeText])].join(' | ');
  const lastCardId = (): string => scene.harness.connector.activities().filter((a) => cardsOf(a).length > 0).at(-1)?.id ?? '';
  const updatesSince = (from: number) => scene.harness.connector.updates().slice(from).map((u) => ({ id: u.id, card: cardsOf(u)[0] ?? {} }));
  const vote = (who: TeamsUser, cluster: string, replyToId = voteCardId) => scene.execute(who, 'vote.cast', { projectId, cluster }, { replyToId });

  before(async () => {
    scene = await Scene.start({ clock: () => new Date(NOW), timers: false });
    const { leader, police, housing, youth, shops } = scene.users;
    transport = scene.harness.teams.user('Sanne de Boer', { aadObjectId: '5a1c2d3e-7777-4e4e-8f8f-000000000042' });
    scene.harness.connector.addMember({ id: transport.id, name: 'Sanne de Boer', aadObjectId: '5a1c2d3e-7777-4e4e-8f8f-000000000042', tenantId: scene.harness.teams.context.tenantId });
    everyone = [leader, police, housing, youth, shops, transport];
    await scene.say(leader, 'nieuw project Overlast Stationsplein');
    await scene.saveProfile();
    await scene.say(leader, 'deelnemer toevoegen', { mentions: [police, housing, youth, shops, transport] });
    const orgs = ['Gemeente Havenstad', 'Politie', 'Woonstede', 'Jongerenwerk', 'Politie', 'Woonstede'];
    for (const [index, who] of everyone.entries()) await scene.say(who, `organisatie ${orgs[index] ?? ''}`);
    projectId = (await scene.project()).id;
    await scene.say(leader, 'open stap 2 tot 10-03-2027 17:00');
    const enter = (who: TeamsUser, description: string, priority: string, likelihood: string, consequences: string) =>
      scene.execute(who, 'problem.save', { projectId, description, priority, likelihood, consequences });
    await enter(shops, 'Winkeldiefstal door groepjes', 'midden', 'hoog', 'objecten');
    await enter(police, 'Drugshandel bij de fietsenstalling', 'hoog', 'hoog', 'beide');
    await enter(housing, 'Vervuiling in de portieken', 'laag', 'midden', 'objecten');
    await enter(youth, 'Jongeren zonder plek om te zijn', 'hoog', 'midden', 'personen');
    await enter(transport, 'Intimidatie van reizigers', 'hoog', 'hoog', 'personen');
    // The list is now: 1 Drugshandel, 2 Intimidatie, 3 Jongeren, 4 Winkeldiefstal, 5 Vervuiling.
  });
  after(async () => {
    await scene?.stop();
  });

  it('refuses meeting work before the meeting runs, and then starts it', async () => {
    assert.match(said(await scene.say(scene.users.leader, 'cluster Drugs: 1, 2')), /^Dit kan alleen tijdens het overleg van stap 2/);
    await scene.say(scene.users.leader, 'sluit stap 2');
    await scene.say(scene.users.leader, 'start overleg 2');
    assert.deepEqual((await work()).clusters, []);
  });

  it('clusters by list number; refuses unknown numbers, a problem in two clusters and participants', async () => {
    const first = await scene.say(scene.users.leader, 'cluster Drugs en intimidatie: 1, 2');
    assert.equal(first.texts[0], 'Cluster 1 "Drugs en intimidatie": 2 problemen toegevoegd, nu 2 in totaal.');
    assert.match(cardText(first.cards[0] ?? {}), /1\. Drugs en intimidatie \(2 problemen\) \| - 1\. Drugshandel bij de fietsenstalling\n- 2\. Intimidatie van reizigers/);
    await scene.say(scene.users.leader, 'cluster Jongeren: 3');
    await scene.say(scene.users.leader, 'cluster Winkeldiefstal: 4');
    const before = await work();
    assert.equal(said(await scene.say(scene.users.leader, 'cluster Afval: 5, 9')), 'Probleem 9 staat niet in de lijst. Bekijk de nummers met @Veiligheidsplanner lijst. Er is niets gewijzigd.');
    assert.match(said(await scene.say(scene.users.leader, 'cluster Jongeren: 1')), /^Probleem 1 → Drugs en intimidatie staat al in een ander cluster/);
    assert.equal(said(await scene.say(scene.users.police, 'cluster Afval: 5')), NOT_LEADER);
    assert.deepEqual(await work(), before);
    const stored = (await scene.problemStepWork()).prioritisation.clusters.map((c) => [c.number, c.name, c.problemIds.length]);
    assert.deepEqual(stored, [[1, 'Drugs en intimidatie', 2], [2, 'Jongeren', 1], [3, 'Winkeldiefstal', 1]]);
  });

  it('records cause → effect, refusing a self-loop and a duplicate', async () => {
    const answer = await scene.say(scene.users.leader, 'oorzaak Jongeren -> 3');
    assert.equal(answer.texts[0], 'Vastgelegd: "Jongeren" veroorzaakt "Winkeldiefstal".');
    assert.match(cardText(answer.cards[0] ?? {}), /Veroorzaakt: Winkeldiefstal.*Gevolg van: Jongeren/);
    assert.match(said(await scene.say(scene.users.leader, 'oorzaak 2 -> jongeren')), /^Een cluster kan niet zijn eigen oorzaak zijn/);
    assert.equal(said(await scene.say(scene.users.leader, 'oorzaak 2 → 3')), 'Deze oorzaak is al vastgelegd. Er is niets gewijzigd.');
    assert.equal((await work()).causes.length, 1);
  });

  it('records DOEI notes through the form, by Execute and by the Submit fallback', async () => {
    const form = (await scene.say(scene.users.leader, 'doei 1')).cards[0] ?? {};
    assert.match(cardText(form), /DOEI: Drugs en intimidatie.*Data.*Onderzoek.*Ervaringen.*Inzichten/);
    const [save] = actionsOf(form);
    assert.equal(save?.verb, 'cluster.doei');
    const saved = await scene.execute(scene.users.leader, 'cluster.doei', { ...save?.data, data: '42 meldingen in 2026', inzichten: 'Vooral na 22 uur' });
    assert.deepEqual(saved.texts, ['DOEI-notities opgeslagen voor cluster "Drugs en intimidatie".']);
    await scene.submit(scene.users.leader, { verb: 'cluster.doei', projectId, cluster: 'cluster-2', ervaringen: 'Jongerenwerk ziet 15 vaste jongeren' });
    const clusters = (await work()).clusters;
    assert.equal(clusters[0]?.doei?.data, '42 meldingen in 2026');
    assert.equal(clusters[1]?.doei?.ervaringen, 'Jongerenwerk ziet 15 vaste jongeren');
    assert.match(cardText((await scene.say(scene.users.police, 'clusters')).cards[0] ?? {}), /Data \| 42 meldingen in 2026/);
  });

  it('runs a voting round on one card that updates in place with the tallies', async () => {
    assert.match(said(await scene.say(scene.users.leader, 'stemronde drie')), /^Geef het aantal stemmen als getal/);
    const opened = await scene.say(scene.users.leader, 'stemronde');
    assert.equal(opened.texts[0], 'De stemronde is geopend: iedereen heeft 3 stemmen.');
    voteCardId = lastCardId();
    assert.equal((await work()).round?.cardActivityId, voteCardId);
    assert.deepEqual(actionsOf(opened.cards[0] ?? {}), [], 'the +1 buttons sit next to each cluster');
    const from = scene.harness.connector.updates().length;
    for (const cluster of ['cluster-1', 'cluster-1', 'cluster-2']) await vote(scene.users.police, cluster);
    const live = await vote(scene.users.youth, 'cluster-2');
    assert.match(cardText(live.invokeCard ?? {}), /2 van 6 deelnemers hebben gestemd.*Drugs en intimidatie \| 2 stemmen \| \+1.*Jongeren \| 2 stemmen.*Winkeldiefstal \| 0 stemmen/);
    const updates = updatesSince(from);
    assert.equal(updates.length, 4, 'every vote updates the card for everyone');
    assert.ok(updates.every((u) => u.id === voteCardId));
    assert.deepEqual(updates.at(-1)?.card, live.invokeCard);
    await scene.submit(scene.users.shops, { verb: 'vote.cast', projectId, cluster: 'cluster-3' }, { replyToId: voteCardId });
    assert.match(cardText(updatesSince(from).at(-1)?.card ?? {}), /3 van 6 deelnemers hebben gestemd/);
  });

  it('refuses a vote beyond the allowance; nothing changes', async () => {
    const before = await work();
    const answer = await vote(scene.users.police, 'cluster-3');
    assert.equal(said(answer), 'Je hebt al je 3 stemmen uitgebracht. Er is niets gewijzigd.');
    assert.deepEqual(await work(), before);
    assert.match(said(await vote(scene.users.outsider, 'cluster-3')), /Marieke de Vries/);
  });

  it('closes the round: buttons gone, further votes refused, the list can be fixed', async () => {
    assert.match(said(await scene.say(scene.users.leader, 'prioriteitenlijst 1, 2')), /^De stemronde loopt nog/);
    const from = scene.harness.connector.updates().length;
    const closed = await scene.say(scene.users.leader, 'sluit stemronde');
    assert.match(closed.texts[0] ?? '', /^De stemronde is gesloten: 3 van 6 deelnemers hebben gestemd/);
    const [update] = updatesSince(from);
    assert.equal(update?.id, voteCardId);
    assert.match(cardText(update?.card ?? {}), /De stemronde is gesloten/);
    assert.doesNotMatch(JSON.stringify(update?.card), /vote\.cast/);
    assert.match(said(await vote(scene.users.housing, 'cluster-1')), /^De stemronde is gesloten; stemmen kan niet meer/);
  });

  it('fixes the priority list and collects endorsements, n of N and who not yet, in place', async () => {
    assert.match(said(await scene.say(scene.users.leader, 'prioriteitenlijst 1, Afval')), /^Cluster "Afval" bestaat niet/);
    const fixed = await scene.say(scene.users.leader, 'prioriteitenlijst 1, Jongeren, 3');
    assert.equal(fixed.texts[0], 'De prioriteitenlijst is vastgesteld (3 problemen). Iedereen kan hem onderschrijven.');
    listCardId = lastCardId();
    const card = fixed.cards[0] ?? {};
    assert.match(cardText(card), /1\. Drugs en intimidatie \| 2\. Jongeren \| 3\. Winkeldiefstal \| 0 van 6 deelnemers onderschreven/);
    assert.equal(actionsOf(card)[0]?.title, 'Ik onderschrijf deze prioriteitenlijst');
    const from = scene.harness.connector.updates().length;
    await scene.execute(scene.users.police, 'priority.endorse', { projectId }, { replyToId: listCardId });
    const second = await scene.execute(scene.users.leader, 'priority.endorse', { projectId }, { replyToId: listCardId });
    assert.match(cardText(second.invokeCard ?? {}), /2 van 6 deelnemers onderschreven\. \| Nog niet onderschreven: Esther Jansen, Kevin Bakker, Hans Visser, Sanne de Boer/);
    assert.equal(updatesSince(from).length, 2);
    assert.ok(updatesSince(from).every((u) => u.id === listCardId));
    assert.equal(said(await scene.execute(scene.users.police, 'priority.endorse', { projectId }, { replyToId: listCardId })), 'Je hebt deze prioriteitenlijst al onderschreven. Dank je wel! Er is niets gewijzigd.');
    assert.equal((await work()).list?.endorsements.length, 2);
  });

  it('records the list in the meeting outcome; endorsing stays possible afterwards, meeting work does not', async () => {
    await scene.say(scene.users.leader, 'sluit overleg 2');
    await scene.submit(scene.users.housing, { verb: 'priority.endorse', projectId }, { replyToId: listCardId });
    const outcome = cardText((await scene.say(scene.users.youth, 'overleg 2')).cards[0] ?? {});
    assert.match(outcome, /Vastgestelde prioriteitenlijst \| 1\. Drugs en intimidatie \| 2\. Jongeren \| 3\. Winkeldiefstal \| 3 van 6 deelnemers onderschreven/);
    const meeting = (await scene.project()).meetings.find((m) => m.step === 2) as MeetingWithPriorities | undefined;
    assert.deepEqual(meeting?.priorities?.items, ['Drugs en intimidatie', 'Jongeren', 'Winkeldiefstal']);
    assert.match(cardText((await scene.say(scene.users.shops, 'prioriteitenlijst')).cards[0] ?? {}), /3 van 6 deelnemers onderschreven/);
    assert.match(said(await scene.say(scene.users.leader, 'stemronde')), /^Dit kan alleen tijdens het overleg van stap 2/);
    scene.assertAllCardsValid();
  });
});
