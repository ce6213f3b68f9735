import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkActivityShape } from '../../src/platform/teams/activity-shape';
import { plainCardText } from '../../src/kernel/card-text';
import { checkHostileInput } from '../harness/hostile-run';
import { HOSTILE_SEED, hostileValue } from '../harness/hostile-input';

// Seeded: every run tries the same cases (HOSTILE_SEED=<n> tries others). The long run is tests/slow/.
describe('hostile input (property-based, seeded)', () => {
  it('the activity shape check answers anything without throwing (5,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('type', 'serviceUrl', 'from', 'recipient', 'conversation', 'channelData', 'text', 'value', 'entities'), hostileValue)), (body) => {
        const verdict = checkActivityShape(body);
        assert.equal(typeof verdict.ok, 'boolean');
        if (!verdict.ok) assert.doesNotMatch(verdict.problem, /TypeError|undefined is not|is not a function/);
      }),
      { seed: HOSTILE_SEED, numRuns: 5000 },
    );
  });

  it('card text never keeps markup and escaping twice changes nothing (5,000 cases)', () => {
    const markdownish = fc.string({ unit: fc.constantFrom('[', ']', '(', ')', '!', '*', '_', '~', '`', '#', '-', '+', '=', '1', '.', '\\', '\n', ' ', 'a', 'h', ':', '/', '<', '>'), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string()), (text) => {
        const once = plainCardText(text);
        assert.equal(plainCardText(once), once);
        const bare = once.replace(/\\[!-/:-@[-`{-~]/g, '§');
        assert.doesNotMatch(bare, /\[[^\]]*\]\(|^[ \t]*(#|[-+*] |\d+[.)] )|[*_~`]/m, once);
      }),
      { seed: HOSTILE_SEED, numRuns: 5000 },
    );
  });

  it('over real HTTP: no 5xx, no error, no write on refusal (2,000 activities and card actions)', async (t) => {
    const figures = await checkHostileInput(2000);
    t.diagnostic(`hostile cases: ${figures.cases}, statuses ${JSON.stringify(figures.statuses)}, refusals checked for writes: ${figures.refusalsChecked}`);
    assert.equal(figures.cases, 2000);
  });
});
