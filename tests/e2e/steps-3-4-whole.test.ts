import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { readMeasureWork } from '../../src/steps/3-measures/app/step-work';
import type { Measure, NoMeasure } from '../../src/steps/3-measures/domain/measure';
import type { MeasureStepWork } from '../../src/steps/3-measures/domain/step-work';
import { assessmentOf, goalsOf, monitoringAgreementsOf, ownOrganisationAgreementsOf } from '../../src/steps/4-goals';
import type { Goal } from '../../src/steps/4-goals/domain/goal';
import { cardsOf, type BotActivity } from '../harness/connector-double';
import { projectThroughStep2 } from '../harness/priority-project';
import { actionsOf, inputsOf, said, Scene, shownCard as shown, type Answer } from '../harness/scene';
import type { TeamsUser } from '../harness/teams-driver';

/**
 * Steps 3 and 4 over real HTTP on a fake clock, continuing a project whose step 2 fixed the
 * priority list 1 Openbare orde, 2 Winkelgebied, 3 Jongeren: participants of four organisations
 * enter their current measures (one answers "niets"), the deadline closes the input with the
 * overview, the overview with its gaps is posted before the step 4 meeting, and the meeting
 * records its work: SMART goals, the assessment with extra measures, new participants, the
 * monitoring agreements and the agreements on involving the own organisations.
 */
describe('steps 3 and 4: current measures, then goals, assessment and monitoring (real HTTP, fake clock)', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  const at = (iso: string): void => {
    clock.now = new Date(iso);
  };
  let scene: Scene;
  let projectId = '';
  let meetingCardId = '';
  const transcriptLines: string[] = [];

  const measures = async (): Promise<Measure[]> => (await scene.harness.bot.store.listEntries<Measure>(projectId, { kind: 'measure' })).map((e) => e.doc);
  const nothing = async (): Promise<NoMeasure[]> => (await scene.harness.bot.store.listEntries<NoMeasure>(projectId, { kind: 'noMeasure' })).map((e) => e.doc);
  const goals = async (): Promise<Goal[]> => (await scene.harness.bot.store.listEntries<Goal>(projectId, { kind: 'goal' })).map((e) => e.doc);
  const measureWork = async (): Promise<MeasureStepWork> => (await readMeasureWork({ store: scene.harness.bot.store }, await scene.project())).work;
  /** The scheduler runs its due jobs at the given fake time, then the outbox delivers; returns what reached the connector. */
  const runTimedWork = async (iso: string): Promise<BotActivity[]> => {
    at(iso);
    const before = scene.harness.connector.activities().length;
    await scene.harness.bot.scheduler.tick();
    await scene.harness.bot.outbox.drain();
    return scene.harness.connector.activities().slice(before);
  };
  /** The card's texts as people see them: an action's Action.Submit fallback repeats its title, so it is left out. */
  type Node = Record<string, unknown>;
  const all = (node: unknown, match: (n: Node) => boolean, found: Node[] = []): Node[] => {
    if (Array.isArray(node)) for (const n of node) all(n, match, found);
    else if (node && typeof node === 'object') {
      if (match(node as Node)) found.push(node as Node);
      for (const v of Object.values(node)) all(v, match, found);
    }
    return found;
  };
  const channelTexts = (posted: readonly BotActivity[]): string[] => posted.flatMap((a) => [...(a.text ? [a.text] : []), ...cardsOf(a).map(shown)]);
  const enterMeasure = async (who: TeamsUser, problemId: string, fields: Record<string, string>): Promise<Answer> => {
    const form = await scene.execute(who, 'measure.form', { projectId, problemId });
    const save = actionsOf(form.invokeCard ?? {}).find((a) => a.verb === 'measure.save');
    assert.ok(save, `the form for ${problemId} saves with measure.save: ${said(form)}`);
    return scene.execute(who, 'measure.save', { ...inputsOf(form.invokeCard), ...save.data, ...fields });
  };

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    projectId = await projectThroughStep2(scene, at);
  });
  after(async () => {
    if (process.env.E2E_TRANSCRIPT) writeFileSync(process.env.E2E_TRANSCRIPT, `${[...scene.transcript, '', ...transcriptLines].join('\n')}\n`);
    await scene?.stop();
  });

  it('opens step 3 with its card once step 2 is done, with an extra criterion for measures', async () => {
    const { leader } = scene.users;
    at('2026-12-07T12:00:00Z');
    const opened = await scene.say(leader, 'open stap 3 tot 18-12-2026 17:00');
    assert.equal(opened.texts[0], 'Stap 3 is geopend. Invoer is mogelijk tot vrijdag 18 december 2026 om 17:00.');
    const stepCard = opened.cards[0] ?? {};
    assert.match(shown(stepCard), /^Stap 3 is geopend: Wat doen wij al\?/);
    assert.deepEqual(actionsOf(stepCard).map((a) => [a.verb, a.title, a.data?.projectId]), [['measure.mine', 'Maatregelen invoeren', projectId]]);
    assert.equal(said(await scene.say(leader, 'maatregelcriterium toevoegen Looptijd: tijdelijk, structureel')),
      'Criterium “Looptijd” is toegevoegd met de waarden tijdelijk, structureel. Het staat vanaf nu op het invoerformulier van stap 3.');
  });

  it('shows every participant the priority problems with their own answers and buttons', async () => {
    const mine = await scene.execute(scene.users.police, 'measure.mine', { projectId });
    const text = shown(mine.invokeCard);
    assert.match(text, /^Mijn maatregelen \(stap 3\) \| Geef per probleem van de prioriteitenlijst aan/);
    assert.match(text, /Invoer is mogelijk tot vrijdag 18 december 2026 om 17:00\./);
    assert.match(text, /1\. Openbare orde \| Je hebt hier nog niets ingevoerd\. \| Maatregel toevoegen \| Wij doen hier \(nog\) niets aan \| 2\. Winkelgebied .*\| 3\. Jongeren/);
    const form = await scene.execute(scene.users.police, 'measure.form', { projectId, problemId: 'cluster-1' });
    const formText = shown(form.invokeCard);
    assert.match(formText, /^Huidige maatregel bij: Openbare orde/);
    assert.match(formText, /Organisatie die de maatregel uitvoert \| Politie/);
    assert.match(formText, /Dader\(s\) \| daders \| Groepen \| groepen \| Slachtoffers \| slachtoffers \| Gebiedsgericht \| gebied/);
    assert.match(formText, /Proactief: gericht op het verminderen van de kans op problemen voordat deze ontstaan \| proactief \| Preventief: voorkomen dat problemen toenemen \| preventief \| Repressief: ingrijpen nadat problemen ontstaan zijn \| repressief/);
    assert.match(formText, /Looptijd \| Vul dit in\. \| tijdelijk \| tijdelijk \| structureel \| structureel/);
  });
  it('takes the measures of four organisations through the form, one "niets" included', async () => {
    const { police, housing, youth, shops } = scene.users;
    const typed: [TeamsUser, string, string, string, string, string][] = [
      // who, problem, description, soort, type, Looptijd
      [police, 'cluster-1', 'Extra surveillance bij de fietsenstalling op vrijdag- en zaterdagavond', 'daders,gebied', 'repressief', 'tijdelijk'],
      [police, 'cluster-1', 'Cameratoezicht op het stationsplein', 'gebied', 'preventief', 'structureel'],
      [police, 'cluster-3', 'Aanpak van veelplegers samen met het OM', 'daders', 'repressief', 'structureel'],
      [shops, 'cluster-3', 'Collectief winkelverbod', 'daders', 'repressief', 'structureel'],
      [shops, 'cluster-3', 'Voorlichting aan winkelpersoneel over zakkenrollerij', 'slachtoffers', 'preventief', 'tijdelijk'],
      [youth, 'cluster-2', 'Ambulant jongerenwerk op vrijdagavond', 'groepen', 'preventief', 'structureel'],
      [youth, 'cluster-1', 'Gesprekken met hangjongeren bij het station', 'groepen', 'proactief', 'tijdelijk'],
      [housing, 'cluster-1', 'Betere verlichting in de portieken', 'gebied', 'preventief', 'structureel'],
    ];
    const looptijd = (await measureWork()).criteria[0]?.id ?? assert.fail('the criterion is stored');
    for (const [index, [who, problemId, description, targets, measureKind, duration]] of typed.entries()) {
      at(new Date(Date.parse('2026-12-08T09:00:00Z') + index * 60_000).toISOString());
      const saved = await enterMeasure(who, problemId, { description, targets, measureKind, [`criterion-${looptijd}`]: duration });
      assert.match(shown(saved.invokeCard), new RegExp(`^Huidige maatregel bij: .* \\| Je maatregel is opgeslagen bij ".*": “${description}”\\.`));
    }
    const again = await scene.execute(police, 'measure.save', { projectId, problemId: 'cluster-1', measureId: '', description: 'Cameratoezicht op het stationsplein', organisation: 'Politie', targets: 'gebied', measureKind: 'preventief', [`criterion-${looptijd}`]: 'structureel' });
    assert.match(shown(again.invokeCard), /Je maatregel is opgeslagen bij "Openbare orde"/, 'a double submit is the same measure');
    const nothingAnswer = await scene.execute(housing, 'measure.nothing', { projectId, problemId: 'cluster-2' });
    assert.match(shown(nothingAnswer.invokeCard), /^Mijn maatregelen \(stap 3\) \| Vastgelegd: jouw organisatie doet \(nog\) niets aan "Jongeren"\./);
    assert.match(shown(nothingAnswer.invokeCard), /3\. Jongeren \| Je gaf aan: jouw organisatie doet hier \(nog\) niets aan\. \| Maatregel toevoegen$/);
    await scene.execute(housing, 'measure.nothing', { projectId, problemId: 'cluster-3' });
    assert.equal(said(await scene.execute(housing, 'measure.nothing', { projectId, problemId: 'cluster-1' })),
      'Je hebt bij "Openbare orde" al maatregelen ingevoerd. Doet jouw organisatie hier toch niets aan, verwijder die dan eerst. Er is niets veranderd.');
    const stored = await measures();
    assert.equal(stored.length, 8);
    assert.deepEqual(
      stored.filter((m) => m.author === (stored.find((x) => x.organisation === 'Politie')?.author ?? '')).map((m) => [m.problemId, m.organisation, m.targets.join('+'), m.measureKind]).sort(),
      [['cluster-1', 'Politie', 'daders+gebied', 'repressief'], ['cluster-1', 'Politie', 'gebied', 'preventief'], ['cluster-3', 'Politie', 'daders', 'repressief']],
    );
    assert.deepEqual((await nothing()).map((n) => [n.problemId, n.organisation]).sort(), [['cluster-2', 'Woonstede'], ['cluster-3', 'Woonstede']]);
  });

  it('lets the author change and delete their own measure, and nobody else', async () => {
    const { police, shops } = scene.users;
    const mine = await scene.execute(police, 'measure.mine', { projectId });
    const text = shown(mine.invokeCard);
    assert.match(text, /1\. Openbare orde \| Extra surveillance bij de fietsenstalling op vrijdag- en zaterdagavond \| Soort: Dader\(s\), Gebiedsgericht · Type: Repressief · Looptijd: tijdelijk \| Wijzigen \| Verwijderen/);
    assert.doesNotMatch(text, /Collectief winkelverbod|hangjongeren/, 'only their own measures');
    const camera = (await measures()).find((m) => m.description === 'Cameratoezicht op het stationsplein') ?? assert.fail('camera measure');
    const edit = await scene.execute(police, 'measure.edit', { projectId, measureId: camera.id });
    assert.match(shown(edit.invokeCard), /^Je maatregel wijzigen bij: Openbare orde/);
    const save = actionsOf(edit.invokeCard ?? {}).find((a) => a.verb === 'measure.save') ?? assert.fail('save');
    assert.equal(save.data?.measureId, camera.id);
    const fields = { organisation: 'Gemeente Havenstad en Politie', targets: 'gebied,daders', measureKind: 'preventief', [`criterion-${(await measureWork()).criteria[0]?.id ?? ''}`]: 'structureel' };
    const refused = await scene.execute(shops, 'measure.save', { ...save.data, description: 'Gekaapt', ...fields });
    assert.equal(said(refused), 'Deze maatregel is door iemand anders ingevoerd. Alleen wie een maatregel invoerde, kan hem wijzigen of verwijderen. Er is niets veranderd.');
    assert.equal(said(await scene.execute(shops, 'measure.delete', { projectId, measureId: camera.id })),
      'Deze maatregel is door iemand anders ingevoerd. Alleen wie een maatregel invoerde, kan hem wijzigen of verwijderen. Er is niets veranderd.');
    const changed = await scene.execute(police, 'measure.save', { ...inputsOf(edit.invokeCard), ...save.data, description: 'Cameratoezicht op het stationsplein met live uitkijken', ...fields });
    assert.match(shown(changed.invokeCard), /^Mijn maatregelen \(stap 3\) \| Je maatregel is gewijzigd: “Cameratoezicht op het stationsplein met live uitkijken”\./);
    const after = (await measures()).find((m) => m.id === camera.id);
    assert.deepEqual([after?.description, after?.organisation, after?.targets], ['Cameratoezicht op het stationsplein met live uitkijken', 'Gemeente Havenstad en Politie', ['daders', 'gebied']]);
    const extra = await enterMeasure(police, 'cluster-2', { description: 'Per ongeluk hier', targets: 'groepen', measureKind: 'proactief', [`criterion-${(await measureWork()).criteria[0]?.id ?? ''}`]: 'tijdelijk' });
    assert.match(shown(extra.invokeCard), /Je maatregel is opgeslagen bij "Jongeren"/);
    const slip = (await measures()).find((m) => m.description === 'Per ongeluk hier') ?? assert.fail('slip');
    const deleted = await scene.execute(police, 'measure.delete', { projectId, measureId: slip.id });
    assert.match(shown(deleted.invokeCard), /^Mijn maatregelen \(stap 3\) \| Je maatregel is verwijderd: “Per ongeluk hier”\./);
    // Deleting it again (a second press, or Teams delivering the press again): the list as it is, saying so.
    assert.match(shown((await scene.execute(police, 'measure.delete', { projectId, measureId: slip.id })).invokeCard),
      /^Mijn maatregelen \(stap 3\) \| Deze maatregel bestaat niet \(meer\) in dit project; misschien heb je hem al verwijderd\. Er is niets veranderd\./);
    assert.equal((await measures()).length, 8);
  });

  it('refuses bad input with a clear Dutch message and changes nothing', async () => {
    const { youth } = scene.users;
    const criterion = `criterion-${(await measureWork()).criteria[0]?.id ?? ''}`;
    const base = { projectId, measureId: '', description: 'Iets', organisation: 'Jongerenwerk', targets: 'groepen', measureKind: 'preventief', [criterion]: 'tijdelijk' };
    assert.equal(said(await scene.execute(youth, 'measure.save', { ...base, problemId: 'cluster-9' })),
      'Dit probleem staat niet (meer) op de prioriteitenlijst van stap 2; maatregelen horen bij de problemen op die lijst. Er is niets opgeslagen.');
    assert.equal(said(await scene.execute(youth, 'measure.form', { projectId, problemId: 'cluster-9' })),
      'Dit probleem staat niet (meer) op de prioriteitenlijst van stap 2; maatregelen horen bij de problemen op die lijst. Er is niets opgeslagen.');
    const wrongTyping = await scene.execute(youth, 'measure.save', { ...base, problemId: 'cluster-2', targets: 'daders,buurtbewoners', measureKind: 'curatief' });
    const wrongText = shown(wrongTyping.invokeCard);
    assert.match(wrongText, /^Huidige maatregel bij: Jongeren \| Niet opgeslagen: verbeter de velden met een melding\./);
    assert.equal((wrongText.match(/Kies uit de mogelijkheden\./g) ?? []).length, 2, 'soort and type are marked');
    const third = await scene.say(scene.users.leader, 'maatregelcriterium toevoegen Partner: intern, extern');
    assert.equal(said(third), 'Criterium “Partner” is toegevoegd met de waarden intern, extern. Het staat vanaf nu op het invoerformulier van stap 3.');
    assert.equal(said(await scene.say(scene.users.leader, 'maatregelcriterium toevoegen Kosten: laag, hoog')),
      'Er zijn al twee extra criteria voor maatregelen; meer kan niet. Verwijder er eerst een met: maatregelcriterium verwijderen &lt;naam&gt;. Voorbeeld: maatregelcriterium toevoegen Looptijd: tijdelijk, structureel. Er is niets veranderd.');
    assert.equal(said(await scene.say(scene.users.leader, 'maatregelcriterium verwijderen Partner')),
      'Criterium “Partner” is verwijderd en staat niet meer op het formulier van stap 3. Waarden die al zijn ingevoerd, blijven bewaard maar worden niet meer getoond.');
    assert.equal(said(await scene.say(youth, 'maatregelcriterium toevoegen Kosten: laag, hoog')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.equal((await measures()).length, 8);
    assert.equal((await measureWork()).criteria.length, 1);
  });
  it('reminds only the leader, whose organisation gave no answer, 48 h before the deadline', async () => {
    const posted = await runTimedWork('2026-12-16T16:00:01Z');
    const channel = posted.filter((a) => a.conversationId === scene.harness.teams.context.channel.id).map((a) => a.text);
    assert.deepEqual(channel, [
      'Herinnering stap 3 (Wat doen wij al?): de invoer sluit vrijdag 18 december 2026 om 17:00. 1 van de 5 deelnemers heeft nog niets ingevoerd; ieder van hen krijgt een persoonlijk bericht.',
    ]);
    const reminded = Object.values(scene.users).filter((u) => scene.personalMessages(u).some((a) => a.text?.startsWith('Hallo')));
    assert.deepEqual(reminded, [scene.users.leader]);
  });

  it('closes the input at the deadline and posts the overview with its gaps', async () => {
    await runTimedWork('2026-12-17T16:00:01Z');
    const posted = await runTimedWork('2026-12-18T16:00:01Z');
    const texts = channelTexts(posted);
    transcriptLines.push('== Bij het sluiten van de invoer van stap 3 in het kanaal ==', ...texts.flatMap((t) => [...t.split(' | '), '']));
    assert.equal(texts[0], 'De deadline van stap 3 (Wat doen wij al?) is verstreken: de invoer is gesloten.');
    assert.equal(texts.length, 3, 'notice, summary, one page');
    const [, summary = '', page = ''] = texts;
    assert.equal(summary, [
      'Huidige maatregelen (stap 3): Overlast Stationsplein',
      '8 maatregelen van 4 organisaties bij 3 prioritaire problemen.',
      'Aantallen per soort en type',
      'Soort maatregel', 'Dader(s) 4 · Groepen 2 · Slachtoffers 1 · Gebiedsgericht 3',
      'Type maatregel', 'Proactief 1 · Preventief 4 · Repressief 3',
      'Nog geen antwoord', 'Gemeente Havenstad',
      'Hiaten',
      '1. Openbare orde: niemand richt zich op slachtoffers',
      '2. Winkelgebied: geen gebiedsgerichte maatregel',
      '3. Jongeren: niemand richt zich op daders; niemand richt zich op slachtoffers; geen gebiedsgerichte maatregel',
    ].join(' | '));
    assert.match(page, /^Maatregelen per probleem \| 1\. Openbare orde: 4 maatregelen \| Soort: Dader\(s\) 2 · Groepen 1 · Slachtoffers 0 · Gebiedsgericht 3 · Type: Proactief 1 · Preventief 2 · Repressief 1 \| Nog geen antwoord: Gemeente Havenstad, Winkeliersvereniging \| Hiaten: niemand richt zich op slachtoffers/);
    assert.match(page, /Cameratoezicht op het stationsplein met live uitkijken \| Gemeente Havenstad en Politie · Soort: Dader\(s\), Gebiedsgericht · Type: Preventief · Looptijd: structureel/);
    assert.match(page, /2\. Winkelgebied: 3 maatregelen \| .* \| Doet \(nog\) niets: Woonstede \| Nog geen antwoord: Gemeente Havenstad, Jongerenwerk \| Hiaten: geen gebiedsgerichte maatregel/);
    assert.match(page, /3\. Jongeren: 1 maatregel \| Soort: Dader\(s\) 0 · Groepen 1 · Slachtoffers 0 · Gebiedsgericht 0 · Type: Proactief 0 · Preventief 1 · Repressief 0 \| Doet \(nog\) niets: Woonstede \| Nog geen antwoord: Gemeente Havenstad, Politie, Winkeliersvereniging/);
    assert.equal((await scene.project()).steps.find((st) => st.number === 3)?.status, 'inputClosed');
    const typed = await scene.say(scene.users.housing, 'maatregelen');
    assert.deepEqual(typed.cards.map(shown), texts.slice(1), '`maatregelen` shows the same overview');
  });

  it('refuses input after the deadline', async () => {
    const { youth, police } = scene.users;
    const late = await scene.execute(youth, 'measure.save', { projectId, problemId: 'cluster-2', measureId: '', description: 'Te laat', organisation: 'Jongerenwerk', targets: 'groepen', measureKind: 'preventief' });
    assert.equal(said(late), 'De invoer voor stap 3 is gesloten (deadline vrijdag 18 december 2026 om 17:00). Er is niets opgeslagen.');
    assert.equal(said(await scene.execute(youth, 'measure.nothing', { projectId, problemId: 'cluster-3' })),
      'De invoer voor stap 3 is gesloten (deadline vrijdag 18 december 2026 om 17:00). Er is niets opgeslagen.');
    const own = (await measures()).find((m) => m.description.startsWith('Extra surveillance')) ?? assert.fail('own measure');
    assert.equal(said(await scene.execute(police, 'measure.delete', { projectId, measureId: own.id })),
      'De invoer voor stap 3 is gesloten (deadline vrijdag 18 december 2026 om 17:00): wijzigen en verwijderen kan niet meer. Er is niets veranderd.');
    const mine = shown((await scene.execute(police, 'measure.mine', { projectId })).invokeCard);
    assert.match(mine, /De invoer van stap 3 is gesloten: invoeren, wijzigen en verwijderen kan niet meer\./);
    assert.doesNotMatch(mine, /Wijzigen|Maatregel toevoegen/);
    assert.equal((await measures()).length, 8);
    assert.equal((await nothing()).length, 2);
  });
  it('opens step 4 with its buttons, plans its meeting and sends no reminders: the goals are the leader’s', async () => {
    const { leader } = scene.users;
    at('2026-12-21T09:00:00Z');
    const opened = await scene.say(leader, 'open stap 4 tot 08-01-2027 17:00');
    assert.equal(opened.texts[0], 'Stap 4 is geopend. Invoer is mogelijk tot vrijdag 8 januari 2027 om 17:00.');
    assert.deepEqual(actionsOf(opened.cards[0] ?? {}).map((a) => [a.verb, a.title]), [['goals.list', 'Doelen'], ['goals.assessment', 'Beoordeling'], ['goals.monitoring', 'Monitoring']]);
    const planned = await scene.say(leader, 'overleg stap 4 op 11-01-2027 10:00');
    assert.equal(planned.texts[0], 'Het overleg van stap 4 is gepland op maandag 11 januari 2027 om 10:00.');
    assert.deepEqual(await runTimedWork('2027-01-06T16:00:01Z'), [], 'no reminder 48 h before');
    assert.deepEqual(await runTimedWork('2027-01-07T16:00:01Z'), [], 'no reminder 24 h before');
    assert.deepEqual(channelTexts(await runTimedWork('2027-01-08T16:00:01Z')), ['De deadline van stap 4 (Wat willen wij bereiken?) is verstreken: de invoer is gesloten.']);
  });

  it('posts the agenda and the measures overview with its gaps 24 h before the step 4 meeting', async () => {
    const posted = await runTimedWork('2027-01-10T09:00:01Z');
    const texts = channelTexts(posted);
    transcriptLines.push('== 24 uur voor het overleg van stap 4 in het kanaal ==', ...texts.flatMap((t) => [...t.split(' | '), '']));
    assert.equal(texts.length, 3, 'agenda, summary, one page');
    const [agenda = '', summary = '', page = ''] = texts;
    assert.match(agenda, /^Over 24 uur: overleg stap 4, Wat willen wij bereiken\? \| Gepland: maandag 11 januari 2027 om 10:00/);
    assert.match(agenda, /2\. Doelstelling: wat willen we wanneer bereiken\?.*3\. Beoordelen van de ingevoerde maatregelen.*9\. Afspraken over het invoeren van de voortgangsgegevens \(monitoring\)/);
    assert.match(summary, /^Huidige maatregelen \(stap 3\): Overlast Stationsplein \| 8 maatregelen van 4 organisaties/);
    assert.match(summary, /Hiaten \| 1\. Openbare orde: niemand richt zich op slachtoffers \| 2\. Winkelgebied: geen gebiedsgerichte maatregel \| 3\. Jongeren: niemand richt zich op daders; niemand richt zich op slachtoffers; geen gebiedsgerichte maatregel$/);
    assert.match(page, /^Maatregelen per probleem \| 1\. Openbare orde: 4 maatregelen/);
    assert.deepEqual(await runTimedWork('2027-01-10T12:00:00Z'), [], 'posted once');
  });
  it('runs the meeting: the leader enters three SMART goals, one refused first for a missing element', async () => {
    const { leader, police } = scene.users;
    at('2027-01-11T09:00:00Z');
    await scene.say(leader, 'start overleg 4');
    meetingCardId = (await scene.project()).meetings.find((m) => m.step === 4)?.cardActivityId ?? '';
    assert.notEqual(meetingCardId, '');
    await scene.execute(leader, 'meeting.item', { projectId, step: '4', item: 'opening', outcome: 'Welkom; de maatregelen van stap 3 liggen voor.' }, { replyToId: meetingCardId });
    const form = await scene.say(leader, 'doel toevoegen');
    const formText = shown(form.cards[0]);
    assert.match(formText, /^Een doel toevoegen \(stap 4\) \| Beschrijf één doel SMART/);
    assert.match(formText, /Specifiek: wat willen we precies bereiken\?.*Meetbaar: indicator.*Beginwaarde \(nu\).*Streefwaarde.*Hoe en door wie wordt het gemeten\?.*Acceptabel: wie dragen dit doel\?.*Realistisch: waarom is het haalbaar\?.*Tijdgebonden: vóór welke datum is het bereikt\?/);
    assert.match(formText, /1\. Openbare orde \| cluster-1 \| 2\. Winkelgebied \| cluster-3 \| 3\. Jongeren \| cluster-2/);
    const first = {
      projectId, what: 'Minder intimidatie van reizigers op het stationsplein', indicator: 'Meldingen van intimidatie per kwartaal', startValue: '38', targetValue: '',
      measuredBy: 'Politie, uit de meldingen in de basisvoorziening, elk kwartaal', carriedBy: 'Gemeente, politie en NS', whyRealistic: 'Met extra toezicht halveerde dit elders binnen een jaar',
      targetDate: '2027-12-31', problemIds: 'cluster-1',
    };
    const refused = await scene.execute(leader, 'goals.save', first);
    assert.match(shown(refused.invokeCard), /^Een doel toevoegen \(stap 4\) \| Niet opgeslagen: dit doel is nog niet SMART, het element Meetbaar ontbreekt of klopt niet\./);
    assert.match(shown(refused.invokeCard), /Streefwaarde \| Vul dit in\. \| Vul dit in\./, 'the target value is marked');
    assert.equal((await goals()).length, 0);
    const past = await scene.execute(leader, 'goals.save', { ...first, targetValue: '20', targetDate: '2026-12-31' });
    assert.match(shown(past.invokeCard), /Niet opgeslagen: dit doel is nog niet SMART, het element Tijdgebonden ontbreekt of klopt niet\..*Deze datum ligt in het verleden\./);
    assert.equal(said(await scene.execute(police, 'goals.save', { ...first, targetValue: '20' })), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    const saved = await scene.execute(leader, 'goals.save', { ...first, targetValue: '20' });
    assert.match(shown(saved.invokeCard), /^Een doel toevoegen \(stap 4\) \| Doel 1 is opgeslagen: “Minder intimidatie van reizigers op het stationsplein”\. Voeg hieronder het volgende doel toe\./);
    await scene.execute(leader, 'goals.save', { ...first, targetValue: '20' });
    assert.equal((await goals()).length, 1, 'a double click saves the goal once');
    at('2027-01-11T09:20:00Z');
    await scene.execute(leader, 'goals.save', {
      projectId, what: 'Minder winkeldiefstal en zakkenrollerij in de winkelstraat', indicator: 'Aangiften van winkeldiefstal en zakkenrollerij per maand', startValue: '25', targetValue: '15',
      measuredBy: 'Winkeliersvereniging en politie, maandelijks uit de aangiften', carriedBy: 'Winkeliersvereniging, politie en gemeente', whyRealistic: 'Het collectief winkelverbod werkt al; de voorlichting komt erbij',
      targetDate: '2028-03-31', problemIds: 'cluster-3',
    });
    at('2027-01-11T09:25:00Z');
    // The leader reads what only they see in English; the live agenda card stays the project's Dutch.
    await scene.say(leader, 'mijn taal engels');
    const third = await scene.execute(leader, 'goals.save', {
      projectId, what: 'Jongeren hebben een eigen plek en hangen minder rond het station', indicator: 'Jongeren die het jongerenwerk wekelijks bereikt', startValue: '15', targetValue: '40',
      measuredBy: 'Jongerenwerk, eigen registratie, elk kwartaal', carriedBy: 'Jongerenwerk, gemeente en Woonstede', whyRealistic: 'Er is een ruimte vrij in het buurthuis aan het plein',
      targetDate: '30-09-2027', problemIds: 'cluster-2,cluster-1',
    });
    assert.match(shown(third.invokeCard), /Goal 3 has been saved: “Jongeren hebben een eigen plek en hangen minder rond het station”\./);
    await scene.say(leader, 'mijn taal project');
    const live = scene.harness.connector.updates().filter((u) => u.id === meetingCardId).at(-1);
    assert.match(shown(cardsOf(live ?? {})[0]), /Doel 3: Jongeren hebben een eigen plek en hangen minder rond het station \(Jongeren die het jongerenwerk wekelijks bereikt: 15 → 40 vóór 30 september 2027\)/, 'the live card shows the goals');
    await scene.execute(leader, 'meeting.item', { projectId, step: '4', item: 'goals', outcome: 'Drie doelen vastgesteld; ze gelden tot eind 2027 en maart 2028.' }, { replyToId: meetingCardId });
    const list = await scene.say(scene.users.youth, 'doelen');
    const goalsText = list.cards.map(shown);
    transcriptLines.push('== @Veiligheidsplanner doelen ==', ...goalsText.flatMap((t) => [...t.split(' | '), '']));
    assert.equal(goalsText.length, 1);
    assert.match(goalsText[0] ?? '', /^Doelstellingen \(SMART\): 3 \| De doelen van de projectgroep\. Ze verschijnen vanzelf in stap 5 en 6\. \| Doel 1: Minder intimidatie van reizigers op het stationsplein \| Meetbaar \| Meldingen van intimidatie per kwartaal: van 38 naar 20\. Gemeten: Politie, uit de meldingen in de basisvoorziening, elk kwartaal \| Acceptabel \| Gemeente, politie en NS \| Realistisch \| Met extra toezicht halveerde dit elders binnen een jaar \| Tijdgebonden \| Bereikt vóór 31 december 2027 \| Problemen \| 1\. Openbare orde \| Doel 2/);
    assert.match(goalsText[0] ?? '', /Doel 3: .* \| Problemen \| 1\. Openbare orde, 3\. Jongeren$/);
    assert.doesNotMatch(goalsText[0] ?? '', /Doel toevoegen/, 'participants get no add button');
  });
  it('assesses the current measures per problem, with two extra measures and who carries them out', async () => {
    const { leader, police } = scene.users;
    at('2027-01-11T09:40:00Z');
    const overview = await scene.say(leader, 'beoordeling');
    const overviewText = shown(overview.cards[0]);
    assert.match(overviewText, /^Beoordeling van de huidige maatregelen \(stap 4\) \| Per probleem van de prioriteitenlijst/);
    assert.match(overviewText, /1\. Openbare orde \| Huidige maatregelen: 4 \| Hiaten: niemand richt zich op slachtoffers \| Nog niet beoordeeld\. \| Beoordelen/);
    assert.match(overviewText, /Nieuwe deelnemers nodig\? \| Nog niet besproken\./);
    const form = await scene.execute(leader, 'goals.assess', { projectId, problemId: 'cluster-1' });
    assert.match(shown(form.invokeCard), /^Beoordelen: Openbare orde \| Het oordeel van de groep .* \| Oordeel \| Vul dit in\. \| Voldoende \| voldoende \| Zo doorgaan \| doorgaan \| Meer nodig \| meerNodig/);
    const owners = all(form.invokeCard, (n) => n.id === 'owner')[0]?.choices as { title: string; value: string }[];
    const policeKey = owners.find((o) => o.title === 'Rachid El Amrani (Politie)')?.value ?? assert.fail('police is a choice');
    const assess = (problemId: string, fields: Record<string, string>) => scene.execute(leader, 'goals.assess.save', { projectId, problemId, ...fields });
    const noExtra = await assess('cluster-1', { judgement: 'meerNodig', note: 'Slachtoffers krijgen nog geen aandacht' });
    assert.match(shown(noExtra.invokeCard), /Bij "meer nodig" hoort ten minste één extra maatregel: vul in welke en door wie\. Er is niets opgeslagen\./);
    assert.equal(said(await scene.execute(police, 'goals.assess.save', { projectId, problemId: 'cluster-1', judgement: 'voldoende' })), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    assert.equal(said(await assess('cluster-7', { judgement: 'voldoende' })), 'Dit probleem staat niet (meer) op de prioriteitenlijst van stap 2. Er is niets veranderd.');
    const first = await assess('cluster-1', { judgement: 'meerNodig', note: 'Slachtoffers krijgen nog geen aandacht', description: 'Slachtofferhulp na elke melding van intimidatie', owner: policeKey });
    assert.match(shown(first.invokeCard), /Beoordeling opgeslagen voor "Openbare orde": Meer nodig, met extra maatregel “Slachtofferhulp na elke melding van intimidatie”\./);
    assert.match(shown(first.invokeCard), /Extra maatregelen \| Extra: Slachtofferhulp na elke melding van intimidatie \(door Rachid El Amrani, Politie\) \| Verwijderen/);
    await assess('cluster-3', { judgement: 'doorgaan', note: 'Het winkelverbod werkt' });
    const wrongExtra = await assess('cluster-3', { judgement: 'doorgaan', description: 'Iets extra', organisation: 'Gemeente' });
    assert.match(shown(wrongExtra.invokeCard), /Extra maatregelen horen bij het oordeel "meer nodig"/);
    const second = await assess('cluster-2', { judgement: 'meerNodig', description: 'Straatcoaches op vrijdag- en zaterdagavond', organisation: 'Stichting Straatcoaches' });
    assert.match(shown(second.invokeCard), /Extra: Straatcoaches op vrijdag- en zaterdagavond \(door Stichting Straatcoaches\)/);
    const outsider = await assess('cluster-2', { judgement: 'meerNodig', description: 'Nog iets', owner: 't:not-in-project' });
    assert.match(shown(outsider.invokeCard), /Die persoon doet niet mee aan dit project\. Kies een deelnemer, of vul de organisatie in\. Er is niets opgeslagen\./);
    const after = await scene.say(scene.users.shops, 'beoordeling');
    const afterText = shown(after.cards[0]);
    transcriptLines.push('== @Veiligheidsplanner beoordeling ==', ...afterText.split(' | '), '');
    assert.match(afterText, /1\. Openbare orde \| Huidige maatregelen: 4 \| Hiaten: niemand richt zich op slachtoffers \| Oordeel: Meer nodig — Slachtoffers krijgen nog geen aandacht \| Extra: Slachtofferhulp na elke melding van intimidatie \(door Rachid El Amrani, Politie\)/);
    assert.match(afterText, /2\. Winkelgebied \| Huidige maatregelen: 3 \| Hiaten: geen gebiedsgerichte maatregel \| Oordeel: Zo doorgaan — Het winkelverbod werkt/);
    assert.doesNotMatch(afterText, /Beoordelen/, 'participants do not get the button');
    for (const [item, outcome] of [['assessMeasures', 'Bij twee problemen is meer nodig.'], ['extraNeeded', 'Ja.'], ['extraWhich', 'Slachtofferhulp en straatcoaches.']]) {
      await scene.execute(leader, 'meeting.item', { projectId, step: '4', item, outcome }, { replyToId: meetingCardId });
    }
  });
  it('records that a new participant is needed and registers her right there, as in step 1', async () => {
    const { leader } = scene.users;
    const coach = scene.harness.teams.user('Sanne de Boer', { aadObjectId: '5a1c2d3e-7777-4e4e-8f8f-000000000042' });
    scene.harness.connector.addMember({ id: coach.id, name: 'Sanne de Boer', aadObjectId: '5a1c2d3e-7777-4e4e-8f8f-000000000042', tenantId: scene.harness.teams.context.tenantId });
    assert.equal(said(await scene.say(leader, 'nieuwe deelnemers misschien')),
      'Schrijf: @Veiligheidsplanner nieuwe deelnemers @naam (meldt hen meteen aan), nieuwe deelnemers ja &lt;wie of welke organisatie&gt;, of nieuwe deelnemers nee. Er is niets veranderd.');
    assert.equal(said(await scene.say(scene.users.police, 'nieuwe deelnemers nee')), 'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    const answer = await scene.say(leader, 'nieuwe deelnemers voor de straatcoaches', { mentions: [coach] });
    assert.deepEqual(answer.texts, ['Vastgelegd: er zijn nieuwe deelnemers nodig (voor de straatcoaches).', 'Aangemeld als deelnemer: Sanne de Boer.']);
    const project = await scene.project();
    assert.deepEqual(project.participants.at(-1)?.name, 'Sanne de Boer');
    assert.equal(project.participants.length, 6);
    await scene.execute(leader, 'meeting.item', { projectId, step: '4', item: 'newParticipants', outcome: 'Stichting Straatcoaches sluit aan.' }, { replyToId: meetingCardId });
    await scene.execute(leader, 'meeting.item', { projectId, step: '4', item: 'whoWhatWhen', outcome: 'Politie en Straatcoaches starten 1 februari; kosten volgen in stap 5.' }, { replyToId: meetingCardId });
    await scene.execute(leader, 'meeting.item', {
      projectId, step: '4', item: 'ownOrganisations', outcome: 'Iedere partner bespreekt de doelen vóór 1 februari in het eigen managementteam en met de achterban.',
    }, { replyToId: meetingCardId });
  });

  it('records two monitoring agreements and refuses one for somebody outside the project', async () => {
    const { leader, police, youth } = scene.users;
    at('2027-01-11T10:30:00Z');
    const list = await scene.say(leader, 'monitoring');
    assert.match(shown(list.cards[0]), /^Afspraken over de voortgangsgegevens \(monitoring\) \| .* \| Er zijn nog geen afspraken\..*Doel 1: Minder intimidatie .* \| Nog geen afspraak voor dit doel\..* \| Afspraak toevoegen$/);
    const form = await scene.execute(leader, 'goals.monitoring.form', { projectId });
    const card = form.invokeCard;
    assert.match(shown(card), /^Een monitoringafspraak toevoegen \| .* \| Doel \| Vul dit in\. \| Doel 1: Minder intimidatie van reizigers op het stationsplein/);
    assert.match(shown(card), /Hoe vaak\? \| Vul dit in\. \| wekelijks \| week \| elke twee weken \| twoWeeks \| maandelijks \| month \| elk kwartaal \| quarter \| op vaste data \| dates/);
    const choice = (id: string, title: RegExp): string =>
      ((all(card, (n) => n.id === id)[0]?.choices as { title: string; value: string }[]).find((c) => title.test(c.title))?.value ?? assert.fail(`${id} ${title}`));
    const goal1 = choice('goalId', /^Doel 1:/);
    const goal3 = choice('goalId', /^Doel 3:/);
    const save = (who: string, fields: Record<string, string>) => scene.execute(leader, 'goals.monitoring.save', { projectId, participant: who, ...fields });
    const outsider = await save('00000000-0000-0000-0000-0000000000aa:9b1f7c2e-1111-4c4c-9d9d-000000000099', { goalId: goal1, what: 'Meldingen', frequency: 'month', from: '2027-02-01' });
    assert.equal(said(outsider), 'De gekozen persoon doet niet mee aan dit project: alleen deelnemers kunnen voortgangsgegevens invoeren. Meld hem of haar eerst aan met @Veiligheidsplanner deelnemer toevoegen @naam. Er is niets opgeslagen.');
    const late = await save(choice('participant', /^Rachid/), { goalId: goal1, what: 'Meldingen', frequency: 'month', from: '2028-02-01' });
    assert.match(shown(late.invokeCard), /Niet opgeslagen: verbeter de velden met een melding\..*Deze datum ligt na de datum waarop het doel bereikt moet zijn\./);
    assert.equal(said(await scene.execute(police, 'goals.monitoring.save', { projectId, participant: choice('participant', /^Rachid/), goalId: goal1, what: 'x', frequency: 'week', from: '2027-02-01' })),
      'Alleen de projectleider (Marieke de Vries) kan dit doen.');
    const first = await save(choice('participant', /^Rachid El Amrani/), { goalId: goal1, what: 'het aantal meldingen van intimidatie op het stationsplein', frequency: 'quarter', from: '2027-03-31' });
    assert.match(shown(first.invokeCard), /^Een monitoringafspraak toevoegen \| Monitoringafspraak opgeslagen: Rachid El Amrani bij doel 1\. Voeg gerust de volgende toe\./);
    await save(choice('participant', /^Kevin Bakker/), { goalId: goal3, what: 'het aantal jongeren dat het jongerenwerk wekelijks bereikt', frequency: 'dates', dates: '1-4-2027, 1-7-2027, 30-9-2027' });
    const shownList = await scene.say(youth, 'monitoring');
    const listText = shown(shownList.cards[0]);
    transcriptLines.push('== @Veiligheidsplanner monitoring ==', ...listText.split(' | '), '');
    assert.match(listText, /Doel 1: Minder intimidatie van reizigers op het stationsplein \| Rachid El Amrani voert in: het aantal meldingen van intimidatie op het stationsplein; elk kwartaal vanaf 31 maart 2027 \(4 keer, tot 31 december 2027\)/);
    assert.match(listText, /Doel 2: .* \| Nog geen afspraak voor dit doel\./);
    assert.match(listText, /Doel 3: .* \| Kevin Bakker voert in: het aantal jongeren dat het jongerenwerk wekelijks bereikt; op 1 april 2027, 1 juli 2027, 30 september 2027$/);
    assert.doesNotMatch(listText, /Verwijderen|Afspraak toevoegen/);
    await scene.execute(leader, 'meeting.item', { projectId, step: '4', item: 'monitoring', outcome: 'Politie per kwartaal, jongerenwerk op drie peildata.' }, { replyToId: meetingCardId });
  });

  it('closes the meeting: its outcome keeps the work under the agenda items, and the goals', async () => {
    const { leader } = scene.users;
    at('2027-01-11T11:00:00Z');
    await scene.execute(leader, 'meeting.item', { projectId, step: '4', item: 'aobNextDate', outcome: 'Overleg stap 5 op 1 februari.' }, { replyToId: meetingCardId });
    const closed = await scene.say(leader, 'sluit overleg 4');
    assert.equal(closed.texts[0], 'Het overleg van stap 4 is afgesloten: 10 van 10 agendapunten besproken, en stap 4 is afgerond. Iedereen ziet de uitkomst met @Veiligheidsplanner overleg 4.');
    const outcome = shown((await scene.say(scene.users.housing, 'overleg 4')).cards[0]);
    transcriptLines.push('== @Veiligheidsplanner overleg 4 ==', ...outcome.split(' | '), '');
    assert.match(outcome, /^Uitkomst overleg stap 4: Wat willen wij bereiken\? \| Gehouden: maandag 11 januari 2027 om 10:00/);
    assert.match(outcome, /2\. Doelstelling: wat willen we wanneer bereiken\? \| Drie doelen vastgesteld.* \| Doel 1: Minder intimidatie van reizigers op het stationsplein \(Meldingen van intimidatie per kwartaal: 38 → 20 vóór 31 december 2027\)/);
    assert.match(outcome, /3\. Beoordelen van de ingevoerde maatregelen \| .* \| 1\. Openbare orde: Meer nodig \| 2\. Winkelgebied: Zo doorgaan \| 3\. Jongeren: Meer nodig/);
    assert.match(outcome, /4\. Zijn er aanvullende maatregelen nodig: ja\/nee\? \| Ja\. \| Ja: 2 extra maatregelen bij 2 problemen/);
    assert.match(outcome, /5\. Zo ja, welke extra maatregelen.* \| 1\. Openbare orde: Slachtofferhulp na elke melding van intimidatie \(door Rachid El Amrani, Politie\) \| 3\. Jongeren: Straatcoaches op vrijdag- en zaterdagavond \(door Stichting Straatcoaches\)/);
    assert.match(outcome, /6\. Zijn door de nieuwe maatregelen nieuwe deelnemers .* \| Ja: voor de straatcoaches \| Aangemeld: Sanne de Boer/);
    assert.match(outcome, /8\. Afspraken over het betrekken van achterbannen en de eigen organisatie \| Iedere partner bespreekt de doelen vóór 1 februari/);
    assert.match(outcome, /9\. Afspraken over het invoeren van de voortgangsgegevens \(monitoring\) \| .* \| Doel 1: Rachid El Amrani voert in: .* \| Doel 3: Kevin Bakker voert in: /);
    assert.match(outcome, /Doelstellingen \(SMART\) \| Doel 1: Minder intimidatie van reizigers op het stationsplein — Bereikt vóór 31 december 2027 · 1\. Openbare orde \| Doel 2: .* \| Doel 3: .* · 1\. Openbare orde, 3\. Jongeren \| Iedereen ziet de doelen/);
    const recorded = (await scene.project()).meetings.find((m) => m.step === 4);
    assert.equal(recorded?.work?.goals?.length, 3);
    assert.equal(recorded?.work?.extraWhich?.length, 2);
    assert.equal(recorded?.work?.monitoring?.length, 2);
    assert.equal(ownOrganisationAgreementsOf(await scene.project()), 'Iedere partner bespreekt de doelen vóór 1 februari in het eigen managementteam en met de achterban.');
  });

  it('hands steps 5 and 6 the goals, the extra measures and the monitoring dates', async () => {
    const project = await scene.project();
    const deps = { store: scene.harness.bot.store };
    assert.deepEqual((await goalsOf(deps, project)).map((g) => [g.number, g.targetDate, g.problemIds]), [
      [1, '2027-12-31', ['cluster-1']], [2, '2028-03-31', ['cluster-3']], [3, '2027-09-30', ['cluster-1', 'cluster-2']],
    ]);
    const { extraMeasures, newParticipants } = await assessmentOf(deps, project);
    assert.deepEqual(extraMeasures.map((x) => [x.problemId, x.description, x.ownerName, x.organisation]), [
      ['cluster-1', 'Slachtofferhulp na elke melding van intimidatie', 'Rachid El Amrani', 'Politie'],
      ['cluster-2', 'Straatcoaches op vrijdag- en zaterdagavond', null, 'Stichting Straatcoaches'],
    ]);
    assert.deepEqual(newParticipants?.registered, ['Sanne de Boer']);
    assert.deepEqual((await monitoringAgreementsOf(deps, project)).map((a) => [a.participantName, a.dueDates]), [
      ['Rachid El Amrani', ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']],
      ['Kevin Bakker', ['2027-04-01', '2027-07-01', '2027-09-30']],
    ]);
    scene.assertAllCardsValid();
  });
});
