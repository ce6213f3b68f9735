import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MeetingWithPriorities } from '../../src/steps/2-problems/domain/priority-outcome';
import type { Prioritisation } from '../../src/steps/2-problems/domain/priority-work';
import type { Problem } from '../../src/steps/2-problems/domain/problem';
import { cardsOf } from '../harness/connector-double';
import { actionsOf, cardText, said, Scene } from '../harness/scene';
import type { TeamsUser } from '../harness/teams-driver';

/**
 * The prioritisation meeting of step 2 (S2.4, S2.5) over real HTTP: clusters by the problems' own
 * numbers and from a card, causes, DOEI, a live voting round on the clusters and on the problems
 * in no cluster (with the votes one has left and taking one back), the priority list fixed in the
 * order of the votes, endorsements, and the meeting's outcome.
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
  /** Problem ids by the number each got when it was entered. */
  const id: Record<number, string> = {};
  const work = async (): Promise<Prioritisation> => (await scene.problemStepWork()).prioritisation;
  const lastCardId = (): string => scene.harness.connector.activities().filter((a) => cardsOf(a).length > 0).at(-1)?.id ?? '';
  const updatesSince = (from: number) => scene.harness.connector.updates().slice(from).map((u) => ({ id: u.id, card: cardsOf(u)[0] ?? {} }));
  const vote = (who: TeamsUser, target: string, replyToId = voteCardId) => scene.execute(who, 'vote.cast', { projectId, target }, { replyToId });
  const unvote = (who: TeamsUser, target: string) => scene.execute(who, 'vote.withdraw', { projectId, target }, { replyToId: voteCardId });

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
    // Numbered in the order entered: 1 Winkeldiefstal, 2 Drugshandel, 3 Vervuiling, 4 Jongeren, 5 Intimidatie.
    await enter(shops, 'Winkeldiefstal door groepjes', 'midden', 'hoog', 'objecten');
    await enter(police, 'Drugshandel bij de fietsenstalling', 'hoog', 'hoog', 'beide');
    await enter(housing, 'Vervuiling in de portieken', 'laag', 'midden', 'objecten');
    await enter(youth, 'Jongeren zonder plek om te zijn', 'hoog', 'midden', 'personen');
    await enter(transport, 'Intimidatie van reizigers', 'hoog', 'hoog', 'personen');
    for (const entry of await scene.harness.bot.store.listEntries<Problem>(projectId, { kind: 'problem' })) id[entry.doc.number] = entry.doc.id;
    assert.deepEqual(Object.keys(id), ['1', '2', '3', '4', '5']);
  });
  after(async () => {
    await scene?.stop();
  });

  it('refuses meeting work before the meeting runs, and then starts it', async () => {
    assert.match(said(await scene.say(scene.users.leader, 'cluster Drugs: 2, 5')), /^Dit kan alleen tijdens het overleg van stap 2/);
    await scene.say(scene.users.leader, 'sluit stap 2');
    await scene.say(scene.users.leader, 'start overleg 2');
    assert.deepEqual((await work()).clusters, []);
  });

  it('clusters by the problems’ own numbers; refuses unknown numbers, a problem in two clusters and participants', async () => {
    const first = await scene.say(scene.users.leader, 'cluster Drugs en intimidatie: 2, 5');
    assert.equal(first.texts[0], 'Cluster 1 "Drugs en intimidatie": 2 problemen toegevoegd, nu 2 in totaal.');
    assert.match(cardText(first.cards[0] ?? {}), /1\. Drugs en intimidatie \(2 problemen\) \| - 2\. Drugshandel bij de fietsenstalling\n- 5\. Intimidatie van reizigers/);
    const before = await work();
    assert.equal(said(await scene.say(scene.users.leader, 'cluster Afval: 3, 9')), 'Probleem 9 bestaat niet. Bekijk de nummers met @Veiligheidsplanner lijst. Er is niets gewijzigd.');
    assert.match(said(await scene.say(scene.users.leader, 'cluster Jongeren: 2')), /^Probleem 2 → Drugs en intimidatie staat al in een ander cluster/);
    assert.equal(said(await scene.say(scene.users.police, 'cluster Afval: 3')), NOT_LEADER);
    assert.deepEqual(await work(), before);
    assert.deepEqual((await work()).clusters.map((c) => [c.number, c.name, c.problemIds]), [[1, 'Drugs en intimidatie', [id[2], id[5]]]]);
  });

  it('clusters from a card too: the leader ticks the problems in no cluster, the card comes back for the next', async () => {
    const overview = (await scene.say(scene.users.leader, 'clusters')).cards[0] ?? {};
    assert.deepEqual(actionsOf(overview).map((a) => [a.verb, a.title]), [['cluster.form', 'Problemen bundelen']]);
    assert.equal(said(await scene.execute(scene.users.police, 'cluster.form', { projectId })), NOT_LEADER);
    const form = (await scene.execute(scene.users.leader, 'cluster.form', { projectId })).invokeCard ?? {};
    assert.match(cardText(form), /^Problemen bundelen in een cluster \| .* \| Bestaande clusters: Drugs en intimidatie\. \| Naam van het cluster/);
    assert.match(cardText(form), /Problemen die nog in geen cluster staan \| .*1\. Winkeldiefstal door groepjes \| 1 \| 3\. Vervuiling in de portieken \| 3 \| 4\. Jongeren zonder plek om te zijn \| 4/);
    const save = actionsOf(form)[0];
    assert.equal(save?.verb, 'cluster.save');
    const saved = await scene.execute(scene.users.leader, 'cluster.save', { ...save?.data, name: 'Jongeren', problems: '4' });
    assert.match(cardText(saved.invokeCard ?? {}), /^Problemen bundelen in een cluster \| Cluster 2 "Jongeren": 1 probleem toegevoegd, nu 1 in totaal\./);
    assert.doesNotMatch(cardText(saved.invokeCard ?? {}), /4\. Jongeren zonder plek/, 'a clustered problem is no longer offered');
    assert.deepEqual(saved.texts, ['Cluster 2 "Jongeren": 1 probleem toegevoegd, nu 1 in totaal.'], 'the channel hears what was bundled');
    assert.match(said(await scene.execute(scene.users.leader, 'cluster.save', { projectId, name: 'Jongeren', problems: '2' })), /^Probleem 2 → Drugs en intimidatie staat al/);
    // Problems 1 and 3 stay in no cluster: they are voted on by themselves.
    assert.deepEqual((await work()).clusters.map((c) => [c.name, c.problemIds.length]), [['Drugs en intimidatie', 2], ['Jongeren', 1]]);
  });

  it('records cause → effect, refusing a self-loop and a duplicate', async () => {
    const answer = await scene.say(scene.users.leader, 'oorzaak Jongeren -> 1');
    assert.equal(answer.texts[0], 'Vastgelegd: "Jongeren" veroorzaakt "Drugs en intimidatie".');
    assert.match(said(await scene.say(scene.users.leader, 'oorzaak 2 -> jongeren')), /^Een cluster kan niet zijn eigen oorzaak zijn/);
    assert.equal(said(await scene.say(scene.users.leader, 'oorzaak 2 → 1')), 'Deze oorzaak is al vastgelegd. Er is niets gewijzigd.');
    assert.equal((await work()).causes.length, 1);
  });

  it('records DOEI notes through the form, by Execute and by the Submit fallback', async () => {
    const form = (await scene.say(scene.users.leader, 'doei 1')).cards[0] ?? {};
    const [save] = actionsOf(form);
    assert.equal(save?.verb, 'cluster.doei');
    const saved = await scene.execute(scene.users.leader, 'cluster.doei', { ...save?.data, data: '42 meldingen in 2026', inzichten: 'Vooral na 22 uur' });
    assert.deepEqual(saved.texts, ['DOEI-notities opgeslagen voor cluster "Drugs en intimidatie".']);
    await scene.submit(scene.users.leader, { verb: 'cluster.doei', projectId, cluster: 'cluster-2', ervaringen: 'Jongerenwerk ziet 15 vaste jongeren' });
    const clusters = (await work()).clusters;
    assert.equal(clusters[0]?.doei?.data, '42 meldingen in 2026');
    assert.equal(clusters[1]?.doei?.ervaringen, 'Jongerenwerk ziet 15 vaste jongeren');
  });

  it('puts the clusters and the problems in no cluster on one voting card, updated in place', async () => {
    const opened = await scene.say(scene.users.leader, 'stemronde');
    assert.equal(opened.texts[0], 'De stemronde is geopend: iedereen heeft 3 stemmen.');
    voteCardId = lastCardId();
    const card = cardText(opened.cards[0] ?? {});
    assert.match(card, /Cluster 1: Drugs en intimidatie \(2 problemen\) \| 0 stemmen.*Cluster 2: Jongeren \(1 probleem\) \| 0 stemmen.*Probleem 1: Winkeldiefstal door groepjes \| 0 stemmen.*Probleem 3: Vervuiling in de portieken \| 0 stemmen/);
    assert.match(card, /Na je eerste stem zie je hier hoeveel stemmen je nog hebt/);
    assert.deepEqual((await work()).round?.candidates, ['cluster-1', 'cluster-2', id[1], id[3]]);
    assert.deepEqual(actionsOf(opened.cards[0] ?? {}).map((a) => a.verb), ['vote.mine']);
    assert.match(said(await scene.say(scene.users.leader, 'cluster Afval: 3')), /^De stemronde loopt nog\. Sluit de stemronde eerst/, 'the ballot does not change under the voters');
  });

  it('shows each voter how many votes they have left, and lets them take one back while the round is open', async () => {
    const from = scene.harness.connector.updates().length;
    const first = await vote(scene.users.police, id[1] ?? '');
    const mine = cardText(first.invokeCard ?? {});
    assert.match(mine, /Je hebt nog 2 van je 3 stemmen over\./);
    assert.match(mine, /Probleem 1: Winkeldiefstal door groepjes \| jij: 1 \| 1 stem \| \+1 \| \+1 \| −1/);
    const shared = cardText(updatesSince(from)[0]?.card ?? {});
    assert.equal(updatesSince(from)[0]?.id, voteCardId);
    assert.doesNotMatch(shared, /jij:|Je hebt nog/, 'the card everyone sees shows nobody’s own votes');
    assert.doesNotMatch(JSON.stringify(updatesSince(from)[0]?.card), /vote\.withdraw/, 'nor anyone’s −1');
    assert.match(shared, /1 van 6 deelnemers hebben gestemd/);
    await vote(scene.users.police, 'cluster-1');
    await vote(scene.users.police, 'cluster-1');
    assert.equal(said(await vote(scene.users.police, 'cluster-2')), 'Je hebt al je 3 stemmen uitgebracht. Er is niets gewijzigd.');
    const back = await unvote(scene.users.police, id[1] ?? '');
    assert.match(cardText(back.invokeCard ?? {}), /Je hebt nog 1 van je 3 stemmen over\./);
    assert.match(cardText(back.invokeCard ?? {}), /Probleem 1: Winkeldiefstal door groepjes \| 0 stemmen/);
    assert.equal(said(await unvote(scene.users.police, id[3] ?? '')), 'Je hebt hier geen stem op uitgebracht. Er is niets gewijzigd.');
    assert.match(cardText((await vote(scene.users.police, 'cluster-2')).invokeCard ?? {}), /Je hebt al je 3 stemmen uitgebracht\. Neem er een terug met −1 om te verschuiven\./);
    assert.match(cardText((await scene.execute(scene.users.housing, 'vote.mine', { projectId })).invokeCard ?? {}), /Je hebt nog 3 van je 3 stemmen over\./);
  });

  it('counts everyone’s votes correctly, also through the Submit fallback, and refuses outsiders', async () => {
    await vote(scene.users.housing, id[3] ?? '');
    await vote(scene.users.housing, id[3] ?? '');
    await vote(scene.users.youth, 'cluster-2');
    await vote(scene.users.youth, id[1] ?? '');
    await scene.submit(scene.users.shops, { verb: 'vote.cast', projectId, target: id[1] }, { replyToId: voteCardId });
    assert.match(said(await vote(scene.users.outsider, 'cluster-1')), /Marieke de Vries/);
    const tallies = Object.fromEntries(((await work()).round?.votes ?? []).reduce((m, v) => m.set(v.target, (m.get(v.target) ?? 0) + 1), new Map<string, number>()));
    assert.deepEqual(tallies, { 'cluster-1': 2, 'cluster-2': 2, [id[3] ?? '']: 2, [id[1] ?? '']: 2 });
  });

  it('closes the round: buttons gone, further votes refused; the list is fixed in the order of the votes from the card', async () => {
    const from = scene.harness.connector.updates().length;
    const closed = await scene.say(scene.users.leader, 'sluit stemronde');
    assert.match(closed.texts[0] ?? '', /^De stemronde is gesloten: 4 van 6 deelnemers hebben gestemd/);
    const [update] = updatesSince(from);
    assert.equal(update?.id, voteCardId);
    assert.doesNotMatch(JSON.stringify(update?.card), /vote\.cast|vote\.withdraw/);
    assert.match(said(await vote(scene.users.housing, 'cluster-1')), /^De stemronde is gesloten; stemmen kan niet meer/);
    const fromVotes = actionsOf(update?.card ?? {}).find((a) => a.verb === 'priority.fromVotes');
    assert.equal(fromVotes?.title, 'Prioriteitenlijst vaststellen in deze volgorde');
    assert.equal(said(await scene.execute(scene.users.police, 'priority.fromVotes', { projectId })), NOT_LEADER);
    const fixed = await scene.execute(scene.users.leader, 'priority.fromVotes', { projectId }, { replyToId: voteCardId });
    assert.equal(fixed.texts[0], 'De prioriteitenlijst is vastgesteld: 4 punten, samen 5 problemen. Iedereen kan de lijst onderschrijven.');
    assert.match(cardText(fixed.cards[0] ?? {}), /1\. Drugs en intimidatie \| 2\. Jongeren \| 3\. Winkeldiefstal door groepjes \(probleem 1\) \| 4\. Vervuiling in de portieken \(probleem 3\) \| 0 van 6 deelnemers onderschreven/);
  });

  it('fixes the list by typing too, with p<nummer> for a problem in no cluster; endorsements n of N in place', async () => {
    assert.match(said(await scene.say(scene.users.leader, 'prioriteitenlijst 1, Afval')), /^Cluster "Afval" bestaat niet/);
    assert.match(said(await scene.say(scene.users.leader, 'prioriteitenlijst 1, p2')), /^Probleem 2 → Drugs en intimidatie: dat probleem staat in een cluster/);
    const fixed = await scene.say(scene.users.leader, 'prioriteitenlijst 1, Jongeren, p1');
    assert.equal(fixed.texts[0], 'De prioriteitenlijst is vastgesteld: 3 punten, samen 4 problemen. Iedereen kan de lijst onderschrijven.');
    listCardId = lastCardId();
    const card = fixed.cards[0] ?? {};
    assert.match(cardText(card), /1\. Drugs en intimidatie \| 2\. Jongeren \| 3\. Winkeldiefstal door groepjes \(probleem 1\) \| 0 van 6 deelnemers onderschreven/);
    const from = scene.harness.connector.updates().length;
    await scene.execute(scene.users.police, 'priority.endorse', { projectId }, { replyToId: listCardId });
    const second = await scene.execute(scene.users.leader, 'priority.endorse', { projectId }, { replyToId: listCardId });
    assert.match(cardText(second.invokeCard ?? {}), /2 van 6 deelnemers onderschreven\. \| Nog niet onderschreven: Esther Jansen, Kevin Bakker, Hans Visser, Sanne de Boer/);
    assert.ok(updatesSince(from).filter((u) => u.id === listCardId).length >= 2, 'in place for everyone');
    assert.equal(said(await scene.execute(scene.users.police, 'priority.endorse', { projectId }, { replyToId: listCardId })), 'Je hebt deze prioriteitenlijst al onderschreven. Dank je wel! Er is niets gewijzigd.');
  });

  it('records the list in the meeting outcome; endorsing stays possible afterwards, meeting work does not', async () => {
    await scene.say(scene.users.leader, 'sluit overleg 2 toch');
    await scene.submit(scene.users.housing, { verb: 'priority.endorse', projectId }, { replyToId: listCardId });
    const outcome = cardText((await scene.say(scene.users.youth, 'overleg 2')).cards[0] ?? {});
    assert.match(outcome, /Vastgestelde prioriteitenlijst \| 1\. Drugs en intimidatie \| 2\. Jongeren \| 3\. Winkeldiefstal door groepjes \(probleem 1\) \| 3 van 6 deelnemers onderschreven\. Onderschreven door: Rachid El Amrani, Marieke de Vries, Esther Jansen\./);
    const meeting = (await scene.project()).meetings.find((m) => m.step === 2) as MeetingWithPriorities | undefined;
    assert.deepEqual(meeting?.priorities?.items.map((i) => [i.kind, i.number, i.name]), [['cluster', 1, 'Drugs en intimidatie'], ['cluster', 2, 'Jongeren'], ['problem', 1, 'Winkeldiefstal door groepjes']]);
    assert.match(said(await scene.say(scene.users.leader, 'stemronde')), /^Dit kan alleen tijdens het overleg van stap 2/);
    scene.assertAllCardsValid();
  });
});
