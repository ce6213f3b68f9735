import { initialStepWork } from '../../src/steps/2-problems/domain/step-work';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newProject, type Project } from '../../src/project/domain/project';
import { withPriorityRecord, type MeetingWithPriorities } from '../../src/steps/2-problems/domain/priority-outcome';
import {
  castVote, closeRound, endorse, fixList, fixListFromVotes, openRound, priorityItems, splitList, tallyOf, votesOf, withdrawVote,
} from '../../src/steps/2-problems/domain/priority-votes';
import {
  addCause, clusterProblems, emptyPrioritisation, findCluster, parseCauseSpec, parseClusterSpec, recordDoei,
  type Prioritisation, type PriorityResult,
} from '../../src/steps/2-problems/domain/priority-work';
import { parseCommand } from '../harness/parse-command';

const NOW = new Date('2027-03-01T09:00:00Z');
const IDS = ['p-a', 'p-b', 'p-c', 'p-d', 'p-e'];
/** Five problems numbered 1 to 5 when they were entered; the numbers stay whatever the list's order. */
const PROBLEMS = IDS.map((id, i) => ({ id, number: i + 1, description: `Probleem ${id}` }));
const jan = { key: 't:jan', name: 'Jan' };
const ans = { key: 't:ans', name: 'Ans' };

function value<T>(result: PriorityResult<T>): T {
  assert.ok(result.ok, JSON.stringify(result));
  return result.value;
}
const refusal = (result: PriorityResult<unknown>): string => (result.ok ? 'ok' : `${result.error.code}${result.error.detail ? `:${result.error.detail}` : ''}`);

/** Clusters 1 "Fietsen" (problems 1, 3) and 2 "Jongeren" (2), problems 4 and 5 unclustered. */
/** A project stored before the prioritisation existed, with a running step 2 meeting. */
function olderProject(): Project {
  const channel = { tenantId: 't', teamId: 'team', channelId: 'c', conversationId: 'c', serviceUrl: 'https://smba.example' };
  const project = newProject({ id: 'p1', channel, leader: { tenantId: 't', aadObjectId: 'jan', name: 'Jan' }, now: NOW });
  const at = NOW.toISOString();
  return { ...project, meetings: [{ step: 2, status: 'running', plannedAt: at, items: [], startedAt: at, closedAt: null, closedBy: null, closedByName: null, cardActivityId: null }] };
}

function twoClusters(): Prioritisation {
  const first = value(clusterProblems(emptyPrioritisation(), 'Fietsen', [1, 3], PROBLEMS)).work;
  return value(clusterProblems(first, 'Jongeren', [2], PROBLEMS)).work;
}

describe('clusters (S2.4)', () => {
  it('parses "naam: 1, 4 7" and refuses what is not a cluster command', () => {
    assert.deepEqual(value(parseClusterSpec('Fiets: overlast: 1, 4 7,4')), { name: 'Fiets: overlast', numbers: [1, 4, 7] });
    assert.equal(refusal(parseClusterSpec('Fietsen 1 4')), 'badClusterSyntax');
    assert.equal(refusal(parseClusterSpec(': 1')), 'badName');
    assert.equal(refusal(parseClusterSpec('12: 1')), 'badName');
    assert.equal(refusal(parseClusterSpec('Fietsen:')), 'noNumbers');
    assert.equal(refusal(parseClusterSpec('Fietsen: 1, twee')), 'unknownProblem:twee');
  });

  it('stores problem ids, numbers clusters in order of creation, and adds to a cluster by name', () => {
    const work = twoClusters();
    assert.deepEqual(work.clusters.map((c) => [c.id, c.number, c.name, c.problemIds]), [
      ['cluster-1', 1, 'Fietsen', ['p-a', 'p-c']],
      ['cluster-2', 2, 'Jongeren', ['p-b']],
    ]);
    const more = value(clusterProblems(work, 'fietsen', [4, 1], PROBLEMS));
    assert.equal(more.added, 1);
    assert.deepEqual(more.cluster.problemIds, ['p-a', 'p-c', 'p-d']);
    assert.equal(findCluster(work, '2')?.name, 'Jongeren');
    assert.equal(findCluster(work, ' JONGEREN ')?.id, 'cluster-2');
    assert.equal(findCluster(work, '3'), undefined);
  });

  it('refuses numbers no problem has and a problem already in another cluster', () => {
    const work = twoClusters();
    assert.equal(refusal(clusterProblems(work, 'Afval', [5, 6, 0], PROBLEMS)), 'unknownProblem:6, 0');
    assert.equal(refusal(clusterProblems(work, 'Afval', [5, 2], PROBLEMS)), 'alreadyClustered:2 → Jongeren');
  });

  it('reads a problem by its own number, not by its place: a deleted problem leaves a gap', () => {
    const withGap = PROBLEMS.filter((p) => p.number !== 2);
    const { cluster } = value(clusterProblems(emptyPrioritisation(), 'Afval', [5, 3], withGap));
    assert.deepEqual(cluster.problemIds, ['p-e', 'p-c']);
    assert.equal(refusal(clusterProblems(emptyPrioritisation(), 'Afval', [2], withGap)), 'unknownProblem:2');
  });

  it('leaves the ballot alone while a voting round is open', () => {
    const open = value(openRound(twoClusters(), '', PROBLEMS, NOW));
    assert.equal(refusal(clusterProblems(open, 'Afval', [5], PROBLEMS)), 'roundOpen');
  });
});

describe('causes and effects, DOEI', () => {
  it('links cause → effect by number or name; no self-loops, no duplicates, no unknown clusters', () => {
    assert.deepEqual(value(parseCauseSpec('Jongeren -> 1')), { cause: 'Jongeren', effect: '1' });
    assert.deepEqual(value(parseCauseSpec('2 leidt tot Fietsen')), { cause: '2', effect: 'Fietsen' });
    assert.equal(refusal(parseCauseSpec('2 en 1')), 'badCauseSyntax');
    const work = value(addCause(twoClusters(), 'Jongeren', '1')).work;
    assert.deepEqual(work.causes, [{ cause: 'cluster-2', effect: 'cluster-1' }]);
    assert.equal(refusal(addCause(work, '2', 'fietsen')), 'duplicateCause');
    assert.equal(refusal(addCause(work, '1', 'Fietsen')), 'selfCause:Fietsen');
    assert.equal(refusal(addCause(work, '1', '9')), 'unknownCluster:9');
  });

  it('records the four DOEI fields per cluster, refusing over-long text', () => {
    const { cluster } = value(recordDoei(twoClusters(), 'cluster-1', { data: ' 40 meldingen ', inzichten: 'Vooral \'s avonds' }));
    assert.deepEqual(cluster.doei, { data: '40 meldingen', onderzoek: '', ervaringen: '', inzichten: "Vooral 's avonds" });
    assert.equal(refusal(recordDoei(twoClusters(), 'cluster-1', { data: 'x'.repeat(1001) })), 'doeiTooLong:1000');
    assert.equal(refusal(recordDoei(twoClusters(), 'cluster-9', {})), 'unknownCluster:cluster-9');
  });
});

describe('voting round', () => {
  it('opens with 3 votes by default, refuses bad allowances, a second open round and rounds with nothing to vote on', () => {
    assert.equal(value(openRound(twoClusters(), '', PROBLEMS, NOW)).round?.allowance, 3);
    assert.equal(value(openRound(twoClusters(), '5', PROBLEMS, NOW)).round?.allowance, 5);
    for (const typed of ['0', '11', 'drie', '2.5']) assert.equal(refusal(openRound(twoClusters(), typed, PROBLEMS, NOW)), 'badAllowance:10', typed);
    assert.equal(refusal(openRound(emptyPrioritisation(), '', [], NOW)), 'nothingToVoteOn');
    assert.equal(refusal(openRound(value(openRound(twoClusters(), '', PROBLEMS, NOW)), '', PROBLEMS, NOW)), 'roundOpen');
  });

  it('puts the clusters and every problem in no cluster on the ballot; without clusters, every problem', () => {
    assert.deepEqual(value(openRound(twoClusters(), '', PROBLEMS, NOW)).round?.candidates, ['cluster-1', 'cluster-2', 'p-d', 'p-e']);
    assert.deepEqual(value(openRound(emptyPrioritisation(), '', PROBLEMS, NOW)).round?.candidates, IDS);
  });

  it('counts votes (several on one allowed) up to the allowance, then refuses; closed rounds refuse', () => {
    let work = value(openRound(twoClusters(), '2', PROBLEMS, NOW));
    assert.equal(refusal(castVote(twoClusters(), jan, 'cluster-1', NOW)), 'noRound');
    work = value(castVote(work, jan, 'cluster-1', NOW));
    work = value(castVote(work, jan, 'p-e', NOW));
    assert.equal(refusal(castVote(work, jan, 'cluster-2', NOW)), 'allowanceUsed:2');
    assert.equal(refusal(castVote(work, ans, 'cluster-7', NOW)), 'unknownCandidate:cluster-7');
    assert.equal(refusal(castVote(work, ans, 'p-a', NOW)), 'unknownCandidate:p-a', 'a problem in a cluster is voted on through its cluster');
    work = value(castVote(work, ans, 'cluster-2', NOW));
    const { tallies, voters } = tallyOf(work);
    assert.deepEqual(tallies.map((t) => [t.id, t.votes]), [['cluster-1', 1], ['cluster-2', 1], ['p-d', 0], ['p-e', 1]]);
    assert.equal(voters, 2);
    const closed = value(closeRound(work, NOW));
    assert.equal(refusal(castVote(closed, ans, 'cluster-1', NOW)), 'roundClosed');
    assert.equal(refusal(withdrawVote(closed, jan, 'p-e')), 'roundClosed');
    assert.equal(refusal(closeRound(closed, NOW)), 'roundClosed');
    assert.equal(refusal(closeRound(twoClusters(), NOW)), 'noRound');
  });
});

describe('taking a vote back', () => {
  it('gives back the voter’s own vote while the round is open, and only one they cast', () => {
    let work = value(openRound(twoClusters(), '3', PROBLEMS, NOW));
    for (const target of ['cluster-1', 'cluster-1', 'p-d']) work = value(castVote(work, jan, target, NOW));
    const round = () => work.round ?? assert.fail('no round');
    assert.equal(votesOf(round(), jan.key), 3);
    work = value(withdrawVote(work, jan, 'cluster-1'));
    assert.equal(votesOf(round(), jan.key), 2, 'one vote left to cast again');
    assert.equal(votesOf(round(), jan.key, 'cluster-1'), 1);
    assert.equal(refusal(withdrawVote(work, ans, 'p-d')), 'noVoteToWithdraw', 'not someone else’s');
    assert.equal(refusal(withdrawVote(work, jan, 'cluster-2')), 'noVoteToWithdraw');
    work = value(castVote(work, jan, 'cluster-2', NOW));
    assert.deepEqual(tallyOf(work).tallies.map((t) => t.votes), [1, 1, 1, 0]);
  });
});

describe('priority list and endorsements (S2.5)', () => {
  it('fixes an ordered list of clusters (by number or name) and problems in no cluster (p4); refuses an open round, duplicates and unknowns', () => {
    const work = value(fixList(twoClusters(), splitList('Jongeren, p5, 1'), PROBLEMS, jan, NOW));
    assert.deepEqual(priorityItems(work).map((i) => [i.kind, i.number, i.name, i.problemIds]), [
      ['cluster', 2, 'Jongeren', ['p-b']],
      ['problem', 5, 'Probleem p-e', ['p-e']],
      ['cluster', 1, 'Fietsen', ['p-a', 'p-c']],
    ]);
    assert.equal(refusal(fixList(twoClusters(), ['2', 'jongeren'], PROBLEMS, jan, NOW)), 'duplicateInList:Jongeren');
    assert.equal(refusal(fixList(twoClusters(), ['Afval'], PROBLEMS, jan, NOW)), 'unknownCluster:Afval');
    assert.equal(refusal(fixList(twoClusters(), ['probleem 1'], PROBLEMS, jan, NOW)), 'problemInCluster:1 → Fietsen');
    assert.equal(refusal(fixList(twoClusters(), ['p9'], PROBLEMS, jan, NOW)), 'unknownProblem:9');
    assert.equal(refusal(fixList(twoClusters(), [], PROBLEMS, jan, NOW)), 'noList');
    assert.equal(refusal(fixList(value(openRound(twoClusters(), '', PROBLEMS, NOW)), ['1'], PROBLEMS, jan, NOW)), 'roundOpen');
  });

  it('fixes the list in the order of the votes: only what got votes, most first', () => {
    let work = value(openRound(twoClusters(), '3', PROBLEMS, NOW));
    assert.equal(refusal(fixListFromVotes(work, PROBLEMS, jan, NOW)), 'roundOpen');
    for (const target of ['p-e', 'p-e', 'cluster-2']) work = value(castVote(work, jan, target, NOW));
    work = value(castVote(work, ans, 'cluster-2', NOW));
    work = value(castVote(work, ans, 'cluster-2', NOW));
    work = value(closeRound(work, NOW));
    assert.deepEqual(priorityItems(value(fixListFromVotes(work, PROBLEMS, jan, NOW))).map((i) => i.name), ['Jongeren', 'Probleem p-e']);
    const silent = value(closeRound(value(openRound(twoClusters(), '', PROBLEMS, NOW)), NOW));
    assert.equal(refusal(fixListFromVotes(silent, PROBLEMS, jan, NOW)), 'noVotes');
  });

  it('endorses once per person; the same list fixed again keeps endorsements, a different one resets them', () => {
    assert.equal(refusal(endorse(twoClusters(), jan, NOW)), 'noList');
    let work = value(fixList(twoClusters(), ['2', '1'], PROBLEMS, jan, NOW));
    work = value(endorse(work, ans, NOW));
    assert.equal(refusal(endorse(work, ans, NOW)), 'alreadyEndorsed');
    assert.equal(value(fixList(work, ['Jongeren', 'Fietsen'], PROBLEMS, jan, NOW)).list?.endorsements.length, 1);
    assert.equal(value(fixList(work, ['1', '2'], PROBLEMS, jan, NOW)).list?.endorsements.length, 0);
  });

  it('records the fixed list with the step 2 meeting outcome, once; the step 2 state of older projects is taken over', () => {
    const project = olderProject();
    assert.deepEqual(initialStepWork(project).prioritisation, emptyPrioritisation());
    const legacy = { ...project, problemCriteria: [{ id: 'c1', name: 'Tijdstip', values: ['dag', 'nacht'] }], prioritisation: twoClusters() };
    assert.deepEqual(initialStepWork(legacy).criteria.map((c) => c.name), ['Tijdstip']);
    assert.equal(initialStepWork(legacy).prioritisation, legacy.prioritisation);
    const work = value(endorse(value(fixList(twoClusters(), ['2', '1'], PROBLEMS, jan, NOW)), ans, NOW));
    const saved = withPriorityRecord(project, work, NOW);
    const meeting = saved?.meetings.find((m) => m.step === 2) as MeetingWithPriorities | undefined;
    assert.deepEqual({ ...meeting?.priorities, items: meeting?.priorities?.items.map((i) => i.name) }, {
      items: ['Jongeren', 'Fietsen'], endorsed: 1, participants: 1, fixedByName: 'Jan', endorsedBy: ['Ans'],
    });
    assert.equal(saved && withPriorityRecord(saved, work, NOW), undefined, 'the same list is not written again');
    assert.equal(withPriorityRecord(project, twoClusters(), NOW), undefined, 'no list, nothing to record');
  });
});

describe('commands', () => {
  it('parses the prioritisation commands, Dutch and English', () => {
    assert.deepEqual(parseCommand('cluster Fietsen: 1, 4'), { name: 'cluster', spec: 'Fietsen: 1, 4' });
    assert.deepEqual(parseCommand('clusters'), { name: 'clusters' });
    assert.deepEqual(parseCommand('oorzaak 2 -> 1'), { name: 'cause', spec: '2 -> 1' });
    assert.deepEqual(parseCommand('cause 2 -> 1'), { name: 'cause', spec: '2 -> 1' });
    assert.deepEqual(parseCommand('doei Fietsen'), { name: 'doei', cluster: 'Fietsen' });
    assert.deepEqual(parseCommand('Stemronde 4'), { name: 'openVote', votes: '4' });
    assert.deepEqual(parseCommand('voting round'), { name: 'openVote', votes: '' });
    assert.deepEqual(parseCommand('sluit stemronde'), { name: 'closeVote' });
    assert.deepEqual(parseCommand('close voting round'), { name: 'closeVote' });
    assert.deepEqual(parseCommand('prioriteitenlijst 2, Fietsen'), { name: 'priorityList', spec: '2, Fietsen' });
    assert.deepEqual(parseCommand('priority list'), { name: 'priorityList', spec: '' });
  });
});
