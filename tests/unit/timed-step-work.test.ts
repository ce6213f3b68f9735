import { INPUT_KINDS } from '../../src/steps';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AppDeps } from '../../src/kernel/deps';
import { closeInputAtDeadline, reminderFacts } from '../../src/engine/app/timed-step-work';
import { newProject, type Project } from '../../src/project/domain/project';
import { applyStepCommand } from '../../src/kernel/step-machine';
import { earlierStepsDone } from '../harness/steps';
import { openSqliteStore, type SqliteStore } from '../../src/platform/store/sqlite/sqlite-store';

/** The timed work checks the step's state when it runs, so late or stale jobs say nothing wrong. */
describe('timed step work', () => {
  const deadline = '2026-12-10T16:00:00.000Z';
  const clock = { now: new Date('2026-12-01T09:00:00Z') };
  let dir = '';
  let store: SqliteStore;
  let deps: AppDeps;
  const job = { projectId: 'p1', step: 2 as const, at: deadline, hoursBefore: 48 };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'timed-work-'));
    store = openSqliteStore(join(dir, 'store.db'));
    deps = { store, clock: () => clock.now, newId: () => 'x', jobs: { schedule: async () => undefined }, inputKinds: INPUT_KINDS };
    const project = newProject({
      id: 'p1',
      channel: { tenantId: 't', teamId: null, channelId: 'c', conversationId: 'c', serviceUrl: 'http://x' },
      leader: { tenantId: 't', aadObjectId: 'a', name: 'Marieke' },
      now: clock.now,
    });
    const opened = applyStepCommand(earlierStepsDone(project.steps, 2), { action: 'open', step: 2, actor: { kind: 'leader', key: 't:a' }, now: clock.now, deadline: new Date(deadline) });
    assert.ok(opened.ok);
    await store.create<Project>({ ...project, steps: opened.value });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reminds before the deadline, naming who has not given input', async () => {
    clock.now = new Date('2026-12-08T16:00:01Z');
    const facts = await reminderFacts(deps, job);
    assert.equal(facts.kind, 'due');
    assert.deepEqual(facts.kind === 'due' ? facts.missing.map((p) => p.name) : [], ['Marieke']);
  });

  it('says nothing for a reminder that only runs at or after the deadline (the bot was down)', async () => {
    clock.now = new Date(deadline);
    assert.deepEqual(await reminderFacts(deps, job), { kind: 'nothingToDo' });
  });

  it('closes input at the deadline once; a job for another deadline does nothing', async () => {
    clock.now = new Date('2026-12-10T16:00:01Z');
    assert.deepEqual(await closeInputAtDeadline(deps, { ...job, at: '2026-12-09T16:00:00.000Z' }), { kind: 'nothingToDo' });
    const first = await closeInputAtDeadline(deps, job);
    assert.equal(first.kind === 'due' ? first.step.status : first.kind, 'inputClosed');
    assert.deepEqual(await closeInputAtDeadline(deps, job), { kind: 'nothingToDo' });
  });
});
