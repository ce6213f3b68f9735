import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Measure, NoMeasure } from '../../src/steps/3-measures/domain/measure';
import { projectThroughStep2 } from '../harness/priority-project';
import { actionsOf, said, Scene, shownCard as shown } from '../harness/scene';

/**
 * Steps 3 and 4 at their edges over real HTTP: the order of the steps, a leader closing step 3
 * by hand, a "niets" withdrawn by a measure, the Action.Submit fallback, English, and step 4
 * work before its time. Every refusal is a clear message and changes nothing.
 */
describe('steps 3 and 4 at their edges (real HTTP)', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  const at = (iso: string): void => {
    clock.now = new Date(iso);
  };
  let scene: Scene;
  let projectId = '';
  const entries = async <T extends Measure | NoMeasure>(kind: T['kind']): Promise<T[]> =>
    (await scene.harness.bot.store.listEntries<T>(projectId, { kind })).map((e) => e.doc);

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    projectId = await projectThroughStep2(scene, at, { closeMeeting: false });
  });
  after(async () => {
    await scene?.stop();
  });

  it('opens step 3 only once step 2 is done, and says how to get there', async () => {
    const { leader, youth } = scene.users;
    assert.equal(said(await scene.say(youth, 'maatregelen')), 'Stap 3 is nog niet geopend: er zijn nog geen maatregelen.');
    assert.equal(said(await scene.say(leader, 'open stap 3 tot 18-12-2026 17:00')),
      'Stap 3 kan pas open als stap 2 is afgerond: de maatregelen horen bij de prioriteitenlijst uit het overleg van stap 2. Stel de lijst vast met @Veiligheidsplanner prioriteitenlijst &lt;cluster&gt;, &lt;cluster&gt;, … en sluit het overleg af met @Veiligheidsplanner sluit overleg 2.');
    assert.equal(said(await scene.say(youth, 'open stap 3 tot 18-12-2026 17:00')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.equal((await scene.project()).steps.find((s) => s.number === 3)?.status, 'notOpen');
    assert.equal(said(await scene.say(leader, 'doel toevoegen')),
      'Stap 4 is nu nog niet geopend: doelen, beoordeling en monitoring kunnen pas als stap 4 geopend is. Er is niets veranderd.');
    await scene.say(leader, 'sluit overleg 2 toch');
    assert.match(said(await scene.say(leader, 'open stap 3 tot 18-12-2026 17:00')), /^Stap 3 is geopend\./);
  });

  it('withdraws a "niets" when the same participant adds a measure for that problem', async () => {
    const { housing } = scene.users;
    await scene.execute(housing, 'measure.nothing', { projectId, problemId: 'cluster-2' });
    await scene.execute(housing, 'measure.nothing', { projectId, problemId: 'cluster-2' });
    assert.equal((await entries<NoMeasure>('noMeasure')).length, 1, 'saying it twice stores it once');
    const saved = await scene.execute(housing, 'measure.save', {
      projectId, problemId: 'cluster-2', measureId: '', description: 'Huismeester spreekt jongeren aan', organisation: 'Woonstede', targets: 'groepen', measureKind: 'preventief',
    });
    assert.match(shown(saved.invokeCard), /Je maatregel is opgeslagen bij "Jongeren"/);
    assert.equal((await entries<NoMeasure>('noMeasure')).length, 0);
    const mine = shown((await scene.execute(housing, 'measure.mine', { projectId })).invokeCard);
    assert.match(mine, /3\. Jongeren \| Huismeester spreekt jongeren aan \| Soort: Groepen · Type: Preventief \| Wijzigen \| Verwijderen \| Maatregel toevoegen$/);
  });

  it('takes a measure through the Action.Submit fallback too, and keeps typed text free of markup', async () => {
    const { police } = scene.users;
    const form = await scene.execute(police, 'measure.form', { projectId, problemId: 'cluster-1' });
    const fallback = actionsOf(form.invokeCard ?? {})[0] as { fallback?: { data?: Record<string, unknown> } } | undefined;
    const data = fallback?.fallback?.data ?? assert.fail('the save button has a fallback');
    assert.equal(data.verb, 'measure.save');
    await scene.submit(police, { ...data, description: 'Toezicht **met** [camera](https://x.nl)', organisation: 'Politie', targets: 'gebied', measureKind: 'preventief' });
    const stored = (await entries<Measure>('measure')).find((m) => m.organisation === 'Politie');
    assert.equal(stored?.description, 'Toezicht **met** [camera](https://x.nl)', 'stored as typed');
    const list = await scene.say(police, 'maatregelen');
    const page = JSON.stringify(list.cards[1]);
    assert.ok(page.includes('Toezicht \\\\*\\\\*met\\\\*\\\\* \\\\[camera\\\\](https://x.nl)'), 'shown escaped, so no link or bold');
  });

  it('speaks English to people who chose English for what only they see (the project speaks Dutch)', async () => {
    const english = { ...scene.users.shops, locale: 'en-US' };
    assert.match(shown((await scene.execute(english, 'measure.mine', { projectId })).invokeCard), /^Mijn maatregelen \(stap 3\)/, 'the Teams locale alone does not decide');
    await scene.say(english, 'my language english');
    const mine = await scene.execute(english, 'measure.mine', { projectId });
    assert.match(shown(mine.invokeCard), /^My measures \(step 3\) \| For each problem on the priority list/);
    const form = await scene.execute(english, 'measure.form', { projectId, problemId: 'cluster-3' });
    assert.match(shown(form.invokeCard), /Proactive: aimed at reducing the chance of problems before they arise/);
  });

  it('posts the overview in answer when the leader closes step 3 by hand', async () => {
    const { leader, youth } = scene.users;
    at('2026-12-10T09:00:00Z');
    const closed = await scene.say(leader, 'sluit stap 3');
    assert.equal(closed.texts[0], 'De invoer voor stap 3 is gesloten.');
    assert.deepEqual(closed.cards.map((c) => shown(c).split(' | ')[0]), ['Huidige maatregelen (stap 3): Overlast Stationsplein', 'Maatregelen per probleem']);
    assert.match(shown(closed.cards[0]), /Nog geen antwoord \| Gemeente Havenstad, Jongerenwerk, Winkeliersvereniging/);
    assert.equal(said(await scene.execute(youth, 'measure.form', { projectId, problemId: 'cluster-2' })), 'Stap 3 staat nu op "invoer gesloten": invoeren kan niet. Er is niets opgeslagen.');
  });

  it('asks for a goal before a monitoring agreement, and keeps step 4 work to the leader', async () => {
    const { leader, police } = scene.users;
    await scene.say(leader, 'open stap 4 tot 20-12-2026 17:00');
    assert.equal(said(await scene.execute(leader, 'goals.monitoring.form', { projectId })),
      'Er zijn nog geen doelen; een monitoringafspraak hoort bij een doel. Voeg eerst een doel toe met @Veiligheidsplanner doel toevoegen.');
    assert.equal(said(await scene.say(police, 'doel toevoegen')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.equal(said(await scene.execute(police, 'goals.assess', { projectId, problemId: 'cluster-1' })), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    const stranger = scene.harness.teams.user('Onbekende Gast', { aadObjectId: 'ffffffff-0000-4000-8000-000000000001' });
    const callsBefore = scene.harness.connector.calls().length;
    assert.equal(said(await scene.say(police, 'nieuwe deelnemers', { mentions: [stranger] })), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.ok(!scene.harness.connector.calls().slice(callsBefore).some((c) => c.path.includes('members')), 'nobody is looked up for a participant');
    const leaderCalls = scene.harness.connector.calls().length;
    assert.equal(said(await scene.say(leader, 'nieuwe deelnemers', { mentions: [stranger] })), 'Onbekende Gast kon ik niet vinden in dit team. Is deze persoon lid van het team?');
    assert.ok(scene.harness.connector.calls().slice(leaderCalls).some((c) => c.path.includes('members')), 'for the leader the roster is asked');
    assert.equal(said(await scene.say(leader, 'nieuwe deelnemers nee')), 'Vastgelegd: er zijn geen nieuwe deelnemers nodig.');
    assert.equal((await scene.project()).participants.length, 5);
    const goals = await scene.say(police, 'doelen');
    assert.match(shown(goals.cards[0]), /^Doelstellingen \(SMART\): 0 \| .* \| Er zijn nog geen doelen\./);
    scene.assertAllCardsValid();
  });
});
