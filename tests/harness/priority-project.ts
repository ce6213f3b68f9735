import assert from 'node:assert/strict';
import type { Scene } from './scene';
import type { TeamsUser } from './teams-driver';

/** The organisations of the example project, by person. */
export const ORGANISATIONS = {
  leader: 'Gemeente Havenstad',
  police: 'Politie',
  housing: 'Woonstede',
  youth: 'Jongerenwerk',
  shops: 'Winkeliersvereniging',
} as const;

/** The fixed priority list that projectThroughStep2 ends with, in order. */
export const PRIORITY_LIST = ['Openbare orde', 'Winkelgebied', 'Jongeren'] as const;

/**
 * A project through step 2 over real HTTP, quickly: five people from five organisations, six
 * problems, the meeting with three clusters and the fixed priority list, the meeting closed
 * (unless `closeMeeting` is false: then it is still running).
 * `at` moves the scene's clock; the steps happen on the days given.
 */
export async function projectThroughStep2(scene: Scene, at: (iso: string) => void, options: { readonly closeMeeting?: boolean } = {}): Promise<string> {
  const { leader, police, housing, youth, shops } = scene.users;
  at('2026-12-01T09:00:00Z');
  await scene.say(leader, 'nieuw project Overlast Stationsplein');
  await scene.saveProfile();
  await scene.say(leader, 'deelnemer toevoegen', { mentions: [police, housing, youth, shops] });
  const people: [TeamsUser, string][] = [[leader, ORGANISATIONS.leader], [police, ORGANISATIONS.police], [housing, ORGANISATIONS.housing], [youth, ORGANISATIONS.youth], [shops, ORGANISATIONS.shops]];
  for (const [who, organisation] of people) await scene.say(who, `organisatie ${organisation}`);
  const projectId = (await scene.project()).id;
  await scene.say(leader, 'open stap 2 tot 04-12-2026 17:00');
  const problems: [TeamsUser, string, string, string, string][] = [
    [police, 'Drugshandel bij de fietsenstalling', 'hoog', 'hoog', 'beide'],
    [police, 'Intimidatie van reizigers', 'hoog', 'hoog', 'personen'],
    [shops, 'Winkeldiefstal door groepjes', 'midden', 'hoog', 'objecten'],
    [youth, 'Jongeren zonder plek om te zijn', 'hoog', 'midden', 'personen'],
    [housing, 'Vervuiling in de portieken', 'laag', 'midden', 'objecten'],
    [shops, 'Zakkenrollerij in de winkelstraat', 'midden', 'midden', 'personen'],
  ];
  for (const [who, description, priority, likelihood, consequences] of problems) {
    await scene.execute(who, 'problem.save', { projectId, description, priority, likelihood, consequences });
  }
  // Numbered as entered: 1 Drugshandel, 2 Intimidatie, 3 Winkeldiefstal, 4 Jongeren, 5 Vervuiling, 6 Zakkenrollerij.
  at('2026-12-07T09:00:00Z');
  await scene.say(leader, 'sluit stap 2');
  await scene.say(leader, 'start overleg 2');
  await scene.say(leader, 'cluster Openbare orde: 1, 2');
  await scene.say(leader, 'cluster Jongeren: 4');
  await scene.say(leader, 'cluster Winkelgebied: 3, 6, 5');
  const fixed = await scene.say(leader, `prioriteitenlijst ${PRIORITY_LIST.join(', ')}`);
  assert.match(fixed.texts[0] ?? '', /^De prioriteitenlijst is vastgesteld: 3 punten, samen 6 problemen/);
  if (options.closeMeeting === false) return projectId;
  at('2026-12-07T11:00:00Z');
  // Not every agenda item is ticked in this quick run: closing it anyway.
  const closed = await scene.say(leader, 'sluit overleg 2 toch');
  assert.match(closed.texts[0] ?? '', /^Het overleg van stap 2 is afgesloten/);
  return projectId;
}
