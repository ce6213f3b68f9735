import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkIsolation } from '../harness/isolation-run';

// The whole matrix (every caller in every place) is in tests/slow/.
describe('isolation matrix: people of another project and outsiders never read or change project A (real HTTP)', () => {
  it('every command in A\'s channel and every card action in A\'s channel and a personal chat, claiming A, B or a made-up project', async (t) => {
    const figures = await checkIsolation({ callers: ['housing', 'outsider'], commandPlaces: ['channelA'], cardPlaces: ['channelA', 'personal'] });
    t.diagnostic(`isolation: ${figures.requests} requests, ${figures.readsOfA} reads of A, ${figures.writesToA} writes to A`);
    assert.equal(figures.readsOfA + figures.writesToA, 0);
  });
});
