import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { readMeasureWork } from '../../src/steps/3-measures/app/step-work';
import type { Measure, NoMeasure } from '../../src/steps/3-measures/domain/measure';
import type { MeasureStepWork } from '../../src/steps/3-measures/domain/step-work';
import { cardsOf, type AdaptiveCardJson, type BotActivity } from '../harness/connector-double';
import { projectThroughStep2 } from '../harness/priority-project';
import { actionsOf, cardText, Scene, type Answer } from '../harness/scene';
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
  const transcriptLines: string[] = [];

  const said = (answer: Answer): string => [...answer.texts, ...(answer.invokeText === undefined ? [] : [answer.invokeText])].join(' | ');
  const measures = async (): Promise<Measure[]> => (await scene.harness.bot.store.listEntries<Measure>(projectId, { kind: 'measure' })).map((e) => e.doc);
  const nothing = async (): Promise<NoMeasure[]> => (await scene.harness.bot.store.listEntries<NoMeasure>(projectId, { kind: 'noMeasure' })).map((e) => e.doc);
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
  const shown = (card: AdaptiveCardJson | undefined): string =>
    cardText(JSON.parse(JSON.stringify(card ?? {}, (key, value: unknown) => (key === 'fallback' ? undefined : value))) as AdaptiveCardJson);
  /** What Teams sends with a button: every input's current value (prefilled ones too), as the card shows them. */
  const inputsOf = (card: AdaptiveCardJson | undefined): Record<string, unknown> => {
    const values: Record<string, unknown> = {};
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string' && n.value !== undefined && n.value !== '') values[n.id] = n.value;
      Object.values(n).forEach(walk);
    };
    walk(card);
    return values;
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
    assert.equal(said(await scene.execute(police, 'measure.delete', { projectId, measureId: slip.id })),
      'Deze maatregel bestaat niet (meer) in dit project; misschien heb je hem al verwijderd. Er is niets veranderd.');
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
      'Er zijn al twee extra criteria voor maatregelen; meer kan niet. Verwijder er eerst een met: maatregelcriterium verwijderen <naam>. Voorbeeld: maatregelcriterium toevoegen Looptijd: tijdelijk, structureel. Er is niets veranderd.');
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
    assert.deepEqual(scene.harness.connector.createdConversations().map((c) => c.parameters.members?.[0]?.id), [scene.users.leader.id]);
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
});
