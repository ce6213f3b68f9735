import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { cardsOf, type AdaptiveCardJson, type BotActivity } from '../harness/connector-double';
import { createCardValidator } from '../harness/card-schema';
import { projectThroughStep4 } from '../harness/goals-project';
import { cardText, Scene, type Answer } from '../harness/scene';

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

  const said = (answer: Answer): string => [...answer.texts, ...(answer.invokeText === undefined ? [] : [answer.invokeText])].join(' | ');
  const shown = (card: AdaptiveCardJson | undefined): string =>
    cardText(JSON.parse(JSON.stringify(card ?? {}, (key, value: unknown) => (key === 'fallback' ? undefined : value))) as AdaptiveCardJson);
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

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    projectId = await projectThroughStep4(scene, at);
  });
  after(async () => {
    if (process.env.E2E_TRANSCRIPT) writeFileSync(process.env.E2E_TRANSCRIPT, `${[...scene.transcript, '', ...transcriptLines].join('\n')}\n`);
    await scene?.stop();
  });

  it('opens step 5 and the leader fills the execution matrix with five measures', async () => {
    at('2027-01-12T09:00:00Z');
    assert.match(await leaderSays('open stap 5 tot 29-01-2027 17:00'), /^Stap 5 is geopend/);
    assert.match(await leaderSays('overleg stap 5 op 01-02-2027 10:00'), /^Het overleg van stap 5 is gepland/);
    const added = [
      'Extra surveillance bij de fietsenstalling | Rachid El Amrani | Twee agenten op vrijdag- en zaterdagavond, 20-24 uur | 01-02-2027 t/m 31-12-2027 | 1',
      'Slachtofferhulp na elke melding van intimidatie | Rachid El Amrani | Elke melder krijgt binnen een week een gesprek aangeboden | 01-02-2027 t/m 31-12-2027 | 1',
      'Collectief winkelverbod | Winkeliersvereniging | Winkeliers melden, de politie legt het verbod op | 01-02-2027 t/m 31-03-2028 | 2',
      'Ambulant jongerenwerk op vrijdagavond | Kevin Bakker | Twee jongerenwerkers zoeken de jongeren op bij het station | 01-02-2027 t/m 30-09-2027 | 3, 1',
      'Straatcoaches op vrijdag- en zaterdagavond | Sanne de Boer (Stichting Straatcoaches) | Twee straatcoaches spreken groepen aan | 01-03-2027 t/m 30-09-2027 | 3',
    ];
    for (const [i, line] of added.entries()) {
      assert.match(await leaderSays(`maatregel uitvoeren ${line}`), new RegExp(`^Maatregel ${i + 1} staat in de uitvoeringsmatrix`));
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
    assert.ok(posted.some((t) => t.startsWith('Uitvoeringsmatrix (stap 5)')), posted.join('\n'));
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
    assert.equal(await leaderSays('besluit Politie | akkoord | 01-02-2027'), 'Besluit van Politie vastgelegd: akkoord. Nog niet alle benodigde akkoorden zijn binnen.');
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
});
