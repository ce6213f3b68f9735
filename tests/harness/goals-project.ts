import assert from 'node:assert/strict';
import { projectThroughStep2 } from './priority-project';
import type { Scene } from './scene';

/**
 * A project through step 4 over real HTTP, quickly, on the project of `projectThroughStep2`: a few
 * current measures in step 3, then in the step 4 meeting three SMART goals, the assessment with two
 * extra measures and two monitoring agreements (Rachid El Amrani per quarter for goal 1, Kevin
 * Bakker on fixed dates for goal 3); the meeting closed, so step 4 is done on 11 January 2027.
 */
export async function projectThroughStep4(scene: Scene, at: (iso: string) => void): Promise<string> {
  const projectId = await projectThroughStep2(scene, at);
  const { leader, police, youth, shops } = scene.users;
  at('2026-12-07T12:00:00Z');
  await scene.say(leader, 'open stap 3 tot 18-12-2026 17:00');
  at('2026-12-08T09:00:00Z');
  const measure = async (who: typeof police, organisation: string, problemId: string, description: string, targets: string, measureKind: string): Promise<void> => {
    const saved = await scene.execute(who, 'measure.save', { projectId, problemId, measureId: '', description, organisation, targets, measureKind });
    assert.match(JSON.stringify(saved.invokeCard ?? saved.texts), /opgeslagen/, `${description}: ${JSON.stringify(saved.invokeCard ?? saved.texts).slice(0, 400)}`);
  };
  await measure(police, 'Politie', 'cluster-1', 'Extra surveillance bij de fietsenstalling op vrijdag- en zaterdagavond', 'daders,gebied', 'repressief');
  await measure(shops, 'Winkeliersvereniging', 'cluster-3', 'Collectief winkelverbod', 'daders', 'repressief');
  await measure(youth, 'Jongerenwerk', 'cluster-2', 'Ambulant jongerenwerk op vrijdagavond', 'groepen', 'preventief');
  at('2026-12-18T17:00:00Z');
  await scene.say(leader, 'sluit stap 3');
  at('2026-12-21T09:00:00Z');
  const opened = await scene.say(leader, 'open stap 4 tot 08-01-2027 17:00');
  assert.match(opened.texts[0] ?? '', /^Stap 4 is geopend/);
  at('2027-01-11T09:00:00Z');
  await scene.say(leader, 'start overleg 4');
  const goal = (fields: Record<string, string>) => scene.execute(leader, 'goals.save', { projectId, ...fields });
  await goal({
    what: 'Minder intimidatie van reizigers op het stationsplein', indicator: 'Meldingen van intimidatie per kwartaal', startValue: '38', targetValue: '20',
    measuredBy: 'Politie, uit de meldingen, elk kwartaal', carriedBy: 'Gemeente, politie en NS', whyRealistic: 'Met extra toezicht halveerde dit elders', targetDate: '2027-12-31', problemIds: 'cluster-1',
  });
  at('2027-01-11T09:20:00Z');
  await goal({
    what: 'Minder winkeldiefstal en zakkenrollerij in de winkelstraat', indicator: 'Aangiften per maand', startValue: '25', targetValue: '15',
    measuredBy: 'Winkeliersvereniging en politie, maandelijks', carriedBy: 'Winkeliersvereniging, politie en gemeente', whyRealistic: 'Het winkelverbod werkt al', targetDate: '2028-03-31', problemIds: 'cluster-3',
  });
  at('2027-01-11T09:25:00Z');
  await goal({
    what: 'Jongeren hebben een eigen plek en hangen minder rond het station', indicator: 'Jongeren die het jongerenwerk wekelijks bereikt', startValue: '15', targetValue: '40',
    measuredBy: 'Jongerenwerk, eigen registratie', carriedBy: 'Jongerenwerk, gemeente en Woonstede', whyRealistic: 'Er is een ruimte vrij in het buurthuis', targetDate: '2027-09-30', problemIds: 'cluster-2,cluster-1',
  });
  const project = await scene.project();
  const keyOf = (name: string): string => project.participants.find((p) => p.name === name)?.key ?? assert.fail(name);
  await scene.execute(leader, 'goals.assess.save', { projectId, problemId: 'cluster-1', judgement: 'meerNodig', description: 'Slachtofferhulp na elke melding van intimidatie', owner: keyOf('Rachid El Amrani') });
  await scene.execute(leader, 'goals.assess.save', { projectId, problemId: 'cluster-3', judgement: 'doorgaan' });
  await scene.execute(leader, 'goals.assess.save', { projectId, problemId: 'cluster-2', judgement: 'meerNodig', description: 'Straatcoaches op vrijdag- en zaterdagavond', organisation: 'Stichting Straatcoaches' });
  const form = await scene.execute(leader, 'goals.monitoring.form', { projectId });
  const goalChoices = JSON.stringify(form.invokeCard).match(/"title":"Doel \d:[^"]*","value":"[^"]+"/g) ?? [];
  const goalId = (n: number): string => /"value":"([^"]+)"/.exec(goalChoices.find((c) => c.includes(`Doel ${n}:`)) ?? '')?.[1] ?? assert.fail(`goal ${n}`);
  await scene.execute(leader, 'goals.monitoring.save', { projectId, participant: keyOf('Rachid El Amrani'), goalId: goalId(1), what: 'het aantal meldingen van intimidatie', frequency: 'quarter', from: '2027-03-31' });
  await scene.execute(leader, 'goals.monitoring.save', { projectId, participant: keyOf('Kevin Bakker'), goalId: goalId(3), what: 'het aantal jongeren dat het jongerenwerk bereikt', frequency: 'dates', dates: '1-4-2027, 1-7-2027, 30-9-2027' });
  at('2027-01-11T11:00:00Z');
  // A quick run ticks no agenda item: closing it anyway.
  const closed = await scene.say(leader, 'sluit overleg 4 toch');
  assert.match(closed.texts[0] ?? '', /stap 4 is afgerond/);
  return projectId;
}
