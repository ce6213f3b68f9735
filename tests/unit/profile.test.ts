import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateProfile, type ProfileFieldError, type ProfileInput } from '../../src/project/domain/profile';
import { TEXT_LIMITS } from '../../src/kernel/limits';

const valid: ProfileInput = {
  name: 'Overlast Stationsplein',
  commissioner: 'Burgemeester',
  startDate: '2026-09-01',
  plannedEndDate: '2027-06-30',
  description: 'Samen de overlast rond het station aanpakken.',
};

function errorsOf(input: ProfileInput): ProfileFieldError[] {
  const result = validateProfile(input);
  assert.equal(result.ok, false, 'expected the profile to be refused');
  return result.ok ? [] : result.error;
}

describe('validateProfile refuses', () => {
  it('an empty name, on the name field', () => {
    assert.deepEqual(errorsOf({ ...valid, name: '' }), [{ field: 'name', code: 'required' }]);
  });

  it('a missing name', () => {
    const { name: _name, ...rest } = valid;
    assert.deepEqual(errorsOf(rest), [{ field: 'name', code: 'required' }]);
  });

  it('a name of only whitespace', () => {
    assert.deepEqual(errorsOf({ ...valid, name: ' \t\n ' }), [{ field: 'name', code: 'required' }]);
  });

  it('a name over 120 characters, telling the maximum', () => {
    assert.equal(TEXT_LIMITS.projectName, 120);
    assert.deepEqual(errorsOf({ ...valid, name: 'x'.repeat(121) }), [{ field: 'name', code: 'tooLong', max: 120 }]);
  });

  it('a commissioner and a description over their limits', () => {
    const errors = errorsOf({
      ...valid,
      commissioner: 'c'.repeat(TEXT_LIMITS.commissioner + 1),
      description: 'd'.repeat(TEXT_LIMITS.description + 1),
    });
    assert.deepEqual(errors, [
      { field: 'commissioner', code: 'tooLong', max: TEXT_LIMITS.commissioner },
      { field: 'description', code: 'tooLong', max: TEXT_LIMITS.description },
    ]);
  });

  it('a planned end date before the start date, on plannedEndDate', () => {
    assert.deepEqual(errorsOf({ ...valid, startDate: '15-12-2026', plannedEndDate: '14-12-2026' }), [
      { field: 'plannedEndDate', code: 'endBeforeStart' },
    ]);
  });

  it('end before start also across formats and years', () => {
    assert.deepEqual(errorsOf({ ...valid, startDate: '1 jan 2027', plannedEndDate: '2026-12-31' }), [
      { field: 'plannedEndDate', code: 'endBeforeStart' },
    ]);
  });

  it('unreadable dates, each on its own field', () => {
    assert.deepEqual(errorsOf({ ...valid, startDate: 'gisteren', plannedEndDate: '31-02-2027' }), [
      { field: 'startDate', code: 'unreadableDate' },
      { field: 'plannedEndDate', code: 'unreadableDate' },
    ]);
  });

  it('reports several errors at once', () => {
    const errors = errorsOf({
      name: '   ',
      commissioner: 'c'.repeat(TEXT_LIMITS.commissioner + 5),
      startDate: 'morgen',
      plannedEndDate: '2026-13-01',
      description: '',
    });
    assert.deepEqual(
      errors.map((e) => `${e.field}:${e.code}`).sort(),
      ['commissioner:tooLong', 'name:required', 'plannedEndDate:unreadableDate', 'startDate:unreadableDate'],
    );
  });
});

describe('validateProfile accepts', () => {
  it('a valid profile, trimming text and normalising dates to ISO', () => {
    const result = validateProfile({
      name: '  Overlast Stationsplein  ',
      commissioner: ' Burgemeester ',
      startDate: ' 1-9-2026 ',
      plannedEndDate: '30 juni 2027',
      description: '\n Samen aanpakken. \n',
    });
    assert.deepEqual(result, {
      ok: true,
      value: {
        name: 'Overlast Stationsplein',
        commissioner: 'Burgemeester',
        startDate: '2026-09-01',
        plannedEndDate: '2027-06-30',
        description: 'Samen aanpakken.',
      },
    });
  });

  it('only a name: the optional fields empty and the dates null', () => {
    assert.deepEqual(validateProfile({ name: 'Fietsdiefstal', commissioner: '', startDate: ' ', plannedEndDate: '', description: '' }), {
      ok: true,
      value: { name: 'Fietsdiefstal', commissioner: '', startDate: null, plannedEndDate: null, description: '' },
    });
    assert.deepEqual(validateProfile({ name: 'Fietsdiefstal' }), {
      ok: true,
      value: { name: 'Fietsdiefstal', commissioner: '', startDate: null, plannedEndDate: null, description: '' },
    });
  });

  it('a name of exactly 120 characters and the end on the start date', () => {
    const result = validateProfile({ ...valid, name: 'n'.repeat(120), startDate: '2026-12-15', plannedEndDate: '15-12-2026' });
    assert.equal(result.ok, true);
    assert.equal(result.ok && result.value.name.length, 120);
  });

  it('only an end date, or only a start date', () => {
    const onlyEnd = validateProfile({ name: 'x', plannedEndDate: '15 dec 2026' });
    const onlyStart = validateProfile({ name: 'x', startDate: '15 dec 2026' });
    assert.deepEqual(onlyEnd.ok && [onlyEnd.value.startDate, onlyEnd.value.plannedEndDate], [null, '2026-12-15']);
    assert.deepEqual(onlyStart.ok && [onlyStart.value.startDate, onlyStart.value.plannedEndDate], ['2026-12-15', null]);
  });
});
