import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { newProject } from '../../src/project/domain/project';
import type { Project } from '../../src/project';
import { nextProblemNumber } from '../../src/steps/2-problems/app/problem-numbers';
import { openSqliteStore, type SqliteStore } from '../../src/platform/store/sqlite/sqlite-store';

const project = (id: string): Project =>
  newProject({
    id,
    channel: { tenantId: 't', teamId: null, channelId: `c-${id}`, conversationId: `c-${id}`, serviceUrl: 'http://127.0.0.1:9/' },
    leader: { tenantId: 't', aadObjectId: 'leader', name: 'Leider' },
    now: new Date('2026-12-01T10:00:00Z'),
  });

/** Problem numbers (issue: "Every problem keeps one number from the moment it is entered"). */
describe('problem numbers', () => {
  let dir = '';
  let store: SqliteStore;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'entry-numbers-'));
    store = openSqliteStore(join(dir, 'store.db'));
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands out 1, 2, 3, … per project, each number once, also when many enter at the same moment', async () => {
    const numbers = await Promise.all(Array.from({ length: 20 }, () => nextProblemNumber({ store }, project('p1'))));
    assert.deepEqual(numbers.map((n) => n.number).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
    assert.equal((await nextProblemNumber({ store }, project('p1'))).number, 21);
    assert.equal((await nextProblemNumber({ store }, project('p2'))).number, 1, 'another project counts on its own');
  });

  it('counts on from the counter document of before, and keeps what step 2 saved', async () => {
    await store.create({ type: 'entryCounter', id: 'counter-problem', projectId: 'p3', kind: 'problem', last: 41 });
    const criteria = [{ id: 'c1', name: 'Tijdstip', values: ['overdag', 'avond'] }];
    await store.create({ type: 'stepWork', id: 'step-2', projectId: 'p3', criteria, prioritisation: { clusters: [] }, updatedAt: '2026-12-01T10:00:00.000Z' });
    const first = await nextProblemNumber({ store }, project('p3'));
    assert.equal(first.number, 42);
    assert.deepEqual(first.work.criteria, criteria, 'the answer carries the criteria');
    assert.equal((await nextProblemNumber({ store }, project('p3'))).number, 43);
  });
});
