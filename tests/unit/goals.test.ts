import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess, withoutExtra, type Assessment } from '../../src/steps/4-goals/domain/assessment';
import { elementsOf, validateGoal, type GoalInput } from '../../src/steps/4-goals/domain/goal';
import { dueDates, validateMonitoring } from '../../src/steps/4-goals/domain/monitoring';

const complete: GoalInput = {
  what: 'Minder intimidatie', indicator: 'Meldingen per kwartaal', startValue: '38', targetValue: '20', measuredBy: 'Politie, elk kwartaal',
  carriedBy: 'Gemeente en politie', whyRealistic: 'Elders gelukt', targetDate: '31-12-2027', problemIds: 'c3, c1',
};
const context = { problemIds: ['c1', 'c2', 'c3'], today: '2027-01-11' };

describe('a SMART goal (S4.1)', () => {
  it('is accepted with every element, the date read the Dutch way and the problems in list order', () => {
    const valid = validateGoal(complete, context);
    assert.ok(valid.ok);
    assert.equal(valid.value.targetDate, '2027-12-31');
    assert.deepEqual(valid.value.problemIds, ['c1', 'c3']);
  });

  it('is refused naming the SMART element that is missing: an indicator without a target is not measurable', () => {
    const noTarget = validateGoal({ ...complete, targetValue: ' ' }, context);
    assert.ok(!noTarget.ok);
    assert.deepEqual(noTarget.error, [{ field: 'targetValue', code: 'required' }]);
    assert.deepEqual(elementsOf(noTarget.error), ['meetbaar']);
  });

  it('names every element that is wrong, in SMART order, and the problems apart', () => {
    const result = validateGoal({ ...complete, what: '', carriedBy: '', targetDate: '10-01-2027', problemIds: 'c9' }, context);
    assert.ok(!result.ok);
    assert.deepEqual(elementsOf(result.error), ['specifiek', 'acceptabel', 'tijdgebonden']);
    assert.deepEqual(result.error.map((e) => `${e.field}:${e.code}`), ['what:required', 'carriedBy:required', 'targetDate:inPast', 'problemIds:notOnList']);
    const unreadable = validateGoal({ ...complete, targetDate: 'volgend jaar', problemIds: '' }, context);
    assert.ok(!unreadable.ok);
    assert.deepEqual(unreadable.error.map((e) => `${e.field}:${e.code}`), ['targetDate:unreadableDate', 'problemIds:required']);
    assert.ok(validateGoal({ ...complete, targetDate: '2027-01-11' }, context).ok, 'today is not in the past');
  });
});

const NOW = new Date('2027-01-11T10:00:00Z');
const owner = { key: 'k1', name: 'Rachid', organisation: 'Politie' };

describe('the assessment of the current measures (S4.2)', () => {
  it('"meer nodig" needs an extra measure and by whom; the organisation comes from the participant', () => {
    assert.deepEqual(assess(undefined, 'c1', { judgement: 'meerNodig', note: '', extra: null }, 'x1', 'Marieke', NOW), { ok: false, error: 'moreNeedsExtra' });
    const noOwner = assess(undefined, 'c1', { judgement: 'meerNodig', note: '', extra: { description: 'Slachtofferhulp', owner: null, organisation: ' ' } }, 'x1', 'Marieke', NOW);
    assert.deepEqual(noOwner, { ok: false, error: 'ownerRequired' });
    const done = assess(undefined, 'c1', { judgement: 'meerNodig', note: 'n', extra: { description: 'Slachtofferhulp', owner, organisation: '' } }, 'x1', 'Marieke', NOW);
    assert.ok(done.ok);
    assert.deepEqual(done.value.added, { id: 'x1', description: 'Slachtofferhulp', ownerKey: 'k1', ownerName: 'Rachid', organisation: 'Politie' });
  });

  it('keeps extra measures with "meer nodig" only, and one of each', () => {
    const first = assess(undefined, 'c1', { judgement: 'meerNodig', note: '', extra: { description: 'A', owner: null, organisation: 'Straatcoaches' } }, 'x1', 'M', NOW);
    assert.ok(first.ok);
    const previous: Assessment = first.value.assessment;
    const twice = assess(previous, 'c1', { judgement: 'meerNodig', note: '', extra: { description: ' a ', owner: null, organisation: 'X' } }, 'x2', 'M', NOW);
    assert.ok(twice.ok);
    assert.equal(twice.value.assessment.extraMeasures.length, 1, 'the same measure again is the one there');
    assert.deepEqual(assess(previous, 'c1', { judgement: 'doorgaan', note: '', extra: null }, 'x3', 'M', NOW), { ok: false, error: 'extraNeedsMore' });
    assert.deepEqual(assess(undefined, 'c1', { judgement: 'voldoende', note: '', extra: { description: 'B', owner, organisation: '' } }, 'x3', 'M', NOW), { ok: false, error: 'extraNeedsMore' });
    assert.deepEqual(assess(undefined, 'c1', { judgement: 'zo door', note: '', extra: null }, 'x3', 'M', NOW), { ok: false, error: 'judgementRequired' });
    assert.deepEqual(withoutExtra(previous, 'x1'), { ok: false, error: 'moreNeedsExtra' });
    assert.deepEqual(withoutExtra(previous, 'nope'), { ok: false, error: 'unknownExtra' });
  });
});

describe('monitoring agreements (S4.3)', () => {
  const limits = { today: '2027-01-11', goalDate: '2027-12-31' };

  it('counts due dates from the first one, keeping month ends, up to the goal’s date', () => {
    assert.deepEqual(dueDates({ kind: 'every', interval: 'month', from: '2027-01-31' }, '2027-05-15'), ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    assert.deepEqual(dueDates({ kind: 'every', interval: 'twoWeeks', from: '2027-12-20' }, '2028-01-20'), ['2027-12-20', '2028-01-03', '2028-01-17']);
    assert.deepEqual(dueDates({ kind: 'every', interval: 'quarter', from: '2027-03-31' }, '2027-12-31'), ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']);
    assert.equal(dueDates({ kind: 'every', interval: 'week', from: '2027-01-11' }, '2030-01-01').length, 60, 'never endless');
    assert.deepEqual(dueDates({ kind: 'dates', dates: ['2027-04-01', '2028-01-01'] }, '2027-12-31'), ['2027-04-01']);
  });

  it('reads dates the Dutch way, sorted and once each, and refuses dates outside today…goal', () => {
    const valid = validateMonitoring({ what: ' meldingen ', frequency: 'dates', from: '', dates: '1-7-2027; 1-4-2027, 1 juli 2027' }, limits);
    assert.ok(valid.ok);
    assert.deepEqual(valid.value, { what: 'meldingen', schedule: { kind: 'dates', dates: ['2027-04-01', '2027-07-01'] } });
    const wrong = (input: Partial<Parameters<typeof validateMonitoring>[0]>): string[] => {
      const result = validateMonitoring({ what: 'x', frequency: 'month', from: '2027-02-01', dates: '', ...input }, limits);
      return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
    };
    assert.deepEqual(wrong({ from: '2026-12-01' }), ['from:inPast']);
    assert.deepEqual(wrong({ from: '2028-02-01' }), ['from:afterGoal']);
    assert.deepEqual(wrong({ from: '' }), ['from:required']);
    assert.deepEqual(wrong({ frequency: 'dates', dates: '1-4-2027, morgen' }), ['dates:unreadableDate']);
    assert.deepEqual(wrong({ frequency: 'elke dag', what: '' }), ['what:required', 'frequency:required']);
  });
});
