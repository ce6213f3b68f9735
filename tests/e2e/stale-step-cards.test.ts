import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Measure } from '../../src/steps/3-measures/domain/measure';
import { readGoalsWork } from '../../src/steps/4-goals/app/goals-work-store';
import type { AdaptiveCardJson } from '../harness/connector-double';
import { projectThroughStep2 } from '../harness/priority-project';
import { cardText, saveDataOf, Scene } from '../harness/scene';

/** The change forms of steps 3 and 4 know the values they were opened with, like the profile and problem forms (real HTTP, fake clock). */
describe('stale cards in steps 3 and 4: a measure and an assessment changed from two cards', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  let scene: Scene;
  let projectId = '';
  let measureId = '';

  const saveFrom = (form: AdaptiveCardJson | undefined, typed: Record<string, string>, verb = 'measure.save'): Record<string, unknown> => saveDataOf(form, verb, typed);
  const editForm = async () => (await scene.execute(scene.users.police, 'measure.edit', { projectId, measureId })).invokeCard;
  const save = (form: AdaptiveCardJson | undefined, typed: Record<string, string>) => scene.execute(scene.users.police, 'measure.save', saveFrom(form, typed));
  const stored = async (): Promise<Measure | undefined> => (await scene.harness.bot.store.read<Measure>(projectId, measureId))?.doc;

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
    projectId = await projectThroughStep2(scene, (iso) => {
      clock.now = new Date(iso);
    });
    clock.now = new Date('2026-12-07T12:00:00Z');
    await scene.say(scene.users.leader, 'open stap 3 tot 18-12-2026 17:00');
    await scene.execute(scene.users.police, 'measure.save', {
      projectId, problemId: 'cluster-1', measureId: '', description: 'Extra surveillance', organisation: 'Politie', targets: 'daders', measureKind: 'repressief',
    });
    measureId = (await scene.harness.bot.store.listEntries(projectId, { kind: 'measure' }))[0]?.doc.id ?? assert.fail('the measure');
  });
  after(async () => {
    await scene?.stop();
  });

  it('different fields merge; the same field changed meanwhile is named and nothing is written', async () => {
    const [a, b] = [await editForm(), await editForm()];
    await save(a, { measureKind: 'preventief' });
    await save(b, { description: 'Extra surveillance op vrijdag' });
    assert.deepEqual([(await stored())?.measureKind, (await stored())?.description], ['preventief', 'Extra surveillance op vrijdag']);
    const [c, d] = [await editForm(), await editForm()];
    await save(c, { targets: 'daders,gebied' });
    const refused = cardText((await save(d, { targets: 'groepen', organisation: 'Politie Havenstad' })).invokeCard ?? {});
    assert.match(refused, /Niet opgeslagen: deze maatregel is intussen ook gewijzigd \(vanaf een andere kaart\), juist wat jij ook wijzigde: soort maatregel\./);
    assert.deepEqual([(await stored())?.targets, (await stored())?.organisation], [['daders', 'gebied'], 'Politie'], 'nothing of the refused save is written');
  });

  it('the assessment of step 4: judgement and note merge; the same field changed meanwhile is named and nothing is written', async () => {
    const { leader } = scene.users;
    clock.now = new Date('2026-12-18T17:00:00Z');
    await scene.say(leader, 'sluit stap 3');
    clock.now = new Date('2026-12-21T09:00:00Z');
    await scene.say(leader, 'open stap 4 tot 08-01-2027 17:00');
    const form = async () => (await scene.execute(leader, 'goals.assess', { projectId, problemId: 'cluster-1' })).invokeCard;
    const save = (card: AdaptiveCardJson | undefined, typed: Record<string, string>) => scene.execute(leader, 'goals.assess.save', saveFrom(card, typed, 'goals.assess.save'));
    const assessment = async () => (await readGoalsWork({ store: scene.harness.bot.store }, await scene.project())).work.assessments.find((a) => a.problemId === 'cluster-1');
    await save(await form(), { judgement: 'voldoende' });
    const [a, b] = [await form(), await form()];
    await save(a, { judgement: 'doorgaan' });
    await save(b, { note: 'Eerst de cijfers van het tweede kwartaal' });
    assert.deepEqual([(await assessment())?.judgement, (await assessment())?.note], ['doorgaan', 'Eerst de cijfers van het tweede kwartaal']);
    const [c, d] = [await form(), await form()];
    await save(c, { judgement: 'voldoende' });
    const refused = cardText((await save(d, { judgement: 'meerNodig', note: 'Anders', description: 'Straatcoaches' })).invokeCard ?? {});
    assert.match(refused, /Niet opgeslagen: iemand anders heeft dit intussen ook gewijzigd, juist wat jij ook wijzigde \(oordeel\)\./);
    assert.deepEqual([(await assessment())?.judgement, (await assessment())?.note], ['voldoende', 'Eerst de cijfers van het tweede kwartaal'], 'nothing of the refused save is written');
    assert.equal((await assessment())?.extraMeasures.length, 0, 'not even the extra measure typed on the refused form');
  });
});
