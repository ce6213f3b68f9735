import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareProblems, overviewOf } from '../../src/steps/2-problems/domain/prioritisation';
import type { Problem } from '../../src/steps/2-problems/domain/problem';

const problem = (id: string, priority: Problem['priority'], likelihood: Problem['likelihood'], consequences: Problem['consequences'], organisation: string | null, minute = 0): Problem => ({
  type: 'entry', kind: 'problem', id, projectId: 'p', step: 2, number: minute + 1, author: 'a', organisation,
  createdAt: new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString(), updatedAt: '', description: id, likelihood, consequences, priority,
});

describe('the order of the typed list', () => {
  it('sorts by priority, then likelihood, then consequences (beide, personen, objecten), then organisation, then time', () => {
    const list = [
      problem('laag-prio', 'laag', 'hoog', 'beide', 'Politie'),
      problem('hoog-hoog-objecten', 'hoog', 'hoog', 'objecten', 'Politie'),
      problem('hoog-midden', 'hoog', 'midden', 'beide', 'Politie'),
      problem('hoog-hoog-beide-woonstede', 'hoog', 'hoog', 'beide', 'Woonstede'),
      problem('hoog-hoog-beide-gemeente-later', 'hoog', 'hoog', 'beide', 'Gemeente', 5),
      problem('hoog-hoog-beide-gemeente', 'hoog', 'hoog', 'beide', 'Gemeente', 1),
      problem('hoog-hoog-personen', 'hoog', 'hoog', 'personen', 'Politie'),
      problem('midden-prio', 'midden', 'laag', 'personen', null),
    ];
    assert.deepEqual(overviewOf(list).ordered.map((p) => p.id), [
      'hoog-hoog-beide-gemeente',
      'hoog-hoog-beide-gemeente-later',
      'hoog-hoog-beide-woonstede',
      'hoog-hoog-personen',
      'hoog-hoog-objecten',
      'hoog-midden',
      'midden-prio',
      'laag-prio',
    ]);
    assert.equal(compareProblems(list[0]!, list[0]!), 0);
  });

  it('counts every typing and fills the likelihood × priority matrix', () => {
    const overview = overviewOf([
      problem('a', 'hoog', 'laag', 'personen', 'Politie'),
      problem('b', 'hoog', 'laag', 'objecten', 'Politie'),
      problem('c', 'laag', 'hoog', 'beide', 'Gemeente'),
    ]);
    assert.deepEqual(overview.byPriority, { hoog: 2, midden: 0, laag: 1 });
    assert.deepEqual(overview.byLikelihood, { hoog: 1, midden: 0, laag: 2 });
    assert.deepEqual(overview.byConsequences, { personen: 1, objecten: 1, beide: 1 });
    assert.equal(overview.matrix.laag.hoog, 2);
    assert.equal(overview.matrix.hoog.laag, 1);
    assert.equal(overview.matrix.midden.midden, 0);
    assert.equal(overview.organisations, 2);
  });
});
