import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Problem } from '../../src/steps/2-problems/domain/problem';
import { actionsOf, cardText, Scene, type Answer } from '../harness/scene';
import type { SendOptions } from '../harness/teams-activities';

const SECOND: SendOptions = { channelId: '19:tweede-kanaal@thread.tacv2', conversationId: '19:tweede-kanaal@thread.tacv2' };
const NOT_AUTHOR = 'Dit probleem is door iemand anders ingevoerd. Alleen wie een probleem invoerde, kan het wijzigen of verwijderen. Er is niets veranderd.';
const GONE = 'Dit probleem bestaat niet (meer) in dit project; misschien heb je het al verwijderd. Er is niets veranderd.';
const CLOSED = 'De invoer voor stap 2 is gesloten (deadline donderdag 10 december 2026 om 17:00): wijzigen en verwijderen kan niet meer. Er is niets veranderd.';

/** The one line the bot answered, posted or in the Action.Execute response. */
const said = (answer: Answer): string => [...answer.texts, ...(answer.invokeText === undefined ? [] : [answer.invokeText])].join('\n');
/** A delete of what is not there answers with one's own list, saying so (in place for Execute, posted for Submit). */
const goneList = (answer: Answer): string => {
  const shown = answer.invokeCard ?? answer.cards[0];
  return shown ? cardText(shown).split(' | ').find((line) => line === GONE) ?? cardText(shown) : said(answer);
};

/**
 * Step 2 over real HTTP on a fake clock: the leader's extra criteria, entries with their values,
 * each participant's own list, changes and deletes by the author only, and the deadline.
 */
describe('step 2: entering, changing and deleting one’s own problems, with extra criteria', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  let scene: Scene;
  let projectId = '';
  let criterion = '';
  const entries = async (id = projectId): Promise<Problem[]> =>
    (await scene.harness.bot.store.list<Problem>(id, 'entry')).map((e) => e.doc).sort((a, b) => a.id.localeCompare(b.id));
  /** Runs `act` and checks that no entry and not the project document changed. */
  const unchanged = async (act: () => Promise<void>): Promise<void> => {
    const [before, project] = [await entries(), await scene.project()];
    await act();
    assert.deepEqual(await entries(), before);
    assert.deepEqual(await scene.project(), project);
  };
  const problem = (description: string, value = 'avond'): Record<string, unknown> => ({
    projectId, description, likelihood: 'hoog', consequences: 'personen', priority: 'midden', [`criterion-${criterion}`]: value,
  });
  const idOf = async (description: string): Promise<string> => {
    const found = (await entries()).find((e) => e.description === description);
    assert.ok(found, `an entry "${description}" is stored`);
    return found.id;
  };

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    await scene.saveProfile();
    await scene.say(scene.users.leader, 'deelnemer toevoegen', { mentions: [scene.users.police, scene.users.housing] });
    await scene.say(scene.users.police, 'organisatie Politie');
    await scene.say(scene.users.housing, 'organisatie Woonstede');
  });
  after(async () => scene?.stop());

  it('opens step 2 with a card that offers "Probleem invoeren" and "Mijn problemen"', async () => {
    const answer = await scene.say(scene.users.leader, 'open stap 2 tot 10-12-2026 17:00');
    const actions = actionsOf(answer.cards[0] ?? {});
    assert.deepEqual(actions.map((a) => [a.verb, a.title]), [['problem.form', 'Probleem invoeren'], ['problem.mine', 'Mijn problemen']]);
    projectId = String(actions[0]?.data?.projectId);
  });

  it('answers `mijn problemen` typed in the channel with the step card, whose button shows one’s own problems to oneself', async () => {
    const typed = await scene.say(scene.users.police, 'mijn problemen');
    assert.deepEqual(typed.texts, ['Je eigen problemen laat ik alleen aan jou zien, niet in het kanaal: kies hieronder Mijn problemen.']);
    assert.match(cardText(typed.cards[0] ?? {}), /^Stap 2 is geopend: Wat is het probleem\?/);
    const mine = actionsOf(typed.cards[0] ?? {}).find((a) => a.verb === 'problem.mine');
    assert.ok(mine, 'the button');
    assert.match(cardText((await scene.execute(scene.users.police, 'problem.mine', { ...mine.data })).invokeCard ?? {}), /^Mijn problemen \(stap 2\): 0/);
  });

  it('lets only the leader add criteria, at most two, with clear refusals that change nothing', async () => {
    await unchanged(async () => {
      assert.match(said(await scene.say(scene.users.police, 'criterium toevoegen Tijdstip: overdag, avond')), /Alleen de projectleider/);
      assert.equal(said(await scene.say(scene.users.leader, 'criterium toevoegen Plek: station')),
        'Geef minstens 2 verschillende waarden. Voorbeeld: criterium toevoegen Tijdstip: overdag, avond, nacht. Er is niets veranderd.');
      assert.match(said(await scene.say(scene.users.leader, 'criterium toevoegen Plek station, park')), /een dubbele punt/);
    });
    assert.equal(said(await scene.say(scene.users.leader, 'criterium toevoegen Tijdstip: overdag, avond, nacht')),
      'Criterium “Tijdstip” is toegevoegd met de waarden overdag, avond, nacht. Het staat vanaf nu op het invoerformulier van stap 2.');
    await unchanged(async () => {
      assert.match(said(await scene.say(scene.users.leader, 'criterium toevoegen tijdstip: ochtend, middag')), /al een criterium met die naam/);
    });
    assert.match(said(await scene.say(scene.users.leader, 'criterium toevoegen Plek: station, park')), /Criterium “Plek” is toegevoegd/);
    await unchanged(async () => {
      assert.match(said(await scene.say(scene.users.leader, 'criterium toevoegen Weer: droog, nat')), /Er zijn al twee extra criteria; meer kan niet/);
      assert.match(said(await scene.say(scene.users.leader, 'criterium verwijderen Weer')), /Er is geen criterium “Weer”. Bestaande criteria: Tijdstip, Plek/);
    });
    assert.match(said(await scene.say(scene.users.leader, 'criterium verwijderen plek')), /Criterium “Plek” is verwijderd/);
    const { criteria } = await scene.problemStepWork();
    assert.deepEqual(criteria.map((c) => [c.name, c.values]), [['Tijdstip', ['overdag', 'avond', 'nacht']]]);
    criterion = criteria[0]?.id ?? '';
  });

  it('shows the criterion on the form and stores the chosen value; outside the set or missing is refused', async () => {
    const form = await scene.execute(scene.users.police, 'problem.form', { projectId });
    assert.match(cardText(form.invokeCard ?? {}), /Tijdstip \| Vul dit in. \| overdag \| overdag \| avond \| avond \| nacht/);
    assert.match(JSON.stringify(form.invokeCard), new RegExp(`"id":"criterion-${criterion}"`));
    await unchanged(async () => {
      const outside = await scene.execute(scene.users.police, 'problem.save', problem('Drugshandel bij de fietsenstalling', 'ochtend'));
      assert.match(cardText(outside.invokeCard ?? {}), /Kies een van de mogelijkheden/);
      const missing = await scene.execute(scene.users.police, 'problem.save', { ...problem('Drugshandel bij de fietsenstalling'), [`criterion-${criterion}`]: undefined });
      assert.match(cardText(missing.invokeCard ?? {}), /Vul dit in/);
      const tooLong = await scene.execute(scene.users.police, 'problem.save', problem('x'.repeat(501)));
      assert.match(cardText(tooLong.invokeCard ?? {}), /Gebruik hoogstens 500 tekens/);
    });
    const saved = await scene.execute(scene.users.police, 'problem.save', problem('Drugshandel bij de fietsenstalling'));
    assert.match(cardText(saved.invokeCard ?? {}), /Je probleem is opgeslagen: “Drugshandel bij de fietsenstalling”/);
    await scene.execute(scene.users.police, 'problem.save', problem('Inbraken in bergingen', 'nacht'));
    await scene.execute(scene.users.housing, 'problem.save', problem('Hangjongeren in de portiek'));
    const stored = (await entries()).find((e) => e.description === 'Drugshandel bij de fietsenstalling');
    assert.deepEqual(stored?.extra, { [criterion]: 'avond' });
    assert.equal((await entries()).length, 3);
  });

  it('stores a double submit once, through Execute and through the Submit fallback', async () => {
    await unchanged(async () => {
      await scene.execute(scene.users.police, 'problem.save', problem('Drugshandel bij de fietsenstalling'));
      const again = await scene.submit(scene.users.police, { verb: 'problem.save', ...problem('  drugshandel bij de Fietsenstalling ') });
      assert.match(cardText(again.cards[0] ?? {}), /Je probleem is opgeslagen/);
    });
  });

  it('"Mijn problemen" shows each participant only their own entries, with their criterion values', async () => {
    const police = cardText((await scene.execute(scene.users.police, 'problem.mine', { projectId })).invokeCard ?? {});
    assert.match(police, /Mijn problemen \(stap 2\): 2/);
    assert.match(police, /Drugshandel bij de fietsenstalling \| Risicokans: Hoog · Gevolgen: Personen · Prioriteit: Midden \| Tijdstip: avond/);
    assert.match(police, /Inbraken in bergingen/);
    assert.doesNotMatch(police, /Hangjongeren/);
    const housing = await scene.submit(scene.users.housing, { verb: 'problem.mine', projectId });
    assert.match(cardText(housing.cards[0] ?? {}), /Mijn problemen \(stap 2\): 1 .*Hangjongeren in de portiek/);
    assert.doesNotMatch(cardText(housing.cards[0] ?? {}), /Drugshandel|Inbraken/);
  });

  it('lets the author change an entry: prefilled form, same id, new text and value', async () => {
    const id = await idOf('Inbraken in bergingen');
    const form = await scene.execute(scene.users.police, 'problem.edit', { projectId, problemId: id });
    const text = cardText(form.invokeCard ?? {});
    assert.match(text, /Je probleem wijzigen \(stap 2\)/);
    assert.match(text, /Inbraken in bergingen/);
    const save = actionsOf(form.invokeCard ?? {}).find((a) => a.verb === 'problem.save');
    assert.equal(save?.data?.problemId, id);
    const changed = await scene.execute(scene.users.police, 'problem.save', { ...problem('Inbraken in fietsenbergingen', 'overdag'), problemId: id });
    assert.match(cardText(changed.invokeCard ?? {}), /Je probleem is gewijzigd: “Inbraken in fietsenbergingen”\..*Tijdstip: overdag/);
    const stored = (await entries()).find((e) => e.id === id);
    assert.equal(stored?.description, 'Inbraken in fietsenbergingen');
    assert.deepEqual(stored?.extra, { [criterion]: 'overdag' });
    assert.equal((await entries()).length, 3);
    await unchanged(async () => {
      const duplicate = await scene.execute(scene.users.police, 'problem.save', { ...problem('Drugshandel bij de fietsenstalling'), problemId: id });
      assert.match(said(duplicate), /Je hebt al een probleem met deze omschrijving/);
    });
  });

  it('refuses changing or deleting someone else’s entry, or an entry of another project', async () => {
    const id = await idOf('Drugshandel bij de fietsenstalling');
    await unchanged(async () => {
      assert.equal(said(await scene.execute(scene.users.housing, 'problem.edit', { projectId, problemId: id })), NOT_AUTHOR);
      assert.equal(said(await scene.execute(scene.users.housing, 'problem.save', { ...problem('Overgenomen'), problemId: id })), NOT_AUTHOR);
      assert.equal(said(await scene.execute(scene.users.housing, 'problem.delete', { projectId, problemId: id })), NOT_AUTHOR);
      assert.equal(said(await scene.execute(scene.users.leader, 'problem.delete', { projectId, problemId: id })), NOT_AUTHOR);
    });
    await scene.say(scene.users.leader, 'nieuw project Fietsendiefstal', SECOND);
    await scene.saveProfile(SECOND);
    await scene.say(scene.users.leader, 'open stap 2 tot 10-12-2026 17:00', SECOND);
    const other = (await scene.project(SECOND.channelId)).id;
    await scene.execute(scene.users.leader, 'problem.save', { ...problem('Fietsen gestolen'), projectId: other }, SECOND);
    const [elsewhere] = await entries(other);
    assert.ok(elsewhere);
    await unchanged(async () => {
      assert.equal(goneList(await scene.execute(scene.users.leader, 'problem.delete', { projectId, problemId: elsewhere.id })), GONE);
      assert.equal(said(await scene.execute(scene.users.leader, 'problem.edit', { projectId, problemId: elsewhere.id })), GONE);
      assert.match(said(await scene.execute(scene.users.leader, 'problem.delete', { projectId: other, problemId: elsewhere.id })), /ander project/);
    });
    assert.deepEqual(await entries(other), [elsewhere]);
  });

  it('lets the author delete an entry; deleting it twice says so and changes nothing', async () => {
    const id = await idOf('Hangjongeren in de portiek');
    const deleted = await scene.execute(scene.users.housing, 'problem.delete', { projectId, problemId: id });
    assert.match(cardText(deleted.invokeCard ?? {}), /Je probleem is verwijderd: “Hangjongeren in de portiek”\..*Je hebt nog geen problemen ingevoerd/);
    assert.equal((await entries()).some((e) => e.id === id), false);
    await unchanged(async () => {
      assert.equal(goneList(await scene.execute(scene.users.housing, 'problem.delete', { projectId, problemId: id })), GONE);
      assert.equal(goneList(await scene.submit(scene.users.housing, { verb: 'problem.delete', projectId, problemId: id })), GONE);
    });
  });

  it('after the deadline refuses new entries, changes and deletes, also from old cards, and shows the deadline', async () => {
    clock.now = new Date('2026-12-10T16:00:01Z');
    const id = await idOf('Drugshandel bij de fietsenstalling');
    await unchanged(async () => {
      assert.equal(said(await scene.execute(scene.users.housing, 'problem.save', problem('Te laat'))),
        'De invoer voor stap 2 is gesloten (deadline donderdag 10 december 2026 om 17:00). Er is niets opgeslagen.');
      assert.equal(said(await scene.execute(scene.users.police, 'problem.save', { ...problem('Te laat gewijzigd'), problemId: id })), CLOSED);
      assert.equal(said(await scene.execute(scene.users.police, 'problem.edit', { projectId, problemId: id })), CLOSED);
      assert.equal(said(await scene.execute(scene.users.police, 'problem.delete', { projectId, problemId: id })), CLOSED);
      assert.equal(said(await scene.submit(scene.users.police, { verb: 'problem.delete', projectId, problemId: id })), CLOSED);
      const mine = await scene.execute(scene.users.police, 'problem.mine', { projectId });
      assert.match(cardText(mine.invokeCard ?? {}), /wijzigen en verwijderen kan niet meer/);
      assert.equal(actionsOf(mine.invokeCard ?? {}).length, 0);
      assert.doesNotMatch(JSON.stringify(mine.invokeCard), /problem\.(edit|delete)/);
    });
    scene.assertAllCardsValid();
  });
});
