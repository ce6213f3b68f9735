import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { runRound } from '../../bench/turn-cost/load';
import { seedProject } from '../../bench/turn-cost/project-seed';
import { operationOf } from '../../bench/cosmos-double';
import type { EntryDocument } from '../../src/platform/store/port';
import { startBotUnderTest, type BotUnderTest } from '../harness/bot-under-test';

/** The turn-cost bench's own parts on a tiny load, so `npm run bench` does not first fail after minutes. */
describe('turn-cost bench harness', () => {
  let harness: BotUnderTest;

  before(async () => {
    harness = await startBotUnderTest({ timers: false });
  });
  after(async () => {
    await harness?.stop();
  });

  it('submits every participant\'s problems over HTTP, each answered with a card and stored once, also next to existing entries', async () => {
    const project = await seedProject(harness.bot.store, 'harness', 3, 10, harness.connector.url);
    const round = await runRound(harness.bot.port, project, 2);
    assert.equal(round.errors, 0, round.firstError);
    assert.equal(round.requests, 6);
    const problems = await harness.bot.store.listEntries<EntryDocument & { readonly number: number }>(project.projectId, { kind: 'problem' });
    assert.equal(problems.length, 16);
    assert.deepEqual(problems.map((p) => p.doc.number).sort((a, b) => a - b), Array.from({ length: 16 }, (_, i) => i + 1), 'numbers go on after the existing entries');
  });

  it('tells Cosmos DB operations apart by method, path and headers', () => {
    const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as unknown as IncomingMessage;
    const docs = '/dbs/d/colls/c/docs';
    assert.equal(operationOf(request('GET', `${docs}/step-2`)), 'read');
    assert.equal(operationOf(request('PATCH', `${docs}/step-2`)), 'patch');
    assert.equal(operationOf(request('PUT', `${docs}/x`)), 'replace');
    assert.equal(operationOf(request('POST', docs)), 'create');
    assert.equal(operationOf(request('POST', docs, { 'x-ms-documentdb-isquery': 'True' })), 'query');
    assert.equal(operationOf(request('POST', docs, { 'x-ms-documentdb-isquery': 'True', 'x-ms-cosmos-is-query-plan-request': 'True' })), 'query plan');
    assert.equal(operationOf(request('GET', '/dbs/d')), undefined);
  });
});
