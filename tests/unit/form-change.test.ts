import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REMEMBERED_ACTIVITIES, wasApplied, withAppliedActivity } from '../../src/kernel/applied-activities';
import { mergeFormChange, readOpenedValues } from '../../src/kernel/form-change';

describe('a save from a form knows what it was opened with', () => {
  const fields = ['commissioner', 'description'] as const;
  const opened = { commissioner: 'Burgemeester', description: 'Oud' };

  it('applies only the fields changed on the form; the others keep what is stored now', () => {
    const merged = mergeFormChange(fields, opened, { commissioner: 'Burgemeester', description: 'Nieuw' }, { commissioner: 'Korpschef', description: 'Oud' });
    assert.deepEqual(merged, { kind: 'merged', values: { commissioner: 'Korpschef', description: 'Nieuw' } });
  });

  it('names a field changed on the form that someone else changed to something else meanwhile', () => {
    const merged = mergeFormChange(fields, opened, { commissioner: 'Wethouder', description: 'Nieuw' }, { commissioner: 'Korpschef', description: 'Oud' });
    assert.deepEqual(merged, { kind: 'conflict', fields: ['commissioner'] });
  });

  it('takes the same change made twice (a save delivered again) as no conflict', () => {
    const merged = mergeFormChange(fields, opened, { commissioner: 'Korpschef ' }, { commissioner: 'Korpschef', description: 'Oud' });
    assert.deepEqual(merged, { kind: 'merged', values: { commissioner: 'Korpschef', description: 'Oud' } });
  });

  it('reads the carried values, and nothing from what is not a JSON object of texts', () => {
    assert.deepEqual(readOpenedValues('{"commissioner":"Burgemeester","n":3}'), { commissioner: 'Burgemeester' });
    for (const bad of [undefined, '', 'niet json', '[1]', 'null', '"tekst"']) assert.equal(readOpenedValues(bad), undefined, String(bad));
  });
});

describe('a document remembers the activities applied to it', () => {
  it('knows an applied activity again, and keeps only the most recent ones', () => {
    let doc: { appliedActivities?: readonly string[] } = {};
    assert.equal(wasApplied(doc, 'a1'), false);
    for (let i = 1; i <= REMEMBERED_ACTIVITIES + 5; i++) doc = withAppliedActivity(doc, `a${i}`);
    assert.equal(doc.appliedActivities?.length, REMEMBERED_ACTIVITIES);
    assert.equal(wasApplied(doc, `a${REMEMBERED_ACTIVITIES + 5}`), true);
    assert.equal(wasApplied(doc, 'a1'), false, 'the oldest are forgotten');
    assert.equal(wasApplied(doc, undefined), false, 'without an id (timed work) nothing counts as applied');
    assert.equal(withAppliedActivity(doc, undefined), doc);
  });
});
