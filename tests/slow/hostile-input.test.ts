import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkHostileInput } from '../harness/hostile-run';
import { HOSTILE_SEED } from '../harness/hostile-input';

// The long run of tests/e2e/hostile-input.test.ts: the same property, more cases, another seed
// than the quick run's, so together they cover more (HOSTILE_CASES and HOSTILE_SEED change them).
const CASES = Number(process.env.HOSTILE_CASES ?? 10_000);

describe('hostile input, long run (property-based, seeded)', () => {
  it(`over real HTTP: no 5xx, no error, no write on refusal (${CASES} activities and card actions)`, async (t) => {
    const figures = await checkHostileInput(CASES, HOSTILE_SEED + 1);
    t.diagnostic(`hostile cases: ${figures.cases}, statuses ${JSON.stringify(figures.statuses)}, refusals checked for writes: ${figures.refusalsChecked}`);
    assert.equal(figures.cases, CASES);
  });
});
