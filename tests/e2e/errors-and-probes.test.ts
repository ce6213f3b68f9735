import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findActiveProject } from '../../src/project/app/project-access';
import type { CountingDocument, DocumentStore, EntryCount, EntryDocument, EntryFilter, StoredDocument, Versioned } from '../../src/platform/store/port';
import { openCosmosStore } from '../../src/platform/store/cosmos/cosmos-store';
import { openSqliteStore } from '../../src/platform/store/sqlite/sqlite-store';
import { startCosmosServer, type RunningCosmosServer } from '../harness/cosmos-server';
import { cardText, Scene } from '../harness/scene';

/** A real SQLite store whose reads and pings can be made to fail, like a disk or database going away. */
class FailingStore implements DocumentStore {
  failReads = false;
  failPing = false;
  constructor(private readonly inner: DocumentStore) {}
  read<T extends StoredDocument>(projectId: string, id: string): Promise<Versioned<T> | undefined> {
    if (this.failReads) return Promise.reject(new Error('disk on fire'));
    return this.inner.read<T>(projectId, id);
  }
  create<T extends StoredDocument>(doc: T): Promise<Versioned<T>> {
    return this.inner.create(doc);
  }
  replace<T extends StoredDocument>(doc: T, etag: string): Promise<Versioned<T>> {
    return this.inner.replace(doc, etag);
  }
  remove(projectId: string, id: string, etag?: string): Promise<void> {
    return this.inner.remove(projectId, id, etag);
  }
  incrementCounter<T extends CountingDocument>(projectId: string, id: string, name: string, once?: string): Promise<Versioned<T> | undefined> {
    return this.inner.incrementCounter<T>(projectId, id, name, once);
  }
  list<T extends StoredDocument>(projectId: string, type: string): Promise<Versioned<T>[]> {
    return this.inner.list<T>(projectId, type);
  }
  listEntries<T extends EntryDocument>(projectId: string, filter: EntryFilter): Promise<Versioned<T>[]> {
    return this.inner.listEntries<T>(projectId, filter);
  }
  countEntries(projectId: string): Promise<EntryCount[]> {
    return this.inner.countEntries(projectId);
  }
  ping(): Promise<void> {
    if (this.failPing) return Promise.reject(new Error('database unreachable'));
    return this.inner.ping();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

const UNEXPECTED = /^Er ging iets mis bij het verwerken van je bericht\. Probeer het opnieuw; blijft het misgaan, geef dan referentie ([0-9A-F]{8}) door aan de beheerder\.$/;

describe('unexpected errors and the health probes', () => {
  let scene: Scene;
  let store: FailingStore;
  let dataDir = '';

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'veiligheidsplanner-errors-'));
    store = new FailingStore(openSqliteStore(join(dataDir, 'store.db')));
    scene = await Scene.start({ store });
    const started = await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein');
    assert.match(started.texts[0] ?? '', /Het project is gestart/);
  });
  after(async () => {
    await scene?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a failing turn with a reference that is also in the error log, and carries on', async () => {
    store.failReads = true;
    let answer;
    try {
      answer = await scene.say(scene.users.leader, 'profiel');
    } finally {
      store.failReads = false;
    }
    assert.equal(answer.status, 200);
    assert.equal(answer.cards.length, 0);
    assert.equal(answer.texts.length, 1);
    const reference = UNEXPECTED.exec(answer.texts[0] ?? '')?.[1];
    assert.ok(reference, `no reference in ${answer.texts[0]}`);
    const logged = scene.harness.logs.filter((line) => line.level === 'error' && line.reference === reference);
    assert.equal(logged.length, 1, JSON.stringify(scene.harness.logs.slice(-3)));
    assert.equal(logged[0]?.error, 'disk on fire');
    assert.doesNotMatch(answer.texts[0] ?? '', /disk on fire/, 'the user does not see the internal error');

    const next = await scene.say(scene.users.leader, 'profiel');
    assert.match(cardText(next.cards[0] ?? {}), /Projectprofiel: Overlast Stationsplein/);
  });

  it('gives a new reference per failure and answers a failing card action in place', async () => {
    store.failReads = true;
    try {
      const first = await scene.say(scene.users.leader, 'deelnemers');
      const card = await scene.execute(scene.users.leader, 'profile.edit', { projectId: 'whatever' });
      const one = UNEXPECTED.exec(first.texts[0] ?? '')?.[1];
      const two = UNEXPECTED.exec(card.invokeText ?? '')?.[1];
      assert.ok(one && two, `${first.texts[0]} / ${card.invokeText}`);
      assert.notEqual(one, two);
      for (const reference of [one, two]) {
        assert.ok(scene.harness.logs.some((l) => l.level === 'error' && l.reference === reference && l.error === 'disk on fire'));
      }
    } finally {
      store.failReads = false;
    }
  });

  it('logs a turn whose replies Teams keeps refusing, and carries on', async () => {
    const errorsBefore = scene.harness.logs.filter((l) => l.level === 'error').length;
    scene.harness.connector.respondWith({ method: 'POST', path: /\/activities/, status: 500, times: 1000 });
    let answer;
    try {
      answer = await scene.say(scene.users.leader, 'help');
    } finally {
      scene.harness.connector.clear();
    }
    assert.equal(answer.status, 200, 'Teams gets an answer; the failure is the bot\'s to report');
    assert.deepEqual(answer.texts, []);
    const errors = scene.harness.logs.filter((l) => l.level === 'error').slice(errorsBefore);
    assert.ok(errors.some((l) => l.error === 'Injected 500'), JSON.stringify(errors).slice(0, 400));
    const next = await scene.say(scene.users.leader, 'profiel');
    assert.match(cardText(next.cards[0] ?? {}), /Projectprofiel: Overlast Stationsplein/);
  });

  it('reports liveness and readiness, 503 while the store cannot be reached', async () => {
    const get = async (path: string): Promise<{ status: number; body: unknown }> => {
      const response = await fetch(`${scene.harness.url}${path}`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    assert.deepEqual(await get('/healthz'), { status: 200, body: { status: 'ok' } });
    assert.equal((await get('/readyz')).status, 200);
    store.failPing = true;
    try {
      assert.equal((await get('/readyz')).status, 503);
      assert.equal((await get('/healthz')).status, 200, 'the process itself is alive');
      assert.ok(scene.harness.logs.some((l) => l.level === 'warn' && l.error === 'database unreachable'));
    } finally {
      store.failPing = false;
    }
    assert.equal((await get('/readyz')).status, 200);
  });
});

describe('Bot Framework authentication switched on', () => {
  let scene: Scene;

  before(async () => {
    scene = await Scene.start({ env: { MicrosoftAppId: '3f1c9d6a-2b7e-4c1a-9a55-6d2f0e8b7c41', MicrosoftAppPassword: 'secret' } });
  });
  after(async () => {
    await scene?.stop();
  });

  it('refuses a message without a token and sends nothing to Teams', async () => {
    const answer = await scene.say(scene.users.leader, 'nieuw project');
    assert.equal(answer.status, 401);
    const card = await scene.execute(scene.users.leader, 'profile.edit', { projectId: 'x' });
    assert.equal(card.status, 401);
    assert.equal(scene.harness.connector.calls().length, 0);
  });

  it('refuses a garbage bearer token and stores nothing', async () => {
    // Not a JWT, so it is refused before any signing keys would be fetched from the internet.
    const answer = await scene.say(scene.users.leader, 'nieuw project', { authorization: 'Bearer not-a-real-token' });
    assert.equal(answer.status, 401);
    assert.equal(scene.harness.connector.calls().length, 0);
    const key = scene.harness.teams.context;
    const deps = { store: scene.harness.bot.store, clock: () => new Date(), newId: () => 'unused' };
    assert.equal(await findActiveProject(deps, key.tenantId, key.channel.id), undefined);
  });

  it('still answers the probes without a token', async () => {
    assert.equal((await fetch(`${scene.harness.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${scene.harness.url}/readyz`)).status, 200);
  });
});

describe('production mode (NODE_ENV=production, bot credentials, Cosmos DB) over real HTTP', () => {
  let scene: Scene;
  let cosmos: RunningCosmosServer;

  before(async () => {
    cosmos = await startCosmosServer();
    const env = {
      NODE_ENV: 'production',
      STORE_KIND: 'cosmos',
      COSMOS_ENDPOINT: cosmos.options.endpoint,
      COSMOS_KEY: cosmos.options.key ?? '',
      MicrosoftAppId: '3f1c9d6a-2b7e-4c1a-9a55-6d2f0e8b7c41',
      MicrosoftAppPassword: 'secret',
    };
    // The configuration is checked as in production; the store is the same server, opened with the
    // test's agent because the server's certificate is self-signed.
    scene = await Scene.start({ env, store: await openCosmosStore(cosmos.options) });
  });
  after(async () => {
    await scene?.stop();
    await cosmos?.stop();
  });

  it('answers 401 to a message and a card action without a token, and says nothing to Teams', async () => {
    assert.equal((await scene.say(scene.users.leader, 'nieuw project Overlast Stationsplein')).status, 401);
    assert.equal((await scene.execute(scene.users.leader, 'profile.edit', { projectId: 'x' })).status, 401);
    assert.equal((await scene.say(scene.users.leader, 'help', { authorization: 'Bearer not-a-real-token' })).status, 401);
    assert.equal(scene.harness.connector.calls().length, 0);
    const key = scene.harness.teams.context;
    assert.equal(await findActiveProject({ store: scene.harness.bot.store }, key.tenantId, key.channel.id), undefined);
    assert.equal(scene.harness.logs.filter((line) => line.message === 'turn').length, 0, 'no turn ran');
  });

  it('is ready: the probes reach Cosmos DB without a token', async () => {
    assert.equal((await fetch(`${scene.harness.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${scene.harness.url}/readyz`)).status, 200);
  });
});
