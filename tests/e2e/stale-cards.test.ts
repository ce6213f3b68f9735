import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AdaptiveCardJson } from '../harness/connector-double';
import { cardText, Scene, type Answer } from '../harness/scene';

/**
 * A form knows the values it was opened with: a save applies only what was changed on it, and a
 * field someone else changed in between is never silently put back (real HTTP).
 */
describe('stale cards: saves from an old form merge, and never silently undo another change', () => {
  let scene: Scene;
  let projectId = '';

  /** The data the form's "Opslaan" sends, with every input as the card shows it, then `typed` over it. */
  function saveFrom(form: AdaptiveCardJson | undefined, typed: Record<string, string>): Record<string, unknown> {
    const inputs: Record<string, string> = {};
    let data: Record<string, unknown> | undefined;
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(walk);
      const record = node as Record<string, unknown>;
      if (typeof record.type === 'string' && record.type.startsWith('Input.') && typeof record.id === 'string') inputs[record.id] = String(record.value ?? '');
      if (record.verb === 'profile.save' && data === undefined) data = record.data as Record<string, unknown>;
      Object.values(record).forEach(walk);
    };
    walk(form);
    assert.ok(data, 'the form has a save button');
    return { ...inputs, ...data, ...typed };
  }
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
