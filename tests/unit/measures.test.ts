import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainCardText } from '../../src/kernel/card-text';
import { validateMeasure, type Measure, type NoMeasure } from '../../src/steps/3-measures/domain/measure';
import { measureOverview } from '../../src/steps/3-measures/domain/overview';
import { sectionPages } from '../../src/steps/3-measures/views/section-pages';

const AT = '2026-12-08T09:00:00.000Z';
const criteria = [{ id: 'c1', name: 'Looptijd', values: ['tijdelijk', 'structureel'] }];
const good = { description: ' Cameratoezicht  op het plein ', organisation: 'Politie', targets: 'gebied, daders', measureKind: 'Preventief', extra: { c1: 'Structureel' } };

describe('a current measure (S3.1, S3.2, S3.3)', () => {
  it('is accepted with several targets in the fixed order, its type and the criterion value as defined', () => {
    const valid = validateMeasure(good, criteria);
    assert.ok(valid.ok);
    assert.deepEqual(valid.value, { description: 'Cameratoezicht op het plein', organisation: 'Politie', targets: ['daders', 'gebied'], measureKind: 'preventief', extra: { c1: 'structureel' } });
  });

  it('names every field that is missing, too long or not one of the values', () => {
    const result = validateMeasure({ description: '', organisation: 'o'.repeat(121), targets: 'daders,buurtbewoners', measureKind: 'curatief', extra: {} }, criteria);
    assert.ok(!result.ok);
    assert.deepEqual(result.error, [
      { field: 'description', code: 'required' },
      { field: 'organisation', code: 'tooLong' },
      { field: 'targets', code: 'notAllowed' },
      { field: 'measureKind', code: 'notAllowed' },
      { field: 'extra', code: 'required', criterionId: 'c1' },
    ]);
    const empty = validateMeasure({ description: 'x', organisation: 'y' });
    assert.ok(!empty.ok);
    assert.deepEqual(empty.error.map((e) => `${e.field}:${e.code}`), ['targets:required', 'measureKind:required']);
  });
});

const measure = (id: string, author: string, problemId: string, targets: Measure['targets'], measureKind: Measure['measureKind'], organisation = 'x'): Measure => ({
  type: 'entry', kind: 'measure', id, projectId: 'p', step: 3, author, organisation, createdAt: AT, updatedAt: AT, problemId, description: id, targets, measureKind,
});
const nothing = (author: string, problemId: string): NoMeasure => ({
  type: 'entry', kind: 'noMeasure', id: `n-${author}-${problemId}`, projectId: 'p', step: 3, author, organisation: null, createdAt: AT, updatedAt: AT, problemId,
});
const problems = [{ id: 'a', name: 'Openbare orde', rank: 1 }, { id: 'b', name: 'Jongeren', rank: 2 }, { id: 'c', name: 'Afval', rank: 3 }];
const people = [
  { key: 'police1', organisation: 'Politie' },
  { key: 'police2', organisation: 'Politie' },
  { key: 'housing', organisation: 'Woonstede' },
  { key: 'town', organisation: 'Gemeente' },
];

describe('the measures overview', () => {
  const overview = measureOverview(
    problems,
    [
      measure('m1', 'police1', 'a', ['daders'], 'repressief', 'Politie'),
      measure('m2', 'police2', 'b', ['groepen', 'gebied'], 'preventief', 'Politie'),
      measure('m3', 'housing', 'b', ['slachtoffers', 'daders'], 'proactief', 'Woonstede'),
      measure('gone', 'police1', 'z', ['daders'], 'repressief'),
    ],
    [nothing('housing', 'a'), nothing('police2', 'a'), nothing('town', 'c')],
    people,
  );
  const [first, second, third] = overview.problems;

  it('counts per soort and type, per problem and in total, leaving out problems no longer on the list', () => {
    assert.deepEqual(first?.byTarget, { daders: 1, groepen: 0, slachtoffers: 0, gebied: 0 });
    assert.deepEqual(second?.byKind, { proactief: 1, preventief: 1, repressief: 0 });
    assert.equal(overview.measures, 3);
    assert.deepEqual(overview.byTarget, { daders: 2, groepen: 1, slachtoffers: 1, gebied: 1 });
    assert.equal(overview.organisations, 2);
  });

  it('tells "niets" from silence, per organisation: one measure of a colleague outweighs a "niets"', () => {
    assert.deepEqual(first?.nothing, ['Woonstede'], 'Politie has a measure through police1');
    assert.deepEqual(first?.notAnswered, ['Gemeente']);
    assert.deepEqual(second?.notAnswered, ['Gemeente']);
    assert.deepEqual(third?.nothing, ['Gemeente']);
    assert.deepEqual(third?.notAnswered, ['Politie', 'Woonstede']);
    assert.deepEqual(overview.silent, []);
    assert.deepEqual(measureOverview(problems, [], [], people).silent, ['Gemeente', 'Politie', 'Woonstede']);
  });

  it('makes the gaps visible', () => {
    assert.deepEqual(first?.gaps, ['noProactiveOrPreventive', 'noVictims', 'noArea']);
    assert.deepEqual(second?.gaps, []);
    assert.deepEqual(third?.gaps, ['noMeasure']);
  });
});

describe('text typed by people in a card', () => {
  it('shows as typed: no links, bold, lists or vanished brackets', () => {
    assert.equal(plainCardText('[klik](https://x.nl) **vet** <b>'), '\\[klik\\](https://x.nl) \\*\\*vet\\*\\* <b>');
    assert.equal(plainCardText('- punt\n1. eerste\n  # kop'), '\\- punt\n1\\. eerste\n  \\# kop');
    assert.equal(plainCardText('Cameratoezicht (24/7) op het plein, 2e fase.'), 'Cameratoezicht (24/7) op het plein, 2e fase.');
  });
});

describe('sections over pages', () => {
  it('keeps the order, continues a long section on the next page and never loses a row', () => {
    const sections = [{ section: 'A', rows: [1, 2, 3, 4, 5] }, { section: 'B', rows: [] }, { section: 'C', rows: [6] }];
    const pages = sectionPages(sections, { section: () => 10, row: () => 10 }, 35, 100);
    assert.deepEqual(pages.map((p) => p.map((s) => `${s.section}${s.continued ? '+' : ''}:${s.rows.join(',')}`)), [['A:1,2'], ['A+:3,4,5'], ['B:', 'C:6']]);
  });
});
