import assert from 'node:assert/strict';
import { cardNodes } from '../harness/card-nodes';
import { after, before, describe, it } from 'node:test';
import { ALL_CARD_ACTIONS, ALL_COMMANDS } from '../../src/features';
import type { AdaptiveCardJson } from '../harness/connector-double';
import type { EntryDocument } from '../../src/platform/store/port';
import { ORGANISATIONS } from '../harness/priority-project';
import { said, Scene, type Answer } from '../harness/scene';
import { snapshotStore, storeChanges } from '../harness/store-snapshot';
import { executeActivity, messageActivity, submitActivity, type ActivityJson, type TeamsUser } from '../harness/teams-activities';

/**
 * Teams delivers an activity again, with the same id, when the bot was slow to acknowledge it.
 * Every card verb and every typed command that changes data is delivered twice here, over real
 * HTTP, through a whole project: the second delivery changes nothing in the store and gets the
 * same kind of answer. The table below names every verb and command of the registry, so a new
 * one without a case here fails the last test.
 */

/** Verbs and commands that only show something: a redelivery shows it again. */
const READ_ONLY = new Set([
  'profile.edit', 'meeting.agenda', 'problem.form', 'problem.mine', 'problem.list', 'problem.edit', 'cluster.form', 'vote.mine',
  'measure.mine', 'measure.form', 'measure.edit', 'goals.list', 'goals.form', 'goals.assessment', 'goals.assess', 'goals.monitoring',
  'goals.monitoring.form', 'goals.carry', 'execution.plan', 'execution.measure.form', 'execution.decision.form', 'progress.form', 'evaluation.form',
  'profile', 'participants', 'documents', 'help', 'status', 'showMeeting', 'problemList', 'myProblems', 'clusters', 'doei',
  'measureList', 'myMeasures', 'goals', 'addGoal', 'assessment', 'monitoring', 'executionPlan', 'progress', 'previousCycle',
]);

describe('redelivery: every action that changes data is applied once per activity (real HTTP, fake clock)', () => {
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  const at = (iso: string): void => {
    clock.now = new Date(iso);
  };
  let scene: Scene;
  let projectId = '';
  const covered = new Set<string>();

  const ctx = () => scene.harness.teams.context;
  /** What kind of answer it was: its status, whether a card or a line came back in place, and whether anything was posted. */
  const shape = (answer: Answer) => ({
    status: answer.status,
    inPlace: answer.invokeCard ? 'card' : answer.invokeText === undefined ? 'none' : 'text',
    posted: answer.cards.length + answer.texts.length > 0,
  });

  /**
   * Delivers `activity` once, then again with the same id: the second delivery changes no
   * document and gets the same kind of answer.
   */
  async function twice(name: string, activity: ActivityJson): Promise<[Answer, Answer]> {
    covered.add(name);
    const first = await scene.deliver(activity, `[${name}]`);
    if (first.status !== 200) findings.push(`${name}: the first delivery got ${first.status}`);
    const before = snapshotStore(scene.harness.sqlitePath);
    const second = await scene.deliver(activity, `[${name} opnieuw]`);
    const changes = storeChanges(before, snapshotStore(scene.harness.sqlitePath));
    if (changes.length > 0) findings.push(`${name}: the second delivery changed ${changes.join(', ')} (${said(first)})`);
    if (JSON.stringify(shape(second)) !== JSON.stringify(shape(first))) {
      findings.push(`${name}: another kind of answer the second time: ${JSON.stringify(shape(first))} ${said(first)} / ${JSON.stringify(shape(second))} ${said(second)}`);
    }
    return [first, second];
  }

  /** What went wrong so far in this phase; the walk goes on, so one run shows every action that counts twice. */
  const findings: string[] = [];
  const noFindings = (): void => assert.deepEqual(findings.splice(0), []);

  /** The same activity delivered twice at the same moment; `count` must grow by one, not two. */
  async function together(name: string, activity: ActivityJson, count: () => Promise<number>): Promise<void> {
    covered.add(name);
    const before = await count();
    const answers = await Promise.all([scene.deliver(activity, `[${name}]`), scene.deliver(activity, `[${name} tegelijk]`)]);
    if (answers.some((a) => a.status !== 200)) findings.push(`${name}: answered ${answers.map((a) => a.status).join(', ')}`);
    const stored = (await count()) - before;
    if (stored !== 1) findings.push(`${name}: delivered twice at once, stored ${stored} times (${answers.map(said).join(' / ')})`);
  }

  const say = (user: TeamsUser, text: string, mentions: TeamsUser[] = []) => messageActivity(ctx(), user, text, { mentions });
  const execute = (user: TeamsUser, verb: string, data: Record<string, unknown>) => executeActivity(ctx(), user, verb, data, {});
  const submit = (user: TeamsUser, verb: string, data: Record<string, unknown>) => submitActivity(ctx(), user, { verb, ...data }, {});
  const command = (name: string, user: TeamsUser, text: string, mentions: TeamsUser[] = []) => twice(name, say(user, text, mentions));
  const leaderSays = (name: string, text: string) => command(name, scene.users.leader, text);

  /** The data of the first button with `verb` on a card. */
  function buttonData(card: AdaptiveCardJson | undefined, verb: string): Record<string, unknown> {
    const found = cardNodes(card, ['data']).find((n) => n.verb === verb && typeof n.data === 'object');
    return (found?.data as Record<string, unknown> | undefined) ?? assert.fail(`no ${verb} button on ${JSON.stringify(card).slice(0, 300)}`);
  }

  const entries = async (kind: string) => (await scene.harness.bot.store.listEntries<EntryDocument & { description?: string }>(projectId, { kind })).map((e) => e.doc);

  before(async () => {
    scene = await Scene.start({ clock: () => clock.now, timers: false });
  });
  after(async () => {
    await scene?.stop();
  });

  it('step 1: a new project, the profile, participants, organisations, documents and languages', async () => {
    const { leader, police, housing, youth, shops, outsider } = scene.users;
    const [started] = await leaderSays('newProject', 'nieuw project Overlast Stationsplein');
    assert.match(said(started), /^Het project is gestart/);
    projectId = (await scene.project()).id;
    const [saved, again] = await twice('profile.save', execute(leader, 'profile.save', { projectId, name: 'Overlast Stationsplein', commissioner: 'Burgemeester' }));
    assert.equal(said(again), said(saved));
    await twice('profile.save', submit(leader, 'profile.save', { projectId, name: 'Overlast Stationsplein', commissioner: 'Burgemeester', description: 'Samen het plein veilig' }));
    await command('addParticipant', leader, 'deelnemer toevoegen', [police, housing, youth, shops, outsider]);
    assert.equal((await scene.project()).participants.length, 6);
    await command('removeParticipant', leader, 'deelnemer verwijderen', [outsider]);
    assert.equal((await scene.project()).participants.length, 5);
    for (const [who, organisation] of [[leader, ORGANISATIONS.leader], [police, ORGANISATIONS.police], [housing, ORGANISATIONS.housing], [youth, ORGANISATIONS.youth]] as const) {
      await command('organisation', who, `organisatie ${organisation}`);
    }
    await twice('organisation.save', submitActivity(ctx(), shops, { verb: 'organisation.save', projectId, organisation: ORGANISATIONS.shops }, { personal: true }));
    await command('document', police, 'document https://politie.example.nl/cijfers Cijfers meldingen');
    await leaderSays('projectLanguage', 'taal engels');
    await leaderSays('projectLanguage', 'language dutch');
    await command('personalLanguage', police, 'mijn taal engels');
    await command('personalLanguage', police, 'mijn taal project');
    noFindings();
  });

  it('step 2: the step commands, criteria and problems, Execute and Submit, in a row and at the same moment', async () => {
    const { police, shops, youth, housing } = scene.users;
    await leaderSays('openStep', 'open stap 2 tot 04-12-2026 17:00');
    const history = async () => ((await scene.project()).steps.find((s) => s.number === 2) as { history?: unknown[] } | undefined)?.history?.length ?? 0;
    const extended = await history();
    await leaderSays('extendStep', 'verleng stap 2 tot 05-12-2026 17:00 omdat de politie later is');
    if ((await history()) !== extended + 1) findings.push(`extendStep: recorded ${(await history()) - extended} times`);
    await together('extendStep', say(scene.users.leader, 'verleng stap 2 tot 06-12-2026 17:00'), history);
    await leaderSays('addCriterion', 'criterium toevoegen Weer: droog, nat');
    await leaderSays('removeCriterion', 'criterium verwijderen Weer');
    const problem = (description: string) => ({ projectId, description, priority: 'hoog', likelihood: 'hoog', consequences: 'beide' });
    await twice('problem.save', execute(police, 'problem.save', problem('Drugshandel bij de fietsenstalling')));
    await twice('problem.save', submit(police, 'problem.save', problem('Intimidatie van reizigers')));
    const problems = async () => (await entries('problem')).length;
    await together('problem.save', execute(shops, 'problem.save', problem('Winkeldiefstal door groepjes')), problems);
    await together('problem.save', submit(youth, 'problem.save', problem('Jongeren zonder plek om te zijn')), problems);
    await scene.execute(housing, 'problem.save', problem('Vervuiling in de portieken'));
    await scene.execute(housing, 'problem.save', problem('Tijdelijk probleem'));
    const mine = await entries('problem');
    const edited = mine.find((p) => p.description === 'Intimidatie van reizigers') ?? assert.fail('problem');
    await twice('problem.save', execute(police, 'problem.save', { ...problem('Intimidatie van reizigers bij de ingang'), problemId: edited.id }));
    const temporary = mine.find((p) => p.description === 'Tijdelijk probleem') ?? assert.fail('problem');
    await twice('problem.delete', execute(housing, 'problem.delete', { projectId, problemId: temporary.id }));
    at('2026-12-07T09:00:00Z');
    await leaderSays('closeStep', 'sluit stap 2');
    await leaderSays('reopenStep', 'heropen stap 2 tot 08-12-2026 17:00 omdat er nog een melding komt');
    await scene.say(scene.users.leader, 'sluit stap 2');
    noFindings();
  });

  it('step 2 meeting: clusters, causes, DOEI, votes, the list, endorsements and the agenda', async () => {
    const { leader, police, shops } = scene.users;
    await leaderSays('planMeeting', 'overleg stap 2 op 07-12-2026 10:00');
    await leaderSays('startMeeting', 'start overleg 2');
    await leaderSays('cluster', 'cluster Openbare orde: 1, 2');
    await twice('cluster.save', execute(leader, 'cluster.save', { projectId, name: 'Winkelgebied', problems: '3' }));
    await leaderSays('cluster', 'cluster Jongeren: 4');
    await leaderSays('cause', 'oorzaak Jongeren -> Openbare orde');
    const work = await scene.problemStepWork();
    const clusterId = work.prioritisation.clusters[0]?.id ?? assert.fail('cluster');
    await twice('cluster.doei', execute(leader, 'cluster.doei', { projectId, cluster: clusterId, data: '38 meldingen per kwartaal' }));
    await leaderSays('openVote', 'stemronde 3');
    const votes = async () => (await scene.problemStepWork()).prioritisation.round?.votes.length ?? 0;
    const cast = await votes();
    await twice('vote.cast', execute(police, 'vote.cast', { projectId, target: clusterId }));
    if ((await votes()) !== cast + 1) findings.push(`vote.cast: ${(await votes()) - cast} votes for one press delivered twice`);
    await twice('vote.cast', submit(police, 'vote.cast', { projectId, target: clusterId }));
    await together('vote.cast', execute(shops, 'vote.cast', { projectId, target: clusterId }), votes);
    await together('vote.cast', submit(shops, 'vote.cast', { projectId, target: clusterId }), votes);
    await twice('vote.withdraw', execute(shops, 'vote.withdraw', { projectId, target: clusterId }));
    await leaderSays('closeVote', 'sluit stemronde');
    await twice('priority.fromVotes', execute(leader, 'priority.fromVotes', { projectId }));
    await leaderSays('priorityList', 'prioriteitenlijst Openbare orde, Winkelgebied, Jongeren');
    await twice('priority.endorse', execute(police, 'priority.endorse', { projectId }));
    await twice('meeting.item', execute(leader, 'meeting.item', { projectId, step: 2, item: 'opening', outcome: 'Welkom' }));
    at('2026-12-07T11:00:00Z');
    await twice('meeting.close', execute(leader, 'meeting.close', { projectId, step: 2, confirm: true }));
    noFindings();
  });

  it('step 3: criteria and measures, saved, changed, deleted and "niets"', async () => {
    const { leader, police, youth, housing } = scene.users;
    at('2026-12-07T12:00:00Z');
    await scene.say(leader, 'open stap 3 tot 18-12-2026 17:00');
    await leaderSays('addMeasureCriterion', 'maatregelcriterium toevoegen Partner: intern, extern');
    await leaderSays('removeMeasureCriterion', 'maatregelcriterium verwijderen Partner');
    const measure = (problemId: string, description: string, organisation: string) => ({ projectId, problemId, measureId: '', description, organisation, targets: 'daders', measureKind: 'repressief' });
    await twice('measure.save', execute(police, 'measure.save', measure('cluster-1', 'Extra surveillance', 'Politie')));
    const measures = async () => (await entries('measure')).length;
    await together('measure.save', submit(youth, 'measure.save', measure('cluster-3', 'Ambulant jongerenwerk', 'Jongerenwerk')), measures);
    await scene.execute(police, 'measure.save', measure('cluster-2', 'Tijdelijke maatregel', 'Politie'));
    const stored = await entries('measure');
    const surveillance = stored.find((m) => m.description === 'Extra surveillance') ?? assert.fail('measure');
    await twice('measure.save', execute(police, 'measure.save', { ...measure('cluster-1', 'Extra surveillance op vrijdag', 'Politie'), measureId: surveillance.id }));
    const temporary = stored.find((m) => m.description === 'Tijdelijke maatregel') ?? assert.fail('measure');
    await twice('measure.delete', execute(police, 'measure.delete', { projectId, measureId: temporary.id }));
    await twice('measure.nothing', execute(housing, 'measure.nothing', { projectId, problemId: 'cluster-2' }));
    at('2026-12-18T17:00:00Z');
    await scene.say(leader, 'sluit stap 3');
    noFindings();
  });

  it('step 4: goals, the assessment, new participants and monitoring', async () => {
    const { leader } = scene.users;
    at('2026-12-21T09:00:00Z');
    await scene.say(leader, 'open stap 4 tot 08-01-2027 17:00');
    at('2027-01-11T09:00:00Z');
    await scene.say(leader, 'start overleg 4');
    const goal = {
      projectId, what: 'Minder intimidatie', indicator: 'Meldingen per kwartaal', startValue: '38', targetValue: '20',
      measuredBy: 'Politie', carriedBy: 'Gemeente en politie', whyRealistic: 'Elders gelukt', targetDate: '2027-12-31', problemIds: 'cluster-1',
    };
    await twice('goals.save', execute(leader, 'goals.save', goal));
    const goals = async () => (await entries('goal')).length;
    await together('goals.save', submit(leader, 'goals.save', { ...goal, what: 'Minder winkeldiefstal', problemIds: 'cluster-2' }), goals);
    const project = await scene.project();
    const police = project.participants.find((p) => p.name === scene.users.police.name)?.key ?? assert.fail('police');
    const assessed = await twice('goals.assess.save', execute(leader, 'goals.assess.save', { projectId, problemId: 'cluster-1', judgement: 'meerNodig', description: 'Slachtofferhulp', owner: police }));
    await scene.execute(leader, 'goals.assess.save', { projectId, problemId: 'cluster-1', judgement: 'meerNodig', description: 'Straatcoaches', organisation: 'Stichting Straatcoaches' });
    const extra = buttonData(assessed[0].invokeCard, 'goals.extra.delete');
    await twice('goals.extra.delete', execute(leader, 'goals.extra.delete', extra));
    await leaderSays('newParticipants', 'nieuwe deelnemers ja voor de straatcoaches');
    const form = await scene.execute(leader, 'goals.monitoring.form', { projectId });
    const goalId = /"value":"([^"]+)"/.exec(JSON.stringify(form.invokeCard).match(/"title":"Doel 1:[^"]*","value":"[^"]+"/)?.[0] ?? '')?.[1] ?? assert.fail('goal 1');
    const [agreed] = await twice('goals.monitoring.save', execute(leader, 'goals.monitoring.save', { projectId, participant: police, goalId, what: 'meldingen', frequency: 'quarter', from: '2027-03-31' }));
    const shown = await scene.execute(leader, 'goals.monitoring', { projectId });
    await twice('goals.monitoring.delete', execute(leader, 'goals.monitoring.delete', buttonData(shown.invokeCard ?? shown.cards[0], 'goals.monitoring.delete')));
    assert.ok(agreed.status === 200, 'agreement saved');
    await scene.execute(leader, 'goals.monitoring.save', { projectId, participant: police, goalId, what: 'meldingen', frequency: 'quarter', from: '2027-03-31' });
    at('2027-01-11T11:00:00Z');
    await leaderSays('closeMeeting', 'sluit overleg 4 toch');
    noFindings();
  });

  it('steps 5 and 6: the execution matrix, costs, capacity, decisions, progress, evaluation and a new cycle', async () => {
    const { police } = scene.users;
    at('2027-01-12T09:00:00Z');
    await scene.say(scene.users.leader, 'open stap 5 tot 29-01-2027 17:00');
    await leaderSays('executeMeasure', 'maatregel uitvoeren Extra surveillance | Politie | Surveillance op vrijdag | 01-02-2027 t/m 31-12-2027 | 1');
    await leaderSays('changeMeasure', 'maatregel wijzigen 1 werkwijze: Surveillance op vrijdag en zaterdag');
    await leaderSays('costs', 'kosten 1 € 12.500,00 | Gemeente Havenstad 60%, Politie 40%');
    await leaderSays('capacity', 'capaciteit 1 Rachid El Amrani 8 uur');
    await leaderSays('fteRule', 'fte-norm 38');
    await leaderSays('decision', 'besluit Politie | akkoord | 01-02-2027');
    const [firstGoal] = await scene.harness.bot.store.listEntries(projectId, { kind: 'goal' });
    const goalId = firstGoal?.doc.id ?? assert.fail('a goal of step 4');
    const { leader } = scene.users;
    await twice('execution.measure.save', execute(leader, 'execution.measure.save', {
      projectId, measure: '', what: 'Slachtofferhulp', who: 'Politie', how: 'Een gesprek binnen een week', start: '2027-02-01', end: '2027-12-31', goals: goalId,
    }));
    await twice('execution.measure.save', execute(leader, 'execution.measure.save', {
      projectId, measure: '2', what: 'Slachtofferhulp', who: 'Politie', how: 'Een gesprek binnen drie dagen', start: '2027-02-01', end: '2027-12-31', goals: goalId, costs: '4.000', funders: 'Politie 100%',
    }));
    await twice('execution.decision.save', execute(leader, 'execution.decision.save', { projectId, organisation: 'Gemeente Havenstad', outcome: 'akkoord', date: '2027-02-01', remarks: '' }));
    await scene.say(scene.users.leader, 'overleg stap 5 op 01-02-2027 10:00');
    at('2027-02-01T10:00:00Z');
    await scene.say(scene.users.leader, 'start overleg 5');
    at('2027-02-01T11:00:00Z');
    await scene.say(scene.users.leader, 'sluit overleg 5 toch');
    await scene.say(scene.users.leader, 'open stap 6 tot 15-10-2027 17:00');
    at('2027-04-01T09:00:00Z');
    await command('enterProgress', police, 'voortgang invoeren 1 30 | minder meldingen');
    await twice('progress.save', execute(police, 'progress.save', { projectId, goal: '1', value: '28', date: '2027-03-31', note: 'van de vorige meting' }));
    await scene.say(scene.users.leader, 'overleg stap 6 op 04-10-2027 10:00');
    at('2027-10-04T10:00:00Z');
    await scene.say(scene.users.leader, 'start overleg 6');
    await leaderSays('evaluation', 'evaluatie 1 | bereikt | Meldingen per kwartaal: 19 | tevreden | De surveillance werkte');
    await twice('evaluation.save', execute(leader, 'evaluation.save', { projectId, goal: '1', reached: 'bereikt', how: 'Meldingen per kwartaal: 18', satisfied: 'tevreden', why: 'De surveillance werkte' }));
    at('2027-10-04T11:00:00Z');
    await scene.say(scene.users.leader, 'sluit overleg 6 toch');
    await leaderSays('newCycle', 'nieuwe cyclus');
    noFindings();
  });

  it('covers every card verb and command of the registry: read-only, or delivered twice above', () => {
    const names = [...ALL_CARD_ACTIONS.map((a) => a.verb), ...ALL_COMMANDS.map((c) => c.name)];
    const missing = names.filter((name) => !READ_ONLY.has(name) && !covered.has(name));
    assert.deepEqual(missing, [], 'each of these changes data but was not delivered twice here');
    assert.deepEqual([...READ_ONLY].filter((name) => !names.includes(name)), [], 'read-only names that are no verb or command any more');
  });
});
