import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cardsOf, type AdaptiveCardJson, type BotActivity } from '../harness/connector-double';
import { earlierStepsDone } from '../harness/steps';
import type { Project } from '../../src/project';
import type { EntryDocument, StoredDocument } from '../../src/platform/store/port';
import { createCardValidator } from '../harness/card-schema';
import { projectThroughStep4 } from '../harness/goals-project';
import { executeActionsOf, inputsOf, said, Scene, shownCard as shown } from '../harness/scene';
import { withFaults, type StoreFaults } from '../harness/store-faults';
import { openSqliteStore } from '../../src/platform/store/sqlite/sqlite-store';

/**
 * Steps 5 and 6 over real HTTP on a fake clock, continuing a project through step 4 (three goals,
 * two extra measures, two monitoring agreements): the execution matrix of five measures with costs
 * from two funders, capacity in hours and FTE, one update and two decisions; the plan posted before
 * the step 5 meeting; then monitoring with a reminder when due and when overdue, progress per goal,
 * the evaluation table and a new cycle.
 */
describe('steps 5 and 6: the execution plan, then monitoring, evaluation and a new cycle (real HTTP, fake clock)', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  const at = (iso: string): void => {
    clock.now = new Date(iso);
  };
  let scene: Scene;
  let projectId = '';
  let meetingCardId = '';
  const transcriptLines: string[] = [];
  const validate = createCardValidator();

  const checked = (cards: readonly AdaptiveCardJson[]): readonly AdaptiveCardJson[] => {
    for (const card of cards) {
      assert.deepEqual(validate(card), [], 'valid Adaptive Card 1.5');
      assert.ok(Buffer.byteLength(JSON.stringify(card), 'utf8') <= 40 * 1024, 'within 40 KB');
    }
    return cards;
  };
  const runTimedWork = async (iso: string): Promise<BotActivity[]> => {
    at(iso);
    const before = scene.harness.connector.activities().length;
    await scene.harness.bot.scheduler.tick();
    await scene.harness.bot.outbox.drain();
    return scene.harness.connector.activities().slice(before);
  };
  const channelTexts = (posted: readonly BotActivity[]): string[] => posted.flatMap((a) => [...(a.text ? [a.text] : []), ...checked(cardsOf(a)).map(shown)]);
  const record = (heading: string, texts: readonly string[]): void => {
    transcriptLines.push(heading, ...texts.flatMap((t) => [...t.split(' | '), '']));
  };
  const leaderSays = async (text: string): Promise<string> => said(await scene.say(scene.users.leader, text));

  const faults: StoreFaults = {};
  const dataDir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-cycle-'));

  before(async () => {
    const store = withFaults(openSqliteStore(join(dataDir, 'store.db')), faults);
    scene = await Scene.start({ clock: () => clock.now, timers: false, store });
    projectId = await projectThroughStep4(scene, at);
  });
  after(async () => {
    if (process.env.E2E_TRANSCRIPT) writeFileSync(process.env.E2E_TRANSCRIPT, `${[...scene.transcript, '', ...transcriptLines].join('\n')}\n`);
    await scene?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens step 5 and the leader fills the execution matrix with five measures', async () => {
    at('2027-01-12T09:00:00Z');
    assert.match(await leaderSays('open stap 5 tot 29-01-2027 17:00'), /^Stap 5 is geopend/);
    assert.match(await leaderSays('overleg stap 5 op 01-02-2027 10:00'), /^Het overleg van stap 5 is gepland/);
    const emptyPlan = checked((await scene.say(scene.users.leader, 'uitvoering')).cards)[0];
    const empty = shown(emptyPlan);
    assert.match(empty, /Er staan nog geen maatregelen in de uitvoeringsmatrix\..*Nog niet in de matrix: maatregelen uit stap 3 en 4 \| Huidige maatregel \(Politie\): Extra surveillance bij de fietsenstalling op vrijdag- en zaterdagavond \| In de matrix zetten \(projectleider\) \| Huidige maatregel \(Winkeliersvereniging\): Collectief winkelverbod \| .* \| Extra maatregel uit stap 4 \(Rachid El Amrani, Politie\): Slachtofferhulp na elke melding van intimidatie \| In de matrix zetten \(projectleider\) \| Extra maatregel uit stap 4 \(Stichting Straatcoaches\): Straatcoaches op vrijdag- en zaterdagavond/);
    const typed = [
      'Extra surveillance bij de fietsenstalling op vrijdag- en zaterdagavond | Rachid El Amrani | Twee agenten op vrijdag- en zaterdagavond, 20-24 uur | 01-02-2027 t/m 31-12-2027 | 1',
    ];
    assert.match(await leaderSays(`maatregel uitvoeren ${typed[0] ?? ''}`), /^Maatregel 1 staat in de uitvoeringsmatrix/);
    // Measure 2 from the list of step 4's extra measures, with "In de matrix zetten": the form comes filled with its words and who.
    const take = executeActionsOf(emptyPlan).filter((a) => a.verb === 'execution.measure.form' && typeof a.data.candidate === 'string' && a.data.candidate !== '');
    assert.equal(take.length, 5, 'a button under each measure not yet in the matrix');
    assert.match(said(await scene.execute(scene.users.police, 'execution.measure.form', { ...take[3]?.data })), /^Alleen de projectleider/);
    const form = await scene.execute(scene.users.leader, 'execution.measure.form', { ...take[3]?.data });
    const filled = inputsOf(checked(form.invokeCard ? [form.invokeCard] : [])[0]);
    assert.deepEqual([filled.what, filled.who], ['Slachtofferhulp na elke melding van intimidatie', 'Rachid El Amrani (Politie)']);
    const save = executeActionsOf(form.invokeCard).find((a) => a.verb === 'execution.measure.save') ?? assert.fail('the form saves');
    const goalIds = (await scene.harness.bot.store.listEntries<EntryDocument & { what: string }>(projectId, { kind: 'goal' })).map((g) => g.doc);
    const goal1 = goalIds.find((g) => g.what.startsWith('Minder intimidatie'))?.id ?? assert.fail('goal 1');
    const refused = await scene.execute(scene.users.leader, 'execution.measure.save', { ...filled, ...save.data, how: 'Een gesprek binnen een week', start: '2027-03-01', end: '2027-02-01', goals: goal1 });
    assert.match(shown(refused.invokeCard), /De einddatum ligt vóór de startdatum\. Er is niets veranderd\./);
    const saved = await scene.execute(scene.users.leader, 'execution.measure.save', {
      ...filled, ...save.data, how: 'Elke melder krijgt binnen een week een gesprek aangeboden', start: '2027-02-01', end: '2027-12-31', goals: goal1,
    });
    assert.match(shown(checked(saved.invokeCard ? [saved.invokeCard] : [])[0]), /^Maatregel 2 wijzigen \| Maatregel 2 staat in de uitvoeringsmatrix: “Slachtofferhulp na elke melding van intimidatie”\./);
    const added = [
      'Collectief winkelverbod | Winkeliersvereniging | Winkeliers melden, de politie legt het verbod op | 01-02-2027 t/m 31-03-2028 | 2',
      'Ambulant jongerenwerk op vrijdagavond | Kevin Bakker | Twee jongerenwerkers zoeken de jongeren op bij het station | 01-02-2027 t/m 30-09-2027 | 3, 1',
      'Straatcoaches op vrijdag- en zaterdagavond | Sanne de Boer (Stichting Straatcoaches) | Twee straatcoaches spreken groepen aan | 01-03-2027 t/m 30-09-2027 | 3',
    ];
    for (const [i, line] of added.entries()) {
      assert.match(await leaderSays(`maatregel uitvoeren ${line}`), new RegExp(`^Maatregel ${i + 3} staat in de uitvoeringsmatrix`));
    }
  });

  it('records costs with two funders, capacity in hours and FTE, and one update', async () => {
    at('2027-01-13T09:00:00Z');
    assert.equal(await leaderSays('kosten 1 € 12.500,00 | Gemeente Havenstad 60%, Politie 40%'), 'De kosten van maatregel 1 zijn vastgelegd: € 12.500,00.');
    assert.equal(await leaderSays('kosten 2 4.000 | Gemeente Havenstad 100%'), 'De kosten van maatregel 2 zijn vastgelegd: € 4.000,00.');
    assert.equal(await leaderSays('kosten 4 18.250,50 | Gemeente Havenstad 50%, Politie 25%'), 'De kosten van maatregel 4 zijn vastgelegd: € 18.250,50.');
    assert.match(await leaderSays('capaciteit 1 Rachid El Amrani 8 uur'), /^De capaciteit van Rachid El Amrani bij maatregel 1 is vastgelegd\./);
    assert.match(await leaderSays('capaciteit 2 Rachid El Amrani 0,1 fte'), /vastgelegd/);
    assert.match(await leaderSays('capaciteit 4 Kevin Bakker 0,5 fte'), /vastgelegd/);
    assert.match(await leaderSays('capaciteit 3 Hans Visser 2 uur'), /vastgelegd/);
    at('2027-01-14T10:00:00Z');
    assert.equal(await leaderSays('maatregel wijzigen 4 wanneer: 01-02-2027 t/m 31-12-2027'), 'Maatregel 4 is gewijzigd (wanneer).');
    // Two cards of measure 4, opened at the same moment: a save applies only what was changed on its own card.
    const { leader } = scene.users;
    const cardA = (await scene.execute(leader, 'execution.measure.form', { projectId, measure: '4' })).invokeCard;
    const cardB = (await scene.execute(leader, 'execution.measure.form', { projectId, measure: '4' })).invokeCard;
    const saveOf = (c: AdaptiveCardJson | undefined): Record<string, unknown> => executeActionsOf(c).find((a) => a.verb === 'execution.measure.save')?.data ?? assert.fail('the form saves');
    const how = 'Twee jongerenwerkers zoeken de jongeren op bij het station en in het buurthuis';
    const first = await scene.execute(leader, 'execution.measure.save', { ...inputsOf(cardA), ...saveOf(cardA), how });
    assert.match(shown(first.invokeCard), /Maatregel 4 is opgeslagen \(gewijzigd: werkwijze\)\./);
    const second = await scene.execute(leader, 'execution.measure.save', { ...inputsOf(cardB), ...saveOf(cardB), funders: 'Gemeente Havenstad 60%, Politie 25%' });
    assert.match(shown(second.invokeCard), /Maatregel 4 is opgeslagen \(gewijzigd: kosten\)\./);
    const stored = async () => ((await scene.harness.bot.store.read<{ measures: { number: number; how: string; funders: { share: number }[] }[] } & StoredDocument>(projectId, 'step-5'))?.doc.measures ?? []).find((m) => m.number === 4);
    assert.equal((await stored())?.how, how, 'the older card did not undo the approach');
    assert.deepEqual((await stored())?.funders.map((f) => f.share), [6000, 2500]);
    const conflict = await scene.execute(leader, 'execution.measure.save', { ...inputsOf(cardB), ...saveOf(cardB), how: 'Eén jongerenwerker' });
    assert.match(shown(conflict.invokeCard), /Niet opgeslagen: deze maatregel is intussen ook gewijzigd .*: werkwijze\./);
    assert.equal((await stored())?.how, how, 'nothing written on a conflict');
  });

  it('refuses bad input with a clear Dutch message and changes nothing', async () => {
    const before = JSON.stringify(await scene.harness.bot.store.read(projectId, 'step-5'));
    const refusals: [string, string][] = [
      ['kosten 1 -500 | Gemeente Havenstad 100%', 'Bedragen, uren en aandelen kunnen niet negatief zijn. Er is niets veranderd.'],
      ['kosten 1 veel | Gemeente Havenstad 100%', '“veel” is geen geldig getal. Schrijf bijvoorbeeld 12.500,00 of 8. Er is niets veranderd.'],
      ['kosten 1 100 | Gemeente Havenstad 70%, Politie 40%', 'De aandelen van de financiers zijn samen meer dan 100%. Er is niets veranderd.'],
      ['kosten 1 100 | Gemeente Havenstad 120%', 'Een aandeel kan niet meer dan 100% zijn. Er is niets veranderd.'],
      ['capaciteit 1 Rachid El Amrani -3 uur', 'Bedragen, uren en aandelen kunnen niet negatief zijn. Er is niets veranderd.'],
      ['capaciteit 1 Rachid El Amrani acht uur', '“acht” is geen geldig getal. Schrijf bijvoorbeeld 12.500,00 of 8. Er is niets veranderd.'],
      ['maatregel wijzigen 1 wanneer: 01-03-2027 t/m 01-02-2027', 'De einddatum ligt vóór de startdatum. Er is niets veranderd.'],
      ['maatregel uitvoeren Iets | Politie | Zo | 01-02-2027 t/m 01-03-2027 | 7', 'Doel “7” bestaat niet. Kijk bij @Veiligheidsplanner doelen welke nummers er zijn. Er is niets veranderd.'],
      ['kosten 9 100', 'Maatregel “9” staat niet in de uitvoeringsmatrix. Kijk bij @Veiligheidsplanner uitvoering welke nummers er zijn. Er is niets veranderd.'],
    ];
    for (const [typed, answer] of refusals) assert.equal(await leaderSays(typed), answer, typed);
    assert.equal(said(await scene.say(scene.users.police, 'besluit Politie | akkoord')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.equal(JSON.stringify(await scene.harness.bot.store.read(projectId, 'step-5')), before);
  });

  it('posts the matrix, costs and capacity before the step 5 meeting', async () => {
    const posted = channelTexts(await runTimedWork('2027-01-31T09:00:01Z'));
    record('== 24 uur voor het overleg van stap 5 in het kanaal ==', posted);
    const matrix = posted.find((t) => t.startsWith('Uitvoeringsmatrix (stap 5)')) ?? assert.fail(posted.join('\n'));
    assert.doesNotMatch(matrix, /Nog niet in de matrix/, 'every candidate from steps 3 and 4 is in the matrix');
    assert.match(matrix, /Doelen zonder maatregel \(hiaat\) \| Geen: elk doel heeft ten minste één maatregel\./);
    assert.ok(posted.some((t) => t.startsWith('Kostenoverzicht en financiering (stap 5)')));
    assert.ok(posted.some((t) => t.startsWith('Capaciteitsoverzicht (stap 5)')));
  });

  it('runs the meeting: two decisions, the work under the agenda items', async () => {
    const { leader } = scene.users;
    at('2027-02-01T09:00:00Z');
    await scene.say(leader, 'start overleg 5');
    meetingCardId = (await scene.project()).meetings.find((m) => m.step === 5)?.cardActivityId ?? '';
    assert.equal(await leaderSays('besluit Gemeente Havenstad | akkoord onder voorwaarden: evaluatie na een half jaar | 01-02-2027 | Burgemeester en wethouders'),
      'Besluit van Gemeente Havenstad vastgelegd: akkoord onder voorwaarden. Nog niet alle benodigde akkoorden zijn binnen.');
    // The second decision on the form under the decisions card, which names whose approval is still missing.
    const decisions = checked((await scene.say(leader, 'uitvoering')).cards).at(-1);
    const recordButton = executeActionsOf(decisions).find((a) => a.verb === 'execution.decision.form') ?? assert.fail('the decisions card has the button');
    const decisionForm = await scene.execute(leader, 'execution.decision.form', { ...recordButton.data });
    assert.match(JSON.stringify(decisionForm.invokeCard), /"placeholder":"Nodig: Politie, Winkeliersvereniging, Jongerenwerk, Stichting Straatcoaches"/);
    const saveDecision = executeActionsOf(decisionForm.invokeCard).find((a) => a.verb === 'execution.decision.save') ?? assert.fail('the form saves');
    const noConditions = await scene.execute(leader, 'execution.decision.save', { ...saveDecision.data, organisation: 'Politie', outcome: 'akkoord onder voorwaarden', date: '2027-02-01' });
    assert.match(shown(noConditions.invokeCard), /Bij akkoord onder voorwaarden horen de voorwaarden\./);
    const decided = await scene.execute(leader, 'execution.decision.save', { ...saveDecision.data, organisation: 'Politie', outcome: 'akkoord', date: '2027-02-01', remarks: '' });
    assert.match(shown(decided.invokeCard), /^Besluit vastleggen \| Besluit van Politie vastgelegd: akkoord\. Nog niet alle benodigde akkoorden zijn binnen\./);
    for (const item of ['opening', 'measures', 'executionMatrix', 'costs', 'capacity', 'approval', 'missingData', 'aobNextDate']) {
      await scene.execute(leader, 'meeting.item', { projectId, step: '5', item, outcome: 'Besproken.' }, { replyToId: meetingCardId });
    }
    at('2027-02-01T11:00:00Z');
    assert.match(await leaderSays('sluit overleg 5'), /^Het overleg van stap 5 is afgesloten/);
    const outcome = shown((await scene.say(scene.users.housing, 'overleg 5')).cards[0]);
    record('== @Veiligheidsplanner overleg 5 ==', [outcome]);
    const recorded = (await scene.project()).meetings.find((m) => m.step === 5);
    assert.equal(recorded?.work?.executionMatrix?.length, 5);
  });

  it('shows everyone the plan as posted', async () => {
    const answer = await scene.say(scene.users.youth, 'uitvoering');
    const texts = checked(answer.cards).map(shown);
    record('== @Veiligheidsplanner uitvoering ==', texts);
    assert.equal(texts.length, 4);
  });

  /** The personal messages the bot sent since `from` conversations were created: to whom, and what. */
  const personal = (posted: readonly BotActivity[]): [string, string][] => {
    const channel = scene.harness.teams.context.channel.id;
    const created = scene.harness.connector.createdConversations();
    // Texts only: the organisation question (a card, sent once to each) is not a reminder.
    return posted.filter((a) => a.conversationId !== channel && a.text).map((a) => {
      const to = created.find((c) => c.conversationId === a.conversationId)?.parameters.members?.[0]?.id ?? a.conversationId ?? '';
      const who = Object.values(scene.users).find((u) => u.id === to)?.name ?? to;
      return [who, a.text ?? ''];
    });
  };

  it('opens step 6: a personal reminder on the due date, none once entered, and a second one when overdue', async () => {
    const { police, youth, shops } = scene.users;
    at('2027-02-02T09:00:00Z');
    assert.match(await leaderSays('open stap 6 tot 15-10-2027 17:00'), /^Stap 6 is geopend/);
    const due = personal(await runTimedWork('2027-03-31T07:00:01Z'));
    record('== Herinnering op de afgesproken datum (persoonlijk) ==', due.map(([who, t]) => `aan ${who}: ${t}`));
    assert.deepEqual(due, [['Rachid El Amrani',
      'Hallo Rachid El Amrani, vandaag (31 maart 2027) is het tijd om de voortgang van doel 1 in te voeren voor Overlast Stationsplein: het aantal meldingen van intimidatie. Vul de waarde hieronder in, of schrijf in het kanaal: @Veiligheidsplanner voortgang invoeren 1 &lt;waarde&gt;.']]);
    at('2027-03-31T10:00:00Z');
    // The reminder brings the form: Rachid enters the value right there, in his personal chat.
    const reminderCard = checked(scene.personalMessages(police).flatMap((a) => cardsOf(a))).at(-1);
    const save = executeActionsOf(reminderCard).find((a) => a.verb === 'progress.save') ?? assert.fail('the reminder has the form');
    assert.match(shown(reminderCard), /^Voortgang invoeren: doel 1 \| Doel \| Minder intimidatie .* \| Wat je meet \| het aantal meldingen van intimidatie \| Begin → streef \| .*: 38 → 20 \| Afgesproken data \| 31 maart 2027, 30 juni 2027/);
    assert.equal(inputsOf(reminderCard).date, '2027-03-31', 'the form suggests the due date');
    const notANumber = await scene.execute(police, 'progress.save', { ...inputsOf(reminderCard), ...save.data, value: 'dertig' }, { personal: true });
    assert.match(shown(notANumber.invokeCard), /“dertig” is geen getal\..* Er is niets veranderd\./);
    const entered = await scene.execute(police, 'progress.save', { ...inputsOf(reminderCard), ...save.data, value: '30', note: 'minder meldingen sinds de extra surveillance' }, { personal: true });
    assert.match(shown(checked(entered.invokeCard ? [entered.invokeCard] : [])[0]), /^Voortgang invoeren: doel 1 \| Voortgang van doel 1 opgeslagen: 30 op 31 maart 2027\./);
    assert.equal(said(await scene.say(police, 'voortgang invoeren 1 30 | minder meldingen sinds de extra surveillance')), 'Voortgang van doel 1 opgeslagen: 30 op 31 maart 2027.', 'typed, the same value again');
    assert.equal(said(await scene.say(police, 'voortgang invoeren 1 veel')), '“veel” is geen getal. Voer de gemeten waarde in als getal, bijvoorbeeld 30 of 7,5. Er is niets veranderd.');
    assert.equal(said(await scene.say(shops, 'voortgang invoeren 1 20')),
      'De voortgang van doel 1 wordt volgens de afspraak ingevoerd door Rachid El Amrani (of de projectleider). Er is niets veranderd.');
    assert.equal(said(await scene.say(police, 'voortgang invoeren 2 20')), 'Voor doel 2 is geen monitoringafspraak gemaakt; zie @Veiligheidsplanner monitoring. Er is niets veranderd.');
    assert.deepEqual(personal(await runTimedWork('2027-04-01T07:00:01Z')).map(([who]) => who), ['Kevin Bakker']);
    const overdue = personal(await runTimedWork('2027-04-08T07:00:01Z'));
    record('== Herinnering als de invoer te laat is (persoonlijk) ==', overdue.map(([who, t]) => `aan ${who}: ${t}`));
    assert.deepEqual(overdue, [['Kevin Bakker',
      'Hallo Kevin Bakker, de voortgang van doel 3 voor 1 april 2027 ontbreekt nog bij Overlast Stationsplein: het aantal jongeren dat het jongerenwerk bereikt. Vul die hieronder alsnog in, of schrijf in het kanaal: @Veiligheidsplanner voortgang invoeren 3 &lt;waarde&gt; op &lt;datum&gt;.']], 'Rachid entered in time: no second reminder for him');
    at('2027-04-09T08:00:00Z');
    assert.equal(said(await scene.say(youth, 'voortgang invoeren 3 22 op 05-04-2027 | nieuwe jongeren via het buurthuis')), 'Voortgang van doel 3 opgeslagen: 22 op 5 april 2027.');
    at('2027-07-10T08:00:00Z');
    assert.equal(said(await scene.say(scene.users.leader, 'voortgang invoeren 1 26 op 30-06-2027')), 'Voortgang van doel 1 opgeslagen: 26 op 30 juni 2027.');
    const progress = await scene.say(shops, 'voortgang');
    const progressTexts = checked(progress.cards).map(shown);
    record('== @Veiligheidsplanner voortgang ==', progressTexts);
    const enter = executeActionsOf(progress.cards[0]).filter((a) => a.verb === 'progress.form');
    assert.deepEqual(enter.map((a) => [a.title, a.data.goal]), [['Invoeren (Rachid El Amrani)', '1'], ['Invoeren (Kevin Bakker)', '3']], 'a button under each goal with an agreement');
    assert.equal(said(await scene.execute(shops, 'progress.form', { ...enter[0]?.data })),
      'De voortgang van doel 1 wordt volgens de afspraak ingevoerd door Rachid El Amrani (of de projectleider). Er is niets veranderd.');
    assert.match(shown((await scene.execute(youth, 'progress.form', { ...enter[1]?.data })).invokeCard), /^Voortgang invoeren: doel 3 \|/);
    assert.match(progressTexts[0] ?? '', /Doel 1: Minder intimidatie van reizigers op het stationsplein \| Meldingen van intimidatie per kwartaal: beginwaarde 38, streefwaarde 20 vóór 31 december 2027 \| Laatst gemeten: 26 op 30 juni 2027 \(67% van de weg naar de streefwaarde\)/);
    assert.match(progressTexts[0] ?? '', /Doel 2: .* \| Nog geen gemeten waarden\. \| Geen monitoringafspraak voor dit doel\./);
    assert.match(progressTexts[0] ?? '', /Ontbreekt van Kevin Bakker: 1 juli 2027/);
  });

  it('reminds of an agreement made after step 6 opened, and catches up on the days the bot did not check', async () => {
    const { leader, shops } = scene.users;
    at('2027-07-11T08:00:00Z');
    const form = await scene.execute(leader, 'goals.monitoring.form', { projectId });
    const goal2 = /"title":"Doel 2:[^"]*","value":"([^"]+)"/.exec(JSON.stringify(form.invokeCard))?.[1];
    assert.ok(goal2, 'the monitoring form offers goal 2');
    const hans = (await scene.project()).participants.find((p) => p.name === 'Hans Visser')?.key;
    const saved = await scene.execute(leader, 'goals.monitoring.save', { projectId, participant: hans, goalId: goal2, what: 'het aantal aangiften van winkeldiefstal', frequency: 'dates', dates: '15-7-2027' });
    assert.match(shown(saved.invokeCard), /opgeslagen/i);
    // No check ran since 8 April: Kevin's entry for 1 July is a week overdue by now; Hans's is due today.
    const reminded = personal(await runTimedWork('2027-07-15T07:00:01Z'));
    record('== Herinneringen na een nieuwe afspraak (persoonlijk) ==', reminded.map(([who, t]) => `aan ${who}: ${t}`));
    // Each to their own chat, so in no particular order.
    assert.deepEqual(reminded.map(([who, t]) => [who, t.slice(0, 60)]).sort(), [
      ['Hans Visser', 'Hallo Hans Visser, vandaag (15 juli 2027) is het tijd om de '],
      ['Kevin Bakker', 'Hallo Kevin Bakker, de voortgang van doel 3 voor 1 juli 2027'],
    ]);
    assert.deepEqual(personal(await runTimedWork('2027-07-16T07:00:01Z')), [], 'each reminder once');
    at('2027-07-15T10:00:00Z');
    assert.equal(said(await scene.say(shops, 'voortgang invoeren 2 19')), 'Voortgang van doel 2 opgeslagen: 19 op 15 juli 2027.');
  });

  it('runs the evaluation meeting, then the leader saves the evaluation table: the project’s result', async () => {
    const { leader, police } = scene.users;
    at('2027-09-20T09:00:00Z');
    await leaderSays('overleg stap 6 op 04-10-2027 10:00');
    at('2027-10-04T08:00:00Z');
    await scene.say(leader, 'start overleg 6');
    const cardId = (await scene.project()).meetings.find((m) => m.step === 6)?.cardActivityId ?? '';
    for (const item of ['opening', 'didWeDo', 'improvements', 'goalsReached', 'satisfied', 'cooperation', 'recommendations', 'continueGroup', 'newCycle', 'agreementsAob']) {
      await scene.execute(leader, 'meeting.item', { projectId, step: '6', item, outcome: item === 'newCycle' ? 'Ja: een tweede cyclus voor de winkelstraat en de jongeren.' : 'Besproken.' }, { replyToId: cardId });
    }
    assert.match(await leaderSays('sluit overleg 6'), /^Het overleg van stap 6 is afgesloten/);
    at('2027-10-05T09:00:00Z');
    const before = JSON.stringify(await scene.harness.bot.store.read(projectId, 'step-6'));
    assert.equal(await leaderSays('evaluatie 7 | bereikt | meldingen | tevreden | goed'),
      'Doel “7” bestaat niet; alleen doelen van stap 4 kunnen worden geëvalueerd. Kijk bij @Veiligheidsplanner doelen. Er is niets veranderd.');
    assert.equal(said(await scene.say(police, 'evaluatie 1 | bereikt | meldingen | tevreden | goed')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.equal(await leaderSays('evaluatie 1 | misschien | meldingen | tevreden | goed'), '“misschien”: schrijf bereikt of niet bereikt. Er is niets veranderd.');
    assert.equal(JSON.stringify(await scene.harness.bot.store.read(projectId, 'step-6')), before);
    assert.equal(await leaderSays('evaluatie 1 | bereikt | Meldingen van intimidatie uit de basisvoorziening, per kwartaal: 19 in het derde kwartaal | tevreden | De extra surveillance en de slachtofferhulp werkten'),
      'Evaluatie van doel 1 opgeslagen (1 van 3 doelen geëvalueerd).');
    await leaderSays('evaluatie 2 | niet bereikt | Aangiften per maand: 21 in september | niet tevreden | Het winkelverbod alleen is niet genoeg; zakkenrollerij bleef');
    // Goal 3 through the form under it in the table.
    const open = checked((await scene.say(leader, 'evaluatie')).cards)[0];
    const buttons = executeActionsOf(open).filter((a) => a.verb === 'evaluation.form');
    assert.deepEqual(buttons.map((b) => b.title), ['Wijzigen (projectleider)', 'Wijzigen (projectleider)', 'Invullen (projectleider)']);
    assert.match(said(await scene.execute(police, 'evaluation.form', { ...buttons[2]?.data })), /^Alleen de projectleider/);
    const form = await scene.execute(leader, 'evaluation.form', { ...buttons[2]?.data });
    assert.match(shown(checked(form.invokeCard ? [form.invokeCard] : [])[0]), /^Evaluatie van doel 3 \| Jongeren hebben een eigen plek .* \| Jongeren die het jongerenwerk wekelijks bereikt: 15 → 40 \| Is het doel bereikt\? \| Vul dit in\. \| Bereikt \| bereikt \| Niet bereikt/);
    const saveRow = executeActionsOf(form.invokeCard).find((a) => a.verb === 'evaluation.save') ?? assert.fail('the form saves');
    const rowSaved = await scene.execute(leader, 'evaluation.save', {
      ...saveRow.data, reached: 'niet bereikt', how: 'Registratie jongerenwerk: 31 jongeren per week', satisfied: 'tevreden', why: 'Goede start in het buurthuis, het doel was te hoog',
    });
    assert.match(shown(rowSaved.invokeCard), /Evaluatie van doel 3 opgeslagen \(3 van 3 doelen geëvalueerd\)\./);
    assert.equal(inputsOf(rowSaved.invokeCard).reached, 'niet bereikt', 'the form shows the row as saved');
    const table = await scene.say(scene.users.housing, 'evaluatie');
    const tableTexts = checked(table.cards).map(shown);
    record('== @Veiligheidsplanner evaluatie ==', tableTexts);
    assert.match(tableTexts[0] ?? '', /^Evaluatie per doel: het resultaat van het project \| Overlast Stationsplein: per doel bereikt of niet/);
    assert.match(tableTexts[0] ?? '', /Doel 1: Minder intimidatie van reizigers op het stationsplein \| Bereikt — gemeten: Meldingen van intimidatie .* \| Tevreden — De extra surveillance/);
    assert.match(tableTexts[0] ?? '', /1 van 3 doelen bereikt\./);
    const outcome = shown((await scene.say(scene.users.shops, 'overleg 6')).cards[0]);
    record('== @Veiligheidsplanner overleg 6 ==', [outcome]);
    assert.match(outcome, /Evaluatie per doel: het resultaat van het project \| Doel 1: .* \| Bereikt — gemeten: /, 'the meeting outcome shows the table saved after it');
  });

  it('starts a new cycle with the participants, the priority list and the goals not reached; the previous one stays readable', async () => {
    const { youth } = scene.users;
    at('2027-10-06T09:00:00Z');
    assert.equal(said(await scene.say(youth, 'nieuwe cyclus')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    // The store goes away just as the channel would move on: the leader is told, and asking
    // again finishes the same start instead of refusing or starting a second one.
    faults.failReplaceOnce = (doc) => doc.type === 'channelBinding';
    assert.match(await leaderSays('nieuwe cyclus'), /^Er ging iets mis bij het verwerken van je bericht\. .*referentie [0-9A-F]{8}/);
    assert.equal(faults.failReplaceOnce, undefined, 'the move of the channel failed once');
    assert.equal((await scene.project()).id, projectId, 'the channel still has the finished cycle');
    const started = await leaderSays('nieuwe cyclus');
    record('== @Veiligheidsplanner nieuwe cyclus ==', [started]);
    assert.equal(started, 'Nieuwe cyclus gestart: Overlast Stationsplein (cyclus 2), met 5 deelnemers, 3 problemen van de prioriteitenlijst en 2 niet bereikte doelen. De vorige cyclus blijft te lezen met @Veiligheidsplanner vorige cyclus.');
    assert.equal(await leaderSays('nieuwe cyclus'), 'Er loopt al een nieuwe cyclus (gestart op 6 oktober 2027): die moet eerst zelf stap 6 bereiken. Er is niets veranderd.');
    const now = await scene.project();
    assert.notEqual(now.id, projectId);
    assert.equal(now.participants.length, 5);
    assert.ok(now.steps.filter((s) => s.number > 1).every((s) => s.status === 'notOpen'));
    const previous = await scene.say(youth, 'vorige cyclus');
    const previousTexts = checked(previous.cards).map(shown);
    record('== @Veiligheidsplanner vorige cyclus ==', previousTexts);
    assert.match(previousTexts[0] ?? '', /^Vorige cyclus: Overlast Stationsplein \|/);
    assert.match(previousTexts[0] ?? '', /Meegenomen naar deze cyclus \| Probleem 1: Openbare orde \| Probleem 2: Winkelgebied \| Probleem 3: Jongeren \| Niet bereikt doel: Minder winkeldiefstal/);
    const carried = shown((await scene.execute(scene.users.leader, 'problem.mine', { projectId: now.id })).invokeCard);
    record('== Mijn problemen (cyclus 2, de projectleider) ==', [carried]);
    assert.match(carried, /^Mijn problemen \(stap 2\): 3 \|/, 'the priority list is the leader\'s problems of the new cycle, once each');
    assert.match(carried, /Stap 2 is nog niet geopend: wijzigen en verwijderen kan zodra de projectleider stap 2 opent\./);
    assert.match(carried, /\| 1\. Openbare orde: Drugshandel bij de fietsenstalling; Intimidatie van reizigers \| Risicokans: Hoog · Gevolgen: Beide · Prioriteit: Hoog \| Uit de vorige cyclus: nummer 1 op de prioriteitenlijst \| 2\. Winkelgebied: /);
  });
  it('offers the goals not reached in the new cycle\'s step 4: taken over into a filled goal form, then no longer offered', async () => {
    const { leader, youth } = scene.users;
    const before = shown(checked((await scene.say(youth, 'doelen')).cards)[0]);
    assert.match(before, /Niet bereikt in de vorige cyclus \| Minder winkeldiefstal en zakkenrollerij in de winkelstraat \| Aangiften per maand: 25 → 15 \| Jongeren hebben een eigen plek/);
    assert.doesNotMatch(before, /Overnemen/, 'a participant, and anyone before step 4 is opened, gets no button');
    assert.match(said(await scene.execute(leader, 'goals.carry', { projectId: (await scene.project()).id, carried: 0 })), /^Stap 4 is nu nog niet geopend/);
    // Set-up: the group worked through steps 2 and 3 of the new cycle and fixed the same priority list again.
    const { store } = scene.harness.bot;
    const next = (await scene.project()).id;
    const stored = await store.read<Project>(next, next);
    const list = await store.read<StoredDocument & { prioritisation: unknown }>(projectId, 'step-2');
    const nextList = await store.read<StoredDocument>(next, 'step-2');
    assert.ok(stored && list && nextList, 'the new cycle, its step 2 and the previous list are stored');
    await store.replace({ ...stored.doc, steps: earlierStepsDone(stored.doc.steps, 4) }, stored.etag);
    await store.replace({ ...nextList.doc, prioritisation: list.doc.prioritisation }, nextList.etag);
    at('2027-10-20T09:00:00Z');
    await scene.say(leader, 'open stap 4 tot 01-12-2027 17:00');
    const goalList = checked((await scene.say(leader, 'doelen')).cards)[0];
    const carry = executeActionsOf(goalList).filter((a) => a.verb === 'goals.carry');
    assert.deepEqual(carry.map((a) => [a.title, String(a.data.carried)]), [['Overnemen', '0'], ['Overnemen', '1']]);
    const form = await scene.execute(leader, 'goals.carry', { ...carry[0]?.data });
    const filled = shown(checked(form.invokeCard ? [form.invokeCard] : [])[0]);
    record('== Overnemen (doel uit de vorige cyclus) ==', [filled]);
    assert.match(filled, /Overgenomen uit de vorige cyclus\. Vul de rest aan/);
    assert.equal(inputsOf(form.invokeCard).what, 'Minder winkeldiefstal en zakkenrollerij in de winkelstraat');
    assert.equal(inputsOf(form.invokeCard).targetValue, '15');
    const saved = await scene.execute(leader, 'goals.save', {
      projectId: String(carry[0]?.data.projectId), what: 'Minder winkeldiefstal en zakkenrollerij in de winkelstraat', indicator: 'Aangiften per maand',
      startValue: '21', targetValue: '15', measuredBy: 'Politie, maandelijks', carriedBy: 'Politie en ondernemers', whyRealistic: 'Winkelverbod en toezicht samen',
      targetDate: '2028-06-30', problemIds: 'cluster-2',
    });
    assert.match(shown(saved.invokeCard), /Doel 1 is opgeslagen: “Minder winkeldiefstal en zakkenrollerij in de winkelstraat”/);
    const after = shown((await scene.say(youth, 'doelen')).cards[0]);
    assert.doesNotMatch(after, /Minder winkeldiefstal en zakkenrollerij in de winkelstraat \| Aangiften per maand: 25 → 15/, 'taken over: no longer offered');
    assert.match(after, /Niet bereikt in de vorige cyclus \| Jongeren hebben een eigen plek/);
  });
});
