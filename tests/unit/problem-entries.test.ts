import { initialStepWork } from '../../src/steps/2-problems/domain/step-work';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addCriterion, allowedValue, parseCriterionDefinition, removeCriterion, type ProblemCriterion } from '../../src/steps/2-problems/domain/criteria';
import { sameDescription, validateProblem, withExtra, type Problem } from '../../src/steps/2-problems/domain/problem';

const tijdstip: ProblemCriterion = { id: 'c1', name: 'Tijdstip', values: ['overdag', 'avond', 'nacht'] };
const plek: ProblemCriterion = { id: 'c2', name: 'Plek', values: ['station', 'park'] };
const base = { description: 'Drugshandel bij de fietsenstalling', likelihood: 'hoog', consequences: 'personen', priority: 'midden' };

describe('problem validation with extra criteria', () => {
  it('accepts the fixed typing and a value of each criterion (case and spaces ignored), stored by criterion id', () => {
    const valid = validateProblem({ ...base, extra: { c1: ' Avond ', c2: 'park' } }, [tijdstip, plek]);
    assert.ok(valid.ok);
    assert.deepEqual(valid.value.extra, { c1: 'avond', c2: 'park' });
    assert.equal(valid.value.likelihood, 'hoog');
  });

  it('requires every current criterion and refuses values outside its set', () => {
    const result = validateProblem({ ...base, extra: { c1: 'ochtend' } }, [tijdstip, plek]);
    assert.ok(!result.ok);
    assert.deepEqual(result.error, [
      { field: 'extra', code: 'notAllowed', criterionId: 'c1' },
      { field: 'extra', code: 'required', criterionId: 'c2' },
    ]);
  });

  it('without criteria the old rules hold and extra values are ignored', () => {
    const valid = validateProblem({ ...base, extra: { gone: 'x' } });
    assert.ok(valid.ok);
    assert.deepEqual(valid.value.extra, {});
  });

  it('refuses an empty or oversized description and values outside the fixed sets', () => {
    const result = validateProblem({ description: 'x'.repeat(501), likelihood: 'vaak', consequences: '', priority: 'HOOG' });
    assert.ok(!result.ok);
    assert.deepEqual(result.error.map((e) => `${e.field}:${e.code}`), ['description:tooLong', 'likelihood:notAllowed', 'consequences:required']);
    const empty = validateProblem({ ...base, description: '   ' });
    assert.ok(!empty.ok);
    assert.deepEqual(empty.error, [{ field: 'description', code: 'required' }]);
    assert.ok(validateProblem({ ...base, description: 'x'.repeat(500) }).ok);
  });

  it('treats texts differing only in case and spacing as the same problem', () => {
    assert.ok(sameDescription('Drugs  bij het Station', ' drugs bij het station'));
    assert.ok(!sameDescription('Drugs', 'Drugs!'));
  });

  it('keeps `extra` off entries that have no values', () => {
    const problem = { extra: { c1: 'avond' } } as unknown as Problem; // only the field matters here
    assert.equal('extra' in withExtra(problem, {}), false);
    assert.deepEqual(withExtra(problem, { c2: 'park' }).extra, { c2: 'park' });
  });
});

describe('extra criteria rules (S2.2)', () => {
  it('reads a name and its values', () => {
    const parsed = parseCriterionDefinition(' Tijdstip :  overdag, avond ,nacht ');
    assert.deepEqual(parsed, { ok: true, value: { name: 'Tijdstip', values: ['overdag', 'avond', 'nacht'] } });
  });

  it('refuses bad definitions with a reason', () => {
    const reason = (typed: string): string => {
      const parsed = parseCriterionDefinition(typed);
      return parsed.ok ? 'ok' : parsed.error;
    };
    assert.equal(reason('Tijdstip overdag, avond'), 'format');
    assert.equal(reason(': overdag, avond'), 'nameLength');
    assert.equal(reason(`${'n'.repeat(41)}: a, b`), 'nameLength');
    assert.equal(reason(`${'n'.repeat(40)}: a, b`), 'ok');
    assert.equal(reason('Tijdstip: overdag'), 'tooFewValues');
    assert.equal(reason('Tijdstip: overdag, , '), 'tooFewValues');
    assert.equal(reason('Tijdstip: a, b, c, d, e, f, g, h, i'), 'tooManyValues');
    assert.equal(reason('Tijdstip: a, b, c, d, e, f, g, h'), 'ok');
    assert.equal(reason('Tijdstip: avond, Avond'), 'duplicateValues');
    assert.equal(reason(`Tijdstip: a, ${'v'.repeat(41)}`), 'valueLength');
  });

  it('allows two criteria, refuses a third and a duplicate name (case-insensitive)', () => {
    const one = addCriterion([], { name: 'Tijdstip', values: ['a', 'b'] }, 'c1');
    assert.ok(one.ok);
    const duplicate = addCriterion(one.value, { name: 'TIJDSTIP', values: ['x', 'y'] }, 'c9');
    assert.deepEqual(duplicate, { ok: false, error: 'duplicateName' });
    const two = addCriterion(one.value, { name: 'Plek', values: ['station', 'park'] }, 'c2');
    assert.ok(two.ok);
    assert.deepEqual(two.value.map((c) => c.id), ['c1', 'c2']);
    assert.deepEqual(addCriterion(two.value, { name: 'Derde', values: ['x', 'y'] }, 'c3'), { ok: false, error: 'tooMany' });
  });

  it('removes by name, ignoring case; an unknown name removes nothing', () => {
    const removed = removeCriterion([tijdstip, plek], ' tijdstip ');
    assert.deepEqual(removed?.criteria, [plek]);
    assert.equal(removed?.removed, tijdstip);
    assert.equal(removeCriterion([tijdstip], 'Weer'), undefined);
  });

  it('older projects without criteria have none; allowed values match ignoring case', () => {
    assert.deepEqual(initialStepWork({ id: 'p', updatedAt: '2026-01-01T00:00:00.000Z' }).criteria, []);
    assert.equal(allowedValue(tijdstip, 'NACHT'), 'nacht');
    assert.equal(allowedValue(tijdstip, 'ochtend'), undefined);
  });
});
