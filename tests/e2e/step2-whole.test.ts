import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Problem } from '../../src/steps/2-problems/domain/problem';
import type { Prioritisation } from '../../src/steps/2-problems/domain/priority-work';
import { cardsOf, type AdaptiveCardJson, type BotActivity } from '../harness/connector-double';
import { actionsOf, cardText, Scene, type Answer } from '../harness/scene';
import type { TeamsUser } from '../harness/teams-driver';

/**
 * The whole of step 2 over real HTTP on a fake clock, with a leader and five participants from
 * four organisations: registering, opening the step, planning the meeting, an extra criterion,
 * everyone's problems through the cards, the closing notice and the pre-meeting post with the
 * agenda and the typed list, and then the prioritisation meeting up to its recorded outcome.
 */
describe('step 2 from opening to the fixed priority list (real HTTP, fake clock)', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  let scene: Scene;
  let secondOfficer: TeamsUser;
  let everyone: TeamsUser[] = [];
  let projectId = '';
  let criterion = '';
  let voteCardId = '';
  let listCardId = '';
  let preMeetingPost: BotActivity[] = [];

  const said = (answer: Answer): string => [...answer.texts, ...(answer.invokeText === undefined ? [] : [answer.invokeText])].join(' | ');
  const work = async (): Promise<Prioritisation> => (await scene.problemStepWork()).prioritisation;
  const entries = async (): Promise<Problem[]> => (await scene.harness.bot.store.list<Problem>(projectId, 'entry')).map((e) => e.doc);
  const lastCardId = (): string => scene.harness.connector.activities().filter((a) => cardsOf(a).length > 0).at(-1)?.id ?? '';
  const updatesSince = (from: number): { id: string; card: AdaptiveCardJson }[] =>
    scene.harness.connector.updates().slice(from).map((u) => ({ id: u.id, card: cardsOf(u)[0] ?? {} }));
  /** The scheduler runs its due jobs at the current fake time, then the outbox delivers; returns what reached the channel. */
  const runTimedWork = async (iso: string): Promise<BotActivity[]> => {
    clock.now = new Date(iso);
    const before = scene.harness.connector.activities().length;
    await scene.harness.bot.scheduler.tick();
    await scene.harness.bot.outbox.drain();
    return scene.harness.connector.activities().slice(before);
  };
  const vote = (who: TeamsUser, cluster: string): Promise<Answer> => scene.execute(who, 'vote.cast', { projectId, cluster }, { replyToId: voteCardId });

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    secondOfficer = scene.harness.teams.user('Joost Mulder', { aadObjectId: '7c3e9a12-5b4d-4f1e-8a6b-3d2c1b0a9f87' });
    scene.harness.connector.addMember({
      id: secondOfficer.id,
      name: 'Joost Mulder',
      aadObjectId: '7c3e9a12-5b4d-4f1e-8a6b-3d2c1b0a9f87',
      tenantId: scene.harness.teams.context.tenantId,
    });
    const { leader, police, housing, youth, shops } = scene.users;
    everyone = [leader, police, secondOfficer, housing, youth, shops];
  });
  after(async () => {
    await scene?.stop();
  });

  it('registers five participants and the organisations they take part for', async () => {
    const { leader, police, housing, youth, shops } = scene.users;
    await scene.say(leader, 'nieuw project Overlast Stationsplein');
    await scene.saveProfile();
    const added = await scene.say(leader, 'deelnemer toevoegen', { mentions: [police, secondOfficer, housing, youth, shops] });
    assert.equal(added.texts[0], 'Aangemeld als deelnemer: Rachid El Amrani, Joost Mulder, Esther Jansen, Kevin Bakker, Hans Visser.');
    const orgs: [TeamsUser, string][] = [
      [leader, 'Gemeente Havenstad'],
      [police, 'Politie'],
      [secondOfficer, 'Politie'],
      [housing, 'Woonstede'],
      [youth, 'Jongerenwerk'],
      [shops, 'Winkeliersvereniging'],
    ];
    for (const [who, org] of orgs) assert.equal((await scene.say(who, `organisatie ${org}`)).texts[0], `Dank je. Je doet mee namens ${org}.`);
    const list = cardText((await scene.say(shops, 'deelnemers')).cards[0] ?? {});
    assert.match(list, /Deelnemers \(6\) \| Naam \| Organisatie \| Rol \| Marieke de Vries \| Gemeente Havenstad \| projectleider/);
    assert.match(list, /Joost Mulder \| Politie \| deelnemer/);
    const project = await scene.project();
    projectId = project.id;
    assert.deepEqual(
      project.participants.map((p) => [p.name, p.organisation, p.role]),
      [
        ['Marieke de Vries', 'Gemeente Havenstad', 'leader'],
        ['Rachid El Amrani', 'Politie', 'participant'],
        ['Joost Mulder', 'Politie', 'participant'],
        ['Esther Jansen', 'Woonstede', 'participant'],
        ['Kevin Bakker', 'Jongerenwerk', 'participant'],
        ['Hans Visser', 'Winkeliersvereniging', 'participant'],
      ],
    );
  });

  it('opens step 2 until a deadline and plans the meeting after it', async () => {
    const opened = await scene.say(scene.users.leader, 'open stap 2 tot 10-12-2026 17:00');
    assert.equal(opened.texts[0], 'Stap 2 is geopend. Invoer is mogelijk tot donderdag 10 december 2026 om 17:00.');
    const actions = actionsOf(opened.cards[0] ?? {});
    assert.deepEqual(actions.map((a) => [a.verb, a.title]), [['problem.form', 'Probleem invoeren'], ['problem.mine', 'Mijn problemen']]);
    assert.equal(actions[0]?.data?.projectId, projectId);
    const planned = await scene.say(scene.users.leader, 'overleg stap 2 op 14-12-2026 10:00');
    assert.equal(planned.texts[0], 'Het overleg van stap 2 is gepland op maandag 14 december 2026 om 10:00.');
    const step = (await scene.project()).steps.find((s) => s.number === 2);
    assert.equal(step?.status, 'open');
    assert.equal(step?.deadline, '2026-12-10T16:00:00.000Z');
    assert.equal(step?.meetingAt, '2026-12-14T09:00:00.000Z');
  });

  it('adds an extra criterion that appears on the form', async () => {
    const answer = await scene.say(scene.users.leader, 'criterium toevoegen Tijdstip: overdag, avond, nacht');
    assert.equal(said(answer), 'Criterium “Tijdstip” is toegevoegd met de waarden overdag, avond, nacht. Het staat vanaf nu op het invoerformulier van stap 2.');
    const { criteria } = await scene.problemStepWork();
    assert.deepEqual(criteria.map((c) => [c.name, c.values]), [['Tijdstip', ['overdag', 'avond', 'nacht']]]);
    criterion = criteria[0]?.id ?? '';
    assert.notEqual(criterion, '');
  });

  it('takes every participant’s problems through the cards before the deadline', async () => {
    const { police, housing, youth, shops } = scene.users;
    const typed: [TeamsUser, string, string, string, string, string][] = [
      // who, description, priority, likelihood, consequences, Tijdstip
      [secondOfficer, 'Intimidatie van reizigers', 'hoog', 'hoog', 'beide', 'avond'],
      [shops, 'Winkeldiefstal door groepjes', 'midden', 'hoog', 'objecten', 'overdag'],
      [housing, 'Vervuiling in de portieken', 'laag', 'midden', 'objecten', 'overdag'],
      [police, 'Drugshandel bij de fietsenstalling', 'hoog', 'hoog', 'beide', 'avond'],
      [youth, 'Jongeren zonder plek om te zijn', 'hoog', 'midden', 'personen', 'avond'],
      [housing, 'Gedumpt afval bij de containers', 'midden', 'hoog', 'objecten', 'nacht'],
      [police, 'Zakkenrollerij op het perron', 'midden', 'midden', 'personen', 'overdag'],
    ];
    for (const [index, [who, description, priority, likelihood, consequences, moment]] of typed.entries()) {
      clock.now = new Date(Date.parse('2026-12-02T09:00:00Z') + index * 60_000);
      const form = await scene.execute(who, 'problem.form', { projectId });
      const formText = cardText(form.invokeCard ?? {});
      assert.match(formText, /Een probleem invoeren/);
      assert.match(formText, /Tijdstip \| Vul dit in\. \| overdag \| overdag \| avond \| avond \| nacht/);
      const save = actionsOf(form.invokeCard ?? {}).find((a) => a.verb === 'problem.save');
      assert.ok(save, 'the form saves with problem.save');
      const saved = await scene.execute(who, 'problem.save', {
        ...save.data, description, priority, likelihood, consequences, [`criterion-${criterion}`]: moment,
      });
      assert.match(cardText(saved.invokeCard ?? {}), new RegExp(`Je probleem is opgeslagen: “${description}”\\.`));
    }
    const stored = await entries();
    assert.equal(stored.length, 7);
    assert.deepEqual(
      stored.map((e) => [e.description, e.organisation, e.extra?.[criterion]]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      [
        ['Drugshandel bij de fietsenstalling', 'Politie', 'avond'],
        ['Gedumpt afval bij de containers', 'Woonstede', 'nacht'],
        ['Intimidatie van reizigers', 'Politie', 'avond'],
        ['Jongeren zonder plek om te zijn', 'Jongerenwerk', 'avond'],
        ['Vervuiling in de portieken', 'Woonstede', 'overdag'],
        ['Winkeldiefstal door groepjes', 'Winkeliersvereniging', 'overdag'],
        ['Zakkenrollerij op het perron', 'Politie', 'overdag'],
      ],
    );
    const mine = cardText((await scene.execute(housing, 'problem.mine', { projectId })).invokeCard ?? {});
    assert.match(mine, /Mijn problemen \(stap 2\): 2/);
    assert.match(mine, /Gedumpt afval bij de containers \| Risicokans: Hoog · Gevolgen: Objecten · Prioriteit: Midden \| Tijdstip: nacht/);
    assert.doesNotMatch(mine, /Drugshandel|Winkeldiefstal/);
  });

  it('reminds only the leader, who gave no input, 48 h before the deadline', async () => {
    const posted = await runTimedWork('2026-12-08T16:00:01Z');
    const channel = posted.filter((a) => a.conversationId === scene.harness.teams.context.channel.id).map((a) => a.text);
    assert.deepEqual(channel, [
      'Herinnering stap 2 (Wat is het probleem?): de invoer sluit donderdag 10 december 2026 om 17:00. 1 van de 6 deelnemers heeft nog niets ingevoerd; ieder van hen krijgt een persoonlijk bericht.',
    ]);
    assert.deepEqual(scene.harness.connector.createdConversations().map((c) => c.parameters.members?.[0]?.id), [scene.users.leader.id]);
  });

  it('closes the input at the deadline with a notice in the channel', async () => {
    await runTimedWork('2026-12-09T16:00:01Z');
    const posted = await runTimedWork('2026-12-10T16:00:01Z');
    assert.deepEqual(posted.map((a) => a.text), ['De deadline van stap 2 (Wat is het probleem?) is verstreken: de invoer is gesloten.']);
    assert.equal((await scene.project()).steps.find((s) => s.number === 2)?.status, 'inputClosed');
    const late = await scene.execute(scene.users.youth, 'problem.save', {
      projectId, description: 'Te laat', priority: 'laag', likelihood: 'laag', consequences: 'objecten', [`criterion-${criterion}`]: 'nacht',
    });
    assert.equal(late.invokeText, 'De invoer voor stap 2 is gesloten (deadline donderdag 10 december 2026 om 17:00). Er is niets opgeslagen.');
    assert.equal((await entries()).length, 7);
  });

  it('posts the agenda and then the typed list 24 h before the meeting', async () => {
    assert.deepEqual(await runTimedWork('2026-12-13T08:59:59Z'), [], 'nothing before 24 h ahead');
    preMeetingPost = await runTimedWork('2026-12-13T09:00:01Z');
    if (process.env.E2E_POSTED_LIST) {
      const lines = preMeetingPost.flatMap((a) => cardsOf(a)).flatMap((card) => [...cardText(card).split(' | '), '']);
      writeFileSync(process.env.E2E_POSTED_LIST, `${lines.join('\n')}\n`);
    }
    assert.ok(preMeetingPost.every((a) => a.conversationId === scene.harness.teams.context.channel.id), 'all in the channel');
    const cards = preMeetingPost.map((a) => {
      const [card, ...more] = cardsOf(a);
      assert.equal(more.length, 0, 'one card per message');
      assert.ok(card, 'each message is a card');
      return cardText(card);
    });
    assert.equal(cards.length, 3, 'agenda, summary, one page');
    const [agenda = '', summary = '', page = ''] = cards;
    assert.match(agenda, /^Over 24 uur: overleg stap 2, Wat is het probleem\? \| Gepland: maandag 14 december 2026 om 10:00 \| Bijdragen \| 7 \| Deelnemers met invoer \| 5 van 6 \| Agenda \| 1\. Opening en mededelingen \| 2\. Clusteren van de problemen/);
    assert.match(agenda, /5\. Prioritering .*9\. Rondvraag \| De projectleider start het overleg met @Veiligheidsplanner start overleg 2\.$/);
    assert.match(summary, /^Getypeerde problemen: Overlast Stationsplein \| 7 problemen van 4 organisaties\. Volgorde: prioriteit, dan risicokans, dan aard van de gevolgen\./);
    assert.match(summary, /Prioriteit \| Hoog 3 · Midden 3 · Laag 1/);
    assert.match(summary, /Risicokans \| Hoog 4 · Midden 3 · Laag 0/);
    assert.match(summary, /Aard van de gevolgen \| Personen 2 · Objecten 3 · Beide 2/);
    assert.match(summary, /Risicokans \\ prioriteit \| Hoog \| Midden \| Laag \| Hoog \| 2 \| 2 \| 0 \| Midden \| 1 \| 1 \| 1 \| Laag \| 0 \| 0 \| 0/);
    assert.match(page, /^Problemen 1–7 van 7/);
    const rows = [...page.matchAll(/(\d+)\. ([^|]+?) \| (Prioriteit [^|]+?)(?: \||$)/g)].map((m) => `${m[1]}. ${m[2]} — ${m[3]}`);
    assert.deepEqual(rows, [
      '1. Intimidatie van reizigers — Prioriteit hoog · risicokans hoog · gevolgen voor beide · Politie · Tijdstip: avond',
      '2. Drugshandel bij de fietsenstalling — Prioriteit hoog · risicokans hoog · gevolgen voor beide · Politie · Tijdstip: avond',
      '3. Jongeren zonder plek om te zijn — Prioriteit hoog · risicokans midden · gevolgen voor personen · Jongerenwerk · Tijdstip: avond',
      '4. Winkeldiefstal door groepjes — Prioriteit midden · risicokans hoog · gevolgen voor objecten · Winkeliersvereniging · Tijdstip: overdag',
      '5. Gedumpt afval bij de containers — Prioriteit midden · risicokans hoog · gevolgen voor objecten · Woonstede · Tijdstip: nacht',
      '6. Zakkenrollerij op het perron — Prioriteit midden · risicokans midden · gevolgen voor personen · Politie · Tijdstip: overdag',
      '7. Vervuiling in de portieken — Prioriteit laag · risicokans midden · gevolgen voor objecten · Woonstede · Tijdstip: overdag',
    ]);
    const typed = await scene.say(scene.users.youth, 'lijst');
    assert.deepEqual(typed.cards.map(cardText), cards.slice(1), '`lijst` shows the same list');
    assert.deepEqual(await runTimedWork('2026-12-13T09:30:00Z'), [], 'posted once');
  });

  it('posts the agenda and the same list again 1 h before the meeting', async () => {
    const posted = await runTimedWork('2026-12-14T08:00:01Z');
    const cards = posted.flatMap((a) => cardsOf(a)).map(cardText);
    assert.equal(cards.length, 3);
    assert.match(cards[0] ?? '', /^Over 1 uur: overleg stap 2, Wat is het probleem\? \| Gepland: maandag 14 december 2026 om 10:00 \| Bijdragen \| 7 \| Deelnemers met invoer \| 5 van 6/);
    assert.deepEqual(cards.slice(1), preMeetingPost.flatMap((a) => cardsOf(a)).slice(1).map(cardText));
    assert.deepEqual(await runTimedWork('2026-12-14T08:30:00Z'), []);
  });

  it('starts the meeting and clusters the problems by their list numbers', async () => {
    clock.now = new Date('2026-12-14T09:00:00Z');
    const started = await scene.say(scene.users.leader, 'start overleg 2');
    assert.equal(started.texts[0], 'Het overleg van stap 2 is begonnen. De projectleider werkt hieronder de agenda af.');
    assert.match(cardText(started.cards[0] ?? {}), /Opening en mededelingen/);
    assert.equal((await scene.project()).steps.find((s) => s.number === 2)?.status, 'meeting');
    clock.now = new Date('2026-12-14T09:05:00Z');
    const first = await scene.say(scene.users.leader, 'cluster Openbare orde: 1, 2');
    assert.equal(first.texts[0], 'Cluster 1 "Openbare orde": 2 problemen toegevoegd, nu 2 in totaal.');
    assert.match(cardText(first.cards[0] ?? {}), /1\. Openbare orde \(2 problemen\) \| - 1\. Intimidatie van reizigers\n- 2\. Drugshandel bij de fietsenstalling/);
    assert.equal((await scene.say(scene.users.leader, 'cluster Jongeren: 3')).texts[0], 'Cluster 2 "Jongeren": 1 probleem toegevoegd, nu 1 in totaal.');
    assert.equal((await scene.say(scene.users.leader, 'cluster Winkelgebied: 4, 6')).texts[0], 'Cluster 3 "Winkelgebied": 2 problemen toegevoegd, nu 2 in totaal.');
    assert.equal((await scene.say(scene.users.leader, 'cluster Leefbaarheid: 5, 7')).texts[0], 'Cluster 4 "Leefbaarheid": 2 problemen toegevoegd, nu 2 in totaal.');
    assert.equal(said(await scene.say(scene.users.police, 'cluster Overig: 5')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    const byId = new Map((await entries()).map((e) => [e.id, e.description]));
    assert.deepEqual(
      (await work()).clusters.map((c) => [c.number, c.name, c.problemIds.map((id) => byId.get(id))]),
      [
        [1, 'Openbare orde', ['Intimidatie van reizigers', 'Drugshandel bij de fietsenstalling']],
        [2, 'Jongeren', ['Jongeren zonder plek om te zijn']],
        [3, 'Winkelgebied', ['Winkeldiefstal door groepjes', 'Zakkenrollerij op het perron']],
        [4, 'Leefbaarheid', ['Gedumpt afval bij de containers', 'Vervuiling in de portieken']],
      ],
    );
    const overview = cardText((await scene.say(scene.users.housing, 'clusters')).cards[0] ?? {});
    assert.match(overview, /4 clusters; 0 problemen staan nog in geen cluster\./);
  });

  it('records causes and effects between clusters', async () => {
    const answer = await scene.say(scene.users.leader, 'oorzaak Jongeren -> Winkelgebied');
    assert.equal(answer.texts[0], 'Vastgelegd: "Jongeren" veroorzaakt "Winkelgebied".');
    assert.equal((await scene.say(scene.users.leader, 'oorzaak 1 -> 4')).texts[0], 'Vastgelegd: "Openbare orde" veroorzaakt "Leefbaarheid".');
    const text = cardText((await scene.say(scene.users.youth, 'clusters')).cards[0] ?? {});
    assert.match(text, /Jongeren \(1 probleem\).*Veroorzaakt: Winkelgebied.*Winkelgebied \(2 problemen\).*Gevolg van: Jongeren/s);
    assert.match(text, /Veroorzaakt: Leefbaarheid.*Gevolg van: Openbare orde/s);
    assert.equal((await work()).causes.length, 2);
  });

  it('records DOEI notes for a cluster through its card', async () => {
    const form = (await scene.say(scene.users.leader, 'doei Openbare orde')).cards[0] ?? {};
    assert.match(cardText(form), /DOEI: Openbare orde.*Data.*Onderzoek.*Ervaringen.*Inzichten/);
    const [save] = actionsOf(form);
    assert.equal(save?.verb, 'cluster.doei');
    const saved = await scene.execute(scene.users.leader, 'cluster.doei', {
      ...save?.data,
      data: '38 meldingen van intimidatie in 2026',
      onderzoek: 'Veiligheidsmonitor 2025: stationsgebied scoort laag',
      ervaringen: 'Conducteurs melden dealers bij de fietsenstalling',
      inzichten: 'Vooral tussen 22 en 2 uur',
    });
    assert.deepEqual(saved.texts, ['DOEI-notities opgeslagen voor cluster "Openbare orde".']);
    const doei = (await work()).clusters[0]?.doei;
    assert.equal(doei?.data, '38 meldingen van intimidatie in 2026');
    assert.equal(doei?.inzichten, 'Vooral tussen 22 en 2 uur');
    assert.match(cardText((await scene.say(scene.users.shops, 'clusters')).cards[0] ?? {}), /Data \| 38 meldingen van intimidatie in 2026/);
  });

  it('runs a voting round whose card updates in place with the tallies', async () => {
    const opened = await scene.say(scene.users.leader, 'stemronde');
    assert.equal(opened.texts[0], 'De stemronde is geopend: iedereen heeft 3 stemmen.');
    voteCardId = lastCardId();
    assert.equal((await work()).round?.cardActivityId, voteCardId);
    const from = scene.harness.connector.updates().length;
    const { police, housing, youth, shops } = scene.users;
    const ballots: [TeamsUser, string][] = [
      [police, 'cluster-1'], [police, 'cluster-1'], [police, 'cluster-3'],
      [secondOfficer, 'cluster-1'], [secondOfficer, 'cluster-2'],
      [housing, 'cluster-4'], [housing, 'cluster-4'], [housing, 'cluster-1'],
      [youth, 'cluster-2'], [youth, 'cluster-2'], [youth, 'cluster-3'],
      [shops, 'cluster-3'], [shops, 'cluster-3'],
    ];
    let last: Answer | undefined;
    for (const [who, cluster] of ballots) last = await vote(who, cluster);
    const live = cardText(last?.invokeCard ?? {});
    assert.match(live, /5 van 6 deelnemers hebben gestemd\./);
    assert.match(live, /Openbare orde \| 4 stemmen \| \+1.*Jongeren \| 3 stemmen \| \+1.*Winkelgebied \| 4 stemmen \| \+1.*Leefbaarheid \| 2 stemmen \| \+1/);
    const updates = updatesSince(from);
    assert.equal(updates.length, ballots.length, 'every vote updates the card for everyone');
    assert.ok(updates.every((u) => u.id === voteCardId));
    assert.deepEqual(updates.at(-1)?.card, last?.invokeCard);
    assert.equal(said(await vote(police, 'cluster-2')), 'Je hebt al je 3 stemmen uitgebracht. Er is niets gewijzigd.');
  });

  it('closes the voting round: the card loses its buttons and keeps the tallies', async () => {
    const from = scene.harness.connector.updates().length;
    const closed = await scene.say(scene.users.leader, 'sluit stemronde');
    assert.equal(closed.texts[0], 'De stemronde is gesloten: 5 van 6 deelnemers hebben gestemd. Stel nu de lijst vast met @Veiligheidsplanner prioriteitenlijst &lt;cluster&gt;, &lt;cluster&gt;, …');
    const [update, ...more] = updatesSince(from);
    assert.equal(more.length, 0);
    assert.equal(update?.id, voteCardId);
    const text = cardText(update?.card ?? {});
    assert.match(text, /De stemronde is gesloten\./);
    assert.match(text, /Openbare orde \| 4 stemmen.*Jongeren \| 3 stemmen.*Winkelgebied \| 4 stemmen.*Leefbaarheid \| 2 stemmen/);
    assert.doesNotMatch(JSON.stringify(update?.card), /vote\.cast/);
    assert.match(said(await vote(scene.users.leader, 'cluster-1')), /^De stemronde is gesloten; stemmen kan niet meer/);
  });

  it('fixes the priority list and collects endorsements, n of N', async () => {
    const fixed = await scene.say(scene.users.leader, 'prioriteitenlijst Openbare orde, Winkelgebied, Jongeren');
    assert.equal(fixed.texts[0], 'De prioriteitenlijst is vastgesteld (3 problemen). Iedereen kan hem onderschrijven.');
    listCardId = lastCardId();
    const card = fixed.cards[0] ?? {};
    assert.match(cardText(card), /1\. Openbare orde \| 2\. Winkelgebied \| 3\. Jongeren \| 0 van 6 deelnemers onderschreven/);
    assert.equal(actionsOf(card)[0]?.title, 'Ik onderschrijf deze prioriteitenlijst');
    const from = scene.harness.connector.updates().length;
    const { police, housing, youth } = scene.users;
    let last: Answer | undefined;
    for (const who of [police, secondOfficer, housing, youth]) {
      last = await scene.execute(who, 'priority.endorse', { projectId }, { replyToId: listCardId });
    }
    assert.match(cardText(last?.invokeCard ?? {}), /4 van 6 deelnemers onderschreven\. \| Nog niet onderschreven: Marieke de Vries, Hans Visser/);
    const updates = updatesSince(from);
    assert.equal(updates.length, 4);
    assert.ok(updates.every((u) => u.id === listCardId));
    assert.equal(said(await scene.execute(police, 'priority.endorse', { projectId }, { replyToId: listCardId })),
      'Je hebt deze prioriteitenlijst al onderschreven. Dank je wel! Er is niets gewijzigd.');
    assert.equal((await work()).list?.endorsements.length, 4);
  });

  it('closes the meeting and shows its outcome with the priority list', async () => {
    clock.now = new Date('2026-12-14T11:30:00Z');
    const closed = await scene.say(scene.users.leader, 'sluit overleg 2');
    assert.equal(closed.texts[0], 'Het overleg van stap 2 is afgesloten: 0 van 9 agendapunten besproken, en stap 2 is afgerond. Iedereen ziet de uitkomst met @Veiligheidsplanner overleg 2.');
    assert.equal((await scene.project()).steps.find((s) => s.number === 2)?.status, 'done');
    const outcome = cardText((await scene.say(scene.users.shops, 'overleg 2')).cards[0] ?? {});
    assert.match(outcome, /^Uitkomst overleg stap 2: Wat is het probleem\? \| Gehouden: maandag 14 december 2026 om 10:00 \| Afgesloten maandag 14 december 2026 om 12:30 door Marieke de Vries \| 0 van 9 agendapunten besproken/);
    assert.match(outcome, /Vastgestelde prioriteitenlijst \| 1\. Openbare orde \| 2\. Winkelgebied \| 3\. Jongeren \| 4 van 6 deelnemers onderschreven/);
    assert.deepEqual(
      (await work()).list?.endorsements.map((e) => e.name),
      everyone.filter((u) => ![scene.users.leader, scene.users.shops].includes(u)).map((u) => u.name),
    );
    scene.assertAllCardsValid();
  });
});
