import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AdaptiveCardJson } from '../harness/connector-double';
import type { Problem } from '../../src/steps/2-problems/domain/problem';
import { cardText, saveDataOf, Scene, type Answer } from '../harness/scene';

/**
 * A form knows the values it was opened with: a save applies only what was changed on it, and a
 * field someone else changed in between is never silently put back (real HTTP).
 */
describe('stale cards: saves from an old form merge, and never silently undo another change', () => {
  let scene: Scene;
  let projectId = '';

  const saveFrom = (form: AdaptiveCardJson | undefined, typed: Record<string, string>, verb = 'profile.save'): Record<string, unknown> => saveDataOf(form, verb, typed);
  const openForm = async (): Promise<AdaptiveCardJson> => {
    const answer = await scene.execute(scene.users.leader, 'profile.edit', { projectId });
    return answer.invokeCard ?? assert.fail('the profile form');
  };
  const save = (data: Record<string, unknown>): Promise<Answer> => scene.execute(scene.users.leader, 'profile.save', data);
  const profile = async () => (await scene.project()).profile;

  before(async () => {
    scene = await Scene.start();
    await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    projectId = (await scene.project()).id;
    await save({ projectId, name: 'Overlast Stationsplein', commissioner: 'Burgemeester', description: 'Eerste toelichting' });
  });
  after(async () => {
    await scene?.stop();
  });

  it('two saves from one form: the second keeps the first one’s change and adds its own', async () => {
    const form = await openForm();
    const first = await save(saveFrom(form, { commissioner: 'Korpschef' }));
    assert.match(cardText(first.invokeCard ?? {}), /opgeslagen/);
    const second = await save(saveFrom(form, { description: 'Nieuwe toelichting' }));
    assert.match(cardText(second.invokeCard ?? {}), /opgeslagen/);
    const saved = await profile();
    assert.equal(saved?.commissioner, 'Korpschef', 'the old commissioner the card still showed is not written back');
    assert.equal(saved?.description, 'Nieuwe toelichting');
  });

  it('two forms change the same field: the later save writes nothing and shows what is there now', async () => {
    const mine = await openForm();
    const theirs = await openForm();
    await save(saveFrom(theirs, { commissioner: 'Burgemeester Jansen' }));
    const answer = await save(saveFrom(mine, { commissioner: 'Wethouder de Boer', name: 'Overlast Stationsplein en omgeving' }));
    const shown = cardText(answer.invokeCard ?? {});
    assert.match(shown, /\| Niet opgeslagen: iemand anders heeft intussen gewijzigd wat jij ook wijzigde \(Opdrachtgever\)/);
    assert.match(shown, /Burgemeester Jansen/, 'the fresh form shows the value saved meanwhile');
    const saved = await profile();
    assert.equal(saved?.commissioner, 'Burgemeester Jansen');
    assert.equal(saved?.name, 'Overlast Stationsplein', 'nothing of the refused save is written');
  });

  it('a problem changed from two cards: different fields merge, the same field is not silently put back', async () => {
    const { leader, police } = scene.users;
    await scene.say(leader, 'deelnemer toevoegen', { mentions: [police] });
    await scene.say(leader, `open stap 2 tot 31-12-${new Date().getUTCFullYear() + 1} 17:00`);
    await scene.execute(police, 'problem.save', { projectId, description: 'Drugshandel bij de fietsenstalling', priority: 'hoog', likelihood: 'hoog', consequences: 'beide' });
    const problemId = (await scene.harness.bot.store.listEntries(projectId, { kind: 'problem' }))[0]?.doc.id ?? assert.fail('the problem');
    const stored = async () => (await scene.harness.bot.store.read<Problem>(projectId, problemId))?.doc;
    const editForm = async () => (await scene.execute(police, 'problem.edit', { projectId, problemId })).invokeCard;
    const saveProblem = (form: AdaptiveCardJson | undefined, typed: Record<string, string>) => scene.execute(police, 'problem.save', saveFrom(form, typed, 'problem.save'));
    const [a, b] = [await editForm(), await editForm()];
    await saveProblem(a, { priority: 'laag' });
    await saveProblem(b, { description: 'Drugshandel bij de fietsenstalling en het station' });
    assert.deepEqual([(await stored())?.priority, (await stored())?.description], ['laag', 'Drugshandel bij de fietsenstalling en het station']);
    const [c, d] = [await editForm(), await editForm()];
    await saveProblem(c, { priority: 'midden' });
    const refused = cardText((await saveProblem(d, { priority: 'hoog', likelihood: 'laag' })).invokeCard ?? {});
    assert.match(refused, /Niet opgeslagen: dit probleem is intussen ook gewijzigd \(vanaf een andere kaart\), juist wat jij ook wijzigde: Prioriteit\./i);
    assert.deepEqual([(await stored())?.priority, (await stored())?.likelihood], ['midden', 'hoog'], 'nothing of the refused save is written');
  });

  it('two forms change different fields: both changes stay', async () => {
    const mine = await openForm();
    const theirs = await openForm();
    await save(saveFrom(theirs, { startDate: '2027-01-15' }));
    await save(saveFrom(mine, { plannedEndDate: '2027-12-31' }));
    const saved = await profile();
    assert.equal(saved?.startDate, '2027-01-15');
    assert.equal(saved?.plannedEndDate, '2027-12-31');
  });
});
