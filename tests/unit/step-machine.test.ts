import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyStepCommand, type StepActor, type StepRefusal } from '../../src/kernel/step-machine';
import { acceptsInput, currentStep, initialSteps, isFinished, type StepAction, type StepNumber, type StepState, type StepStatus } from '../../src/kernel/steps';

const NOW = new Date('2026-12-01T10:00:00Z');
const LATER = new Date('2026-12-15T16:00:00Z');
const leader: StepActor = { kind: 'leader', key: 't:leader' };
const participant: StepActor = { kind: 'participant', key: 't:jan' };
const system: StepActor = { kind: 'system' };

/** Steps where `step` has `status` and every earlier step is done, so order never interferes. */
function stepsWith(step: StepNumber, status: StepStatus, deadline: string | null = null): StepState[] {
  return initialSteps().map((s) =>
    s.number === step ? { ...s, status, deadline } : s.number < step ? { ...s, status: 'done' as const } : s,
  );
}

type Expect = StepStatus | StepRefusal;
const S: StepStatus[] = ['notOpen', 'open', 'inputClosed', 'meeting', 'done'];

/**
 * Expected outcome per action and status, for the leader, on a meeting step (2) and a step
 * without meeting (3). Written out by hand: the test must not read the table it checks.
 */
const LEADER: Record<StepAction, { meeting: Expect[]; plain: Expect[] }> = {
  //                 notOpen        open           inputClosed     meeting        done
  open: { meeting: ['open', 'wrongStatus', 'wrongStatus', 'wrongStatus', 'wrongStatus'], plain: ['open', 'wrongStatus', 'wrongStatus', 'wrongStatus', 'wrongStatus'] },
  extend: { meeting: ['wrongStatus', 'open', 'wrongStatus', 'wrongStatus', 'wrongStatus'], plain: ['wrongStatus', 'open', 'wrongStatus', 'wrongStatus', 'wrongStatus'] },
  close: { meeting: ['wrongStatus', 'inputClosed', 'wrongStatus', 'wrongStatus', 'wrongStatus'], plain: ['wrongStatus', 'inputClosed', 'done', 'wrongStatus', 'wrongStatus'] },
  complete: { meeting: Array<Expect>(5).fill('wrongStatus'), plain: ['wrongStatus', 'done', 'wrongStatus', 'wrongStatus', 'wrongStatus'] },
  reopen: { meeting: ['wrongStatus', 'wrongStatus', 'open', 'open', 'open'], plain: ['wrongStatus', 'wrongStatus', 'open', 'open', 'open'] },
  planMeeting: { meeting: ['notOpen', 'open', 'inputClosed', 'wrongStatus', 'wrongStatus'], plain: Array<Expect>(5).fill('noMeetingInStep') },
  startMeeting: { meeting: ['wrongStatus', 'meeting', 'meeting', 'wrongStatus', 'wrongStatus'], plain: Array<Expect>(5).fill('noMeetingInStep') },
  finishMeeting: { meeting: ['wrongStatus', 'wrongStatus', 'wrongStatus', 'done', 'wrongStatus'], plain: Array<Expect>(5).fill('noMeetingInStep') },
  deadlinePassed: { meeting: ['wrongStatus', 'notSystem', 'wrongStatus', 'wrongStatus', 'wrongStatus'], plain: ['wrongStatus', 'notSystem', 'wrongStatus', 'wrongStatus', 'wrongStatus'] },
};

function run(step: StepNumber, status: StepStatus, action: StepAction, actor: StepActor): Expect {
  const deadline = action === 'deadlinePassed' ? '2026-12-01T09:00:00Z' : null;
  const result = applyStepCommand(stepsWith(step, status, deadline), {
    action,
    step,
    actor,
    now: NOW,
    deadline: LATER,
    meetingAt: new Date('2026-12-16T09:00:00Z'),
    reason: 'Twee partners waren met vakantie',
  });
  return result.ok ? (result.value.find((s) => s.number === step)?.status ?? 'notOpen') : result.error;
}

describe('step machine: every action from every status', () => {
  for (const [action, expected] of Object.entries(LEADER) as [StepAction, { meeting: Expect[]; plain: Expect[] }][]) {
    S.forEach((status, i) => {
      it(`${action} on a meeting step that is ${status}: leader → ${expected.meeting[i]}`, () => {
        assert.equal(run(2, status, action, leader), expected.meeting[i]);
      });
      it(`${action} on a step without meeting that is ${status}: leader → ${expected.plain[i]}`, () => {
        assert.equal(run(3, status, action, leader), expected.plain[i]);
      });
      it(`${action} on step 2 that is ${status}: a participant changes nothing`, () => {
        const outcome = run(2, status, action, participant);
        assert.ok(!S.includes(outcome as StepStatus), `participant got ${outcome}`);
      });
    });
  }
  it('only the system closes input when the deadline passes', () => {
    assert.equal(run(2, 'open', 'deadlinePassed', system), 'inputClosed');
  });
});

describe('step machine: conditions', () => {
  const open = (steps: StepState[], extra: Partial<Parameters<typeof applyStepCommand>[1]> = {}) =>
    applyStepCommand(steps, { action: 'open', step: 3, actor: leader, now: NOW, deadline: LATER, ...extra });

  it('opens a step only when the one before it is finished', () => {
    const act = (steps: StepState[], action: StepAction, step: StepNumber) => applyStepCommand(steps, { action, step, actor: leader, now: NOW, deadline: LATER });
    const fresh = initialSteps();
    assert.deepEqual(act(fresh, 'open', 2), { ok: false, error: 'outOfOrder' }, 'step 1 is open until the profile is saved');
    const profiled = act(fresh, 'complete', 1);
    assert.ok(profiled.ok);
    const two = act(profiled.value, 'open', 2);
    assert.ok(two.ok);
    assert.deepEqual(open(two.value), { ok: false, error: 'outOfOrder' }, 'step 2 open');
    const withStatus = (steps: StepState[], number: StepNumber, status: StepStatus) => steps.map((s) => (s.number === number ? { ...s, status } : s));
    for (const status of ['inputClosed', 'meeting'] as const) {
      assert.deepEqual(open(withStatus(two.value, 2, status)), { ok: false, error: 'outOfOrder' }, `step 2 ${status}: its meeting is not closed`);
    }
    const three = open(withStatus(two.value, 2, 'done'));
    assert.ok(three.ok, 'step 2 done: its meeting is closed');
    assert.deepEqual(act(three.value, 'open', 4), { ok: false, error: 'outOfOrder' }, 'step 3 open');
    assert.ok(act(withStatus(three.value, 3, 'inputClosed'), 'open', 4).ok, 'a step without a meeting is finished once its input closes');
  });
  it('knows the step the project is at', () => {
    const at = (statuses: StepStatus[]) => currentStep(initialSteps().map((s, i) => ({ ...s, status: statuses[i] ?? 'notOpen' }))).number;
    assert.equal(at(['open']), 1);
    assert.equal(at(['done']), 2, 'the next one to open');
    assert.equal(at(['done', 'meeting']), 2);
    assert.equal(at(['done', 'done', 'inputClosed']), 4, 'step 3 finished when its input closed');
    assert.equal(at(['done', 'done', 'done', 'done', 'done', 'done']), 6);
    assert.equal(isFinished({ ...initialSteps()[0]!, status: 'inputClosed' }), false, 'step 1 is finished only when done');
  });
  it('needs a deadline in the future to open or extend', () => {
    const steps = stepsWith(3, 'notOpen');
    assert.deepEqual(open(steps, { deadline: undefined }), { ok: false, error: 'deadlineRequired' });
    assert.deepEqual(open(steps, { deadline: NOW }), { ok: false, error: 'deadlineInPast' });
    assert.ok(open(steps, { deadline: new Date(NOW.getTime() + 1000) }).ok);
  });
  it('keeps the input deadline before a planned meeting, both ways', () => {
    const planned = stepsWith(2, 'open', '2026-12-10T16:00:00.000Z').map((s) => (s.number === 2 ? { ...s, meetingAt: '2026-12-12T09:00:00.000Z' } : s));
    const extend = applyStepCommand(planned, { action: 'extend', step: 2, actor: leader, now: NOW, deadline: new Date('2026-12-13T09:00:00Z') });
    assert.deepEqual(extend, { ok: false, error: 'deadlineAfterMeeting' });
    const early = applyStepCommand(stepsWith(2, 'open', '2026-12-10T16:00:00.000Z'), {
      action: 'planMeeting', step: 2, actor: leader, now: NOW, meetingAt: new Date('2026-12-09T09:00:00Z'),
    });
    assert.deepEqual(early, { ok: false, error: 'meetingBeforeDeadline' });
  });
  it('records reopening with its reason, who and when; a reason is required', () => {
    const closed = stepsWith(2, 'inputClosed', '2026-11-30T16:00:00.000Z');
    assert.deepEqual(applyStepCommand(closed, { action: 'reopen', step: 2, actor: leader, now: NOW, reason: '  ' }), { ok: false, error: 'reasonRequired' });
    const reopened = applyStepCommand(closed, { action: 'reopen', step: 2, actor: leader, now: NOW, reason: 'Politie had nog geen invoer', deadline: LATER });
    assert.ok(reopened.ok);
    const step = reopened.value.find((s) => s.number === 2);
    assert.equal(step?.deadline, LATER.toISOString());
    assert.deepEqual(step?.history.at(-1), {
      action: 'reopen', at: NOW.toISOString(), by: 't:leader', from: 'inputClosed', to: 'open', deadline: LATER.toISOString(), reason: 'Politie had nog geen invoer',
    });
  });
  it('does not close input before the deadline', () => {
    const steps = stepsWith(2, 'open', '2026-12-01T10:00:01.000Z');
    assert.deepEqual(applyStepCommand(steps, { action: 'deadlinePassed', step: 2, actor: system, now: NOW }), { ok: false, error: 'deadlineNotReached' });
  });
});

describe('acceptsInput at the deadline boundary', () => {
  const step = { ...stepsWith(2, 'open', '2026-12-15T16:00:00.000Z')[1]! };
  it('accepts one second before and refuses at and one second after the deadline', () => {
    assert.equal(acceptsInput(step, new Date('2026-12-15T15:59:59.000Z')), true);
    assert.equal(acceptsInput(step, new Date('2026-12-15T16:00:00.000Z')), false);
    assert.equal(acceptsInput(step, new Date('2026-12-15T16:00:01.000Z')), false);
  });
  it('refuses input for a step that is not open, whatever the time', () => {
    for (const status of ['notOpen', 'inputClosed', 'meeting', 'done'] as const) {
      assert.equal(acceptsInput({ ...step, status }, new Date('2026-12-01T00:00:00Z')), false);
    }
  });
});
