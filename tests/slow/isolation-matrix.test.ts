import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkIsolation } from '../harness/isolation-run';

describe('isolation matrix, whole (real HTTP)', () => {
  it('the leader and a participant of project B and an outsider, every command and card action, in A\'s channel, B\'s and a personal chat', async (t) => {
    const figures = await checkIsolation({
      callers: ['housing', 'youth', 'outsider'],
      commandPlaces: ['channelA', 'channelB', 'personal'],
      cardPlaces: ['channelA', 'channelB', 'personal'],
    });
    t.diagnostic(`isolation: ${figures.requests} requests, ${figures.readsOfA} reads of A, ${figures.writesToA} writes to A`);
    assert.equal(figures.readsOfA + figures.writesToA, 0);
  });
});
