import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Problem } from '../../src/steps/2-problems/domain/problem';
import type { Prioritisation } from '../../src/steps/2-problems/domain/priority-work';
import { cardsOf, type AdaptiveCardJson, type BotActivity } from '../harness/connector-double';
import { actionsOf, cardText, said, Scene, type Answer } from '../harness/scene';
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
  let stepCardId = '';
  let agendaCardId = '';
  let preMeetingPost: BotActivity[] = [];

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
  const vote = (who: TeamsUser, target: string): Promise<Answer> => scene.execute(who, 'vote.cast', { projectId, target }, { replyToId: voteCardId });

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
    stepCardId = lastCardId();
    assert.equal((await scene.project()).steps.find((s) => s.number === 2)?.cardActivityId, stepCardId, 'remembered, to change when input closes');
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
    // Each problem keeps the number it gets here, in the order entered: 1 Intimidatie … 7 Zakkenrollerij.
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
    assert.deepEqual(stored.map((e) => [e.number, e.description]).sort((a, b) => Number(a[0]) - Number(b[0])).map(([n]) => n), [1, 2, 3, 4, 5, 6, 7]);
    const mine = cardText((await scene.execute(housing, 'problem.mine', { projectId })).invokeCard ?? {});
    assert.match(mine, /Mijn problemen \(stap 2\): 2/);
    assert.match(mine, /6\. Gedumpt afval bij de containers \| Risicokans: Hoog · Gevolgen: Objecten · Prioriteit: Midden \| Tijdstip: nacht/);
    assert.doesNotMatch(mine, /Drugshandel|Winkeldiefstal/);
    const counts = cardText((await scene.say(housing, 'lijst')).cards[0] ?? {});
    assert.match(counts, /7 problemen van 4 organisaties/);
    assert.doesNotMatch(counts, /Drugshandel|Winkeldiefstal/, 'until the input closes, nobody reads the others’ problems in the channel');
  });

  it('reminds only the leader, who gave no input, 48 h before the deadline', async () => {
    const posted = await runTimedWork('2026-12-08T16:00:01Z');
    const channel = posted.filter((a) => a.conversationId === scene.harness.teams.context.channel.id).map((a) => a.text);
    assert.deepEqual(channel, [
      'Herinnering stap 2 (Wat is het probleem?): de invoer sluit donderdag 10 december 2026 om 17:00. 1 van de 6 deelnemers heeft nog niets ingevoerd; ieder van hen krijgt een persoonlijk bericht.',
    ]);
    const reminded = everyone.filter((u) => scene.personalMessages(u).some((a) => a.text?.startsWith('Hallo')));
    assert.deepEqual(reminded, [scene.users.leader]);
  });

  it('closes the input at the deadline: a notice, the step card without “Probleem invoeren”, and the full list', async () => {
    await runTimedWork('2026-12-09T16:00:01Z');
    const updates = scene.harness.connector.updates().length;
    const posted = await runTimedWork('2026-12-10T16:00:01Z');
    assert.equal(posted[0]?.text, 'De deadline van stap 2 (Wat is het probleem?) is verstreken: de invoer is gesloten.');
    const listed = posted.slice(1).flatMap((a) => cardsOf(a)).map(cardText);
    assert.equal(listed.length, 2, 'the summary and one page, for everyone now');
    assert.match(listed[0] ?? '', /^Getypeerde problemen: Overlast Stationsplein \| 7 problemen van 4 organisaties/);
    assert.match(listed[1] ?? '', /^Problemen 1–7 van 7 \| 1\. Intimidatie van reizigers/);
    const [card] = updatesSince(updates);
    assert.equal(card?.id, stepCardId, 'the step card changes in place');
    assert.match(cardText(card?.card ?? {}), /^Stap 2: Wat is het probleem\? \| .* \| De invoer is gesloten \(deadline donderdag 10 december 2026 om 17:00\)\. Je eigen invoer kun je nog bekijken\./);
    assert.deepEqual(actionsOf(card?.card ?? {}).map((a) => a.verb), ['problem.mine'], 'nothing that can no longer be done');
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
    // In the documented order; each problem with the number it got when entered.
    assert.deepEqual(rows, [
      '1. Intimidatie van reizigers — Prioriteit hoog · risicokans hoog · gevolgen voor beide · Politie · Tijdstip: avond',
      '4. Drugshandel bij de fietsenstalling — Prioriteit hoog · risicokans hoog · gevolgen voor beide · Politie · Tijdstip: avond',
      '5. Jongeren zonder plek om te zijn — Prioriteit hoog · risicokans midden · gevolgen voor personen · Jongerenwerk · Tijdstip: avond',
      '2. Winkeldiefstal door groepjes — Prioriteit midden · risicokans hoog · gevolgen voor objecten · Winkeliersvereniging · Tijdstip: overdag',
      '6. Gedumpt afval bij de containers — Prioriteit midden · risicokans hoog · gevolgen voor objecten · Woonstede · Tijdstip: nacht',
      '7. Zakkenrollerij op het perron — Prioriteit midden · risicokans midden · gevolgen voor personen · Politie · Tijdstip: overdag',
      '3. Vervuiling in de portieken — Prioriteit laag · risicokans midden · gevolgen voor objecten · Woonstede · Tijdstip: overdag',
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

  it('starts the meeting without posting the list again (the channel has it as it is) and clusters by the problems’ numbers', async () => {
    clock.now = new Date('2026-12-14T09:00:00Z');
    const started = await scene.say(scene.users.leader, 'start overleg 2');
    assert.equal(started.texts[0], 'Het overleg van stap 2 is begonnen. De projectleider werkt hieronder de agenda af.');
    assert.match(cardText(started.cards[0] ?? {}), /Opening en mededelingen/);
    agendaCardId = lastCardId();
    assert.deepEqual((await runTimedWork('2026-12-14T09:00:30Z')).flatMap((a) => cardsOf(a)), [], 'posted an hour ago and unchanged since');
    assert.equal((await scene.project()).steps.find((s) => s.number === 2)?.status, 'meeting');
    clock.now = new Date('2026-12-14T09:05:00Z');
    const updates = scene.harness.connector.updates().length;
    const first = await scene.say(scene.users.leader, 'cluster Openbare orde: 1, 4');
    assert.equal(first.texts[0], 'Cluster 1 "Openbare orde": 2 problemen toegevoegd, nu 2 in totaal.');
    assert.match(cardText(first.cards[0] ?? {}), /1\. Openbare orde \(2 problemen\) \| - 1\. Intimidatie van reizigers\n- 4\. Drugshandel bij de fietsenstalling/);
    const live = updatesSince(updates).find((u) => u.id === agendaCardId);
    assert.match(cardText(live?.card ?? {}), /2\. Clusteren van de problemen \| .*Cluster 1 “Openbare orde”: 1\. Intimidatie van reizigers; 4\. Drugshandel bij de fietsenstalling \| In geen cluster: 2, 3, 5, 6, 7/, 'the live agenda shows the work');
    assert.equal((await scene.say(scene.users.leader, 'cluster Jongeren: 5')).texts[0], 'Cluster 2 "Jongeren": 1 probleem toegevoegd, nu 1 in totaal.');
    assert.equal((await scene.say(scene.users.leader, 'cluster Winkelgebied: 2, 7')).texts[0], 'Cluster 3 "Winkelgebied": 2 problemen toegevoegd, nu 2 in totaal.');
    assert.equal(said(await scene.say(scene.users.police, 'cluster Overig: 6')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    const byId = new Map((await entries()).map((e) => [e.id, e.description]));
    assert.deepEqual(
      (await work()).clusters.map((c) => [c.number, c.name, c.problemIds.map((id) => byId.get(id))]),
      [
        [1, 'Openbare orde', ['Intimidatie van reizigers', 'Drugshandel bij de fietsenstalling']],
        [2, 'Jongeren', ['Jongeren zonder plek om te zijn']],
        [3, 'Winkelgebied', ['Winkeldiefstal door groepjes', 'Zakkenrollerij op het perron']],
      ],
    );
    const overview = cardText((await scene.say(scene.users.housing, 'clusters')).cards[0] ?? {});
    assert.match(overview, /3 clusters; 2 problemen staan nog in geen cluster\./);
  });

  it('records causes and effects between clusters', async () => {
    const answer = await scene.say(scene.users.leader, 'oorzaak Jongeren -> Winkelgebied');
    assert.equal(answer.texts[0], 'Vastgelegd: "Jongeren" veroorzaakt "Winkelgebied".');
    assert.equal((await scene.say(scene.users.leader, 'oorzaak 1 -> 3')).texts[0], 'Vastgelegd: "Openbare orde" veroorzaakt "Winkelgebied".');
    assert.equal((await work()).causes.length, 2);
  });

  it('records DOEI notes for a cluster through its card', async () => {
    const form = (await scene.say(scene.users.leader, 'doei Openbare orde')).cards[0] ?? {};
    const [save] = actionsOf(form);
    const saved = await scene.execute(scene.users.leader, 'cluster.doei', {
      ...save?.data,
      data: '38 meldingen van intimidatie in 2026',
      onderzoek: 'Veiligheidsmonitor 2025: stationsgebied scoort laag',
      ervaringen: 'Conducteurs melden dealers bij de fietsenstalling',
      inzichten: 'Vooral tussen 22 en 2 uur',
    });
    assert.deepEqual(saved.texts, ['DOEI-notities opgeslagen voor cluster "Openbare orde".']);
    assert.match(cardText((await scene.say(scene.users.shops, 'clusters')).cards[0] ?? {}), /Data \| 38 meldingen van intimidatie in 2026/);
  });

  it('votes on the clusters and on the problems in no cluster, on one card updated in place', async () => {
    const opened = await scene.say(scene.users.leader, 'stemronde');
    assert.equal(opened.texts[0], 'De stemronde is geopend: iedereen heeft 3 stemmen.');
    voteCardId = lastCardId();
    const problem = new Map((await entries()).map((e) => [e.number, e.id]));
    const afval = problem.get(6) ?? '';
    const portieken = problem.get(3) ?? '';
    assert.match(cardText(opened.cards[0] ?? {}), /Cluster 3: Winkelgebied \(2 problemen\) \| 0 stemmen .*Probleem 3: Vervuiling in de portieken \| 0 stemmen .*Probleem 6: Gedumpt afval bij de containers \| 0 stemmen/);
    const from = scene.harness.connector.updates().length;
    const { police, housing, youth, shops } = scene.users;
    const ballots: [TeamsUser, string][] = [
      [police, 'cluster-1'], [police, 'cluster-1'], [police, 'cluster-3'],
      [secondOfficer, 'cluster-1'], [secondOfficer, 'cluster-2'],
      [housing, afval], [housing, afval], [housing, portieken],
      [youth, 'cluster-2'], [youth, 'cluster-2'], [youth, 'cluster-3'],
      [shops, 'cluster-3'], [shops, 'cluster-3'],
    ];
    let last: Answer | undefined;
    for (const [who, target] of ballots) last = await vote(who, target);
    assert.match(cardText(last?.invokeCard ?? {}), /Je hebt nog 1 van je 3 stemmen over\./, 'the voter’s own view');
    const everyoneSees = cardText(scene.harness.connector.updates().filter((u) => u.id === voteCardId).map((u) => cardsOf(u)[0] ?? {}).at(-1) ?? {});
    assert.match(everyoneSees, /5 van 6 deelnemers hebben gestemd\./);
    assert.match(everyoneSees, /Openbare orde \(2 problemen\) \| 3 stemmen .*Jongeren \(1 probleem\) \| 3 stemmen .*Winkelgebied \(2 problemen\) \| 4 stemmen .*Vervuiling in de portieken \| 1 stem .*Gedumpt afval bij de containers \| 2 stemmen/);
    assert.equal(updatesSince(from).filter((u) => u.id === voteCardId).length, ballots.length, 'every vote updates the card for everyone');
    assert.equal(said(await vote(police, 'cluster-2')), 'Je hebt al je 3 stemmen uitgebracht. Er is niets gewijzigd.');
  });

  it('closes the voting round and fixes the priority list in the order of the votes; endorsements n of N', async () => {
    const closed = await scene.say(scene.users.leader, 'sluit stemronde');
    assert.equal(closed.texts[0], 'De stemronde is gesloten: 5 van 6 deelnemers hebben gestemd. Stel nu de lijst vast met de knop op de stemkaart, of met @Veiligheidsplanner prioriteitenlijst &lt;cluster&gt;, p&lt;nummer&gt;, …');
    assert.doesNotMatch(JSON.stringify(closed.cards[0]), /vote\.cast/);
    const fixed = await scene.execute(scene.users.leader, 'priority.fromVotes', { projectId }, { replyToId: voteCardId });
    assert.equal(fixed.texts[0], 'De prioriteitenlijst is vastgesteld: 5 punten, samen 7 problemen. Iedereen kan de lijst onderschrijven.');
    listCardId = lastCardId();
    assert.match(cardText(fixed.cards[0] ?? {}), /1\. Winkelgebied \| 2\. Openbare orde \| 3\. Jongeren \| 4\. Gedumpt afval bij de containers \(probleem 6\) \| 5\. Vervuiling in de portieken \(probleem 3\) \| 0 van 6 deelnemers onderschreven/);
    const { police, housing, youth } = scene.users;
    let last: Answer | undefined;
    for (const who of [police, secondOfficer, housing, youth]) last = await scene.execute(who, 'priority.endorse', { projectId }, { replyToId: listCardId });
    assert.match(cardText(last?.invokeCard ?? {}), /4 van 6 deelnemers onderschreven\. \| Nog niet onderschreven: Marieke de Vries, Hans Visser/);
    assert.equal((await work()).list?.endorsements.length, 4);
  });

  it('asks before closing with agenda items not discussed, and records the work under the agenda items', async () => {
    clock.now = new Date('2026-12-14T11:20:00Z');
    await scene.execute(scene.users.leader, 'meeting.item', { projectId, step: 2, item: 'opening', outcome: 'Welkom; de NS schuift vanaf januari aan.' }, { replyToId: agendaCardId });
    clock.now = new Date('2026-12-14T11:30:00Z');
    const question = await scene.say(scene.users.leader, 'sluit overleg 2');
    const asked = cardText(question.cards[0] ?? {});
    assert.match(asked, /^Overleg stap 2 afsluiten\? \| Deze agendapunten zijn nog niet besproken: niet afgerond en er is niets onder vastgelegd\. \| 7\. Toelichting op de volgende stap \(inventariseren maatregelen\) \| 8\. Maken van de volgende afspraak \| 9\. Rondvraag \|/);
    assert.doesNotMatch(asked, /Clusteren|Prioritering|DOEI/, 'items with work recorded under them were discussed');
    assert.equal((await scene.project()).steps.find((s) => s.number === 2)?.status, 'meeting');
    const closed = await scene.say(scene.users.leader, 'sluit overleg 2 toch');
    assert.equal(closed.texts[0], 'Het overleg van stap 2 is afgesloten: 6 van 9 agendapunten besproken, en stap 2 is afgerond. Iedereen ziet de uitkomst met @Veiligheidsplanner overleg 2.');
    assert.equal((await scene.project()).steps.find((s) => s.number === 2)?.status, 'done');
    const outcome = cardText((await scene.say(scene.users.shops, 'overleg 2')).cards[0] ?? {});
    if (process.env.E2E_OUTCOME) writeFileSync(process.env.E2E_OUTCOME, `${outcome.split(' | ').join('\n')}\n`);
    assert.match(outcome, /^Uitkomst overleg stap 2: Wat is het probleem\? \| Gehouden: maandag 14 december 2026 om 10:00 \| Afgesloten maandag 14 december 2026 om 12:30 door Marieke de Vries \| 6 van 9 agendapunten besproken \| Niet besproken: 7\. Toelichting op de volgende stap \(inventariseren maatregelen\), 8\. Maken van de volgende afspraak, 9\. Rondvraag\./);
    assert.match(outcome, /2\. Clusteren van de problemen \| Cluster 1 “Openbare orde”: 1\. Intimidatie van reizigers; 4\. Drugshandel bij de fietsenstalling \| Cluster 2 “Jongeren”: 5\. Jongeren zonder plek om te zijn \| Cluster 3 “Winkelgebied”: 2\. Winkeldiefstal door groepjes; 7\. Zakkenrollerij op het perron \| In geen cluster: 3, 6/);
    assert.match(outcome, /3\. Onderscheiden van oorzaken en gevolgen \| Oorzaak → gevolg: Jongeren → Winkelgebied \| Oorzaak → gevolg: Openbare orde → Winkelgebied/);
    assert.match(outcome, /4\. Probleemverkenning: Data, Onderzoek, Ervaringen en Inzichten \(DOEI\) \| Openbare orde: Data: 38 meldingen van intimidatie in 2026; Onderzoek: Veiligheidsmonitor 2025: stationsgebied scoort laag; Ervaringen: Conducteurs melden dealers bij de fietsenstalling; Inzichten: Vooral tussen 22 en 2 uur/);
    assert.match(outcome, /5\. Prioritering \| Stemronde met 3 stemmen per deelnemer: 5 van 6 deelnemers stemden\. \| Winkelgebied 4, Openbare orde 3, Jongeren 3, Gedumpt afval bij de containers \(probleem 6\) 2, Vervuiling in de portieken \(probleem 3\) 1 \| Prioriteitenlijst, vastgesteld door Marieke de Vries: 1\. Winkelgebied; 2\. Openbare orde; 3\. Jongeren; 4\. Gedumpt afval bij de containers \(probleem 6\); 5\. Vervuiling in de portieken \(probleem 3\)/);
    assert.match(outcome, /6\. Samenvatting en akkoord door de projectgroep \| Onderschreven door 4 van 6 deelnemers: Rachid El Amrani, Joost Mulder, Esther Jansen, Kevin Bakker/);
    assert.match(outcome, /1\. Opening en mededelingen \| Welkom; de NS schuift vanaf januari aan\. \| Afgerond door Marieke de Vries, 12:20/);
    assert.match(outcome, /9\. Rondvraag \| Niet besproken/);
    assert.match(outcome, /Vastgestelde prioriteitenlijst \| 1\. Winkelgebied \| 2\. Openbare orde \| 3\. Jongeren \| 4\. Gedumpt afval bij de containers \(probleem 6\) \| 5\. Vervuiling in de portieken \(probleem 3\) \| 4 van 6 deelnemers onderschreven\. Onderschreven door: Rachid El Amrani, Joost Mulder, Esther Jansen, Kevin Bakker\./);
    const status = cardText((await scene.say(scene.users.youth, 'status')).cards[0] ?? {});
    assert.match(status, /Stap 2 · Wat is het probleem\? \| afgerond \| deadline donderdag 10 december 2026 om 17:00 · overleg gehouden op maandag 14 december 2026 om 10:00/);
    scene.assertAllCardsValid();
  });
});
